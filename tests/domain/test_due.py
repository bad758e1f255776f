from datetime import date, datetime, timedelta
from typing import Any

import pytest

from opleider_desk.domain.dates import week_start
from opleider_desk.domain.due import (
    DueItem,
    DueKind,
    DueStatus,
    DueTarget,
    TargetArea,
    due_items,
    next_due,
)
from opleider_desk.domain.due_norms import DueNorms
from opleider_desk.domain.entities import Agreement, Aios, Meeting, TrainerEvent
from opleider_desk.domain.enums import (
    AgreementStatus,
    AiosStatus,
    MeetingKind,
    MeetingStatus,
    TrainerEventKind,
)


def make_aios(**kw) -> Aios:
    values: dict[str, Any] = {"id": 1, "name": "Sam", "start_date": date(2025, 1, 31)}
    values.update(kw)
    return Aios(**values)


def held(kind: MeetingKind, day: date, aios_id: int = 1) -> Meeting:
    return Meeting(aios_id=aios_id, kind=kind, held_on=day, status=MeetingStatus.HELD)


def only(items: list[DueItem], kind: DueKind) -> DueItem:
    found = [i for i in items if i.kind == kind]
    assert len(found) == 1, found
    return found[0]


def due(aios: Aios, today: date, kind: DueKind, **inputs) -> DueItem:
    return only(due_items(aios, today, **inputs), kind)


def kinds(items: list[DueItem]) -> set[DueKind]:
    return {i.kind for i in items}


# --- voortgangsgesprek and geschiktheidsbeoordeling: the fixed cadence


def test_start_on_31_january_gives_31_july_then_31_january():
    aios = make_aios()
    first = only(due_items(aios, date(2025, 6, 1)), DueKind.VOORTGANGSGESPREK)
    assert (first.due_date, first.params["slot"]) == (date(2025, 7, 31), 1)
    assert first.target == DueTarget(TargetArea.MEETING, MeetingKind.VOORTGANGSGESPREK)

    meetings = [held(MeetingKind.VOORTGANGSGESPREK, date(2025, 7, 31))]
    second = only(due_items(aios, date(2025, 8, 1), meetings=meetings), DueKind.VOORTGANGSGESPREK)
    assert (second.due_date, second.params["slot"]) == (date(2026, 1, 31), 2)


def test_start_on_29_february_follows_leap_years():
    aios = make_aios(start_date=date(2024, 2, 29))
    meetings = [
        held(MeetingKind.VOORTGANGSGESPREK, date(2024, 8, 29)),
        held(MeetingKind.VOORTGANGSGESPREK, date(2025, 2, 28)),
        held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2025, 2, 28)),
    ]
    items = due_items(aios, date(2025, 3, 1), meetings=meetings)
    assert only(items, DueKind.VOORTGANGSGESPREK).due_date == date(2025, 8, 29)
    assert only(items, DueKind.GESCHIKTHEIDSBEOORDELING).due_date == date(2026, 2, 28)

    meetings += [
        held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2026, 2, 28)),
        held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2027, 2, 28)),
    ]
    items = due_items(aios, date(2027, 6, 1), meetings=meetings)
    assert only(items, DueKind.GESCHIKTHEIDSBEOORDELING).due_date == date(2028, 2, 29)


def test_first_voortgangsgesprek_is_six_months_after_start():
    item = only(due_items(make_aios(), date(2025, 1, 31)), DueKind.VOORTGANGSGESPREK)
    assert item.due_date == date(2025, 7, 31)
    assert item.status == DueStatus.UPCOMING


@pytest.mark.parametrize("held_on", [date(2025, 5, 15), date(2025, 7, 31), date(2025, 10, 15)])
def test_a_meeting_held_within_the_window_fills_the_slot_without_moving_the_cadence(held_on):
    meetings = [held(MeetingKind.VOORTGANGSGESPREK, held_on)]
    item = due(make_aios(), date(2025, 10, 20), DueKind.VOORTGANGSGESPREK, meetings=meetings)
    assert item.due_date == date(2026, 1, 31)
    assert item.params["slot"] == 2


