"""Days as Dutch users type them, and days written out for people and files.

``parse_day`` accepts (spaces and case do not matter):

- day-month-year with ``-``, ``/`` or ``.`` between: ``12-03-2026``,
  ``12/3/2026``, ``12.3.26``; a two-digit year is 20xx;
- day-month without a year: ``12-3`` is in the year of ``today`` (also early
  in January: the rule is simple to predict, and the field shows the result);
- ISO ``2026-03-12`` (four-digit year first);
- ``vandaag``/``today``, ``gisteren``/``yesterday``, ``morgen``/``tomorrow``;
- ``+1``, ``-7``: days relative to ``today`` (at most 999).

Anything else raises ``ParseError`` with code ``date.invalid``; a day that
does not exist in its month (``30-02-2026``) ``date.no_such_day``, and a day
outside the range the program accepts (``validation.DATE_MIN``..``DATE_MAX``)
``date.out_of_range``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .problems import ParseError, Problem

_WORDS = {
    "vandaag": 0,
    "today": 0,
    "gisteren": -1,
    "yesterday": -1,
    "morgen": 1,
    "tomorrow": 1,
}
_DAY_MONTH_YEAR = re.compile(
    r"([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})(?:\s*[-/.]\s*([0-9]{2}|[0-9]{4}))?", re.ASCII
)
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", re.ASCII)
_RELATIVE = re.compile(r"([+-])\s*([0-9]{1,3})", re.ASCII)  # up to 999 days: more is a typo


def parse_day(text: str, today: date, *, field: str | None = "day") -> date:
    cleaned = " ".join(text.lower().split())
    if not cleaned:
        raise ParseError(Problem("required", field))
    try:
        day = _read(cleaned, today)
    except (ValueError, OverflowError):  # impossible day, or before year 1 / after 9999
        missing = _no_such_day(cleaned, today)
        if missing is not None:
            raise ParseError(Problem("date.no_such_day", field, missing)) from None
        day = None
    if day is None:
        raise ParseError(Problem("date.invalid", field))
    from .validation import date_problem

    problem = date_problem(day, field)
    if problem is not None:
        raise ParseError(problem)
    return day


def _no_such_day(cleaned: str, today: date) -> dict[str, int] | None:
    """For "30-02-2026": the day, month and year typed, when only the day is impossible."""
    iso = _ISO.fullmatch(cleaned)
    dutch = _DAY_MONTH_YEAR.fullmatch(cleaned)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif dutch:
        day_text, month_text, year_text = dutch.groups()
        day, month = int(day_text), int(month_text)
        if year_text is None:
            year = today.year
        else:
            year = 2000 + int(year_text) if len(year_text) == 2 else int(year_text)
    else:
        return None
    if 1 <= month <= 12 and day >= 1 and 1 <= year <= 9999:
        return {"day": day, "month": month, "year": year}
    return None


def format_day_nl(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def _read(cleaned: str, today: date) -> date | None:
    if cleaned in _WORDS:
        return today + timedelta(days=_WORDS[cleaned])
    relative = _RELATIVE.fullmatch(cleaned)
    if relative:
        sign, amount = relative.groups()
        return today + timedelta(days=int(amount) if sign == "+" else -int(amount))
    iso = _ISO.fullmatch(cleaned)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        return date(year, month, day)
    dutch = _DAY_MONTH_YEAR.fullmatch(cleaned)
    if dutch:
        day_text, month_text, year_text = dutch.groups()
        if year_text is None:
            year = today.year
        elif len(year_text) == 2:
            year = 2000 + int(year_text)
        else:
            year = int(year_text)
        return date(year, int(month_text), int(day_text))
    return None
