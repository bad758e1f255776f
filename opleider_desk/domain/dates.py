"""Calendar arithmetic the schedules rely on: months, ISO weeks, periods.

Schedules are always counted from a fixed anchor (``add_months(start, 6 * k)``)
rather than by stepping from the previous date, so a start on 31 January gives
31 July and 31 January again instead of drifting to the 28th.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; a day that does not exist becomes the month's last."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def whole_months_between(earlier: date, later: date) -> int:
    """How many whole months lie between the two days (0 if ``later`` is not later)."""
    if later <= earlier:
        return 0
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if add_months(earlier, months) > later:
        months -= 1
    return months


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week: the key for minutes summed per week.

    Storage can compute the same key in SQLite with
    ``date(day, 'weekday 0', '-6 days')``.
    """
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Period:
    """Days from ``start`` up to but not including ``end``."""

    start: date
    end: date

    @classmethod
    def twelve_months(cls, start: date) -> Period:
        return cls(start, add_months(start, 12))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day < self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)


def is_overdue(due: date | None, today: date) -> bool:
    """Past its date on ``today``: the day itself still counts as in time."""
    return due is not None and due < today
