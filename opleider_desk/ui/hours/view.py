"""The hours list's table view, set up for 200,000 rows; the tab and the benchmark share it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ..widgets.remember import remember_columns
from ..widgets.table_view import setup_row_view
from .model import AIOS, CATEGORY, DAY, DURATION


def _widths(view: QTableView) -> tuple[tuple[int, int], ...]:
    """Date and duration as wide as their text, names and categories as wide as most are.

    At 110, 150, 190 and 70 px the fixed columns left the description a few words in a
    960 px window (a 1920×1200 screen at 200 %); a longer name is whole in its tooltip.
    """
    cells = view.fontMetrics()
    titles = view.horizontalHeader().fontMetrics()
    model = view.model()

    def title(column: int) -> int:  # the header's words and its sort arrow
        return titles.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal))) + 28

    return (
        (DAY, max(cells.horizontalAdvance("00-00-0000") + 16, title(DAY))),
        (AIOS, max(115, title(AIOS))),
        (CATEGORY, max(160, title(CATEGORY))),
        (DURATION, max(cells.horizontalAdvance("000:00") + 16, title(DURATION))),
    )


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
    for column, width in _widths(view):
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    remember_columns(view, "hours")
    return view