def test_a_missed_slot_stays_overdue_after_its_window_until_a_meeting_is_held():
    aios = make_aios()
    item = only(due_items(aios, date(2025, 11, 15)), DueKind.VOORTGANGSGESPREK)
    assert (item.due_date, item.status) == (date(2025, 7, 31), DueStatus.OVERDUE)

    # The late meeting falls in the January slot's window: one catch-up is enough.
    meetings = [held(MeetingKind.VOORTGANGSGESPREK, date(2025, 11, 20))]
    item = only(due_items(aios, date(2025, 11, 21), meetings=meetings), DueKind.VOORTGANGSGESPREK)
    assert (item.due_date, item.status) == (date(2026, 7, 31), DueStatus.UPCOMING)


def test_planned_and_cancelled_meetings_do_not_fill_a_slot_but_a_planned_date_is_shown():
    meetings = [
        Meeting(
            aios_id=1,
            kind=MeetingKind.VOORTGANGSGESPREK,
            planned_at=datetime(2025, 7, 28, 14, 0),
            status=MeetingStatus.PLANNED,
        ),
        Meeting(
            aios_id=1,
            kind=MeetingKind.VOORTGANGSGESPREK,
            held_on=date(2025, 7, 1),
            status=MeetingStatus.CANCELLED,
        ),
    ]
    item = due(make_aios(), date(2025, 7, 10), DueKind.VOORTGANGSGESPREK, meetings=meetings)
    assert (item.due_date, item.status) == (date(2025, 7, 31), DueStatus.DUE_SOON)
    assert item.params["planned_on"] == date(2025, 7, 28)


def test_meetings_of_another_aios_are_ignored():
    meetings = [held(MeetingKind.VOORTGANGSGESPREK, date(2025, 7, 31), aios_id=2)]
    item = due(make_aios(), date(2025, 8, 1), DueKind.VOORTGANGSGESPREK, meetings=meetings)
    assert item.status == DueStatus.OVERDUE


def test_geschiktheidsbeoordeling_is_yearly():
    aios = make_aios(start_date=date(2025, 9, 1))
    item = only(due_items(aios, date(2026, 7, 1)), DueKind.GESCHIKTHEIDSBEOORDELING)
    assert item.due_date == date(2026, 9, 1)
    meetings = [held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2026, 8, 25))]
    item = due(aios, date(2026, 9, 2), DueKind.GESCHIKTHEIDSBEOORDELING, meetings=meetings)
    assert item.due_date == date(2027, 9, 1)


# --- the end of the training


def test_eindgesprek_is_due_two_months_before_the_expected_end_and_replaces_late_slots():
    aios = make_aios(start_date=date(2025, 9, 1), expected_end_date=date(2026, 8, 31))
    meetings = [held(MeetingKind.VOORTGANGSGESPREK, date(2026, 3, 1))]
    items = due_items(aios, date(2026, 4, 1), meetings=meetings)
    final = only(items, DueKind.EINDGESPREK)
    assert (final.due_date, final.status) == (date(2026, 6, 30), DueStatus.UPCOMING)
    # The slots of 1 September (voortgang and geschiktheid) are after the eindgesprek.
    assert DueKind.VOORTGANGSGESPREK not in kinds(items)
    assert DueKind.GESCHIKTHEIDSBEOORDELING not in kinds(items)

    meetings.append(held(MeetingKind.EINDGESPREK, date(2026, 6, 20)))
    assert DueKind.EINDGESPREK not in kinds(due_items(aios, date(2026, 6, 21), meetings=meetings))


