"""Mijn verplichtingen: the trainer's own obligations in one training year,
measured from the data where it can be, ticked by hand where it cannot, and
the events (LEOh, Profiel Leerwerkplan, shifts) the measurements count."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.checklists import TemplateItem
from ...domain.entities import ChecklistItem, TrainerEvent, stored_id
from ...domain.enums import ChecklistStatus, TrainerEventKind
from ...storage.services.aios import AiosService
from ...storage.services.norms import NormService
from ...storage.services.obligations import ObligationService
from ...storage.services.portfolio import PortfolioService
from ...storage.services.trainer_events import ANNOUNCED, TrainerEventService
from ...words.formatting import current_language, format_date
from ..context import AppContext
from ..widgets.remember import remember_columns
from ..widgets.table_models import ROW_ROLE, Column, RowTableModel
from ..widgets.table_view import setup_row_view
from . import texts
from .event_dialog import EventDialog

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class TrainerRow:
    item: TemplateItem
    result: Any = None  # ObligationResult or StatementCheck; None: ticked by hand
    manual: ChecklistItem | None = None

    @property
    def status_text(self) -> str:
        if self.result is not None:
            return texts.obligation_status(self.result.status)
        done = self.manual is not None and self.manual.status is not ChecklistStatus.MISSING
        return Q.translate("Portfolio", "Done") if done else Q.translate("Portfolio", "Not confirmed")

    @property
    def colour(self):
        if self.result is not None:
            return texts.obligation_colour(self.result.status)
        return None


OBLIGATION_COLUMNS: list[Column[TrainerRow]] = [
    Column(
        lambda: Q.translate("Portfolio", "Obligation"),
        lambda r: r.item.title.get(current_language()),
        tooltip=lambda r: r.item.description.get(current_language()),
    ),
    Column(
        lambda: Q.translate("Portfolio", "Status"), lambda r: r.status_text, foreground=lambda r: r.colour
    ),
    Column(
        lambda: Q.translate("Portfolio", "Actual against required"),
        lambda r: (
            texts.obligation_numbers(r.result)
            if r.result is not None
            else Q.translate("Portfolio", "Tick when done")
        ),
    ),
]


def event_columns(aios_name: Callable[[int | None], str]) -> list[Column[TrainerEvent]]:
    return [
        Column(
            lambda: Q.translate("Portfolio", "Date"), lambda e: format_date(e.day), sort_key=lambda e: e.day
        ),
        Column(lambda: Q.translate("Portfolio", "What"), lambda e: texts.event_kind(e.kind)),
        Column(lambda: Q.translate("Portfolio", "Number"), lambda e: str(e.quantity), align_right=True),
        Column(lambda: Q.translate("Portfolio", "Trainee"), lambda e: aios_name(e.aios_id)),
        Column(lambda: Q.translate("Portfolio", "Note"), lambda e: e.note),
        Column(lambda: Q.translate("Portfolio", "Institution"), _informed_text),
    ]


def _informed_text(event: TrainerEvent) -> str:
    if event.kind not in ANNOUNCED:
        return ""
    if event.institution_informed:
        return Q.translate("Portfolio", "informed")
    return Q.translate("Portfolio", "not informed yet")


class ObligationsModel(RowTableModel[TrainerRow]):
    """A hand-ticked obligation is a check box in the status column."""

    def __init__(self, tick, parent=None):
        super().__init__(OBLIGATION_COLUMNS, parent)
        self._tick = tick

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 1 and self.row_at(index.row()).result is None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 1:
            row = self.row_at(index.row())
            if row.result is None:
                done = row.manual is not None and row.manual.status is not ChecklistStatus.MISSING
                return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 1:
            return False
        row = self.row_at(index.row())
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._tick(row.item, ChecklistStatus.PRESENT if checked else ChecklistStatus.MISSING)
        return True


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    setup_row_view(view)
    return view


class ObligationsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.obligations = context.service(ObligationService)
        self.portfolio = context.service(PortfolioService)
        self.events = context.service(TrainerEventService)

        self.year = QComboBox()
        self.year.setObjectName("trainingYear")
        for period in self.obligations.training_years(date.today()):
            self.year.addItem(
                self.tr("Training year {start} – {end}").format(
                    start=format_date(period.start), end=format_date(period.last_day)
                ),
                period,
            )
        self.model = ObligationsModel(self._tick, self)
        self.view = _table(self.model)
        self.view.setObjectName("obligations")
        remember_columns(self.view, "obligations")
        self._names: dict[int, str] = {}
        self.event_model = RowTableModel(
            event_columns(lambda aios_id: self._names.get(aios_id, "") if aios_id is not None else ""), self
        )
        self.event_view = _table(self.event_model)
        self.event_view.setObjectName("trainerEvents")
        remember_columns(self.event_view, "trainer_events")
        self.leoh_button = QPushButton(self.tr("&LEOh received…"))
        self.profiel_button = QPushButton(self.tr("&Profiel Leerwerkplan updated…"))
        self.shifts_button = QPushButton(self.tr("&Shifts done…"))
        # 000_… Bijlage 1 §9a and §9c: shown where a regulation in use has them.
        self.task_button = QPushButton(self.tr("&Task laid down…"))
        self.task_button.setObjectName("taskLaidDown")
        self.hours_button = QPushButton(self.tr("&Hours in the specialty…"))
        self.hours_button.setObjectName("hoursInSpecialty")
        self.informed_button = QPushButton(self.tr("Institution &informed"))
        self.informed_button.setObjectName("institutionInformed")
        self.remove_button = QPushButton(self.tr("&Remove"))

        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("<b>Recorded in this year</b>")))
        lower_layout.addWidget(self.event_view)
        buttons = QHBoxLayout()
        for button in (self.leoh_button, self.profiel_button, self.shifts_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.remove_button)
        lower_layout.addLayout(buttons)
        # What § 9 has the trainer tell the institution, on a row of its own.
        notices = QHBoxLayout()
        for button in (self.task_button, self.hours_button):
            notices.addWidget(button)
        notices.addStretch()
        notices.addWidget(self.informed_button)
        lower_layout.addLayout(notices)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)

        self.year.currentIndexChanged.connect(lambda _n: self.reload())
        self.leoh_button.clicked.connect(lambda: self.record(TrainerEventKind.LEOH))
        self.profiel_button.clicked.connect(lambda: self.record(TrainerEventKind.PROFIEL_LEERWERKPLAN))
        self.shifts_button.clicked.connect(lambda: self.record(TrainerEventKind.DIENST))
        self.task_button.clicked.connect(lambda: self.record(TrainerEventKind.TASK_LAID_DOWN))
        self.hours_button.clicked.connect(lambda: self.record(TrainerEventKind.HOURS_IN_SPECIALTY))
        self.informed_button.clicked.connect(self.mark_informed)
        self.remove_button.clicked.connect(self.remove_event)
        self.event_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def period(self):
        return self.year.currentData()

    def reload(self) -> None:
        period = self.period()
        today = date.today()
        results = {r.key.value: r for r in self.obligations.results(period, today)}
        manual = self.portfolio.trainer_items(period.start.year)
        rows = []
        for item in self.portfolio.trainer_template.items:
            rule = item.auto
            if rule is not None and rule.name == "obligation" and rule.argument is not None:
                rows.append(TrainerRow(item, result=results[rule.argument]))
            elif rule is not None and rule.name == "signed_statements":
                rows.append(TrainerRow(item, result=self.obligations.statements(period, today)))
            else:
                rows.append(TrainerRow(item, manual=manual.get(item.key)))
        self.model.set_rows(rows)
        every = self.context.service(AiosService).list()
        self._names = {stored_id(a.id): a.name for a in every}
        self.event_model.set_rows(self.events.list(period))
        task, hours = self.section_9_in_use()
        self.task_button.setVisible(task)
        self.hours_button.setVisible(hours)
        self._update_buttons()

    def section_9_in_use(self) -> tuple[bool, bool]:
        """Whether a regulation in use (the trainer's, an aios's own) has §9a and §9c of ``000_…``."""
        norms = self.context.service(NormService)
        every = self.context.service(AiosService).list()
        in_use = [norms.regulation()] + [norms.regulation_of(a) for a in every if a.regulation]
        return (
            any(r.applies("institution_notice_months") for r in in_use),
            any(r.applies("specialty_minutes_per_week_min") for r in in_use),
        )

    def set_praktijkbegeleider(self, praktijkbegeleider: bool) -> None:
        """A praktijkbegeleider has no opleider's obligations, only what Bijlage 2 §11 asks them to tell."""
        self.view.setVisible(not praktijkbegeleider)
        for button in (self.leoh_button, self.profiel_button, self.shifts_button):
            button.setVisible(not praktijkbegeleider)

    def _selected_event(self) -> TrainerEvent | None:
        rows = self.event_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        event = self._selected_event()
        self.remove_button.setEnabled(event is not None)
        announced = event is not None and event.kind in ANNOUNCED
        self.informed_button.setVisible(announced)
        self.informed_button.setEnabled(announced and event is not None and not event.institution_informed)

    def mark_informed(self) -> None:
        event = self._selected_event()
        if event is None or event.kind not in ANNOUNCED:
            return
        self.events.set_institution_informed(stored_id(event.id))

    def select_event(self, kind: TrainerEventKind) -> bool:
        """The newest recorded event of ``kind`` this year (what a § 9 item is about)."""
        row = next((n for n, e in enumerate(self.event_model.rows()) if e.kind == kind), None)
        if row is None:
            return False
        self.event_view.selectRow(row)
        return True

    def _tick(self, item: TemplateItem, status: ChecklistStatus) -> None:
        self.portfolio.set_trainer_item(self.period().start.year, item, status)

    def record(self, kind: TrainerEventKind, aios_id: int | None = None) -> None:
        aios = self.context.service(AiosService).list(include_inactive=False)
        dialog = EventDialog(self.events, kind, aios, self, aios_id=aios_id)
        dialog.setObjectName("eventDialog")
        dialog.open()

    def remove_event(self) -> None:
        rows = self.event_view.selectionModel().selectedRows()
        if not rows:
            return
        event: TrainerEvent = rows[0].data(ROW_ROLE)
        self.events.remove(stored_id(event.id))
        self.context.host.show_status(self.tr("Removed. Undo with Ctrl+Z."), 6000)

    def select_obligation(self, item_key: str) -> None:
        row = next((n for n, r in enumerate(self.model.rows()) if r.item.key == item_key), None)
        if row is not None:
            self.view.selectRow(row)
