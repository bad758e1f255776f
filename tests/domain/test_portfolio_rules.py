"""The portfolio items that fill themselves from meetings and learning goals."""

from datetime import date, datetime, time

import pytest

from opleider_desk.domain.checklists import AutoRule
from opleider_desk.domain.entities import Aios, ChecklistItem, LearningGoal, Meeting
from opleider_desk.domain.enums import (
    ChecklistStatus,
    CompetencyArea,
    GoalStatus,
    MeetingKind,
    MeetingStatus,
)
from opleider_desk.domain.portfolio import PortfolioFacts, auto_outcome

START = date(2026, 1, 31)
TODAY = date(2026, 11, 16)
AIOS = Aios(id=1, name="Sanne", start_date=START, expected_end_date=date(2029, 1, 31))
MISSING, PRESENT, REVIEWED = ChecklistStatus.MISSING, ChecklistStatus.PRESENT, ChecklistStatus.REVIEWED


def meeting(kind, day, status=MeetingStatus.HELD, id=None, aios_id=1) -> Meeting:
    planned = datetime.combine(day, time(13))
    held = day if status in (MeetingStatus.HELD, MeetingStatus.SIGNED) else None
    return Meeting(id=id, aios_id=aios_id, kind=kind, planned_at=planned, held_on=held, status=status)


def goal(area=CompetencyArea.COMMUNICATIE, status=GoalStatus.OPEN, **kw) -> LearningGoal:
    return LearningGoal(aios_id=1, competency=area, statement="Een SMART-doel", status=status, **kw)


def outcome(rule: str, *, meetings=(), goals=(), item=None, today=TODAY, aios=AIOS):
    name, _, argument = rule.partition(":")
    facts = PortfolioFacts(aios=aios, today=today, meetings=meetings, goals=goals)
    return auto_outcome(AutoRule(name, argument or None), facts, item)


def test_a_held_progress_meeting_with_a_signed_report_ticks_its_item():
    vg = MeetingKind.VOORTGANGSGESPREK
    assert outcome("signed_meeting:voortgangsgesprek").status is MISSING  # first was due 31-07
    held = [meeting(vg, date(2026, 7, 30))]
    assert outcome("signed_meeting:voortgangsgesprek", meetings=held).status is PRESENT
    signed = [meeting(vg, date(2026, 7, 30), MeetingStatus.SIGNED)]
    result = outcome("signed_meeting:voortgangsgesprek", meetings=signed)
    assert (result.status, result.params["held"], result.params["signed"]) == (REVIEWED, 1, 1)


def test_planned_cancelled_and_other_aios_meetings_do_not_count():
    vg = MeetingKind.VOORTGANGSGESPREK
    others = [
        meeting(vg, date(2026, 12, 1), MeetingStatus.PLANNED),
        meeting(vg, date(2026, 7, 30), MeetingStatus.CANCELLED),
        meeting(vg, date(2026, 7, 30), MeetingStatus.SIGNED, aios_id=2),
    ]
    assert outcome("signed_meeting:voortgangsgesprek", meetings=others).status is MISSING


def test_reports_not_due_yet_say_nothing():
    result = outcome("signed_meeting:eindgesprek")
    assert result.status is None and result.params["due_on"] == date(2028, 11, 30)
    assert outcome("signed_meeting:geschiktheidsbeoordeling", today=date(2026, 6, 1)).status is None


def test_kpb_count_follows_the_pro_rata_norm():
    # 289 days into the year: 10 x 289/365 = 7.9, so 7 expected by now.
    kpbs = [meeting(MeetingKind.KPB, date(2026, m, 10)) for m in range(2, 9)]
    result = outcome("kpb_count", meetings=kpbs)
    assert (result.status, result.params["have"], result.params["expected"]) == (PRESENT, 7, 7)
    assert outcome("kpb_count", meetings=kpbs[:6]).status is MISSING


def test_kpb_count_before_the_start_is_unknown():
    assert outcome("kpb_count", today=date(2026, 1, 1)).status is None


def test_current_iop_needs_open_goals_taken_up_in_the_latest_progress_meeting():
    vg = meeting(MeetingKind.VOORTGANGSGESPREK, date(2026, 7, 30), MeetingStatus.HELD, id=7)
    assert outcome("current_iop").status is MISSING
    assert outcome("current_iop", goals=[goal()]).status is PRESENT  # no progress meeting yet
    stale = outcome("current_iop", meetings=[vg], goals=[goal(created_on=date(2026, 3, 1))])
    assert (stale.status, stale.params["reason"]) == (MISSING, "not_updated")
    updated = [goal(created_on=date(2026, 3, 1), evaluated_in_meeting_id=7)]
    assert outcome("current_iop", meetings=[vg], goals=updated).status is PRESENT
    signed = meeting(MeetingKind.VOORTGANGSGESPREK, date(2026, 7, 30), MeetingStatus.SIGNED, id=7)
    assert outcome("current_iop", meetings=[signed], goals=updated).status is REVIEWED
    achieved_only = [goal(status=GoalStatus.ACHIEVED, set_in_meeting_id=7)]
    assert outcome("current_iop", meetings=[signed], goals=achieved_only).status is MISSING


def test_competency_coverage_needs_all_seven_areas():
    some = [goal(area) for area in list(CompetencyArea)[:6]]
    result = outcome("competency_coverage", goals=some)
    assert (result.status, result.params["covered"]) == (MISSING, 6)
    dropped = goal(CompetencyArea.PROFESSIONALITEIT, status=GoalStatus.DROPPED)
    assert outcome("competency_coverage", goals=[*some, dropped]).status is MISSING
    done = goal(CompetencyArea.PROFESSIONALITEIT, status=GoalStatus.ACHIEVED)
    assert outcome("competency_coverage", goals=[*some, done]).status is PRESENT


@pytest.mark.parametrize(
    ("msf_on", "status"),
    [
        (None, MISSING),
        (date(2026, 7, 1), MISSING),
        (date(2026, 7, 30), MISSING),
        (date(2026, 11, 1), PRESENT),
    ],
)
def test_msf_must_be_newer_than_the_last_assessment_meeting(msf_on, status):
    meetings = [
        meeting(MeetingKind.VOORTGANGSGESPREK, date(2026, 7, 30)),
        meeting(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2027, 1, 20), MeetingStatus.PLANNED),
    ]
    item = ChecklistItem(aios_id=1, template_key="msf", item_date=msf_on)
    result = outcome("msf_before_meeting", meetings=meetings, item=item)
    assert result.status is status
    assert result.params["next_meeting_on"] == date(2027, 1, 20)


def test_a_trainer_rule_is_not_a_portfolio_rule():
    with pytest.raises(ValueError):
        outcome("obligation:leoh")


def test_competency_coverage_uses_the_areas_of_the_aios_profile():
    import dataclasses

    from opleider_desk.domain.competency_profiles import GP_PROFILE_2023, areas_of

    on_2023 = dataclasses.replace(AIOS, competency_profile=GP_PROFILE_2023)
    old_seven = [goal(area) for area in areas_of(None)]
    result = outcome("competency_coverage", goals=old_seven, aios=on_2023)
    # An Organisatie goal keeps its area: it does not cover Leiderschap.
    assert (result.status, result.params["missing"]) == (MISSING, [CompetencyArea.LEIDERSCHAP])
    new_seven = [goal(area) for area in areas_of(GP_PROFILE_2023)]
    assert outcome("competency_coverage", goals=new_seven, aios=on_2023).status is PRESENT
