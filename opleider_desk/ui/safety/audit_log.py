"""Beeld ▸ Logboek: the audit log, read-only, newest first.

It shows what was recorded, by whom and when — every change to hour
entries, meetings and statements (old → new), signing, unlocking, restores,
erasures — so a trainer can answer "who changed this statement, and when?".
It filters per aios and per quarter. Nothing here can change or remove an entry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from ...domain.entities import AuditEntry
from ...domain.quarters import Quarter
from ...storage.change_audit import ROW_CHANGE
from ...storage.changes import Area
from ...storage.privacy import ERASE_AIOS
from ...storage.services.aios import AiosService
from ...storage.services.audit import RESTORE_BACKUP, AuditNames, AuditService
from ...storage.store import Change
from ...words.audit_log import row_change_text, row_name
from ..context import AppContext
from ..operation_names import operation_name
from ..widgets.remember import remember_columns, remember_size
from ..widgets.search_field import search_field
from ..widgets.table_models import Column, RowTableModel, SearchProxy
from .restore_dialog import format_moment


def _entity(entry: AuditEntry, names: AuditNames) -> str:
    """What the entry is about: "Gesprek: voortgangsgesprek 12-03-2026", "Aios: Sanne de Vries"."""
    image = {**entry.details.get("old", {}), **entry.details.get("new", {})}
    if entry.details.get("aios_id") is not None:
        image.setdefault("aios_id", entry.details["aios_id"])
    return row_name(entry.entity, entry.entity_id, image, names)


def _details(entry: AuditEntry, names: AuditNames) -> str:
    if entry.details.get("kind") == ROW_CHANGE:
        return row_change_text(entry.details, names)
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


def columns(names: Callable[[], AuditNames]) -> list[Column[AuditEntry]]:
    """The log's columns; ``names`` gives what the row ids stand for as the log is shown."""
    return [
        Column(
            lambda: Q.translate("AuditLog", "When"),
            lambda e: format_moment(e.at),
            sort_key=lambda e: (e.at, e.id),
        ),
        Column(lambda: Q.translate("AuditLog", "What"), lambda e: _operation(e.action)),
        Column(
            lambda: Q.translate("AuditLog", "Concerns"),
            lambda e: _entity(e, names()),
            tooltip=lambda e: _entity(e, names()),
        ),
        Column(
            lambda: Q.translate("AuditLog", "Details"),
            lambda e: _details(e, names()),
            tooltip=lambda e: _details(e, names()),
        ),
        # Who last: the details are what one reads; a single-user file mostly shows one name.
        Column(lambda: Q.translate("AuditLog", "Who"), lambda e: str(e.details.get("user", ""))),
    ]


CONCERNS_COLUMN = 2
DETAILS_COLUMN = 3


class AuditLogDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(760, 460)
        remember_size(self, "audit_log")
        self.context = context
        # A box, not ``self``, in the columns' closures: the dialog stays collectable.
        self._names = [AuditNames()]
        names = self._names
        self.model = RowTableModel(columns(lambda: names[0]), self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = search_field(self.tr("Search the log"), self.tr("Search the log"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.aios_filter = QComboBox()
        self.aios_filter.setObjectName("auditAiosFilter")
        self.aios_filter.setAccessibleName(self.tr("Trainee"))
        self.quarter_filter = QComboBox()
        self.quarter_filter.setObjectName("auditQuarterFilter")
        self.quarter_filter.setAccessibleName(self.tr("Quarter"))
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
        # The details run to hundreds of characters: elided in the table, whole below it.
        header.setSectionResizeMode(DETAILS_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONCERNS_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CONCERNS_COLUMN, self.fontMetrics().averageCharWidth() * 40)
        remember_columns(self.view, "audit_log")
        self.view.setAccessibleName(self.tr("Audit log"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setWordWrap(False)  # one line a row; the chosen row is whole below
        self.detail = QLabel()
        self.detail.setObjectName("auditDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        # Named on screen, not only for a screen reader: "Alle aios" alone says nothing.
        for text, combo in (
            (self.tr("&Trainee:"), self.aios_filter),
            (self.tr("&Quarter:"), self.quarter_filter),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.reload()
        if self.proxy.rowCount():
            self.view.selectRow(0)
        context.signals.changed.connect(self._on_change)

    def reload(self) -> None:
        service = self.context.service(AuditService)
        self.entries = service.entries()
        self._names[0] = service.names(self.entries)
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

    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.detail.clear()
            return
        row = index.siblingAtColumn(DETAILS_COLUMN)
        concerns = index.siblingAtColumn(CONCERNS_COLUMN).data()
        self.detail.setText(f"{concerns}\n{row.data()}" if concerns else str(row.data()))

    def _on_change(self, change: Change) -> None:
        if Area.AUDIT in change.areas:
            self.reload()
