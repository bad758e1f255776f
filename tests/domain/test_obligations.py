from datetime import date, timedelta
from typing import Any

import pytest

from opleider_desk.domain.dates import Period
from opleider_desk.domain.entities import Aios, Meeting, Profile, TrainerEvent
from opleider_desk.domain.enums import (
    AiosStatus,
    CategoryKey,
    MeetingKind,
    MeetingStatus,
    TrainerEventKind,
)
from opleider_desk.domain.obligations import (
    ObligationKey,
    ObligationNorms,
    ObligationResult,
    ObligationStatus,
    trainer_obligations,
)

YEAR = Period.twelve_months(date(2025, 9, 1))
AFTER = date(2026, 9, 15)  # the year is over
PROFILE = Profile(name="Dr. A", practice="De Linde")
MET, NOT_MET, UNKNOWN = ObligationStatus.MET, ObligationStatus.NOT_MET, ObligationStatus.UNKNOWN


def aios(id: int = 1, **kw) -> Aios:
    values: dict[str, Any] = {"id": id, "name": f"aios {id}", "start_date": date(2025, 9, 1)}
    values.update(kw)
    return Aios(**values)


def result(key: ObligationKey, today: date = AFTER, **inputs) -> ObligationResult:
    inputs.setdefault("profile", PROFILE)
    found = [r for r in trainer_obligations(YEAR, today, **inputs) if r.key == key]
    assert len(found) == 1
    return found[0]


def event(kind: TrainerEventKind, day: date, quantity: int = 1) -> TrainerEvent:
    return TrainerEvent(kind=kind, day=day, quantity=quantity)


def test_every_obligation_is_reported_once():
    results = trainer_obligations(YEAR, AFTER, profile=PROFILE)
    assert [r.key for r in results] == list(ObligationKey)


def test_training_days_count_480_minutes_a_day_within_the_year():
    days = {date(2025, 9, 10) + timedelta(days=n): 480 for n in range(7)}
    days[date(2025, 8, 31)] = 480  # the year before
    own = {CategoryKey.EIGEN_SCHOLING: days}
    r = result(ObligationKey.TRAINING_DAYS, own_minutes_per_day=own)
    assert (r.status, r.actual, r.required) == (NOT_MET, 7 * 480, 8 * 480)
    days[date(2026, 3, 1)] = 240
    days[date(2026, 3, 2)] = 240
    assert result(ObligationKey.TRAINING_DAYS, own_minutes_per_day=own).status == MET


def test_minutes_after_today_do_not_count_yet():
    own = {CategoryKey.EIGEN_SCHOLING: {date(2026, 5, 1): 8 * 480}}
    r = result(ObligationKey.TRAINING_DAYS, date(2026, 4, 1), own_minutes_per_day=own)
    assert (r.status, r.actual) == (NOT_MET, 0)


def test_intervision_counts_sessions_as_days_with_minutes():
    sessions = {date(2025, 10, 1): 150, date(2026, 2, 1): 120, date(2026, 3, 1): 0}
    own = {CategoryKey.INTERVISIE: sessions}
    r = result(ObligationKey.INTERVISION, own_minutes_per_day=own)
    assert (r.status, r.actual, r.required, r.params["minutes"]) == (NOT_MET, 2, 3, 270)
    own[CategoryKey.INTERVISIE][date(2026, 6, 1)] = 150
    assert result(ObligationKey.INTERVISION, own_minutes_per_day=own).status == MET


def test_leoh_twice_a_year_needs_an_aios():
    assert result(ObligationKey.LEOH).status == UNKNOWN
    events = [event(TrainerEventKind.LEOH, date(2026, 1, 10))]
    r = result(ObligationKey.LEOH, aios=[aios()], trainer_events=events)
    assert (r.status, r.actual, r.required) == (NOT_MET, 1, 2)
    events.append(event(TrainerEventKind.LEOH, date(2026, 7, 1)))
    assert result(ObligationKey.LEOH, aios=[aios()], trainer_events=events).status == MET


def test_out_of_hours_shifts_add_up_quantities():
    events = [
        event(TrainerEventKind.DIENST, date(2025, 10, 1), 12),
        event(TrainerEventKind.DIENST, date(2026, 2, 1), 7),
        event(TrainerEventKind.DIENST, date(2026, 9, 2), 5),  # next year
    ]
    r = result(ObligationKey.OUT_OF_HOURS_SHIFTS, aios=[aios()], trainer_events=events)
    assert (r.status, r.actual, r.required) == (NOT_MET, 19, 20)
    events.append(event(TrainerEventKind.DIENST, date(2026, 3, 1)))
    r = result(ObligationKey.OUT_OF_HOURS_SHIFTS, aios=[aios()], trainer_events=events)
    assert (r.status, r.actual) == (MET, 20)


