"""Settings ▸ Language shows the language in use; ``--lang`` is for that run only.

Started with ``--lang en`` the dialog said "Nederlands" (the saved choice), and OK then
stored it again: what the user saw contradicted the window around it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from opleider_desk.settings import LANGUAGE
from opleider_desk.ui.settings_dialog import SettingsDialog


def _open_settings(qtbot, window) -> SettingsDialog:
    window.edit_settings()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()
    )
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_started_in_english_the_dialog_says_english_and_ok_keeps_the_saved_choice(qtbot, window, settings):
    assert settings.get(LANGUAGE) == "nl"  # saved: Dutch; this run: --lang en
    dialog = _open_settings(qtbot, window)
    assert dialog.language.currentText() == "English"
    dialog.accept()
    assert settings.get(LANGUAGE) == "nl"  # --lang en chose this run, not the next ones


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_language_chosen_in_the_dialog_is_saved(qtbot, window, settings):
    settings.set(LANGUAGE, "en")
    dialog = _open_settings(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.accept()
    assert settings.get(LANGUAGE) == "nl"


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_started_in_dutch_over_a_saved_english_the_dialog_says_nederlands(qtbot, window, settings):
    settings.set(LANGUAGE, "en")
    dialog = _open_settings(qtbot, window)
    assert dialog.language.currentText() == "Nederlands"
    dialog.accept()
    assert settings.get(LANGUAGE) == "en"
