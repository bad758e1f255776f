"""Problem sentences shared by every form: required fields, dates, numbers."""

import calendar

from PySide6.QtCore import QCoreApplication as Q


def _days_in(p) -> int:
    return calendar.monthrange(p["year"], p["month"])[1]


TEXTS = {
    "required": lambda p: Q.translate("Problem", "This field is required."),
    "date.invalid": lambda p: Q.translate(
        "Problem", "Not a valid date. Type it as dd-mm-yyyy, for example 12-03-2026."
    ),
    "date.no_such_day": lambda p: Q.translate(
        "Problem", "That day does not exist: month {month} of {year} has {days} days."
    ).format(month=p["month"], year=p["year"], days=_days_in(p)),
    "date.out_of_range": lambda p: Q.translate(
        "Problem", "The date must lie between {min} and {max}."
    ).format(min=_dutch_day(p["min"]), max=_dutch_day(p["max"])),
    "text.invalid": lambda p: Q.translate(
        "Problem", "This text holds a character that cannot be stored; retype it."
    ),
    "number.not_whole": lambda p: Q.translate("Problem", "This must be a whole number."),
}


def _dutch_day(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}-{month}-{year}"
