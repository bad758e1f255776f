"""A double-click in the overview's open list lands on the tab where the trainer acts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from opleider_desk.domain.due import DueKind, TargetArea
from opleider_desk.domain.entities import Agreement, Aios
from opleider_desk.domain.enums import MeetingKind, MeetingStatus
from opleider_desk.domain.quarters import Period
from opleider_desk.storage.models import MeetingRow
from opleider_desk.storage.services.agreements import AgreementService
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.ui.hours.periods import PeriodKind
from opleider_desk.ui.meetings.plan_dialog import PlanMeetingDialog
from opleider_desk.ui.meetings.window import MeetingWindow
from opleider_desk.ui.navigation import NavTarget
from opleider_desk.ui.widgets.table_models import ROW_ROLE
from tests.ui.conftest import settled_overview

TODAY = date.today()


def add_meeting(window, aios_id, kind, day, status=MeetingStatus.HELD) -> int:
    now = datetime.now()
    with window.context.store.write("test_setup", undoable=False) as s:
        row = MeetingRow(
            aios_id=aios_id,
            kind=kind.value,
            planned_at=datetime.combine(day, time(9)),
            held_on=day if status is not MeetingStatus.PLANNED else None,
            status=status.value,
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def people(window):
    service = window.context.service(AiosService)
    # Eight months in: the first progress meeting is overdue.
    late = service.add(Aios(name="Daan Bakker", start_date=TODAY - timedelta(days=245)))
    fresh = service.add(Aios(name="Sanne de Vries", start_date=TODAY - timedelta(days=20)))
    for weeks in range(1, 8):
        add_meeting(window, late, MeetingKind.KPB, TODAY - timedelta(weeks=4 * weeks))
    for weeks in range(1, 6):
        add_meeting(window, late, MeetingKind.COACHINGSGESPREK, TODAY - timedelta(weeks=5 * weeks))
    return late, fresh


def double_click(qtbot, window, match) -> None:
    view = settled_overview(window).open_items
    row = next(n for n, r in enumerate(view.open_model.rows()) if match(r))
    rect = view.visualRect(view.open_model.index(row, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown(cls):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None)


def is_overdue_progress(row) -> bool:
    return row.aios_name == "Daan Bakker" and row.item.kind is DueKind.VOORTGANGSGESPREK


def test_an_unplanned_due_meeting_opens_the_plan_dialog_for_its_kind(qtbot, window, people):
    double_click(qtbot, window, is_overdue_progress)
    assert window.tabs.currentWidget().objectName() == "tab_meetings"
    qtbot.waitUntil(lambda: shown(PlanMeetingDialog) is not None)
    dialog = shown(PlanMeetingDialog)
    assert dialog.kind.currentData() == MeetingKind.VOORTGANGSGESPREK
    assert dialog.aios.currentData() == people[0]
    dialog.accept()
    [planned] = [
        m
        for m in window.context.service(MeetingService).list(people[0])
        if m.kind == MeetingKind.VOORTGANGSGESPREK
    ]
    assert window.tab_widget("meetings").selected().id == planned.id


def test_a_planned_due_meeting_is_opened(qtbot, window, people):
    meeting_id = add_meeting(
        window, people[0], MeetingKind.VOORTGANGSGESPREK, TODAY + timedelta(days=3), MeetingStatus.PLANNED
    )
    double_click(qtbot, window, is_overdue_progress)
    qtbot.waitUntil(lambda: shown(MeetingWindow) is not None)
    assert shown(MeetingWindow).meeting_id == meeting_id
    assert shown(PlanMeetingDialog) is None
    shown(MeetingWindow).close()


def test_an_overdue_agreement_opens_its_meeting_on_the_agreements_page(qtbot, window, people):
    meeting_id = add_meeting(window, people[0], MeetingKind.COACHINGSGESPREK, TODAY - timedelta(days=40))
    window.context.service(AgreementService).add(
        Agreement(
            aios_id=people[0],
            meeting_id=meeting_id,
            text="Casus uitwerken",
            due_date=TODAY - timedelta(days=5),
        )
    )
    double_click(qtbot, window, lambda r: r.item.kind is DueKind.AGREEMENT)
    assert window.tabs.currentWidget().objectName() == "tab_meetings"
    qtbot.waitUntil(lambda: shown(MeetingWindow) is not None)
    meeting = shown(MeetingWindow)
    assert meeting.meeting_id == meeting_id
    assert meeting.tabs.currentWidget() is meeting.agreements_page
    meeting.close()


def test_an_agreement_of_an_aios_without_any_meeting_falls_back_to_the_portfolio_review(
    qtbot, window, people
):
    agreement = window.context.service(AgreementService).add(
        Agreement(aios_id=people[1], text="Casus uitwerken", due_date=TODAY - timedelta(days=5))
    )
    assert window.navigate(NavTarget(TargetArea.AGREEMENT, people[1], agreement))
    portfolio = window.tab_widget("portfolio")
    assert window.tabs.currentWidget() is portfolio.parentWidget() or window.tabs.currentWidget() is portfolio
    assert portfolio.pages.currentWidget() is portfolio.review


def test_behind_on_supervision_shows_the_aios_hours_this_quarter(qtbot, window, people):
    double_click(
        qtbot, window, lambda r: r.aios_name == "Sanne de Vries" and r.item.target.area == TargetArea.HOURS
    )
    hours = window.tab_widget("hours")
    assert window.tabs.currentWidget().objectName() == "tab_hours"
    assert hours.aios_filter.currentData() == people[1]
    assert hours.period_kind is PeriodKind.QUARTER
    assert hours.period == Period.quarter_of(TODAY)


def test_an_agreement_made_outside_a_meeting_opens_where_it_is_listed(qtbot, window, people):
    planned = add_meeting(
        window, people[0], MeetingKind.VOORTGANGSGESPREK, TODAY + timedelta(days=3), MeetingStatus.PLANNED
    )
    agreement = window.context.service(AgreementService).add(
        Agreement(aios_id=people[0], text="Casus uitwerken", due_date=TODAY - timedelta(days=5))
    )
    assert window.navigate(NavTarget(TargetArea.AGREEMENT, people[0], agreement))
    qtbot.waitUntil(lambda: shown(MeetingWindow) is not None)
    meeting = shown(MeetingWindow)
    assert meeting.meeting_id == planned
    assert meeting.tabs.currentWidget() is meeting.agreements_page
    [row] = meeting.earlier_agreements.view.selectionModel().selectedRows()
    assert row.data(ROW_ROLE).id == agreement
    meeting.close()
