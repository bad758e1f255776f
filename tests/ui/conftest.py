"""UI fixtures: the application in a chosen language and a main window on a file."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings

from opleider_desk.domain.entities import Profile


@pytest.fixture
def language(request) -> str:
    return getattr(request, "param", "nl")


@pytest.fixture
def ui_language(qapp, language):
    from opleider_desk.i18n import install_translators
    from opleider_desk.words.formatting import set_language

    install_translators(qapp, language)
    set_language(language)
    yield language
    install_translators(qapp, "nl")
    set_language("nl")


@pytest.fixture
def settings(tmp_path):
    from opleider_desk.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def save_profile(store) -> None:
    from opleider_desk.storage.services.profile import ProfileService

    store.service(ProfileService).save(
        Profile(name="Marieke Jansen", practice="De Linde", employer="De Linde B.V.")
    )


@pytest.fixture
def window(qtbot, ui_language, settings, db_path):
    """A main window on a file whose profile is already filled in."""
    from opleider_desk.storage.open import open_store
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.widgets.background import busy

    prepared = open_store(db_path)
    save_profile(prepared)
    prepared.close()
    win = MainWindow(settings, ui_language)
    # Tests leave typing behind; closing at teardown must not wait on the
    # "lose unsaved input?" question (tests/ui/test_unsaved_input.py asks it).
    win.confirm_discard_unsaved = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(win)
    assert win.open_store(db_path)
    win.show()
    qtbot.waitExposed(win)
    # The check and the backup after opening run on worker threads: let them end.
    qtbot.waitUntil(lambda: not busy(win))
    yield win
    win.close_store()


def settled_overview(window):
    """The aios overview once what is due has been recomputed: after opening and
    after each change that moves it, that runs on a worker thread."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest

    tab = window.tab_widget("aios")
    QCoreApplication.processEvents()  # a change announced just now starts its reload
    for _ in range(3000):
        if not tab.due_pending and tab.due_loaded:
            break
        QTest.qWait(10)
    return tab


def window_with_errors(qtbot, settings, ui_language, path, monkeypatch) -> tuple[Any, list[BaseException]]:
    """A main window on ``path``, with every error the excepthook would get collected."""
    import sys

    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.widgets.background import busy

    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, error, _tb: errors.append(error))
    win: Any = MainWindow(settings, ui_language)
    win.confirm_discard_unsaved = lambda: True
    qtbot.addWidget(win)
    assert win.open_store(path)
    win.show()
    qtbot.waitUntil(lambda: not busy(win))
    return win, errors
