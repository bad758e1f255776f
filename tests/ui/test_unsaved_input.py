"""Typing that is not saved yet is never thrown away without asking."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def press():
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None
        )
        if box is None:
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_closing_with_a_typed_hour_entry_asks_and_cancel_keeps_it(qtbot, window):
    del window.confirm_discard_unsaved  # the fixture's shortcut: ask for real here
    hours = window.show_tab("hours")
    qtbot.keyClicks(hours.entry_row.fields.duration, "1:30")
    qtbot.keyClicks(hours.entry_row.fields.description, "Leergesprek astma")
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.Cancel, seen)
    window.close()
    assert window.isVisible()
    assert "urenregel" in seen[0]
    assert hours.entry_row.fields.description.text() == "Leergesprek astma"

    _answer(QMessageBox.StandardButton.Discard, seen)
    window.close()
    assert not window.isVisible()


def test_closing_with_nothing_typed_does_not_ask(qtbot, window):
    del window.confirm_discard_unsaved
    window.show_tab("hours")
    window.close()
    assert not window.isVisible()
