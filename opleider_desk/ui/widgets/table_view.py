"""How every list in the program behaves: whole rows, no header numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def setup_row_view(
    view: QTableView, *, multi: bool = False, editable: bool = False, fit_columns: bool = True
) -> QTableView:
    """Select whole rows, hide row numbers, stretch the last column.

    ``fit_columns`` sizes columns to their contents; leave it off for very
    long lists, where measuring would read every row.
    """
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    if not editable:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    # Tab leaves the list (arrows move in it): moving from cell to cell kept a keyboard
    # and screen-reader user in the table, one whole row selected throughout.
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    if fit_columns:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
