"""What the CSV import and export need from the user's language: names and headers.

Used by the hours tab and by the ``import-hours`` command, so it imports
nothing beyond QtCore.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication as Q

from ...domain.csv_hours import ExportRow, write_hours_csv
from ...domain.entities import Aios, HourCategory, HourEntry, stored_id
from .. import labels

#: Names a built-in category had in earlier versions, so files exported then still import.
FORMER_NAMES: dict[str, tuple[str, ...]] = {
    "eigen_scholing": ("Eigen scholing / terugkomdag", "Own training / return day"),
}


def category_names(categories: Sequence[HourCategory]) -> dict[str, int]:
    """Every name a file may use for a category: the user's own, the built-in one, and former ones."""
    names: dict[str, int] = {}
    for c in categories:
        names[labels.category(c.key, c.name)] = stored_id(c.id)
        if c.key:
            names.setdefault(labels.category(c.key), stored_id(c.id))
            for former in FORMER_NAMES.get(str(c.key), ()):
                names.setdefault(former, stored_id(c.id))
    return names


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
