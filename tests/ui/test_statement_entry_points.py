"""The statement and the AVG request are reachable from the aios they are about."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from opleider_desk.domain.entities import Aios
from opleider_desk.domain.quarters import Quarter
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.ui.hours.periods import PeriodKind
from opleider_desk.ui.safety.avg_dialog import AvgDialog
from opleider_desk.ui.statements.dialog import StatementDialog


def shown(cls):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def add(window, name: str) -> int:
    return window.context.service(AiosService).add(Aios(name=name, start_date=date(2025, 9, 1)))


def trigger(menu, text: str) -> None:
    next(a for a in menu.actions() if a.text() == text).trigger()


def test_the_overview_menu_opens_the_statement_and_the_avg_request_for_that_aios(qtbot, window):
    add(window, "Daan Bakker")
    sanne = add(window, "Sanne de Vries")
    tab = window.tab_widget("aios")
    tab.select(sanne)
    menu = tab.context_menu(tab.selected())
    trigger(menu, "Kwartaalverklaring…")
    statement = shown(StatementDialog)
    assert statement.aios.currentData() == sanne
    assert statement.quarter.currentData() == str(Quarter.of(date.today()).previous())
    statement.reject()
    trigger(menu, "AVG-verzoek…")
    avg = shown(AvgDialog)
    assert avg.selected().id == sanne
    avg.reject()


def test_the_hours_tab_opens_the_statement_of_the_quarter_and_aios_shown(qtbot, window):
    add(window, "Daan Bakker")
    sanne = add(window, "Sanne de Vries")
    hours = window.show_tab("hours")
    hours.aios_filter.setCurrentIndex(hours.aios_filter.findData(sanne))
    hours.set_period(PeriodKind.MONTH, date(2025, 11, 12))
    hours.statement_button.click()
    statement = shown(StatementDialog)
    assert statement.quarter.currentData() == str(Quarter(2025, 4))
    assert statement.aios.currentData() == sanne
    statement.reject()


def test_a_closed_statement_is_gone_and_a_hidden_one_waits_until_shown(qtbot, window):
    # A closed statement dialog lived on behind the window and made forty statements
    # again at every change (after an import: three workers instead of one).
    sanne = add(window, "Sanne de Vries")
    window.open_statement(Quarter(2025, 4), sanne)
    statement = shown(StatementDialog)
    qtbot.waitUntil(lambda: bool(statement.statements))
    statement.reject()
    qtbot.waitUntil(lambda: not any(isinstance(w, StatementDialog) for w in QApplication.topLevelWidgets()))

    hidden = StatementDialog(window.context, window, quarter=Quarter(2025, 4), aios_id=sanne)
    qtbot.waitUntil(lambda: bool(hidden.statements))
    made: list[int] = []
    hidden.refresh = lambda: made.append(1)  # type: ignore[method-assign]
    add(window, "Daan Bakker")
    assert made == []  # hidden: nothing made at the change
    hidden.show()
    assert made == [1]  # shown: made again once, with the change
    hidden.close()


def test_a_closed_avg_request_is_gone(qtbot, window):
    """Each AVG request left its closed dialog behind in the window, for the whole session."""
    import shiboken6
    from PySide6.QtCore import QEvent

    sanne = add(window, "Sanne de Vries")
    for _ in range(2):
        window.avg_request(sanne)
        avg = shown(AvgDialog)
        avg.reject()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(avg)
    assert window.findChildren(AvgDialog) == []
