"""Reading and writing durations as people type them; stored as whole minutes.

What ``parse_duration`` accepts (case, spaces and a non-breaking space do not
matter):

- ``1:30``, ``0:45``: hours and minutes; ``1:30:00`` as spreadsheets export
  a time cell (the seconds must be ``00``);
- ``1,5``, ``1,25``, ``1.5``, ``2``: a number **without a unit is hours**,
  because that is what trainers' spreadsheets hold. ``90`` is therefore
  ninety hours and is refused with a hint to write ``90m``;
- ``90m``, ``90 min``, ``90 minuten``; ``2u``, ``2 uur``, ``2h``;
  ``1u30``, ``1h30m``, ``1 uur 30 min``, ``1 uur en 30 minuten``.

Refused, each with its own problem code: nothing readable
(``duration.invalid``), zero (``duration.zero``), a minus sign
(``duration.negative``), more than 24 hours (``duration.too_long``, or
``duration.bare_number_hours`` for a bare number such as ``90``), an amount
that is not a whole number of minutes such as ``1,33`` (``duration.not_whole_minutes``),
and a dot followed by exactly two digits such as ``1.30`` or ``0.45``
(``duration.ambiguous``): in Dutch that is how a clock time is written, so
the user may mean 1 h 30 or 1.3 h; a comma is always a decimal comma.

Parsers raise ``ParseError`` carrying the ``Problem``; they never raise
anything else for any input text.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from .problems import ParseError, Problem

MAX_MINUTES = 24 * 60

# Longer than any sensible duration; keeps pathological input cheap.
_MAX_TEXT_LENGTH = 40

_NUMBER = r"[0-9]*[.,]?[0-9]+"
_HOUR_UNIT = r"(?:uren|uur|u|hours|hour|hrs|hr|h)"
_MINUTE_UNIT = r"(?:minuten|minuut|minutes|minute|mins|min|m)"

_CLOCK = re.compile(r"([0-9]+):([0-9]{2})(?::([0-9]{2}))?", re.ASCII)
_BARE = re.compile(_NUMBER, re.ASCII)
_WITH_UNITS = re.compile(
    rf"(?:(?P<h>{_NUMBER}) ?{_HOUR_UNIT})?"
    r" ?(?:(?:en|and) )?"
    rf"(?:(?P<m>{_NUMBER}) ?(?P<mu>{_MINUTE_UNIT})?)?",
    re.ASCII,
)
# A clock time in Dutch: "1.30" for half past one.
_DOT_TWO_DIGITS = re.compile(r"[0-9]\.[0-9]{2}(?![0-9])", re.ASCII)


def parse_duration(text: str, *, field: str | None = "minutes") -> int:
    """Minutes in ``text``; raises ``ParseError`` (see the module docstring)."""
    cleaned = _clean(text)
    if not cleaned:
        raise ParseError(Problem("required", field))
    if len(cleaned) > _MAX_TEXT_LENGTH:
        raise ParseError(Problem("duration.invalid", field))
    negative = cleaned.startswith("-")
    body = cleaned.lstrip("-").strip() if negative else cleaned
    minutes = _read(body, field)
    if minutes is None:
        raise ParseError(Problem("duration.invalid", field))
    if minutes == 0:
        raise ParseError(Problem("duration.zero", field))
    if negative:
        raise ParseError(Problem("duration.negative", field))
    if minutes > MAX_MINUTES:
        if body.isascii() and body.isdigit():
            raise ParseError(Problem("duration.bare_number_hours", field, {"value": int(body)}))
        raise ParseError(Problem("duration.too_long", field, {"max_hours": MAX_MINUTES // 60}))
    return _whole(minutes, field)


def decimal_hours_to_minutes(text: str, *, field: str | None = "minutes") -> int:
    """Minutes in a cell that holds hours as a decimal number (``1,5``, ``0.33``).

    Unlike ``parse_duration`` this rounds to the nearest minute, half up:
    a spreadsheet stores 20 minutes as ``0,33`` and 2 decimals are enough to
    recover every whole minute (0.01 h is 0.6 minutes). The column says it
    holds hours, so a dot is a decimal point here, never a clock time.
    """
    cleaned = _clean(text)
    if not cleaned:
        raise ParseError(Problem("required", field))
    negative = cleaned.startswith("-")
    body = cleaned.lstrip("-").strip() if negative else cleaned
    if len(body) > _MAX_TEXT_LENGTH or not _BARE.fullmatch(body):
        raise ParseError(Problem("duration.invalid", field))
    exact = _decimal(body) * 60
    # Checked before rounding: quantize refuses numbers longer than the context precision.
    minutes = exact
    if exact < MAX_MINUTES + 1:
        minutes = exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if minutes == 0:
        raise ParseError(Problem("duration.zero", field))
    if negative:
        raise ParseError(Problem("duration.negative", field))
    if minutes > MAX_MINUTES:
        raise ParseError(Problem("duration.too_long", field, {"max_hours": MAX_MINUTES // 60}))
    return int(minutes)


def format_minutes(minutes: int) -> str:
    """``90`` -> ``"1:30"``; totals may pass 24 h and differences may be negative."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{rest:02d}"


def minutes_to_decimal_hours(minutes: int, *, places: int = 2, decimal_separator: str = ",") -> str:
    """``90`` -> ``"1,5"``, ``20`` -> ``"0,33"``: hours for a spreadsheet.

    Exact decimal arithmetic, rounded half up to ``places`` decimals, trailing
    zeros dropped. With 2 places every whole minute survives a round trip
    through ``decimal_hours_to_minutes``.
    """
    hours = (Decimal(minutes) / 60).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{hours:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", decimal_separator)


def _clean(text: str) -> str:
    # str.split() also splits on the non-breaking space Excel likes to add.
    return " ".join(text.replace("\u2212", "-").lower().split())


def _read(body: str, field: str | None) -> Decimal | None:
    """Minutes as an exact Decimal, or None when ``body`` has no known shape."""
    clock = _CLOCK.fullmatch(body)
    if clock:
        hours, mins, secs = clock.groups()
        if int(mins) >= 60 or (secs is not None and int(secs) != 0):
            return None
        return Decimal(int(hours) * 60 + int(mins))
    if _BARE.fullmatch(body):
        _refuse_clock_notation(body, field)
        return _decimal(body) * 60
    units = _WITH_UNITS.fullmatch(body)
    if units is None:
        return None
    hours, mins, minute_unit = units.group("h", "m", "mu")
    if hours is None and (mins is None or minute_unit is None):
        return None
    total = Decimal(0)
    if hours is not None:
        _refuse_clock_notation(hours, field)
        total += _decimal(hours) * 60
    if mins is not None:
        # "1u90" is more likely a typo than 2 h 30; only an explicit unit may pass 59.
        if hours is not None and minute_unit is None and _decimal(mins) >= 60:
            return None
        total += _decimal(mins)
    return total


def _refuse_clock_notation(number: str, field: str | None) -> None:
    if _DOT_TWO_DIGITS.search(number):
        raise ParseError(Problem("duration.ambiguous", field, {"text": number}))


def _decimal(number: str) -> Decimal:
    # Only called on text the regexes matched: digits and one separator.
    return Decimal(number.replace(",", "."))


def _whole(minutes: Decimal, field: str | None) -> int:
    if minutes != minutes.to_integral_value():
        raise ParseError(Problem("duration.not_whole_minutes", field))
    return int(minutes)
