"""Quarters (the statement's unit), periods (what norms are measured over) and weeks.

Both are inclusive on both ends: Q1 runs 01-01 up to and including 31-03,
a week from Monday up to and including Sunday. Lengths are exact: ``days``
is an int and ``weeks`` a ``Fraction``, so a norm per week scales to a
period without float drift.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .problems import ParseError, Problem

if TYPE_CHECKING:
    from fractions import Fraction

_QUARTER_PATTERNS = (
    re.compile(r"(?P<year>[0-9]{4}) ?-? ?[qk](?P<number>[0-9])", re.ASCII),  # 2026-Q3, 2026Q3
    re.compile(r"[qk](?P<number>[0-9]) ?-? ?(?P<year>[0-9]{4})", re.ASCII),  # Q3 2026, K3-2026
    re.compile(r"(?P<year>[0-9]{4}) ?[-/] ?(?P<number>[0-9])", re.ASCII),  # 2026-3
)


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    year: int
    number: int  # 1..4

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 4:
            raise ValueError(f"quarter number must be 1..4, not {self.number}")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: str, *, field: str | None = "quarter") -> Quarter:
        """``2026-Q3``, ``2026Q3``, ``Q3 2026``, ``2026-3`` (``K`` for kwartaal works too)."""
        cleaned = " ".join(text.lower().split())
        for pattern in _QUARTER_PATTERNS:
            found = pattern.fullmatch(cleaned)
            if found:
                year, number = int(found["year"]), int(found["number"])
                if 1 <= number <= 4 and year >= 1:
                    return cls(year, number)
        raise ParseError(Problem("quarter.invalid", field))

    def __str__(self) -> str:
        return f"{self.year:04d}-Q{self.number}"

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        last_month = 3 * self.number
        return date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])

    @property
    def period(self) -> Period:
        return Period(self.start, self.end)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def months(self) -> tuple[int, int, int]:
        first = 3 * self.number - 2
        return first, first + 1, first + 2

    def next(self) -> Quarter:
        if self.number == 4:
            return Quarter(self.year + 1, 1)
        return Quarter(self.year, self.number + 1)

    def previous(self) -> Quarter:
        if self.number == 1:
            return Quarter(self.year - 1, 4)
        return Quarter(self.year, self.number - 1)


@dataclass(frozen=True, slots=True, order=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def week_of(cls, day: date) -> Period:
        return cls(*week_bounds(day))

    @classmethod
    def month_of(cls, day: date) -> Period:
        last = calendar.monthrange(day.year, day.month)[1]
        return cls(day.replace(day=1), day.replace(day=last))

    @classmethod
    def quarter_of(cls, day: date) -> Period:
        return Quarter.of(day).period

    @classmethod
    def year_of(cls, day: date) -> Period:
        return cls(date(day.year, 1, 1), date(day.year, 12, 31))

    @classmethod
    def training_year_of(cls, start_date: date, day: date) -> Period:
        """The year counted from ``start_date`` (an aios's start) that holds ``day``.

        Year n starts on the n-1th anniversary of ``start_date`` and ends the
        day before the next one. A start on 29-02 has its anniversary on 01-03
        in years without that day.
        """
        if day < start_date:
            raise ValueError(f"{day} is before the start date {start_date}")
        years = day.year - start_date.year
        if _anniversary(start_date, years) > day:
            years -= 1
        begin = _anniversary(start_date, years)
        return cls(begin, _anniversary(start_date, years + 1) - timedelta(days=1))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def weeks(self) -> Fraction:
        # Imported here: the window opens the data file with this module and no norm.
        from fractions import Fraction

        return Fraction(self.days, 7)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def clip(self, start: date | None = None, end: date | None = None) -> Period | None:
        """The part of this period between ``start`` and ``end`` (None: unbounded), or None."""
        begin = self.start if start is None else max(self.start, start)
        finish = self.end if end is None else min(self.end, end)
        return Period(begin, finish) if begin <= finish else None


def week_bounds(day: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _anniversary(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29-02 in a year without it
        return date(start.year + years, 3, 1)
