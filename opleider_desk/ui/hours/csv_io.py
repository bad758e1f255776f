"""The hours tab's CSV export in the user's language: headers and names.

The names an import accepts are in ``words/categories.py`` (the
``import-hours`` command reads them too).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication as Q

from ...domain.csv_hours import ExportRow, write_hours_csv
from ...domain.entities import Aios, HourCategory, HourEntry
from ...words import labels


def export_headers() -> dict[str, str]:
    return {
        "day": Q.translate("HoursCsv", "Date"),
        "aios": Q.translate("HoursCsv", "Trainee"),
        "category": Q.translate("HoursCsv", "Category"),
        "hours": Q.translate("HoursCsv", "Hours"),
        "minutes": Q.translate("HoursCsv", "Minutes"),
        "description": Q.translate("HoursCsv", "Description"),
    }


def export_bytes(
    entries: Sequence[HourEntry], aios: Sequence[Aios], categories: Sequence[HourCategory]
) -> bytes:
    aios_names = {a.id: a.name for a in aios}
    names = {c.id: labels.category(c.key, c.name) for c in categories}
    rows = (
        ExportRow(
            e.day,
            aios_names.get(e.aios_id, "") if e.aios_id else "",
            names.get(e.category_id, ""),
            e.minutes,
            e.description,
        )
        for e in entries
    )
    return write_hours_csv(rows, export_headers())
