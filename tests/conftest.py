"""Shared test set-up: headless Qt, private settings and data folders, a fresh store."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs: no display, and never the
# developer's own settings or data files.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="opleiderdesk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")

import pytest  # noqa: E402

# The environment variables above move the folders on Linux only; on Windows
# (registry, %LOCALAPPDATA%) and macOS (plist, ~/Library) the program's own
# switches do it: no test reads or writes the user's real settings or data.
from opleider_desk import paths, settings  # noqa: E402

paths.use_data_dir(_HOME / "data" / "OpleiderDesk")
settings.use_settings_file(_HOME / "config" / "opleider-desk.ini")
# Child processes (the command-line tests) inherit this instead.
os.environ[paths.HOME_VARIABLE] = str(_HOME / "children")


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", help="also run the long (slow) tests")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="long run: use --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_sessionfinish(session, exitstatus):
    # As the program does when it ends: a worker of the last test still running while
    # Python ends crashes the test run after every test has passed.
    import sys

    background = sys.modules.get("opleider_desk.ui.widgets.background")
    if background is not None:
        background.end_workers()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data.sqlite"


@pytest.fixture
def store(db_path: Path):
    from opleider_desk.storage.open import open_store

    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _own_remembered_settings(tmp_path_factory):
    """Each test starts with no remembered window or column sizes and no last save folder.

    The main window hands its own settings over (``remember_in``); a dialog
    built without one falls back to these, never to another test's.
    """
    from PySide6.QtCore import QSettings

    from opleider_desk.settings import Settings
    from opleider_desk.ui.widgets import save_file

    folder = tmp_path_factory.mktemp("remembered")
    save_file.remember_in(Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)))
    yield
    save_file._settings = None


@pytest.fixture(autouse=True)
def _operations_declare_what_they_change(monkeypatch):
    """Every write in every test: the areas its operation declares cover each table it wrote.

    The program announces the declared areas only; an operation that forgot
    one would leave a view stale. Collected and failed at the end, so a write
    on a worker thread is caught too.
    """
    from opleider_desk.storage.store import Store
    from tests.table_areas import undeclared

    forgotten: list[tuple[str, list[str]]] = []
    announce = Store._announce

    def checked(self, change):
        missing = undeclared(change.tables, change.areas)
        if missing:
            forgotten.append((str(change.op), missing))
        announce(self, change)

    monkeypatch.setattr(Store, "_announce", checked)
    yield
    assert forgotten == [], "operations that wrote tables none of their declared areas covers"
