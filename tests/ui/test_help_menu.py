"""Help ▸ Handleiding shows the Dutch user guide; Help ▸ Over names version, file and licence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from opleider_desk import __version__


def test_user_guide_opens_from_the_help_menu(qtbot, window):
    assert window.guide_action.text() == "&Handleiding"
    assert window.guide_action in window.help_menu.actions()
    window.guide_action.trigger()
    dialog = window.user_guide
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Handleiding"
    text = dialog.browser.toPlainText()
    for chapter in (
        "De eerste keer starten",
        "Uren registreren",
        "De kwartaalverklaring en ondertekenen",
        "Een voortgangsgesprek voorbereiden",
        "Het portfolio",
        "Reservekopieën en herstellen",
    ):
        assert chapter in text
    # Rendered, not shown as Markdown source.
    assert "## " not in text and "**" not in text
    window.guide_action.trigger()
    assert window.user_guide is dialog  # one guide window, brought to the front again


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_user_guide_menu_entry_in_english(window):
    assert window.guide_action.text() == "&User guide"


def test_about_names_version_data_file_and_licence(qtbot, window, db_path):
    seen = {}

    def read_and_close():
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None
        )
        if box is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen["text"] = box.text()
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.about_action.trigger()
    assert __version__ in seen["text"]
    assert str(db_path) in seen["text"]
    assert "Licentie: GNU General Public License" in seen["text"]


def test_menu_shortcuts_arrive_after_the_first_paint(qtbot, window):
    from PySide6.QtGui import QKeySequence

    # Set just after the first paint (building Qt's key enums costs start-up time).
    qtbot.waitUntil(lambda: not window.open_action.shortcut().isEmpty())
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.view_menu.actions()[0].shortcut().toString() == "Ctrl+1"
    late = window._action(window.help_menu, "late", lambda: None, "Ctrl+Shift+L")
    assert late.shortcut().toString() == "Ctrl+Shift+L"  # once applied, new actions get theirs at once
