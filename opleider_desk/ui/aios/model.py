"""The aios table: one row per aios, columns declared once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor

from ...domain.entities import Aios
from ...domain.enums import AiosStatus
from .. import labels
from ..formatting import format_date
from ..widgets.table_models import Column, RowTableModel


def _year_phase(aios: Aios) -> str:
    year = Q.translate("AiosModel", "Year %n", "", aios.training_year)
    return f"{year} · {aios.phase}" if aios.phase else year


def _muted(aios: Aios):
    return QColor("#6b6b6b") if aios.status is not AiosStatus.ACTIVE else None


COLUMNS: list[Column[Aios]] = [
    Column(lambda: Q.translate("AiosModel", "Name"), lambda a: a.name, foreground=_muted),
    Column(
        lambda: Q.translate("AiosModel", "Year / phase"),
        _year_phase,
        sort_key=lambda a: (a.training_year, a.phase.casefold()),
    ),
    Column(
        lambda: Q.translate("AiosModel", "Start"),
        lambda a: format_date(a.start_date),
        sort_key=lambda a: a.start_date,
    ),
    Column(
        lambda: Q.translate("AiosModel", "Expected end"),
        lambda a: format_date(a.expected_end_date),
        sort_key=lambda a: a.expected_end_date,
    ),
    Column(
        lambda: Q.translate("AiosModel", "Part-time"),
        lambda a: f"{a.part_time_percent} %",
        sort_key=lambda a: a.part_time_percent,
        align_right=True,
    ),
    Column(
        lambda: Q.translate("AiosModel", "Status"),
        lambda a: labels.aios_status(a.status),
        sort_key=lambda a: list(AiosStatus).index(a.status),
        foreground=_muted,
    ),
    Column(lambda: Q.translate("AiosModel", "Practice supervisor"), lambda a: a.praktijkbegeleider),
]


class AiosTableModel(RowTableModel[Aios]):
    def __init__(self, parent=None):
        super().__init__(COLUMNS, parent)

    def row_of(self, aios_id: int) -> int | None:
        return next((i for i, a in enumerate(self.rows()) if a.id == aios_id), None)
