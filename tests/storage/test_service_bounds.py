"""Every service refuses what the dialogs refuse (issue 14, probed again through the API).

Main bounded the aios, profile and hour entries; a second probe through the
service API still stored 31-12-9999 in placements, interruptions, meetings,
agreements and goals, 1.5 minutes in a meeting, 50.5 % in a placement, a
weekday of 2.5 in a routine, and raised ``UnicodeEncodeError`` on a lone
surrogate in a meeting, agreement, goal, category, portfolio item or
attachment name. Each is now a ``ValidationFailed`` with a problem the UI
explains, and nothing is written.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from opleider_desk.domain.entities import (
    Agreement,
    Aios,
    Interruption,
    LearningGoal,
    Placement,
    RecurringHours,
    TrainerEvent,
)
from opleider_desk.domain.enums import CompetencyArea, TrainerEventKind
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.storage import models
from opleider_desk.storage.services.agreements import AgreementService
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.categories import CategoryService
from opleider_desk.storage.services.goals import GoalService
from opleider_desk.storage.services.hour_routines import HourRoutineService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.storage.services.portfolio import PortfolioService
from opleider_desk.storage.services.trainer_events import TrainerEventService
from opleider_desk.words.problems import known_codes, problem_text

FAR = date(9999, 12, 31)
LONE = "a\ud800b"  # a lone surrogate: not writable as UTF-8
START = date(2026, 1, 5)


def _aios(store, name: str = "Sanne de Vries") -> int:
    return store.service(AiosService).add(Aios(name=name, start_date=START))


def _rows(store) -> dict[str, int]:
    with store.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in models.Base.metadata.sorted_tables
            if table.name not in ("audit_log",)
        }


def _calls(store):
    sanne = _aios(store)
    meetings = store.service(MeetingService)
    meeting = meetings.plan(sanne, "kpb", datetime(2026, 3, 3, 10), 30)
    agreement = store.service(AgreementService).add(Agreement(aios_id=sanne, text="Lezen"))
    portfolio = store.service(PortfolioService)
    item = portfolio.add_own_item(sanne, "Eigen punt")
    category = store.service(CategoryService).list()[0].id
    aios = store.service(AiosService)
    other = Aios(name="Daan Bakker", start_date=START)
    area = next(iter(CompetencyArea))
    kind = next(iter(TrainerEventKind))
    return {
        "placement start 9999": lambda: aios.add(other, placements=[Placement(start=FAR)]),
        "placement part-time 50.5": lambda: aios.add(
            other,
            placements=[Placement(start=START, part_time_percent=50.5)],  # type: ignore[arg-type]
        ),
        "placement surrogate": lambda: aios.add(other, placements=[Placement(start=START, place=LONE)]),
        "interruption end 9999": lambda: aios.add(
            other, interruptions=[Interruption(start=date(2026, 2, 2), end=FAR)]
        ),
        "interruption surrogate": lambda: aios.add(
            other, interruptions=[Interruption(start=date(2026, 2, 2), note=LONE)]
        ),
        "routine weekday 2.5": lambda: store.service(HourRoutineService).add_routine(
            RecurringHours(weekday=2.5, minutes=30, category_id=category)  # type: ignore[arg-type]
        ),
        "meeting planned 9999": lambda: meetings.plan(sanne, "kpb", datetime(9999, 12, 31, 10), 30),
        "meeting 1.5 minutes": lambda: meetings.plan(sanne, "kpb", datetime(2026, 3, 3, 10), 1.5),
        "meeting title surrogate": lambda: meetings.plan(
            sanne, "kpb", datetime(2026, 3, 3, 10), 30, title=LONE
        ),
        "meeting location 5000": lambda: meetings.plan(
            sanne, "kpb", datetime(2026, 3, 3, 10), 30, location="x" * 5000
        ),
        "meeting held 9999": lambda: meetings.hold(meeting, FAR),
        "meeting held 1.5 minutes": lambda: meetings.hold(meeting, date(2026, 3, 3), 1.5),
        "meeting answer surrogate": lambda: meetings.save_progress(meeting, answers={"kpb.x": LONE}),
        "meeting answer 100,000": lambda: meetings.save_progress(meeting, answers={"kpb.x": "x" * 100_000}),
        "meeting explanation surrogate": lambda: meetings.save_progress(meeting, verdict_explanation=LONE),
        "meeting signed 9999": lambda: meetings.sign(meeting, FAR),
        "agreement due 9999": lambda: store.service(AgreementService).add(
            Agreement(aios_id=sanne, text="t", due_date=FAR)
        ),
        "agreement surrogate": lambda: store.service(AgreementService).add(
            Agreement(aios_id=sanne, text=LONE)
        ),
        "agreement done 9999": lambda: store.service(AgreementService).mark_done(agreement, FAR),
        "goal deadline 9999": lambda: store.service(GoalService).add(
            LearningGoal(aios_id=sanne, competency=area, statement="s", deadline=FAR)
        ),
        "goal surrogate": lambda: store.service(GoalService).add(
            LearningGoal(aios_id=sanne, competency=area, statement=LONE)
        ),
        "trainer event 1.5": lambda: store.service(TrainerEventService).add(
            TrainerEvent(kind=kind, day=date(2026, 3, 3), quantity=1.5)  # type: ignore[arg-type]
        ),
        "trainer event surrogate": lambda: store.service(TrainerEventService).add(
            TrainerEvent(kind=kind, day=date(2026, 3, 3), note=LONE)
        ),
        "trainer event note 100,000": lambda: store.service(TrainerEventService).add(
            TrainerEvent(kind=kind, day=date(2026, 3, 3), note="x" * 100_000)
        ),
        "category surrogate": lambda: store.service(CategoryService).add(LONE),
        "portfolio item surrogate": lambda: portfolio.add_own_item(sanne, LONE),
        "portfolio item 5000": lambda: portfolio.add_own_item(sanne, "x" * 5000),
        "portfolio note surrogate": lambda: portfolio.update_item(item, note=LONE),
        "portfolio date 9999": lambda: portfolio.update_item(item, item_date=FAR),
        "attachment name surrogate": lambda: portfolio.add_attachment_bytes(item, LONE + ".pdf", b"%PDF"),
    }


CASES = [
    "placement start 9999",
    "placement part-time 50.5",
    "placement surrogate",
    "interruption end 9999",
    "interruption surrogate",
    "routine weekday 2.5",
    "meeting planned 9999",
    "meeting 1.5 minutes",
    "meeting title surrogate",
    "meeting location 5000",
    "meeting held 9999",
    "meeting held 1.5 minutes",
    "meeting answer surrogate",
    "meeting answer 100,000",
    "meeting explanation surrogate",
    "meeting signed 9999",
    "agreement due 9999",
    "agreement surrogate",
    "agreement done 9999",
    "goal deadline 9999",
    "goal surrogate",
    "trainer event 1.5",
    "trainer event surrogate",
    "trainer event note 100,000",
    "category surrogate",
    "portfolio item surrogate",
    "portfolio item 5000",
    "portfolio note surrogate",
    "portfolio date 9999",
    "attachment name surrogate",
]


@pytest.mark.parametrize("case", CASES)
def test_the_service_api_refuses_what_no_dialog_accepts(store, case):
    calls = _calls(store)
    assert set(calls) == set(CASES)
    before = _rows(store)
    with pytest.raises(ValidationFailed) as refused:
        calls[case]()
    for problem in refused.value.problems:
        assert problem.code in known_codes()
        assert problem_text(problem).strip()
    assert _rows(store) == before  # nothing half-written
    meeting = store.service(MeetingService).list()[0]
    assert meeting.held_on is None and meeting.signed_on is None and meeting.answers == {}
