"""The first tab: the trainer's aios, searchable, sortable, editable, with
what is due next for each and, below, everything that is open."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Aios, stored_id
from ...domain.enums import AiosStatus
from ...settings import AIOS_SHOW_INACTIVE
from ...storage.changes import READ_BY_DUE, READ_BY_PORTFOLIO, Area
from ...storage.services.aios import AiosService
from ...storage.store import Change
from ...words import labels
from ..context import AppContext
from ..widgets.background import BackgroundTask, run_in_background, show_failure
from ..widgets.first_paint import after_first_paint
from ..widgets.first_steps import first_steps_label
from ..widgets.remember import column_menu, remember_columns
from ..widgets.search_field import search_field
from ..widgets.table_models import ROW_ROLE, SearchProxy
from ..widgets.table_view import setup_row_view
from ..widgets.unreadable_notice import UnreadableNotice
from .model import START_COLUMN, YEAR_PHASE_COLUMN, AiosTableModel, is_current
from .open_items import OpenItemsView

# The due engine (domain.due) and what only its items use are imported with the items:
# the overview is ready without them, and what is due follows on a worker (reload_due).
if TYPE_CHECKING:
    from ...domain.portfolio import PortfolioCounts
    from ..navigation import NavTarget
    from .open_items import OpenItem

#: Tables whose changes can move what is due or missing.
#: The next-due column and the open list come from the due engine and the
#: portfolio's missing counts: a change to what either reads reloads them.
SHOWN_DUE = READ_BY_DUE | READ_BY_PORTFOLIO


class AiosTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = context.service(AiosService)

        self.search = search_field(self.tr("Search trainees…"), self.tr("Search trainees"))
        self.show_inactive = QCheckBox(self.tr("Show &inactive trainees"))
        self.show_inactive.setChecked(context.settings.get(AIOS_SHOW_INACTIVE))
        self.add_button = QPushButton(self.tr("&New trainee…"))
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.delete_button = QPushButton(self.tr("&Delete…"))

        self.model = AiosTableModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("aiosTable")
        self.view.setAccessibleName(self.tr("Trainees"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        setup_row_view(self.view)
        # The phase ("Jaar 3 · Derde jaar, differentiatie palliatieve zorg") is the longest text:
        # it takes the room that is left and wraps, so the last column (the practice
        # supervisor) stays in sight at 1280 wide instead of behind a sideways scroll. The
        # other columns wrap before it is left a few letters (seen at 1200 wide: "J…").
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(YEAR_PHASE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Where even wrapped the columns need more than the width (Dutch at 853 px, 150 % on a
        # 1280 px laptop: 894 px), the start date gives way rather than the table scrolling
        # sideways; the expected end stays, the header's menu brings the start back.
        remember_columns(self.view, "aios", room=(YEAR_PHASE_COLUMN, 0.14), spare=(START_COLUMN,))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        top.addStretch()
        for button in (self.add_button, self.edit_button, self.archive_button, self.delete_button):
            top.addWidget(button)
        self.open_items = OpenItemsView()
        self.open_label = QLabel()
        self.open_label.setObjectName("openItemsTitle")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.open_label)
        lower_layout.addWidget(self.open_items)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # A new, empty file says where to begin instead of showing bare tables.
        self.first_steps = first_steps_label(
            self.tr(
                "<b>Welcome.</b> Start by adding the trainees you train: <b>New trainee…</b> (Alt+N). "
                "Then plan the first meeting on the <b>Meetings</b> tab and log hours on the <b>Hours</b> tab. "
                "Your own name and practice go under <b>File ▸ Profile…</b>; they are printed on every statement."
            ),
            "firstSteps",
        )
        # Rows left out for a value this version does not know (the due list reads them too).
        self.unreadable_warning = UnreadableNotice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.unreadable_warning)
        layout.addLayout(top)
        layout.addWidget(self.first_steps)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_inactive.toggled.connect(self._apply_status_filter)
        self.add_button.clicked.connect(self.add_aios)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.open_items.item_activated.connect(self._act_on)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        context.signals.changed.connect(self._on_change)

        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.search.setFocus)
        self.addAction(find)
        self._apply_status_filter(self.show_inactive.isChecked())
        self.due_loaded = False
        self._due_round = 0
        self.due_task: BackgroundTask | None = None
        self._reload_rows()
        # What is due and missing takes a few hundred ms on a large file: the
        # aios rows show first, their due dates and the open items a moment later.
        after_first_paint(self, self._load_due_once)

    @staticmethod
    def title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("MainWindow", "Trainee overview")

    def reload(self) -> None:
        self._reload_rows()
        self.reload_due()

    def _reload_rows(self) -> None:
        selected = self.selected()
        self.model.set_rows_with_training(self.service.list(), self.service.placements())
        self.first_steps.setVisible(not self.model.rows())
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def _load_due_once(self) -> None:
        if not self.due_loaded:
            self.reload_due()

    def reload_due(self) -> None:
        """Recompute what is due and what is missing; the aios rows stay as they are.

        On a big file this takes half a second or more (every aios's obligations
        and portfolio), so it runs on a worker thread after every change, and the
        window stays usable meanwhile; a newer reload makes an older result moot.
        """
        self._due_round += 1
        round_ = self._due_round
        today = date.today()
        store = self.context.store
        aios = self.model.rows()
        ids = [stored_id(a.id) for a in aios]

        def work(_progress) -> tuple[dict, dict[int, PortfolioCounts], dict[int, str]]:
            # Imported here, on the worker: the first reload follows the start, while other
            # workers import the other tabs, and the GUI thread would wait for their imports.
            from ...domain.due import DueKind
            from ...storage.services.due import DueService
            from ...storage.services.portfolio import PortfolioService

            due = store.service(DueService)
            portfolio = store.service(PortfolioService)
            items = due.items(today, trainer=True)
            missing = portfolio.counts(ids)
            agreement_ids = [
                i.target.ref for found in items.values() for i in found if i.kind is DueKind.AGREEMENT
            ]
            return items, missing, due.agreement_texts(agreement_ids)

        def done(result: tuple[dict, dict[int, PortfolioCounts], dict[int, str]]) -> None:
            if round_ == self._due_round:
                self._show_due(aios, *result)

        def failed(error: BaseException) -> None:
            from sqlalchemy.exc import DatabaseError

            if isinstance(error, DatabaseError):
                # A damaged file: the check after opening tells the trainer so, once,
                # with the newest sound backup; the due column stays empty meanwhile.
                return
            show_failure(self, error)

        self.due_task = run_in_background(self, work, label="", modal=False, on_done=done, on_failed=failed)

    @property
    def due_pending(self) -> bool:
        """A reload of what is due still runs (tests wait for it)."""
        return self.due_task is not None and not self.due_task.finished

    def _show_due(
        self, aios: list[Aios], items: dict, missing: dict[int, PortfolioCounts], texts: dict[int, str]
    ) -> None:
        from ...domain.due import DueStatus, next_due
        from .open_items import open_items

        self.model.set_status(
            {aid: next_due(found) for aid, found in items.items() if aid is not None}, missing
        )
        rows = open_items(items, {stored_id(a.id): a.name for a in aios}, texts)
        self.open_items.open_model.set_rows(rows)
        overdue = sum(1 for r in rows if r.item.status is DueStatus.OVERDUE)
        title = self.tr("What is open")
        if overdue:
            title += " — " + self.tr("%n overdue", "", overdue)
        self.open_label.setText(f"<b>{title}</b>")
        self.unreadable_warning.refresh(self.context.store)
        self.due_loaded = True

    def _on_change(self, change: Change) -> None:
        if Area.AIOS in change.areas:
            self.reload()
        elif change.touches(SHOWN_DUE):
            self.reload_due()

    def _act_on(self, row: OpenItem) -> None:
        from ..navigation import NavTarget

        if not self.context.host.navigate(NavTarget.of(row.item)):
            self.select(row.item.aios_id)

    def show_target(self, target: NavTarget) -> bool:
        """Navigation: select the aios; for its own details, open the edit dialog."""
        row = self.model.row_of(target.aios_id) if target.aios_id is not None else None
        if row is None:
            return False
        # Widen the filters only as far as needed to show the row.
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.search.clear()
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.show_inactive.setChecked(True)
        self.select(target.aios_id)
        from ...domain.due import TargetArea

        if target.area == TargetArea.AIOS:
            # After the navigation returns, so the tab is current behind the dialog.
            QTimer.singleShot(0, self.edit_selected)
        return True

    def _apply_status_filter(self, show_inactive: bool) -> None:
        self.context.settings.set(AIOS_SHOW_INACTIVE, show_inactive)
        self.proxy.set_predicate(None if show_inactive else is_current)
        self._update_buttons()

    def selected(self) -> Aios | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, aios_id: int | None) -> None:
        if aios_id is None:
            return
        row = self.model.row_of(aios_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def _update_buttons(self, *_args) -> None:
        aios = self.selected()
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(aios is not None)
        if aios is not None and aios.status in (AiosStatus.FINISHED, AiosStatus.STOPPED):
            self.archive_button.setText(self.tr("Re&activate"))
        else:
            self.archive_button.setText(self.tr("&Archive"))

    def add_aios(self) -> None:
        from .dialog import AiosDialog

        dialog = AiosDialog(self.service, parent=self)
        if dialog.exec():
            self.select(dialog.saved_id)
            self.context.host.show_status(self.tr("Trainee added."), 4000)

    def edit_selected(self) -> None:
        from .dialog import AiosDialog

        aios = self.selected()
        if aios is None:
            return
        dialog = AiosDialog(self.service, aios, parent=self)
        if dialog.exec():
            self.select(aios.id)

    def toggle_archive(self) -> None:
        aios = self.selected()
        if aios is None:
            return
        if aios.status in (AiosStatus.FINISHED, AiosStatus.STOPPED):
            self.service.set_status(stored_id(aios.id), AiosStatus.ACTIVE)
        else:
            self.service.set_status(stored_id(aios.id), AiosStatus.FINISHED)
            self.context.host.show_status(
                self.tr("{name} archived as finished. Undo with Ctrl+Z.").format(name=aios.name), 6000
            )

    def delete_selected(self) -> None:
        aios = self.selected()
        if aios is None:
            return
        counts = self.service.dependants(stored_id(aios.id))
        details = "\n".join(
            f"• {text}"
            for text in (
                self.tr("%n meeting(s)", "", counts["meetings"]),
                self.tr("%n hour entry(ies)", "", counts["hour_entries"]),
                self.tr("%n agreement(s)", "", counts["agreements"]),
                self.tr("%n learning goal(s)", "", counts["goals"]),
                self.tr("%n quarterly statement(s)", "", counts["statements"]),
            )
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete trainee"))
        box.setText(self.tr("Delete {name} and everything recorded about them?").format(name=aios.name))
        box.setInformativeText(
            self.tr(
                "This deletes:\n{details}\n\nTo keep the history, archive the trainee instead. "
                "You can undo a delete with Ctrl+Z until you close the program."
            ).format(details=details)
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is delete:
            self.service.delete(stored_id(aios.id))
            self.context.host.show_status(
                self.tr("{name} deleted. Undo with Ctrl+Z.").format(name=aios.name), 6000
            )

    def column_menu(self) -> QMenu:
        """The columns to show, as the header's right-click offers them."""
        return column_menu(self.view)

    def _context_menu(self, pos) -> None:
        index: QModelIndex = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.selectRow(index.row())
        aios = self.selected()
        if aios is None:
            return
        menu = self.context_menu(aios)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, aios: Aios) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_selected)
        status_menu = menu.addMenu(self.tr("Status"))
        aios_id = stored_id(aios.id)
        for status in AiosStatus:
            action = status_menu.addAction(labels.aios_status(status))
            action.setCheckable(True)
            action.setChecked(aios.status is status)
            action.triggered.connect(lambda _checked=False, s=status: self.service.set_status(aios_id, s))
        menu.addSeparator()
        # None: the dialog picks the quarter just ended, the one usually signed now.
        menu.addAction(
            self.tr("Quarterly statement…"),
            lambda: self.context.host.open_statement(None, aios_id=aios.id),
        )
        menu.addAction(self.tr("GDPR (AVG) request…"), lambda: self.context.host.avg_request(aios.id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), self.delete_selected)
        menu.addSeparator()
        # The header's menu, also here: the menu key reaches it, the header takes no focus.
        columns = self.column_menu()
        columns.setTitle(self.tr("Columns"))
        menu.addMenu(columns)
        return menu
