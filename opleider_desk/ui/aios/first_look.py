"""The aios overview's rows as the start-up's first look read them (``storage/first_look.py``).

Shown in the overview's place for the moment between that read and the file
being open; then the real tab takes its place. Same model, same filter, same
order as the tab.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from ...domain.entities import Aios
from ..widgets.remember import remember_columns
from ..widgets.table_models import SearchProxy
from ..widgets.table_view import setup_row_view
from .model import AiosTableModel, is_current


class FirstLookView(QTableView):
    def __init__(self, rows: Sequence[Aios], show_inactive: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aiosFirstLook")
        model = AiosTableModel(self)
        model.set_rows(rows)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.set_predicate(None if show_inactive else is_current)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        setup_row_view(self)
        remember_columns(self, "aios")