def test_eindgesprek_setting_moves_its_due_date():
    aios = make_aios(start_date=date(2025, 9, 1), expected_end_date=date(2026, 8, 31))
    norms = DueNorms(final_meeting_months_before_end=3)
    item = only(due_items(aios, date(2026, 1, 1), norms=norms), DueKind.EINDGESPREK)
    assert item.due_date == date(2026, 5, 31)


def test_an_active_aios_past_the_expected_end_date_is_flagged():
    aios = make_aios(start_date=date(2024, 9, 1), expected_end_date=date(2025, 8, 31))
    meetings = [held(MeetingKind.EINDGESPREK, date(2025, 7, 1))]
    item = only(due_items(aios, date(2025, 9, 15), meetings=meetings), DueKind.END_DATE_PASSED)
    assert (item.due_date, item.status) == (date(2025, 8, 31), DueStatus.OVERDUE)
    assert item.target == DueTarget(TargetArea.AIOS, 1)
    on_the_day = due_items(aios, date(2025, 8, 31), meetings=meetings)
    assert DueKind.END_DATE_PASSED not in kinds(on_the_day)


# --- status


@pytest.mark.parametrize("status", [AiosStatus.PAUSED, AiosStatus.FINISHED, AiosStatus.STOPPED])
def test_an_aios_that_is_not_active_has_nothing_due(status):
    aios = make_aios(status=status, expected_end_date=date(2025, 6, 1))
    agreements = [Agreement(id=5, aios_id=1, text="x", due_date=date(2025, 3, 1))]
    assert due_items(aios, date(2025, 12, 1), agreements=agreements, supervision_per_week={}) == []


# --- counts: KPB and coaching


def test_kpbs_behind_schedule_are_overdue():
    aios = make_aios(start_date=date(2025, 1, 1))
    meetings = [held(MeetingKind.KPB, date(2025, 1, 20))]
    item = only(due_items(aios, date(2025, 5, 1), meetings=meetings), DueKind.KPB)
    assert item.status == DueStatus.OVERDUE
    assert (item.params["have"], item.params["expected"], item.params["year_target"]) == (1, 3, 10)
    # 10 a year: the second is due after 2 * 36.5 days.
    assert item.due_date == date(2025, 3, 14)
    assert item.target == DueTarget(TargetArea.MEETING, MeetingKind.KPB)


def test_kpbs_on_schedule_give_the_last_day_before_falling_behind():
    aios = make_aios(start_date=date(2025, 1, 1))
    meetings = [held(MeetingKind.KPB, date(2025, 1, 1) + timedelta(days=30 * n)) for n in range(4)]
    item = only(due_items(aios, date(2025, 5, 1), meetings=meetings), DueKind.KPB)
    assert (item.params["have"], item.params["expected"]) == (4, 3)
    assert item.due_date == date(2025, 7, 2)  # ceil(5 * 36.5) - 1 = 182 days after the start
    assert item.status == DueStatus.UPCOMING
    item = only(due_items(aios, date(2025, 7, 2), meetings=meetings), DueKind.KPB)
    assert (item.params["expected"], item.status) == (4, DueStatus.DUE_SOON)
    item = only(due_items(aios, date(2025, 7, 3), meetings=meetings), DueKind.KPB)
    assert (item.params["expected"], item.status) == (5, DueStatus.OVERDUE)


def test_part_time_fifty_percent_halves_the_counts_and_supervision():
    aios = make_aios(start_date=date(2025, 1, 6), part_time_percent=50)  # a Monday
    meetings = [held(MeetingKind.KPB, date(2025, 2, 1)), held(MeetingKind.KPB, date(2025, 5, 1))]
    today = date(2025, 7, 7)  # a Monday, 182 days in
    weeks = {week_start(date(2025, 1, 6)) + timedelta(weeks=n): 60 for n in range(26)}
    items = due_items(aios, today, meetings=meetings, supervision_per_week=weeks)

    kpb = only(items, DueKind.KPB)
    assert (kpb.params["have"], kpb.params["expected"], kpb.params["year_target"]) == (2, 2, 5)
    assert kpb.status == DueStatus.UPCOMING
    coaching = only(items, DueKind.COACHINGSGESPREK)
    assert (coaching.params["expected"], coaching.params["year_target"]) == (1, 3)
    assert coaching.status == DueStatus.OVERDUE

    recent = only(items, DueKind.SUPERVISION_RECENT)
    assert (recent.params["have"], recent.params["expected"]) == (240, 240)
    assert recent.status == DueStatus.OK
    year = only(items, DueKind.SUPERVISION_YEAR)
    assert (year.params["weeks"], year.params["expected"]) == (26, 26 * 60)
    assert year.status == DueStatus.OK


