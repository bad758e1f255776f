"""At 125 %, 150 % and 200 % scaling every tab and the key dialogs still fit, in Dutch and English.

Each scale factor needs its own process (Qt reads QT_SCALE_FACTOR once, at
start); the child builds the demo window at 1280×800 and runs the same checks
as tests/ui/test_fit_and_access_keys.py, printing what does not fit.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


#: The screen each scale is usually met on: a 1280×800 laptop, a 1920×1200 monitor at 200 %.
SCREENS = {"1.25": (1280, 800), "1.5": (1280, 800), "2": (1920, 1200)}


def _narrow_screen(window, where: str) -> list[str]:
    """The portfolio checklist and the IOP on the whole of such a screen: every column in view, whole."""
    from PySide6.QtWidgets import QApplication

    from opleider_desk.storage.services.goals import GoalService
    from opleider_desk.storage.services.meetings import MeetingService
    from opleider_desk.ui.aios.dialog import AiosDialog
    from opleider_desk.ui.tabs import TABS
    from tests.ui.test_fit_and_access_keys import _check, dialog_openers, each_dialog, each_page_and_step
    from tests.ui.test_narrow_windows import columns_not_whole

    factor = os.environ["QT_SCALE_FACTOR"]
    room = window.screen().availableGeometry().size()
    width, height = room.width(), room.height()
    where = f"{where} on {'x'.join(map(str, SCREENS[factor]))}"
    window.resize(width, height)
    problems: list[str] = []
    # Every tab, dialog and step as a user of such a screen gets them, not only at 1280×800:
    # at 853 px the statement's buttons and the aios dialog ran off the screen, the open
    # list's rule was off to the right, an agreement in a guided step ended in "…", and the
    # Dutch overview scrolled sideways, "Praktijkbegeleider" half out of view.
    for spec in TABS:
        window.show_tab(spec.key)
        for _ in range(3):  # shown, then its columns fitted
            QApplication.processEvents()
        problems += _check(window, f"{where} tab {spec.key}", in_view=True)
    overview = window.tab_widget("aios")
    problems += [f"{where} open list: {p}" for p in columns_not_whole(overview.open_items)]
    for label, dialog in each_dialog(dialog_openers(window)):
        size = dialog.frameGeometry().size()
        if size.width() > width or size.height() > height:
            problems.append(f"{where} {label}: {size.width()}x{size.height()}, larger than the screen")
        problems += _check(dialog, f"{where} {label}")
        if isinstance(dialog, AiosDialog):  # its training's tables scrolled sideways beside the form
            for view in (dialog.training.placements.view, dialog.training.interruptions.view):
                problems += [f"{where} {label} {view.objectName()}: {p}" for p in columns_not_whole(view)]
    portfolio = window.show_tab("portfolio")
    QApplication.processEvents()
    problems += [f"{where} checklist: {p}" for p in columns_not_whole(portfolio.checklist.view)]
    goals = window.context.service(GoalService)
    meeting = next(m for m in window.context.service(MeetingService).list() if goals.list(m.aios_id))
    meeting_window = window.show_tab("meetings").open_meeting(meeting.id)
    meeting_window.resize(width, height)
    for page, step in each_page_and_step(meeting_window):
        problems += _check(meeting_window, f"{where} meeting page {page} step {step}", in_view=True)
    meeting_window.tabs.setCurrentIndex(meeting_window.tabs.count() - 2)  # the IOP page
    for _ in range(3):  # shown, then its columns fitted
        QApplication.processEvents()
    problems += [f"{where} IOP: {p}" for p in columns_not_whole(meeting_window.goals_editor.view)]
    meeting_window.close()
    return problems


def child() -> None:
    """Run in the scaled process: print a JSON list of problems."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from opleider_desk.i18n import install_translators
    from opleider_desk.settings import Settings
    from opleider_desk.storage.demo import fill_demo_if_empty
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.meetings import MeetingService
    from opleider_desk.ui.hours.categories_dialog import CategoriesDialog
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.meetings.tab import MeetingsTab
    from opleider_desk.ui.tabs import TABS
    from opleider_desk.words.formatting import set_language
    from tests.ui.test_fit_and_access_keys import SIZE, _check, _open_and_check
    from tests.ui.test_hours_week_fit import entry_row_stays_put

    app = QApplication.instance() or QApplication([])
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        store = open_store(path)
        fill_demo_if_empty(store)
        store.close()
        for language in ("nl", "en"):
            install_translators(app, language)
            set_language(language)
            settings = Settings(QSettings(str(Path(folder) / f"{language}.ini"), QSettings.Format.IniFormat))
            window = MainWindow(settings, language)
            window.confirm_discard_unsaved = lambda: True  # type: ignore[method-assign]
            assert window.open_store(path)
            window.resize(*SIZE)
            window.show()
            app.processEvents()
            # The scale really is applied: a logical pixel is this many device pixels.
            assert abs(window.devicePixelRatio() - float(os.environ["QT_SCALE_FACTOR"])) < 0.01
            where = f"{language} {os.environ['QT_SCALE_FACTOR']}"
            for spec in TABS:
                window.show_tab(spec.key)
                app.processEvents()
                problems += _check(window, f"{where} tab {spec.key}")
            problems += [f"{where} entry row: {p}" for p in entry_row_stays_put(window)]
            context = window.context
            assert context is not None
            openers: list[tuple[str, Callable[[], object]]] = [
                ("profile", window.profile_action.trigger),
                ("settings", window.settings_action.trigger),
                ("norms", window.norms_action.trigger),
                ("statement", window.statement_action.trigger),
                (
                    "categories",
                    partial(CategoriesDialog, context.service(CategoryService), parent=window),
                ),
            ]
            for name, open_it in openers:
                problems += _open_and_check(window, open_it, f"{where} {name}")
            tab = window.show_tab("meetings")
            assert isinstance(tab, MeetingsTab)
            meeting = context.service(MeetingService).list()[0]
            assert meeting.id is not None
            meeting_window = tab.open_meeting(meeting.id)
            meeting_window.resize(*SIZE)
            app.processEvents()
            for page in range(meeting_window.tabs.count()):
                meeting_window.tabs.setCurrentIndex(page)
                # Every step of the guided form, not only the first: they hold the tables.
                steps = range(len(meeting_window.form.steps)) if page == 1 else range(1)
                for step in steps:
                    if page == 1:
                        meeting_window.form.go_to(step)
                    app.processEvents()
                    problems += _check(
                        meeting_window,
                        f"{where} meeting page {meeting_window.tabs.tabText(page)} step {step}",
                    )
            meeting_window.close()
            problems += _narrow_screen(window, where)
            window.close_store()
            window.close()
            window.deleteLater()
            app.processEvents()
    print(json.dumps(problems))


@pytest.mark.parametrize("factor", ["1.25", "1.5", "2"])
def test_every_tab_and_key_dialog_fits_when_scaled(factor, tmp_path):
    # The screen itself, so that windows open as they would on it (the offscreen one is 800×600).
    screen = {"name": "screen", "x": 0, "y": 0, "width": SCREENS[factor][0], "height": SCREENS[factor][1]}
    config = tmp_path / "screen.json"
    screens = [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": screens}))
    # Data folders named as long as a user's (~/.local/share): the settings dialog is as wide
    # as the backup folder's name, and pytest's folder names alone are some 80 letters.
    data = Path(tempfile.mkdtemp(prefix="od-"))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=factor,
        PYTHONPATH=str(ROOT),
        XDG_DATA_HOME=str(data / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        OPLEIDERDESK_HOME=str(data / "home"),
    )
    result = subprocess.run(
        [sys.executable, "-c", "from tests.ui.test_scaling import child; child()"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    shutil.rmtree(data, ignore_errors=True)
    assert result.returncode == 0, result.stderr[-3000:]
    problems = json.loads(result.stdout.strip().splitlines()[-1])
    assert not problems, "\n".join(problems)
