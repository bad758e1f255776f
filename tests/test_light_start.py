"""What the window imports before its first paint stays light: SQLAlchemy,
reportlab and the dialogs come after, when the data file is opened. And the
start's import budget: how many modules the program adds to what PySide itself
imports, before the first paint and before it is ready (each module costs its
share of the start, and a library that comes along unnoticed costs many)."""

from __future__ import annotations

import subprocess
import sys

# The modules PySide's own import brings: the budgets count what the program adds.
PYSIDE = "import sys, PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets; pyside = set(sys.modules)"
# The most modules the program adds before its first paint (24 when set) and before it
# is ready (315 when set: most of them SQLAlchemy's and what it imports; 337 when the
# window opens on the hours tab).
FIRST_PAINT_BUDGET = 26
READY_BUDGET = 316
HOURS_READY_BUDGET = 336

BEFORE_FIRST_PAINT = """
import sys
from opleider_desk.cli import _window_args
from opleider_desk.app import run_gui
from opleider_desk.ui.main_window import MainWindow
assert _window_args(["--db", "data.sqlite", "--lang", "nl"]) is not None
print(" ".join(sorted(name for name in sys.modules if name.split(".")[0] in ("sqlalchemy", "reportlab"))))
print(" ".join(sorted(name for name in sys.modules if name.startswith("opleider_desk.commands."))))
print(len(set(sys.modules) - pyside))
"""


def test_argument_parser_and_window_modules_import_no_storage_or_reports():
    result = subprocess.run(
        [sys.executable, "-c", f"{PYSIDE}\n{BEFORE_FIRST_PAINT}"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    heavy, commands, count = result.stdout.splitlines()
    assert heavy == ""
    assert commands == ""  # the window's options are parsed without the command modules
    assert int(count) <= FIRST_PAINT_BUDGET


BEFORE_READY = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from opleider_desk.app import create_application
from opleider_desk.settings import Settings
from opleider_desk.ui.main_window import MainWindow
from opleider_desk import startup_gc

# As cli.main starts a window: without it a worker's task done before ready handed its
# freed memory back (freed_memory.give_back, importing ctypes) on a loaded machine only.
startup_gc.pause()
app = create_application()
window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), "nl")
window.show()

def ready():
    assert window.context is not None
    print(" ".join(sorted(sys.modules)))
    print(len(set(sys.modules) - pyside))
    # The Qt classes PySide has made by now (it makes each, with its enums, when first used).
    print(" ".join(sorted(name for module in (PySide6.QtGui, PySide6.QtWidgets) for name in vars(module))))
    app.quit()