def test_docent_evaluations_two_per_aios_over_the_whole_training():
    trainees = [aios(1, start_date=date(2024, 9, 1)), aios(2)]
    docent = MeetingKind.EVALUATIEGESPREK_DOCENT
    meetings = [
        Meeting(aios_id=1, kind=docent, held_on=date(2024, 12, 1), status=MeetingStatus.SIGNED),
        Meeting(aios_id=1, kind=docent, held_on=date(2025, 12, 1), status=MeetingStatus.HELD),
        Meeting(aios_id=2, kind=docent, held_on=date(2026, 1, 5), status=MeetingStatus.HELD),
        Meeting(aios_id=2, kind=docent, held_on=date(2026, 2, 5), status=MeetingStatus.CANCELLED),
        Meeting(
            aios_id=2,
            kind=MeetingKind.VOORTGANGSGESPREK,
            held_on=date(2026, 2, 5),
            status=MeetingStatus.HELD,
        ),
    ]
    r = result(ObligationKey.DOCENT_EVALUATIONS, aios=trainees, meetings=meetings)
    assert (r.status, r.actual, r.required) == (NOT_MET, 1, 2)
    assert r.params["per_aios"] == {1: 2, 2: 1}


def test_profiel_leerwerkplan_must_be_updated_within_twelve_months():
    r = result(ObligationKey.PROFIEL_LEERWERKPLAN, date(2026, 3, 1))
    assert (r.status, r.actual) == (NOT_MET, None)
    events = [event(TrainerEventKind.PROFIEL_LEERWERKPLAN, date(2025, 3, 2))]
    r = result(ObligationKey.PROFIEL_LEERWERKPLAN, date(2026, 3, 1), trainer_events=events)
    assert (r.status, r.actual, r.params["last_updated"]) == (MET, 11, date(2025, 3, 2))
    r = result(ObligationKey.PROFIEL_LEERWERKPLAN, date(2026, 3, 2), trainer_events=events)
    assert (r.status, r.actual) == (NOT_MET, 12)


def test_joint_surgery_counts_whole_weeks_with_an_aios_that_reached_two_hours():
    today = date(2025, 10, 1)  # Wednesday: four whole weeks of September
    # Starts on a Wednesday: the week of 1 September is not a whole week with the aios.
    trainee = aios(start_date=date(2025, 9, 3))
    weeks = {date(2025, 9, 8): 120, date(2025, 9, 15): 90, date(2025, 9, 22): 150}
    inputs = {"aios": [trainee], "joint_surgery_per_week": {1: weeks}}
    r = result(ObligationKey.JOINT_SURGERY, today, **inputs)
    assert (r.status, r.actual, r.required, r.params["weeks"]) == (NOT_MET, 2, 3, 3)

    norms = ObligationNorms(joint_surgery_weeks_percent=60)
    r = result(ObligationKey.JOINT_SURGERY, today, norms=norms, **inputs)
    assert (r.status, r.required) == (MET, 2)


def test_joint_surgery_is_per_aios():
    today = date(2025, 9, 15)
    trainees = [aios(1), aios(2, start_date=date(2025, 9, 8))]
    weeks = {1: {date(2025, 9, 1): 120, date(2025, 9, 8): 120}, 2: {date(2025, 9, 8): 60}}
    r = result(ObligationKey.JOINT_SURGERY, today, aios=trainees, joint_surgery_per_week=weeks)
    assert r.params["per_aios"] == {1: (2, 2), 2: (0, 1)}
    assert (r.actual, r.required) == (2, 3)


def test_joint_surgery_without_an_aios_is_unknown():
    later = aios(start_date=date(2027, 1, 1))
    assert result(ObligationKey.JOINT_SURGERY, aios=[later]).status == UNKNOWN


@pytest.mark.parametrize(
    ("patients", "fte", "status", "actual"),
    [
        (3000, 150, MET, 2000),
        (1500, 100, NOT_MET, 1500),
        (2619, 100, MET, 2619),
        (5400, 200, NOT_MET, 2700),
        (None, 100, UNKNOWN, None),
        (2000, None, UNKNOWN, None),
        (2000, 0, UNKNOWN, None),
    ],
)
def test_practice_size_per_fte(patients, fte, status, actual):
    profile = Profile(practice_patients=patients, practice_gp_fte_percent=fte)
    r = result(ObligationKey.PRACTICE_SIZE, profile=profile)
    assert (r.status, r.actual, r.required) == (status, actual, (1517, 2619))


def test_recognition_holds_while_there_is_an_aios():
    r = result(ObligationKey.RECOGNITION, aios=[aios(expected_end_date=date(2026, 8, 31))])
    assert (r.status, r.actual) == (MET, 0)


def test_recognition_lapses_two_years_after_the_last_aios():
    gone = aios(expected_end_date=date(2026, 8, 31), status=AiosStatus.FINISHED)
    r = result(ObligationKey.RECOGNITION, date(2028, 8, 30), aios=[gone])
    assert (r.status, r.actual, r.params["lapses_on"]) == (MET, 23, date(2028, 8, 31))
    r = result(ObligationKey.RECOGNITION, date(2028, 8, 31), aios=[gone])
    assert (r.status, r.actual) == (NOT_MET, 24)


def test_recognition_without_any_aios_is_unknown():
    assert result(ObligationKey.RECOGNITION).status == UNKNOWN
