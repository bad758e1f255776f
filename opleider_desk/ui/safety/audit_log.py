"""Beeld ▸ Logboek: the audit log, read-only, newest first.

It shows what was recorded, by whom and when — every change to hour
entries, meetings and statements (old → new), signing, unlocking, restores,
erasures — so a trainer can answer "who changed this statement, and when?".
It filters per aios and per quarter. Nothing here can change or remove an entry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from ...domain.entities import AuditEntry
from ...domain.quarters import Quarter
from ...storage.change_audit import ROW_CHANGE
from ...storage.changes import Area
from ...storage.privacy import ERASE_AIOS
from ...storage.services.aios import AiosService
from ...storage.services.audit import RESTORE_BACKUP, AuditService
from ...storage.store import Change
from ..context import AppContext
from ..operation_names import operation_name
from ..widgets.remember import remember_columns, remember_size
from ..widgets.table_models import Column, RowTableModel, SearchProxy
from .restore_dialog import format_moment


def _entity(entry: AuditEntry) -> str:
    names = {
        "aios": Q.translate("AuditLog", "trainee"),
        "backup": Q.translate("AuditLog", "backup"),
        "statement": Q.translate("AuditLog", "statement"),
        "meeting": Q.translate("AuditLog", "meeting"),
        "hour_entry": Q.translate("AuditLog", "hour entry"),
        "agreement": Q.translate("AuditLog", "agreement"),
        "learning_goal": Q.translate("AuditLog", "learning goal"),
    }
    name = names.get(entry.entity, entry.entity)
    return f"{name} {entry.entity_id}" if entry.entity_id is not None else name


def _field(name: str) -> str:
    return {
        "minutes": Q.translate("AuditLog", "minutes"),
        "day": Q.translate("AuditLog", "date"),
        "description": Q.translate("AuditLog", "description"),
        "category_id": Q.translate("AuditLog", "category"),
        "aios_id": Q.translate("AuditLog", "trainee"),
        "status": Q.translate("AuditLog", "status"),
        "signed_on": Q.translate("AuditLog", "signed on"),
        "verification_code": Q.translate("AuditLog", "code"),
        "answers": Q.translate("AuditLog", "answers"),
        "verdict": Q.translate("AuditLog", "verdict"),
        "text": Q.translate("AuditLog", "text"),
    }.get(name, name)


def _short(value) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _row_change(details: dict) -> str:
    change = details.get("change")
    if change == "bulk":
        return Q.translate("AuditLog", "%n row(s) at once", "", int(details.get("count", 0)))
    if change == "added":
        values = details.get("new", {})
        return Q.translate("AuditLog", "added: {values}").format(
            values=", ".join(
                f"{_field(k)} {_short(v)}" for k, v in values.items() if v not in (None, "", [], {})
            )
        )
    if change == "deleted":
        values = details.get("old", {})
        return Q.translate("AuditLog", "deleted: {values}").format(
            values=", ".join(
                f"{_field(k)} {_short(v)}" for k, v in values.items() if v not in (None, "", [], {})
            )
        )
    return "; ".join(
        f"{_field(name)}: {_short(old)} → {_short(new)}"
        for name, (old, new) in details.get("fields", {}).items()
    )


def _details(entry: AuditEntry) -> str:
    if entry.details.get("kind") == ROW_CHANGE:
        return _row_change(entry.details)
    if entry.action == ERASE_AIOS:
        rows = sum(entry.details.get("rows", {}).values())
        return Q.translate("AuditLog", "%n row(s) erased", "", rows)
    if entry.action == RESTORE_BACKUP:
        return Q.translate("AuditLog", "from {backup}").format(backup=entry.summary)
    from ...words.formatting import localise_quarters

    return localise_quarters(entry.summary)


def _operation(action: str) -> str:
    for prefix, word in (
        ("undo:", Q.translate("AuditLog", "undo")),
        ("redo:", Q.translate("AuditLog", "redo")),
    ):
        if action.startswith(prefix):
            return f"{word}: {operation_name(action.removeprefix(prefix))}"
    return operation_name(action)


def entry_aios(entry: AuditEntry) -> int | None:
    if entry.entity == "aios" and entry.entity_id is not None:
        return entry.entity_id
    value = entry.details.get("aios_id")
    return value if isinstance(value, int) else None


def entry_quarter(entry: AuditEntry) -> str | None:
    value = entry.details.get("quarter")
    return value if isinstance(value, str) and value else None


COLUMNS: list[Column[AuditEntry]] = [
    Column(
        lambda: Q.translate("AuditLog", "When"),
        lambda e: format_moment(e.at),
        sort_key=lambda e: (e.at, e.id),
    ),
    Column(lambda: Q.translate("AuditLog", "What"), lambda e: _operation(e.action)),
    Column(lambda: Q.translate("AuditLog", "Concerns"), _entity),
    Column(lambda: Q.translate("AuditLog", "Details"), _details),
    # Who last: the details are what one reads; a single-user file mostly shows one name.
    Column(lambda: Q.translate("AuditLog", "Who"), lambda e: str(e.details.get("user", ""))),
]


class AuditLogDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(760, 460)
        remember_size(self, "audit_log")
        self.context = context
        self.model = RowTableModel(COLUMNS, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the log"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.aios_filter = QComboBox()
        self.aios_filter.setObjectName("auditAiosFilter")
        self.quarter_filter = QComboBox()
        self.quarter_filter.setObjectName("auditQuarterFilter")
        self.aios_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.quarter_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
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
        remember_columns(self.view, "audit_log")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.aios_filter)
        filters.addWidget(self.quarter_filter)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.reload()
        context.signals.changed.connect(self._on_change)

    def reload(self) -> None:
        self.entries = self.context.service(AuditService).entries()
        self._fill_filters()
        self._apply_filters()

    def _fill_filters(self) -> None:
        from ...words.statements import quarter_name

        for combo in (self.aios_filter, self.quarter_filter):
            combo.blockSignals(True)
        keep_aios, keep_quarter = self.aios_filter.currentData(), self.quarter_filter.currentData()
        self.aios_filter.clear()
        self.aios_filter.addItem(self.tr("All trainees"), None)
        for person in self.context.service(AiosService).list():
            self.aios_filter.addItem(person.name, person.id)
        self.quarter_filter.clear()
        self.quarter_filter.addItem(self.tr("All quarters"), None)
        quarters = {q for q in (entry_quarter(e) for e in self.entries) if q}
        for text in sorted(quarters, reverse=True):
            self.quarter_filter.addItem(quarter_name(Quarter.parse(text)), text)
        self.aios_filter.setCurrentIndex(max(self.aios_filter.findData(keep_aios), 0))
        self.quarter_filter.setCurrentIndex(max(self.quarter_filter.findData(keep_quarter), 0))
        for combo in (self.aios_filter, self.quarter_filter):
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        aios, quarter = self.aios_filter.currentData(), self.quarter_filter.currentData()
        self.model.set_rows(
            [
                e
                for e in self.entries
                if (aios is None or entry_aios(e) == aios)
                and (quarter is None or entry_quarter(e) == quarter)
            ]
        )

    def _on_change(self, change: Change) -> None:
        if Area.AUDIT in change.areas:
            self.reload()
