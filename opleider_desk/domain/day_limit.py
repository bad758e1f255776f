"""No day holds more than 24 hours of logged time: the one place that says so.

Checked when an entry is added or changed, when a CSV file is read (within the
file) and when its rows are imported (with what the day already holds).
(Instelling van OpleiderDesk: a day has 24 hours.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TypeVar

from .durations import MAX_MINUTES
from .problems import Problem

Day = TypeVar("Day", date, int)


def minutes_per_day(entries: Iterable[tuple[date, int]]) -> dict[date, int]:
    totals: dict[date, int] = {}
    for day, minutes in entries:
        totals[day] = totals.get(day, 0) + minutes
    return totals


def days_over_limit(totals: Mapping[Day, int]) -> set[Day]:
    """The days (dates, or their ordinals) whose total passes the limit."""
    return {day for day, total in totals.items() if total > MAX_MINUTES}


def over_limit_problem(
    day: date, total_minutes: int, *, code: str = "hours.day_over_24h", field: str = "minutes"
) -> Problem | None:
    """The problem for a day holding ``total_minutes``, or None when that fits in it."""
    if total_minutes <= MAX_MINUTES:
        return None
    return Problem(code, field, {"day": day, "total_minutes": total_minutes})