def test_counts_start_again_in_the_next_year_of_the_placement():
    aios = make_aios(start_date=date(2024, 2, 29))
    meetings = [held(MeetingKind.KPB, date(2024, 3, 1) + timedelta(days=30 * n)) for n in range(11)]
    items = due_items(aios, date(2025, 3, 10), meetings=meetings)
    kpb = only(items, DueKind.KPB)
    assert kpb.params["year_start"] == date(2025, 2, 28)
    assert kpb.params["have"] == 0


def test_a_year_met_in_full_is_ok():
    aios = make_aios(start_date=date(2025, 1, 1))
    days = [date(2025, 1, 2) + timedelta(days=n) for n in range(6)]
    meetings = [held(MeetingKind.COACHINGSGESPREK, day) for day in days]
    item = only(due_items(aios, date(2025, 2, 1), meetings=meetings), DueKind.COACHINGSGESPREK)
    assert item.status == DueStatus.OK
    assert item.due_date == date(2025, 12, 31)


def test_a_placement_ending_within_the_year_owes_its_share():
    aios = make_aios(start_date=date(2025, 1, 1), expected_end_date=date(2025, 6, 30))
    item = only(due_items(aios, date(2025, 3, 1)), DueKind.KPB)
    assert item.params["year_target"] == 5  # 181 of 365 days of 10 a year, rounded up
    assert item.params["year_end"] == date(2025, 6, 30)


# --- supervision


def test_supervision_behind_over_the_last_four_weeks():
    aios = make_aios(start_date=date(2025, 1, 6))
    today = date(2025, 3, 5)  # Wednesday; the week of 3 March has not ended
    weeks = {
        date(2025, 2, 3): 120,
        date(2025, 2, 10): 120,
        date(2025, 2, 17): 0,
        date(2025, 3, 3): 500,
    }
    items = due_items(aios, today, supervision_per_week=weeks)
    recent = only(items, DueKind.SUPERVISION_RECENT)
    assert (recent.params["have"], recent.params["expected"]) == (240, 480)
    assert recent.params["weeks"] == 4
    assert recent.status == DueStatus.OVERDUE
    assert recent.due_date == date(2025, 3, 2)
    assert recent.target == DueTarget(TargetArea.HOURS, None)
    year = only(items, DueKind.SUPERVISION_YEAR)
    assert (year.params["weeks"], year.params["expected"]) == (8, 960)


def test_supervision_counts_only_whole_weeks_after_the_start():
    aios = make_aios(start_date=date(2025, 9, 3))  # a Wednesday
    first_week = due_items(aios, date(2025, 9, 9), supervision_per_week={})
    assert DueKind.SUPERVISION_RECENT not in kinds(first_week)
    second_week = due_items(aios, date(2025, 9, 16), supervision_per_week={})
    assert only(second_week, DueKind.SUPERVISION_RECENT).params["weeks"] == 1
    # Early in the year, the year so far is the recent weeks: no second item.
    assert DueKind.SUPERVISION_YEAR not in kinds(second_week)


def test_unknown_supervision_gives_no_supervision_items():
    found = kinds(due_items(make_aios(), date(2025, 6, 1)))
    assert not {DueKind.SUPERVISION_RECENT, DueKind.SUPERVISION_YEAR} & found


