"""The trainer's own obligations in a training year, measured from the data.

``trainer_obligations`` returns one ``ObligationResult`` per obligation of
DOMAIN.md that the data can show. A status says whether the obligation is
met *so far*: in a year that is still running, ``not_met`` means "not yet".
``unknown`` means the data cannot tell (``params["reason"]`` says why), e.g.
the practice size was never entered or no aios was in training.

What the caller passes, all summed in the database where it is bulky:

* ``own_minutes_per_day``: for the trainer's own hour entries, minutes per
  day per category key (``CategoryKey.EIGEN_SCHOLING``, ``INTERVISIE``).
  Intervision is counted in sessions, one per day with minutes logged.
* ``joint_surgery_per_week``: per aios id, minutes per ISO week (keyed by its
  Monday, see ``dates.week_start``) in the ``GEZAMENLIJK_SPREEKUUR`` category.
  The norm is weekly whatever the aios's part-time percentage.
* ``aios``: every aios the trainer has had, for who was in training when and
  for the recognition, which lapses after two years without any aios.

An aios is in training from its start date to its expected end date; one
that finished or stopped without an end date cannot be placed in time and
counts only in the year it started.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from .dates import Period, add_months, whole_months_between
from .entities import Aios, Meeting, Profile, TrainerEvent
from .enums import AiosStatus, CategoryKey, MeetingKind, MeetingStatus, TrainerEventKind
from .in_training import in_training_during, training_end


class ObligationKey(StrEnum):
    TRAINING_DAYS = "training_days"
    LEOH = "leoh"
    DOCENT_EVALUATIONS = "docent_evaluations"
    PROFIEL_LEERWERKPLAN = "profiel_leerwerkplan"
    JOINT_SURGERY = "joint_surgery"
    PRACTICE_SIZE = "practice_size"
    OUT_OF_HOURS_SHIFTS = "out_of_hours_shifts"
    INTERVISION = "intervision"
    RECOGNITION = "recognition"


class ObligationStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True, kw_only=True)
class ObligationNorms:
    training_days_per_year: int = 8
    minutes_per_training_day: int = 480
    leoh_per_year: int = 2
    docent_evaluations_per_aios: int = 2  # over the aios's whole training
    profiel_max_age_months: int = 12
    joint_surgery_minutes_per_week: int = 120
    #: Share of the weeks with an aios that must reach the weekly minutes. The
    #: norm says every week; an institute that allows for holidays lowers it.
    joint_surgery_weeks_percent: int = 100
    practice_patients_per_fte_min: int = 1517
    practice_patients_per_fte_max: int = 2619
    shifts_per_year: int = 20
    intervision_sessions_per_year: int = 3
    recognition_lapse_months: int = 24


@dataclass(frozen=True, slots=True, kw_only=True)
class ObligationResult:
    """``actual`` against ``required``; ``params["unit"]`` says what they count.

    Units: ``minutes``, ``count``, ``aios`` (aios that reached the norm of
    all in training), ``weeks``, ``patients_per_fte`` (``required`` is the
    ``(min, max)`` range) and ``months_since`` (``required`` is the maximum).
    """

    key: ObligationKey
    status: ObligationStatus
    actual: int | None
    required: int | tuple[int, int] | None
    params: dict[str, Any] = field(default_factory=dict)


_EMPTY: Mapping[Any, Any] = MappingProxyType({})
_HELD = frozenset({MeetingStatus.HELD, MeetingStatus.SIGNED})


def trainer_obligations(
    period: Period,
    today: date,
    *,
    profile: Profile,
    aios: Sequence[Aios] = (),
    meetings: Iterable[Meeting] = (),
    trainer_events: Iterable[TrainerEvent] = (),
    own_minutes_per_day: Mapping[str, Mapping[date, int]] = _EMPTY,
    joint_surgery_per_week: Mapping[int, Mapping[date, int]] = _EMPTY,
    norms: ObligationNorms = ObligationNorms(),
) -> list[ObligationResult]:
    """The obligations for the training year ``period``, as far as ``today``."""
    seen = Period(period.start, min(period.end, today + timedelta(days=1)))
    in_training = [a for a in aios if _overlaps(a, period)]
    events = [e for e in trainer_events if e.day in seen]
    return [
        _training_days(seen, own_minutes_per_day, norms),
        _event_count(ObligationKey.LEOH, TrainerEventKind.LEOH, events, in_training, norms.leoh_per_year),
        _docent_evaluations(today, in_training, meetings, norms),
        _profiel(period, today, trainer_events, norms),
        _joint_surgery(seen, in_training, joint_surgery_per_week, norms),
        _practice_size(profile, norms),
        _event_count(
            ObligationKey.OUT_OF_HOURS_SHIFTS,
            TrainerEventKind.DIENST,
            events,
            in_training,
            norms.shifts_per_year,
        ),
        _intervision(seen, own_minutes_per_day, norms),
        _recognition(today, aios, norms),
    ]


def _result(
    key: ObligationKey,
    met: bool,
    actual: int | None,
    required: int | tuple[int, int] | None,
    **params: Any,
) -> ObligationResult:
    status = ObligationStatus.MET if met else ObligationStatus.NOT_MET
    return ObligationResult(key=key, status=status, actual=actual, required=required, params=params)


def _unknown(key: ObligationKey, required: int | tuple[int, int] | None, reason: str) -> ObligationResult:
    return ObligationResult(
        key=key,
        status=ObligationStatus.UNKNOWN,
        actual=None,
        required=required,
        params={"reason": reason},
    )


def _overlaps(a: Aios, period: Period) -> bool:
    return in_training_during(a, period.start, period.last_day)


def _training_days(
    seen: Period, own: Mapping[str, Mapping[date, int]], norms: ObligationNorms
) -> ObligationResult:
    days = own.get(CategoryKey.EIGEN_SCHOLING, _EMPTY)
    minutes = sum(m for day, m in days.items() if day in seen)
    required = norms.training_days_per_year * norms.minutes_per_training_day
    return _result(
        ObligationKey.TRAINING_DAYS,
        minutes >= required,
        minutes,
        required,
        unit="minutes",
        minutes_per_day=norms.minutes_per_training_day,
    )


def _intervision(
    seen: Period, own: Mapping[str, Mapping[date, int]], norms: ObligationNorms
) -> ObligationResult:
    logged = own.get(CategoryKey.INTERVISIE, _EMPTY)
    days = {day: m for day, m in logged.items() if day in seen and m > 0}
    required = norms.intervision_sessions_per_year
    return _result(
        ObligationKey.INTERVISION,
        len(days) >= required,
        len(days),
        required,
        unit="count",
        minutes=sum(days.values()),
    )


def _event_count(
    key: ObligationKey,
    kind: TrainerEventKind,
    events: Sequence[TrainerEvent],
    in_training: Sequence[Aios],
    required: int,
) -> ObligationResult:
    # LEOh and shifts come with an aios in the practice; without one they cannot be owed.
    if not in_training:
        return _unknown(key, required, "no_aios")
    count = sum(e.quantity for e in events if e.kind == kind)
    return _result(key, count >= required, count, required, unit="count")


def _docent_evaluations(
    today: date, in_training: Sequence[Aios], meetings: Iterable[Meeting], norms: ObligationNorms
) -> ObligationResult:
    key = ObligationKey.DOCENT_EVALUATIONS
    required_each = norms.docent_evaluations_per_aios
    if not in_training:
        return _unknown(key, None, "no_aios")
    per_aios = {a.id: 0 for a in in_training}
    for m in meetings:
        day = m.date
        if (
            m.kind == MeetingKind.EVALUATIEGESPREK_DOCENT
            and m.status in _HELD
            and m.aios_id in per_aios
            and day is not None
            and day <= today
        ):
            per_aios[m.aios_id] += 1
    reached = sum(1 for n in per_aios.values() if n >= required_each)
    return _result(
        key,
        reached == len(per_aios),
        reached,
        len(per_aios),
        unit="aios",
        per_aios=per_aios,
        required_per_aios=required_each,
    )


def _profiel(
    period: Period, today: date, events: Iterable[TrainerEvent], norms: ObligationNorms
) -> ObligationResult:
    key = ObligationKey.PROFIEL_LEERWERKPLAN
    on = min(today, period.last_day)
    last = max(
        (e.day for e in events if e.kind == TrainerEventKind.PROFIEL_LEERWERKPLAN and e.day <= on),
        default=None,
    )
    required = norms.profiel_max_age_months
    if last is None:
        return _result(key, False, None, required, unit="months_since")
    fresh = last > add_months(on, -required)
    return _result(
        key,
        fresh,
        whole_months_between(last, on),
        required,
        unit="months_since",
        last_updated=last,
    )


def _joint_surgery(
    seen: Period,
    in_training: Sequence[Aios],
    per_aios_weeks: Mapping[int, Mapping[date, int]],
    norms: ObligationNorms,
) -> ObligationResult:
    key = ObligationKey.JOINT_SURGERY
    per_aios: dict[int | None, tuple[int, int]] = {}
    for a in in_training:
        first = max(seen.start, a.start_date)
        first += timedelta(days=-first.weekday() % 7)  # the first whole week
        end = training_end(a)
        last = seen.last_day if end is None else min(seen.last_day, end)
        minutes = per_aios_weeks.get(a.id, _EMPTY) if a.id is not None else _EMPTY
        weeks = met = 0
        monday = first
        while monday + timedelta(days=6) <= last:
            weeks += 1
            met += minutes.get(monday, 0) >= norms.joint_surgery_minutes_per_week
            monday += timedelta(weeks=1)
        if weeks:
            per_aios[a.id] = (met, weeks)
    total = sum(weeks for _, weeks in per_aios.values())
    if not total:
        return _unknown(key, None, "no_aios")
    met_weeks = sum(met for met, _ in per_aios.values())
    required = math.ceil(total * norms.joint_surgery_weeks_percent / 100)
    return _result(
        key,
        met_weeks >= required,
        met_weeks,
        required,
        unit="weeks",
        weeks=total,
        per_aios=per_aios,
    )


def _practice_size(profile: Profile, norms: ObligationNorms) -> ObligationResult:
    key = ObligationKey.PRACTICE_SIZE
    bounds = (norms.practice_patients_per_fte_min, norms.practice_patients_per_fte_max)
    patients, fte = profile.practice_patients, profile.practice_gp_fte_percent
    if patients is None or fte is None or fte <= 0:
        return _unknown(key, bounds, "no_practice_size")
    per_fte = round(patients * 100 / fte)
    return _result(key, bounds[0] <= per_fte <= bounds[1], per_fte, bounds, unit="patients_per_fte")


def _recognition(today: date, aios: Sequence[Aios], norms: ObligationNorms) -> ObligationResult:
    key = ObligationKey.RECOGNITION
    required = norms.recognition_lapse_months
    if any(a.status in (AiosStatus.ACTIVE, AiosStatus.PAUSED) and a.start_date <= today for a in aios):
        return _result(key, True, 0, required, unit="months_since")
    ends = [end for a in aios if (end := training_end(a)) is not None and end <= today]
    if not ends:
        return _unknown(key, required, "no_aios")
    last = max(ends)
    lapses_on = add_months(last, required)
    return _result(
        key,
        today < lapses_on,
        whole_months_between(last, today),
        required,
        unit="months_since",
        last_aios_until=last,
        lapses_on=lapses_on,
    )
