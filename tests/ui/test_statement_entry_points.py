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
