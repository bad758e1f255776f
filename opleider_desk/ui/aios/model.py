"""The aios table: one row per aios, columns declared once."""

from __future__ import annotations

from datetime import date
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q

from ...domain.entities import Aios, Placement, stored_id
from ...domain.enums import AiosStatus
from ...domain.training import current_placement
from ...words import labels
from ...words.formatting import format_date
from ..widgets.table_models import Column, RowTableModel
from ..widgets.tones import Tone, tone
from . import training_labels

if TYPE_CHECKING:
    from ...domain.due import DueItem
    from ...domain.portfolio import PortfolioCounts


@cache
def due_texts() -> ModuleType:
    """``ui.due_texts``, imported once a due item is shown. It brings the due engine and
    its rules (``domain.due``, the portfolio's templates), which the rows of the overview
    do not wait for: what is due follows them, on a worker (``AiosTab.reload_due``)."""
    from .. import due_texts as texts

    return texts


def is_current(aios: Aios) -> bool:
    """Shown in the overview while "show inactive aios" is off."""
    return aios.status in (AiosStatus.ACTIVE, AiosStatus.PAUSED)


def _year_phase(aios: Aios) -> str:
    year = Q.translate("AiosModel", "Year %n", "", aios.training_year)
    return f"{year} · {aios.phase}" if aios.phase else year


def _muted(aios: Aios):
    return tone(Tone.MUTED) if aios.status is not AiosStatus.ACTIVE else None


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


NEXT_DUE_COLUMN = 1
PORTFOLIO_COLUMN = 2
YEAR_PHASE_COLUMN = 3
START_COLUMN = 5


class AiosTableModel(RowTableModel[Aios]):
    """The aios with what is due next and how many portfolio items are missing.

    Those two come from the due engine and the portfolio checklist; the tab
    hands them in with ``set_status`` so the model itself never queries.
    """

    def __init__(self, parent=None):
        # What is due and what is missing sit next to the name: the first thing to see on Monday.
        super().__init__(
            [
                COLUMNS[0],
                Column(
                    lambda: Q.translate("AiosModel", "Next due"),
                    lambda a: due_texts().short_text(d) if (d := self._due(a)) else "",
                    sort_key=self._due_sort_key,
                    foreground=lambda a: due_texts().status_colour(d.status) if (d := self._due(a)) else None,
                    decoration=lambda a: due_texts().status_colour(d.status) if (d := self._due(a)) else None,
                    tooltip=lambda a: due_texts().tooltip(d) if (d := self._due(a)) else "",
                ),
                Column(
                    lambda: Q.translate("AiosModel", "Portfolio"),
                    self._portfolio_text,
                    sort_key=lambda a: self._counts(a),
                    foreground=lambda a: due_texts().DUE_SOON_COLOUR if any(self._counts(a)) else None,
                    tooltip=self._portfolio_tooltip,
                ),
                *COLUMNS[1:2],
                Column(
                    lambda: Q.translate("AiosModel", "Placement"),
                    lambda a: training_labels.placement(self._placement(a)),
                    tooltip=self._placement_tooltip,
                ),
                *COLUMNS[2:],
            ],
            parent,
        )
        self._next_due: dict[int, DueItem | None] = {}
        self._missing: dict[int, PortfolioCounts] = {}
        self._placements: dict[int, list[Placement]] = {}
        self._today = date.today()

    def set_rows_with_training(
        self, rows: list[Aios], placements: dict[int, list[Placement]], today: date | None = None
    ) -> None:
        """The aios with their placements, so the placement column can name the current one."""
        self._placements = placements
        self._today = today or date.today()
        self.set_rows(rows)

    def _placement(self, aios: Aios) -> Placement | None:
        return current_placement(self._placements.get(stored_id(aios.id), ()), self._today)

    def _placement_tooltip(self, aios: Aios) -> str:
        p = self._placement(aios)
        if p is None:
            return ""
        until = format_date(p.end) if p.end else "…"
        return f"{training_labels.setting(p.setting)}\n{format_date(p.start)} – {until}"

    def set_status(self, next_due: dict[int, DueItem | None], missing: dict[int, PortfolioCounts]) -> None:
        self._next_due = next_due
        self._missing = missing
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, NEXT_DUE_COLUMN), self.index(self.rowCount() - 1, PORTFOLIO_COLUMN)
            )

    def _due(self, aios: Aios) -> DueItem | None:
        return self._next_due.get(stored_id(aios.id))

    def _due_sort_key(self, aios: Aios):
        item = self._due(aios)
        if item is None:
            return None
        from ...domain.due import DueStatus  # there with the item

        return (item.status is not DueStatus.OVERDUE, item.due_date)

    def _counts(self, aios: Aios) -> tuple[int, int]:
        counts = self._missing.get(stored_id(aios.id))
        return (counts.missing, counts.contradicted) if counts is not None else (0, 0)

    def _portfolio_text(self, aios: Aios) -> str:
        if aios.id not in self._missing:
            return ""
        missing, contradicted = self._counts(aios)
        parts = [Q.translate("AiosModel", "%n missing", "", missing)] if missing else []
        if contradicted:
            parts.append(Q.translate("AiosModel", "%n to check", "", contradicted))
        return ", ".join(parts) or Q.translate("AiosModel", "Complete")

    def _portfolio_tooltip(self, aios: Aios) -> str:
        contradicted = self._counts(aios)[1]
        if not contradicted:
            return ""
        return Q.translate(
            "AiosModel",
            "%n item(s) ticked present by hand while the data says missing: see the Portfolio tab.",
            "",
            contradicted,
        )

    def row_of(self, aios_id: int) -> int | None:
        return next((i for i, a in enumerate(self.rows()) if a.id == aios_id), None)
