"""Beeld ▸ Logboek: the audit log, read-only, newest first.

It shows what was recorded and when — signing, unlocking, restores,
erasures — so a trainer can answer "who changed this statement, and when?".
Nothing here can change or remove an entry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from ...domain.entities import AuditEntry
from ...storage.changes import Area
from ...storage.privacy import ERASE_AIOS
from ...storage.services.audit import RESTORE_BACKUP, AuditService
from ...storage.store import Change
from ..context import AppContext
from ..operation_names import operation_name
from ..widgets.table_models import Column, RowTableModel, SearchProxy
from .restore_dialog import format_moment


def _entity(entry: AuditEntry) -> str:
    names = {
        "aios": Q.translate("AuditLog", "aios"),
        "backup": Q.translate("AuditLog", "backup"),
        "statement": Q.translate("AuditLog", "statement"),
        "meeting": Q.translate("AuditLog", "meeting"),
    }
    name = names.get(entry.entity, entry.entity)
    return f"{name} {entry.entity_id}" if entry.entity_id is not None else name


def _details(entry: AuditEntry) -> str:
    if entry.action == ERASE_AIOS:
        rows = sum(entry.details.get("rows", {}).values())
        return Q.translate("AuditLog", "%n row(s) erased", "", rows)
    if entry.action == RESTORE_BACKUP:
        return Q.translate("AuditLog", "from {backup}").format(backup=entry.summary)
    return entry.summary


COLUMNS: list[Column[AuditEntry]] = [
    Column(
        lambda: Q.translate("AuditLog", "When"),
        lambda e: format_moment(e.at),
        sort_key=lambda e: (e.at, e.id),
    ),
    Column(lambda: Q.translate("AuditLog", "What"), lambda e: operation_name(e.action)),
    Column(lambda: Q.translate("AuditLog", "Concerns"), _entity),
    Column(lambda: Q.translate("AuditLog", "Details"), _details),
]


class AuditLogDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(760, 460)
        self.context = context
        self.model = RowTableModel(COLUMNS, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the log"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.reload()
        context.signals.changed.connect(self._on_change)

    def reload(self) -> None:
        self.model.set_rows(self.context.service(AuditService).entries())

    def _on_change(self, change: Change) -> None:
        if Area.AUDIT in change.areas:
            self.reload()
