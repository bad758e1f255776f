""" "Wat staat er open": every aios's due items in one list, overdue first.

A double-click asks the main window to show the place to act
(``MainWindow.navigate``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ...words.formatting import format_date
from ..widgets.remember import remember_columns
from ..widgets.table_models import ROW_ROLE, Column, RowTableModel
from ..widgets.table_view import setup_row_view
from .model import due_texts

# The due engine comes with the items (model.due_texts): the empty list is there before it.
if TYPE_CHECKING:
    from ...domain.due import DueItem


@dataclass(frozen=True, slots=True)
class OpenItem:
    aios_name: str
    item: DueItem
    agreement_text: str = ""


def open_items(
    items: Mapping[int | None, list[DueItem]], names: dict[int, str], agreement_texts: dict[int, str]
) -> list[OpenItem]:
    """Everything not on track, overdue first, then by date, then by aios name."""
    from ...domain.due import DueKind, DueStatus

    rank = {DueStatus.OVERDUE: 0, DueStatus.DUE_SOON: 1, DueStatus.UPCOMING: 1, DueStatus.OK: 2}
    rows = [
        OpenItem(
            names.get(aios_id, "") if aios_id is not None else "",
            item,
            agreement_texts.get(item.target.ref, "") if item.kind is DueKind.AGREEMENT else "",
        )
        for aios_id, aios_items in items.items()
        for item in aios_items
        if item.status is not DueStatus.OK
    ]
    return sorted(rows, key=lambda r: (rank[r.item.status], r.item.due_date, r.aios_name.casefold()))


def _colour(row: OpenItem):
    return due_texts().status_colour(row.item.status)


def _overdue_colour(row: OpenItem):
    from ...domain.due import DueStatus  # there with the item

    return _colour(row) if row.item.status is DueStatus.OVERDUE else None


COLUMNS: list[Column[OpenItem]] = [
    Column(
        lambda: Q.translate("OpenItems", "Date"),
        lambda r: format_date(r.item.due_date),
        decoration=_colour,
        foreground=_overdue_colour,
    ),
    Column(
        lambda: Q.translate("OpenItems", "Status"),
        lambda r: due_texts().status_name(r.item.status),
        foreground=_colour,
    ),
    Column(lambda: Q.translate("OpenItems", "Trainee"), lambda r: r.aios_name),
    Column(
        lambda: Q.translate("OpenItems", "What"),
        lambda r: due_texts().kind_name(r.item.kind),
        tooltip=lambda r: due_texts().tooltip(r.item),
    ),
    Column(
        lambda: Q.translate("OpenItems", "Details"),
        lambda r: due_texts().details(r.item, r.agreement_text),
        tooltip=lambda r: due_texts().details(r.item, r.agreement_text),
    ),
    Column(
        lambda: Q.translate("OpenItems", "Rule"),
        lambda r: due_texts().source_text(r.item),
        tooltip=lambda r: due_texts().rule_text(r.item),
    ),
]


DETAILS_COLUMN, RULE_COLUMN = 4, 5
# The share of the width Details keeps while the columns fit their contents: the others
# (the rule and its source first, the widest) wrap before it is left a word a line.
DETAILS_SHARE = 0.3


class OpenItemsModel(RowTableModel[OpenItem]):
    def __init__(self, parent=None):
        super().__init__(COLUMNS, parent)


class OpenItemsView(QTableView):
    """The list itself; ``item_activated`` gives the chosen item (double-click or Enter)."""

    item_activated = Signal(object)  # an OpenItem

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openItems")
        self.setAccessibleName(self.tr("What is open"))
        self.open_model = OpenItemsModel(self)
        self.setModel(self.open_model)
        setup_row_view(self)
        # Details take what is left, and at least their share: the other columns fit their
        # contents and wrap where the width is short, the rule's long source first. A fixed
        # 340 px rule left Details a word a line on a 1280 px laptop at 150 % (853 px).
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DETAILS_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A source ("Kwaliteitsplan huisartsopleiders Leiden, Criterium 1: …") takes two or three
        # lines: the row grows to hold them rather than cutting the last one off.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        remember_columns(self, "open_items", room=(DETAILS_COLUMN, DETAILS_SHARE))
        # Not ``activated``: some styles emit it on a double-click as well.
        self.doubleClicked.connect(lambda index: self.item_activated.emit(index.data(ROW_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.item_activated.emit(index.data(ROW_ROLE))
            return
        super().keyPressEvent(event)
