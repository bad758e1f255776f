"""The norms hours and meetings are measured against, and the checks against them.

Defaults come from the regulations (DOMAIN.md, ``000_…``, ``001_…``, ``004_…``);
institutes differ, so every value is an integer setting the user may
change. Stored as rows ``key -> int`` (``Norms.as_dict`` /
``Norms.from_overrides``); a key is the field name below and never changes
meaning.

A norm is shown beside the hours, never enforced: ``NormCheck.status`` says
under/ok/over and the user decides what it means.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from .problems import Problem, ValidationFailed
from .quarters import Period


@dataclass(frozen=True, slots=True, kw_only=True)
class Norms:
    # Hours, in minutes
    supervision_minutes_per_week: int = 120  # per aios, scaled by part-time percent
    joint_surgery_minutes_per_week: int = 120  # gezamenlijk spreekuur, at least
    own_training_days_per_training_year: int = 8
    training_day_minutes: int = 8 * 60  # what one "day" of own training counts as
    intervision_sessions_per_year: int = 3
    intervision_session_minutes: int = 120
    training_development_minutes_per_year: int = 6 * 60
    opleider_available_minutes_per_year: int = 20 * 60  # when tasks are delegated
    # Counts per year or per aios
    kpb_per_year: int = 10
    coaching_min_per_year: int = 6
    coaching_max_per_year: int = 8
    leoh_per_year: int = 2
    docent_evaluations_per_trainee: int = 2
    shifts_per_practice_year: int = 20
    practice_patients_per_fte_min: int = 1517
    practice_patients_per_fte_max: int = 2619
    # Intervals
    voortgangsgesprek_interval_months: int = 6
    geschiktheidsbeoordeling_interval_months: int = 12
    # How far from the expected amount still counts as "ok", in percent
    tolerance_percent: int = 10
    # What is due (domain/due.py) and the trainer's own obligations (obligations.py)
    final_meeting_months_before_end: int = 2  # the eindgesprek is due this long before the end
    supervision_recent_weeks: int = 4  # the recent stretch supervision is checked over
    due_soon_days: int = 28  # an item due within this many days is "due soon"
    profiel_max_age_months: int = 12  # Profiel Leerwerkplan: updated within this many months
    joint_surgery_weeks_percent: int = 100  # share of weeks that must reach the weekly minutes
    recognition_lapse_months: int = 24  # recognition lapses this long after the last aios
    training_year_start_month: int = 9  # the trainer's training year starts in this month
    # The training's structure (domain/due.py): placements, interruptions, begeleidingstrajecten
    startgesprek_within_days: int = 14  # the startgesprek is due this long after a placement starts
    themed_leergesprek_per_week: int = 1  # thema-, proces- of persoonsgericht leergesprek
    part_time_days_per_week: int = 3  # a part-time aios's days in the practice, at least
    ibt_followup_weeks: int = 6  # intern begeleidingstraject: the next evaluation
    gbt_default_months: int = 3  # geïntensiveerd begeleidingstraject when the form says nothing
    pb_consultation_interval_months: int = 1  # praktijkbegeleider and opleider consult
    span_of_control_max: int = 4  # aios at once for one trainer
    institution_notice_months: int = 2  # an interruption this long is reported to the institution
    specialty_minutes_per_week_min: int = 16 * 60  # the trainer's own work in the specialty, at least
    pro_rata_part_time: int = 100  # 100: counts scale with part-time; 0: they do not
    interruptions_move_due: int = 100  # 100: the aios's absence moves what is due; 0: it does not

    @classmethod
    def from_overrides(cls, values: Mapping[str, int]) -> Norms:
        """The defaults with ``values`` put over them; raises ``ValidationFailed``."""
        problems = cls.check_overrides(values)
        if problems:
            raise ValidationFailed(problems)
        return cls(**values)

    @classmethod
    def check_overrides(cls, values: Mapping[str, int]) -> list[Problem]:
        """Problems with ``values`` (unknown key, too small, a range upside down).

        A value that is not an int is a programming error (``TypeError``).
        """
        known = {f.name for f in dataclasses.fields(cls)}
        problems = [Problem("norm.unknown", key, {"key": key}) for key in values if key not in known]
        merged = {**cls().as_dict(), **{k: v for k, v in values.items() if k in known}}
        for key, value in merged.items():
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"norm {key} must be an int, not {type(value).__name__}")
            minimum = _MINIMUM.get(key, 0)
            if value < minimum:
                problems.append(Problem("norm.too_small", key, {"minimum": minimum}))
            elif key in _MAXIMUM and value > _MAXIMUM[key]:
                problems.append(Problem("norm.too_large", key, {"maximum": _MAXIMUM[key]}))
        for low, high in _RANGES:
            if merged[high] < merged[low]:
                problems.append(Problem("norm.range_inverted", high, {"low": merged[low]}))
        return problems

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    @property
    def own_training_minutes_per_training_year(self) -> int:
        return self.own_training_days_per_training_year * self.training_day_minutes

    @property
    def intervision_minutes_per_year(self) -> int:
        return self.intervision_sessions_per_year * self.intervision_session_minutes


# A zero here would divide by zero or make a schedule spin.
_MINIMUM = {
    "training_day_minutes": 1,
    "gbt_default_months": 3,
    "voortgangsgesprek_interval_months": 1,
    "geschiktheidsbeoordeling_interval_months": 1,
    "training_year_start_month": 1,
}
# Above these a value stops meaning anything (a month, a share).
_MAXIMUM = {
    "training_year_start_month": 12,
    "pro_rata_part_time": 100,
    "interruptions_move_due": 100,
    "gbt_default_months": 6,
    "joint_surgery_weeks_percent": 100,
    "tolerance_percent": 100,
}
_RANGES = (
    ("coaching_min_per_year", "coaching_max_per_year"),
    ("practice_patients_per_fte_min", "practice_patients_per_fte_max"),
)


def expected_supervision_minutes(
    period: Period,
    part_time_percent: int,
    norms: Norms,
    active_from: date | None = None,
    active_to: date | None = None,
) -> int:
    """Supervision an aios should have had in ``period``: the weekly norm, pro rata.

    Only days inside both the period and the aios's active span count
    (``active_from``/``active_to`` inclusive, None for open), so an aios who
    started mid-quarter is expected only the part after the start. The
    weekly norm scales by days/7 and by the part-time percent, computed
    exactly and rounded to whole minutes, half up.
    """
    days = _active_days(period, active_from, active_to)
    return _round_half_up(Fraction(norms.supervision_minutes_per_week * days * part_time_percent, 7 * 100))


def expected_joint_surgery_minutes(
    period: Period,
    norms: Norms,
    active_from: date | None = None,
    active_to: date | None = None,
) -> int:
    """Joint surgery expected in ``period``, pro rata by days/7, rounded half up.

    Not scaled by part-time: the criterion is a weekly session of at least
    two hours whatever the aios's contract.
    """
    days = _active_days(period, active_from, active_to)
    return _round_half_up(Fraction(norms.joint_surgery_minutes_per_week * days, 7))


class NormStatus(StrEnum):
    UNDER = "under"
    OK = "ok"
    OVER = "over"


@dataclass(frozen=True, slots=True)
class NormCheck:
    """Hours done against hours expected; ``tolerance_percent`` either side is "ok"."""

    key: str  # which norm, e.g. "supervision_minutes_per_week"
    actual_minutes: int
    expected_minutes: int
    tolerance_percent: int = 0

    @property
    def difference(self) -> int:
        """Positive: more than expected."""
        return self.actual_minutes - self.expected_minutes

    @property
    def status(self) -> NormStatus:
        # Compared in hundredths so the tolerance stays exact.
        actual = self.actual_minutes * 100
        if actual < self.expected_minutes * (100 - self.tolerance_percent):
            return NormStatus.UNDER
        if actual > self.expected_minutes * (100 + self.tolerance_percent):
            return NormStatus.OVER
        return NormStatus.OK


def _active_days(period: Period, active_from: date | None, active_to: date | None) -> int:
    active = period.clip(active_from, active_to)
    return active.days if active is not None else 0


def _round_half_up(value: Fraction) -> int:
    # Python's round() rounds halves to even; minutes of a norm round up at .5.
    return int((value + Fraction(1, 2)) // 1)


def expected_own_training_minutes(period: Period, norms: Norms) -> int:
    """The trainer's own training expected in ``period``: the yearly days, pro rata.

    The norm counts per training year; over a shorter period it is scaled by
    days/365 so a quarter shows about a quarter of it.
    """
    return _round_half_up(Fraction(norms.own_training_minutes_per_training_year * period.days, 365))
