"""Changes made anywhere show on the overview and the portfolio without reopening them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from opleider_desk.domain.due import DueKind
from opleider_desk.domain.entities import Agreement, Aios, LearningGoal
from opleider_desk.domain.enums import CompetencyArea
from opleider_desk.storage.services.agreements import AgreementService
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.goals import GoalService
from opleider_desk.storage.services.meetings import MeetingService
from tests.ui.conftest import settled_overview

TODAY = date.today()


def open_kinds(window, aios_id):
    return [
        r.item.kind
        for r in settled_overview(window).open_items.open_model.rows()
        if r.item.aios_id == aios_id
    ]


def test_the_open_list_follows_agreements_and_ignores_autosaved_typing(qtbot, window, monkeypatch):
    sanne = window.context.service(AiosService).add(
        Aios(name="Sanne de Vries", start_date=TODAY - timedelta(days=60))
    )
    meetings = window.context.service(MeetingService)
    meeting = meetings.plan(sanne, "coachingsgesprek", datetime.combine(TODAY, datetime.min.time()), 30)
    agreements = window.context.service(AgreementService)
    agreement = agreements.add(
        Agreement(
            aios_id=sanne, meeting_id=meeting, text="Casus uitwerken", due_date=TODAY - timedelta(days=2)
        )
    )
    assert DueKind.AGREEMENT in open_kinds(window, sanne)
    agreements.mark_done(agreement, TODAY)
    assert DueKind.AGREEMENT not in open_kinds(window, sanne)

    tab = window.tab_widget("aios")
    reloads = []
    monkeypatch.setattr(tab, "reload_due", lambda: reloads.append(1))
    meetings.save_progress(meeting, answers={"note": "typed"})
    assert reloads == []
    meetings.hold(meeting, TODAY)
    assert reloads == [1]


def test_the_portfolio_rereads_its_automatic_items_when_a_goal_is_set(qtbot, window):
    sanne = window.context.service(AiosService).add(
        Aios(name="Sanne de Vries", start_date=TODAY - timedelta(days=60))
    )
    portfolio = window.show_tab("portfolio")
    qtbot.waitUntil(portfolio.isVisible)
    assert portfolio.select_aios(sanne)

    def coverage():
        entry = next(e for e in portfolio.checklist.model.rows() if e.item.template_key == "activities")
        return entry.outcome

    before = coverage()
    window.context.service(GoalService).add(
        LearningGoal(
            aios_id=sanne, competency=CompetencyArea.COMMUNICATIE, statement="Twee gesprekken op video"
        )
    )
    assert coverage() != before
