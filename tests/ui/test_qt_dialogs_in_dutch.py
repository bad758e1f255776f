"""Qt's own dialogs and buttons speak the interface language: qtbase's translator is installed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_file_dialog_and_standard_buttons_are_dutch(qtbot, ui_language):
    from opleider_desk.ui.safety.file_dialogs import make_dialog

    dialog = make_dialog(None, "Opslaan", "", "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestandstype:"
    assert labels["fileNameLabel"] == "Bestandsnaam:"
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    texts = {
        box.button(b).text().replace("&", "")
        for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel)
    }
    assert texts == {"Ja", "Annuleren"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Opslaan"