window.open_at_start(Path(sys.argv[1]), then=ready)
app.exec()
"""

# What the window may not wait for before it is ready (the file open, the overview
# built, an hour can be logged): reports and their PDF library, migrations, the
# other tabs, the AVG documents and the services only they use.
NOT_BEFORE_READY = (
    "reportlab",
    "pypdf",
    "alembic",
    "opleider_desk.reports",
    "opleider_desk.ui.hours",
    "opleider_desk.ui.meetings",
    "opleider_desk.ui.portfolio",
    "opleider_desk.ui.statements",
    "opleider_desk.ui.safety.avg_dialog",
    "opleider_desk.ui.safety.backups",
    "opleider_desk.ui.safety.restore_dialog",
    "opleider_desk.ui.safety.passphrase",
    "opleider_desk.ui.avg_documents",
    "opleider_desk.storage.privacy",
    "opleider_desk.storage.backup",
    "opleider_desk.storage.services.statements",
    "opleider_desk.storage.services.hours",
    # What is due and missing follows the overview's first paint, on a worker.
    "opleider_desk.storage.services.due",
    "opleider_desk.storage.services.portfolio",
    "opleider_desk.storage.services.norms",
    # The due engine and its rules (the portfolio's templates among them) come with what
    # is due, and so do the overview's texts and colours for it and the navigation to it.
    "opleider_desk.domain.due",
    "opleider_desk.domain.portfolio",
    "opleider_desk.domain.templates",
    "opleider_desk.domain.checklists",
    "opleider_desk.ui.due_texts",
    "opleider_desk.words.due",
    "opleider_desk.ui.navigation",
)

# Qt classes the start never uses. PySide makes a class (and its enums) when it is first
# used, and the first wrapper of a widget Qt made itself (a table's viewport) had it make
# every kind of widget to find the right one (QWizard among them: 5 ms); looking for a child
# of the application (app.findChild) wrapped its session manager and style (7 ms), as
# naming QStyle in a module the window imports did.
NEVER_MADE = ("QWizard", "QMdiArea", "QColorDialog", "QSessionManager", "QStyle")


def _early(imported: list[str], names: tuple[str, ...]) -> list[str]:
    return [
        name for name in imported if any(name == early or name.startswith(f"{early}.") for early in names)
    ]


def _imported_until_ready(tmp_path, tab: str = "aios") -> tuple[list[str], int, list[str]]:
    """The modules a window started on ``tab`` has imported once it is ready, how many
    of them are the program's additions to PySide's, and the Qt classes PySide has made."""
    import os
    from datetime import date

    from PySide6.QtCore import QSettings

    from opleider_desk.domain.entities import Aios
    from opleider_desk.settings import LAST_TAB, Settings
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.ui.tabs import TABS

    path = tmp_path / "data.sqlite"
    store = open_store(path)
    store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 3, 2)))
    store.close()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(LAST_TAB, next(i for i, spec in enumerate(TABS) if spec.key == tab))
    settings.sync()
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path)
    )
    result = subprocess.run(
        [sys.executable, "-c", f"{PYSIDE}\n{BEFORE_READY}", str(path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    modules, count, made = result.stdout.splitlines()
    return modules.split(), int(count), made.split()


def test_until_ready_the_window_imports_only_the_storage_layer_and_its_first_tab(tmp_path):
    imported, count, made = _imported_until_ready(tmp_path)
    assert "opleider_desk.storage.store" in imported and "opleider_desk.ui.aios.tab" in imported
    assert _early(imported, NOT_BEFORE_READY) == []
    assert count <= READY_BUDGET
    assert "QTableView" in made and [name for name in NEVER_MADE if name in made] == []


# What a window that opens on the hours tab may not wait for: what only the tab's actions
# use (their dialogs, the CSV import and export, the week copy, the routines) and what
# other tabs need (the due engine, navigation), besides reports and migrations.
NOT_BEFORE_HOURS_READY = (
    "reportlab",
    "alembic",
    "opleider_desk.reports",
    "opleider_desk.ui.aios",
    "opleider_desk.ui.meetings",
    "opleider_desk.ui.portfolio",
    "opleider_desk.ui.navigation",
    "opleider_desk.domain.due",
    # The trainer's obligations and the due rules they bring: the hours' norms need none.
    "opleider_desk.domain.obligations",
    "opleider_desk.domain.regulation_obligations",
    "opleider_desk.domain.norm_sets",
    "opleider_desk.domain.due_norms",
    "opleider_desk.domain.csv_hours",
    "opleider_desk.ui.hours.entry_dialog",
    "opleider_desk.ui.hours.import_dialog",
    "opleider_desk.ui.hours.csv_io",
    "opleider_desk.storage.services.hour_import",
    "opleider_desk.storage.services.hour_copy_week",
    "opleider_desk.storage.services.hour_routines",
)


def test_a_window_on_the_hours_tab_is_ready_without_what_only_its_actions_need(tmp_path):
    imported, count, made = _imported_until_ready(tmp_path, "hours")
    assert "opleider_desk.ui.hours.tab" in imported
    assert _early(imported, NOT_BEFORE_HOURS_READY) == []
    assert count <= HOURS_READY_BUDGET
    # The totals panel's viewport, asked of Qt, had PySide make every kind of widget.
    assert "QTableView" in made and [name for name in NEVER_MADE if name in made] == []


FIRST_LOOK = """
import sys
from pathlib import Path
from opleider_desk.storage.first_look import aios_first_look
from opleider_desk.ui.aios import first_look  # what the window builds the first look with
rows = aios_first_look(Path(sys.argv[1]))
print(" ".join(a.name for a in rows or []))
print(" ".join(sorted(name for name in sys.modules if name.split(".")[0] == "sqlalchemy")))
"""


def test_the_first_look_at_the_aios_shows_them_before_sqlalchemy_is_imported(store):
    """Importing SQLAlchemy is most of opening a file: the first look is there to come before it."""
    from datetime import date

    from opleider_desk.domain.entities import Aios
    from opleider_desk.storage.services.aios import AiosService

    store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 3, 2)))
    path = store.path
    store.close()
    result = subprocess.run(
        [sys.executable, "-c", FIRST_LOOK, str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    names, imported = [*result.stdout.splitlines(), ""][:2]
    assert names == "Sanne de Vries"
    assert imported == ""


FIT_COLUMNS = """
import sys
import PySide6.QtWidgets
from PySide6.QtCore import QSettings
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
from opleider_desk.ui.widgets import remember

app = QApplication([])
remember._settings = lambda: remember.Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
model = QStandardItemModel(3, 3)
for row in range(3):
    for column in (0, 2):
        model.setData(model.index(row, column), f"huisartsgeneeskunde-{row}-{column} " * 3)
view = QTableView()
view.resize(400, 200)  # narrower than the columns' text: the fit measures their words
view.setModel(model)
view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
remember.remember_columns(view, "t", room=(1, 0.3))
view.show()
for _ in range(5):
    app.processEvents()
columns = remember._Columns
fits = [c for c in view.findChildren(columns) if c.watching]
print(len(fits))
print(" ".join(name for name in ("QWizard", "QMdiArea", "QColorDialog", "QStyle") if name in vars(PySide6.QtWidgets)))
"""


def test_fitting_the_columns_of_a_table_that_keeps_room_makes_no_other_widget_classes(tmp_path):
    """The first fit watches the viewport: asked of Qt, it had PySide make every kind of
    widget to find its type, in the window's first moments with the file open. And the
    words of columns without icons are measured without the style's icon size (QStyle)."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", FIT_COLUMNS, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    watching, made = [*result.stdout.splitlines(), ""][:2]
    assert watching == "1"  # it fitted, and watches the viewport's resizes
    assert made == ""
