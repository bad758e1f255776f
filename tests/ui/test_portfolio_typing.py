"""What is typed on the portfolio tab is never dropped without a word (issue 16)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from opleider_desk.domain.entities import Aios
from opleider_desk.domain.enums import ChecklistStatus, TrainerEventKind
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.portfolio import PortfolioService
from opleider_desk.storage.services.trainer_events import TrainerEventService
from opleider_desk.ui.portfolio.event_dialog import EventDialog
from tests.ui.test_no_silent_loss import _answer_box
from tests.ui.test_portfolio_contradiction import tick
from tests.ui.test_portfolio_tab import show_portfolio

TODAY = date.today()


def _row(checklist, key: str) -> int:
    return next(n for n, e in enumerate(checklist.model.rows()) if e.item.template_key == key)


def _note_of(window, aios_id: int, key: str) -> str:
    entries = window.context.service(PortfolioService).entries(aios_id, TODAY)
    return next(e.item.note for e in entries if e.item.template_key == key)


def test_a_note_typed_for_one_item_goes_with_it_when_another_is_chosen(qtbot, window):
    daan = window.context.service(AiosService).add(
        Aios(name="Daan Bakker", start_date=TODAY - timedelta(days=245))
    )
    checklist = show_portfolio(qtbot, window).checklist
    checklist.view.selectRow(_row(checklist, "reflection"))
    checklist.note.setFocus()
    QTest.keyClicks(checklist.note, "Reflectieverslag besproken")
    # Before: choosing the next item replaced the typed note by that item's, unsaved.
    checklist.view.selectRow(_row(checklist, "msf"))
    assert checklist.note.toPlainText() == ""
    qtbot.waitUntil(lambda: _note_of(window, daan, "reflection") == "Reflectieverslag besproken")


def test_a_note_being_typed_stays_when_the_items_status_changes(qtbot, window):
    window.context.service(AiosService).add(Aios(name="Daan Bakker", start_date=TODAY - timedelta(days=245)))
    checklist = show_portfolio(qtbot, window).checklist
    row = _row(checklist, "reflection")
    checklist.view.selectRow(row)
    QTest.keyClicks(checklist.note, "Halverwege getypt")
    tick(qtbot, checklist, "reflection", ChecklistStatus.PRESENT)  # the table reloads
    assert checklist.note.toPlainText() == "Halverwege getypt"
    assert "portfolio-onderdeel ‘Reflectie’" in (window.tab_widget("portfolio").unsaved_input() or "")


def test_a_date_that_is_not_a_date_keeps_the_item_shown_unless_discarded(qtbot, window):
    window.context.service(AiosService).add(Aios(name="Daan Bakker", start_date=TODAY - timedelta(days=245)))
    checklist = show_portfolio(qtbot, window).checklist
    reflection = _row(checklist, "reflection")
    checklist.view.selectRow(reflection)
    QTest.keyClicks(checklist.item_date, "31-02")
    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Cancel, seen)
    checklist.view.selectRow(_row(checklist, "msf"))
    qtbot.waitUntil(lambda: bool(seen))
    assert "Reflectie" in seen[0]
    assert checklist.selected().item.template_key == "reflection"
    assert checklist.item_date.text() == "31-02" and checklist.date_error.isVisibleTo(checklist)


def test_esc_in_the_event_dialog_asks_before_dropping_the_note(qtbot, window):
    dialog = EventDialog(window.context.service(TrainerEventService), TrainerEventKind.LEOH, [], window)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.note, "Besproken op de terugkomdag")
    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Cancel, seen)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(seen))
    assert dialog.isVisible() and dialog.note.text() == "Besproken op de terugkomdag"
    _answer_box(QMessageBox.StandardButton.Discard, seen)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_esc_in_the_own_item_dialog_asks_before_dropping_the_title(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    window.context.service(AiosService).add(Aios(name="Daan Bakker", start_date=TODAY - timedelta(days=245)))
    checklist = show_portfolio(qtbot, window).checklist
    seen: list[str] = []
    visible_after_cancel: list[bool] = []

    def type_and_escape():
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, type_and_escape)
            return
        assert dialog.windowTitle() == "Eigen onderdeel toevoegen"
        field = dialog.findChild(QLineEdit)
        assert field is not None
        QTest.keyClicks(field, "Verslag intervisie")
        _answer_box(QMessageBox.StandardButton.Cancel, seen)
        QTest.keyClick(field, Qt.Key.Key_Escape)

        def then():
            if not seen:
                QTimer.singleShot(20, then)
                return
            visible_after_cancel.append(dialog.isVisible() and dialog.textValue() == "Verslag intervisie")
            _answer_box(QMessageBox.StandardButton.Discard, seen)
            QTest.keyClick(field, Qt.Key.Key_Escape)

        QTimer.singleShot(0, then)

    QTimer.singleShot(0, type_and_escape)
    rows = checklist.model.rowCount()
    checklist.add_item_button.click()
    assert visible_after_cancel == [True] and len(seen) == 2
    assert checklist.model.rowCount() == rows
