"""The hours list's table view, set up for 200,000 rows; the tab and the benchmark share it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ..widgets.remember import remember_columns
from ..widgets.table_view import setup_row_view
from .model import AIOS, CATEGORY, DAY, DURATION

_WIDTHS = ((DAY, 110), (AIOS, 150), (CATEGORY, 190), (DURATION, 70))


def hours_view(model: QAbstractItemModel) -> QTableView:
    """A sortable, multi-select view on ``model`` whose layout never reads the rows.

    Column widths are fixed (measuring contents would read every row) and so
    are row heights: with ``Fixed`` the vertical header never asks the model
    for a row's size, so a new search result costs the view one repaint.
    """
    view = QTableView()
    view.setObjectName("hoursTable")
    view.setAccessibleName(QCoreApplication.translate("HoursView", "Hours"))
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(DAY, Qt.SortOrder.AscendingOrder)
    setup_row_view(view, multi=True, fit_columns=False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in _WIDTHS:
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    remember_columns(view, "hours")
    return view
