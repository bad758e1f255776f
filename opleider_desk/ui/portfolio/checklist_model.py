"""The portfolio checklist table: the manual status is edited in place with a combo box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from ...domain.entities import stored_id
from ...domain.enums import ChecklistStatus
from ...domain.portfolio import PortfolioEntry
from ...words import labels
from ...words.formatting import current_language, format_date
from ..widgets.table_models import Column, RowTableModel
from . import texts

ITEM_COLUMN = 0
STATUS_COLUMN = 1


def _warning_icon():
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


COMPUTED_COLUMN = 2

COLUMNS: list[Column[PortfolioEntry]] = [
    Column(
        lambda: Q.translate("PortfolioModel", "Item"),
        texts.entry_title,
        tooltip=lambda e: "\n".join(
            t
            for t in (
                texts.entry_title(e),
                e.template.description.get(current_language()) if e.template else "",
            )
            if t
        ),
    ),
    Column(
        lambda: Q.translate("PortfolioModel", "Status"),
        texts.shown_status,
        sort_key=lambda e: (list(ChecklistStatus).index(e.status), e.contradicted),
        foreground=lambda e: texts.checklist_colour(e.status),
        tooltip=texts.contradiction_text,
        decoration=lambda e: _warning_icon() if e.contradicted else None,
    ),
    Column(
        lambda: Q.translate("PortfolioModel", "From the data"),
        texts.outcome_text,
        foreground=lambda e: texts.checklist_colour(e.outcome.status) if e.outcome else None,
        tooltip=texts.outcome_text,
    ),
    Column(
        lambda: Q.translate("PortfolioModel", "Date"),
        lambda e: format_date(e.item.item_date),
        sort_key=lambda e: e.item.item_date,
    ),
    Column(
        lambda: Q.translate("PortfolioModel", "Note"),
        lambda e: e.item.note.split("\n", 1)[0],
        tooltip=lambda e: e.item.note,
    ),
    Column(
        lambda: Q.translate("PortfolioModel", "Files"),
        lambda e: str(e.attachments) if e.attachments else "",
        sort_key=lambda e: e.attachments,
        align_right=True,
    ),
]

Index = QModelIndex | QPersistentModelIndex


class ChecklistModel(RowTableModel[PortfolioEntry]):
    """``set_status`` is the service call made when the status cell is edited."""

    def __init__(self, set_status: Callable[[int, ChecklistStatus], None], parent=None):
        super().__init__(COLUMNS, parent)
        self._set_status = set_status

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == STATUS_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == STATUS_COLUMN:
            return self.row_at(index.row()).item.status
        return super().data(index, role)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != STATUS_COLUMN:
            return False
        entry = self.row_at(index.row())
        status = ChecklistStatus(value)
        if status is not entry.item.status:
            # After the editor has closed: the write announces a change, the tab
            # reloads the rows, and a reset under an open editor confuses the view.
            item_id = stored_id(entry.item.id)
            QTimer.singleShot(0, lambda: self._set_status(item_id, status))
        return True

    def row_of(self, item_id: int) -> int | None:
        return next((n for n, e in enumerate(self.rows()) if e.item.id == item_id), None)


class StatusDelegate(QStyledItemDelegate):
    """A combo box with the three statuses, committed as soon as one is chosen."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for status in ChecklistStatus:
            combo.addItem(labels.checklist_status(status), status)
        combo.activated.connect(lambda _n, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)  # the one createEditor makes
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
