"""Rules an aios or a profile must meet before it is stored."""

from __future__ import annotations

from .durations import MAX_MINUTES
from .entities import Aios, HourEntry, Profile, RecurringHours
from .enums import Role
from .problems import Problem

PART_TIME_MIN, PART_TIME_MAX = 10, 100
TRAINING_YEARS = (1, 2, 3)
NAME_MAX = 200


def validate_aios(aios: Aios) -> list[Problem]:
    problems: list[Problem] = []
    if not aios.name.strip():
        problems.append(Problem("required", "name"))
    elif len(aios.name) > NAME_MAX:
        problems.append(Problem("text.too_long", "name", {"max": NAME_MAX}))
    if aios.expected_end_date is not None and aios.expected_end_date <= aios.start_date:
        problems.append(Problem("aios.end_before_start", "expected_end_date"))
    if not PART_TIME_MIN <= aios.part_time_percent <= PART_TIME_MAX:
        problems.append(
            Problem(
                "aios.part_time_range",
                "part_time_percent",
                {"min": PART_TIME_MIN, "max": PART_TIME_MAX},
            )
        )
    if aios.training_year not in TRAINING_YEARS:
        problems.append(Problem("aios.training_year_range", "training_year"))
    return problems


def validate_profile(profile: Profile) -> list[Problem]:
    problems: list[Problem] = []
    if not profile.name.strip():
        problems.append(Problem("required", "name"))
    if not profile.practice.strip():
        problems.append(Problem("required", "practice"))
    if profile.role is Role.PRAKTIJKBEGELEIDER and not profile.supervising_opleider.strip():
        problems.append(Problem("profile.opleider_required", "supervising_opleider"))
    if profile.practice_patients is not None and profile.practice_patients < 0:
        problems.append(Problem("number.negative", "practice_patients"))
    if profile.practice_gp_fte_percent is not None and not (0 < profile.practice_gp_fte_percent <= 5000):
        problems.append(Problem("profile.fte_range", "practice_gp_fte_percent"))
    return problems


DESCRIPTION_MAX = 2000


def validate_hour_entry(entry: HourEntry | RecurringHours) -> list[Problem]:
    """Rules one entry (or routine) meets on its own; the day total is the service's."""
    problems: list[Problem] = []
    if not 0 < entry.minutes <= MAX_MINUTES:
        problems.append(
            Problem(
                "duration.too_long" if entry.minutes > 0 else "duration.zero",
                "minutes",
                {"max_hours": MAX_MINUTES // 60},
            )
        )
    if len(entry.description) > DESCRIPTION_MAX:
        problems.append(Problem("text.too_long", "description", {"max": DESCRIPTION_MAX}))
    if isinstance(entry, RecurringHours) and not 0 <= entry.weekday <= 6:
        problems.append(Problem("recurring.weekday_range", "weekday"))
    return problems
