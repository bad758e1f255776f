"""Problem sentences for hour registration: durations, quarters and the CSV import."""

from PySide6.QtCore import QCoreApplication as Q

from ...domain.day_text import format_day_nl
from ...domain.durations import format_minutes

# One whole sentence per missing column, so each language can word it freely.
_MISSING_COLUMN = {
    "day": lambda: Q.translate("Problem", "The file has no date column (for example “Datum”)."),
    "category": lambda: Q.translate("Problem", "The file has no category column (for example “Categorie”)."),
    "duration": lambda: Q.translate(
        "Problem",
        "The file has no column with the time spent (for example “Duur”, “Uren” or “Minuten”).",
    ),
}

TEXTS = {
    "duration.invalid": lambda p: Q.translate(
        "Problem", "Not a duration. Type for example 1:30, 1,5 or 90m."
    ),
    "duration.zero": lambda p: Q.translate("Problem", "The duration must be more than zero."),
    "duration.negative": lambda p: Q.translate("Problem", "The duration cannot be negative."),
    "duration.too_long": lambda p: Q.translate("Problem", "At most {max_hours} hours per entry.").format(**p),
    "duration.bare_number_hours": lambda p: Q.translate(
        "Problem",
        "{value} hours is more than a day. A number without a unit counts as hours; "
        "for minutes type {value}m.",
    ).format(**p),
    "duration.not_whole_minutes": lambda p: Q.translate(
        "Problem", "That is not a whole number of minutes. Type for example 1:20 instead of 1,33."
    ),
    "duration.ambiguous": lambda p: Q.translate(
        "Problem",
        "“{text}” could mean hours and minutes or decimal hours. Type 1:30 or 1,5 for an hour and a half.",
    ).format(**p),
    "quarter.invalid": lambda p: Q.translate("Problem", "Not a quarter. Type it as 2026-Q3 or Q3 2026."),
    "csv.empty": lambda p: Q.translate("Problem", "The file holds no hours."),
    "csv.unreadable": lambda p: Q.translate(
        "Problem", "The file cannot be read as CSV (near line {line})."
    ).format(**p),
    "csv.missing_column": lambda p: _MISSING_COLUMN[p["column"]](),
    "csv.too_many_cells": lambda p: Q.translate(
        "Problem",
        "This line has more cells than the header has columns ({columns}). With a comma "
        'between columns, decimal numbers must be in quotes: "1,5".',
    ).format(**p),
    "csv.stray_quote": lambda p: Q.translate(
        "Problem",
        'A quote (") on this line is never closed, so the lines after it would become part of '
        "this one. Remove the quote or close it, and save the file again.",
    ),
    "csv.duration_columns_disagree": lambda p: Q.translate(
        "Problem",
        "The columns with the time spent do not agree on this line. Keep only one of them.",
    ),
    "csv.day_over_24h": lambda p: Q.translate(
        "Problem", "More than 24 hours on {day} in this file ({total})."
    ).format(day=format_day_nl(p["day"]), total=format_minutes(p["total_minutes"])),
    "csv.file_changed": lambda p: Q.translate(
        "Problem",
        "The file changed after it was checked, so nothing was imported. Import it again.",
    ),
    "csv.aios_unknown": lambda p: Q.translate("Problem", "No trainee named “{name}”.").format(**p),
    "csv.category_unknown": lambda p: (
        Q.translate("Problem", "No category named “{name}”. The categories are: {known}.").format(
            name=p["name"], known=", ".join(p["known"])
        )
        if p.get("known")
        else Q.translate("Problem", "No category named “{name}”.").format(**p)
    ),
    "hours.day_over_24h": lambda p: Q.translate(
        "Problem", "That makes {total} on {day}: more than 24 hours in one day."
    ).format(day=format_day_nl(p["day"]), total=format_minutes(p["total_minutes"])),
    "hours.category_inactive": lambda p: Q.translate(
        "Problem", "This category is no longer in use; choose another one or reactivate it."
    ),
    "hours.category_gone": lambda p: Q.translate("Problem", "This category no longer exists."),
    "hours.entry_gone": lambda p: Q.translate(
        "Problem", "This entry no longer exists; it may have been deleted meanwhile."
    ),
    "category.name_taken": lambda p: Q.translate(
        "Problem", "There is already a category named “{name}”."
    ).format(**p),
    "recurring.weekday_range": lambda p: Q.translate("Problem", "Choose a day of the week."),
}