# --- agreements


def test_open_agreements_past_their_due_date_are_overdue():
    agreements = [
        Agreement(id=7, aios_id=1, text="Lees NHG-standaard", due_date=date(2025, 5, 1)),
        Agreement(id=8, aios_id=1, text="Done", due_date=date(2025, 5, 1), status=AgreementStatus.DONE),
        Agreement(id=9, aios_id=1, text="Soon", due_date=date(2025, 5, 20)),
        Agreement(id=10, aios_id=1, text="Later", due_date=date(2025, 12, 1)),
        Agreement(id=11, aios_id=1, text="No date"),
        Agreement(id=12, aios_id=2, text="Other aios", due_date=date(2025, 5, 1)),
    ]
    items = due_items(make_aios(), date(2025, 5, 10), agreements=agreements)
    items = [i for i in items if i.kind == DueKind.AGREEMENT]
    assert [(i.target, i.status) for i in items] == [
        (DueTarget(TargetArea.AGREEMENT, 7), DueStatus.OVERDUE),
        (DueTarget(TargetArea.AGREEMENT, 9), DueStatus.DUE_SOON),
    ]


# --- LEOh


def test_leoh_is_due_six_months_after_the_last_one_for_this_aios():
    aios = make_aios()
    assert only(due_items(aios, date(2025, 3, 1)), DueKind.LEOH).due_date == date(2025, 7, 31)
    events = [
        TrainerEvent(kind=TrainerEventKind.LEOH, day=date(2025, 8, 10), aios_id=1),
        TrainerEvent(kind=TrainerEventKind.LEOH, day=date(2025, 10, 1), aios_id=2),
        TrainerEvent(kind=TrainerEventKind.DIENST, day=date(2025, 10, 1)),
    ]
    item = only(due_items(aios, date(2025, 10, 2), trainer_events=events), DueKind.LEOH)
    assert (item.due_date, item.params["last"]) == (date(2026, 2, 10), date(2025, 8, 10))
    assert item.target == DueTarget(TargetArea.TRAINER_EVENT, TrainerEventKind.LEOH)

    events.append(TrainerEvent(kind=TrainerEventKind.LEOH, day=date(2025, 9, 1)))  # not linked
    item = only(due_items(aios, date(2025, 10, 2), trainer_events=events), DueKind.LEOH)
    assert item.due_date == date(2026, 3, 1)


# --- order and the overview column


def test_items_are_sorted_overdue_first_then_by_date():
    aios = make_aios(start_date=date(2025, 1, 1), expected_end_date=date(2027, 12, 31))
    agreements = [Agreement(id=3, aios_id=1, text="x", due_date=date(2025, 8, 1))]
    items = due_items(aios, date(2025, 8, 20), agreements=agreements)
    rank = {DueStatus.OVERDUE: 0, DueStatus.DUE_SOON: 1, DueStatus.UPCOMING: 1, DueStatus.OK: 2}
    ranks = [rank[i.status] for i in items]
    assert ranks == sorted(ranks)
    overdue = [i.due_date for i in items if i.status == DueStatus.OVERDUE]
    assert overdue == sorted(overdue)
    assert next_due(items) == items[0]


def test_next_due_skips_items_that_are_ok():
    ok = DueItem(
        aios_id=1,
        kind=DueKind.KPB,
        due_date=date(2025, 1, 1),
        status=DueStatus.OK,
        target=DueTarget(TargetArea.MEETING, MeetingKind.KPB),
    )
    upcoming = DueItem(
        aios_id=1,
        kind=DueKind.LEOH,
        due_date=date(2025, 9, 1),
        status=DueStatus.UPCOMING,
        target=DueTarget(TargetArea.TRAINER_EVENT, TrainerEventKind.LEOH),
    )
    assert next_due([ok, upcoming]) == upcoming
    assert next_due([ok]) is None
    assert next_due([]) is None
