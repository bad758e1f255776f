"""The IOP: learning goals per aios, edited in a meeting, and the coverage of the seven areas."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import LearningGoal, stored_id
from ...domain.enums import CompetencyArea, GoalStatus
from ...domain.problems import ParseError
from ...domain.smart import smart_hints
from ...storage.changes import Area
from ...storage.services.goals import GoalService
from ...storage.store import Change
from ...words import labels
from ...words.formatting import format_date
from ...words.problems import problem_text
from ..context import AppContext
from ..widgets.date_field import DateField
from ..widgets.form_errors import FieldError, plain_label
from ..widgets.remember import remember_columns
from ..widgets.table_models import ROW_ROLE, Column, RowTableModel
from ..widgets.tones import Tone, tint, tone_style
from ..widgets.user_action import FAILED, run_action
from .agreements import HintLabel

MeetingLabel = Callable[[int | None], tuple[str, str]]


def _held(label: MeetingLabel, goal: LearningGoal) -> str:
    """The dates of the meetings a goal was set and evaluated in: two columns of their
    titles ("Geschiktheidsbeoordeling 18-07-2024") pushed the table past a 960 px window."""
    lines = []
    set_on = label(goal.set_in_meeting_id)[1]
    if set_on:
        lines.append(Q.translate("GoalModel", "set {date}").format(date=set_on))
    evaluated_on = label(goal.evaluated_in_meeting_id)[1]
    if evaluated_on:
        lines.append(Q.translate("GoalModel", "evaluated {date}").format(date=evaluated_on))
    return "\n".join(lines)


def _held_in(label: MeetingLabel, goal: LearningGoal) -> str:
    """The meetings whole, in the tooltip."""
    lines = []
    set_in = " ".join(label(goal.set_in_meeting_id)).strip()
    if set_in:
        lines.append(Q.translate("GoalModel", "Set in: {meeting}").format(meeting=set_in))
    evaluated_in = " ".join(label(goal.evaluated_in_meeting_id)).strip()
    if evaluated_in:
        lines.append(Q.translate("GoalModel", "Evaluated in: {meeting}").format(meeting=evaluated_in))
    return "\n".join(lines)


def goal_columns(meeting_label: MeetingLabel | None = None) -> list[Column[LearningGoal]]:
    """The IOP's columns; with ``meeting_label`` (a meeting's title and date) the meetings
    in which a goal was set and evaluated."""
    columns: list[Column[LearningGoal]] = [
        Column(
            lambda: Q.translate("GoalModel", "Area"),
            lambda g: labels.competency(g.competency),
            sort_key=lambda g: list(CompetencyArea).index(g.competency),
        ),
        Column(
            lambda: Q.translate("GoalModel", "Learning goal"),
            lambda g: g.statement,
            tooltip=lambda g: g.statement,
        ),
        Column(lambda: Q.translate("GoalModel", "Activities"), lambda g: g.activities),
        Column(
            lambda: Q.translate("GoalModel", "Deadline"),
            lambda g: format_date(g.deadline),
            sort_key=lambda g: g.deadline,
        ),
        Column(lambda: Q.translate("GoalModel", "How tested"), lambda g: g.assessment),
        Column(lambda: Q.translate("GoalModel", "Status"), lambda g: labels.goal_status(g.status)),
    ]
    if meeting_label is not None:
        columns.append(
            Column(
                lambda: Q.translate("GoalModel", "Meetings"),
                partial(_held, meeting_label),
                sort_key=partial(_held, meeting_label),
                tooltip=partial(_held_in, meeting_label),
            )
        )
    return columns


class GoalsEditor(QWidget):
    """Goals of an aios; with ``only_meeting`` just those this meeting set or evaluated."""

    def __init__(
        self,
        context: AppContext,
        aios_id: int,
        meeting_id: int | None,
        *,
        only_meeting: bool = False,
        read_only: bool = False,
        meeting_label: MeetingLabel | None = None,
        access_keys: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service = context.service(GoalService)
        self.aios_id = aios_id
        self.meeting_id = meeting_id
        self.only_meeting = only_meeting
        self.read_only = read_only

        self.model = RowTableModel(goal_columns(meeting_label), self)
        self.view = QTableView()
        self.view.setObjectName("goalTable")
        self.view.setAccessibleName(self.tr("Learning goals"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # The learning goal is the point of the table: it wraps onto as many lines as it
        # needs rather than ending in "…" beside columns that fit their contents.
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.view, "goals", room=(1, 0.35))

        self.area = QComboBox()
        self.area.setObjectName("goalArea")
        for area in self.service.areas(aios_id):
            self.area.addItem(labels.competency(area), area)
        self.statement = QPlainTextEdit()
        self.statement.setObjectName("goalStatement")
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(56)
        self.statement.setPlaceholderText(
            self.tr("SMART: what will the trainee be able to do, by when, shown how?")
        )
        self.activities = QLineEdit()
        self.deadline = DateField(optional=True)
        self.deadline.setMaximumWidth(120)
        self.assessment = QLineEdit()
        self.assessment.setPlaceholderText(self.tr("e.g. KPB, knowledge test, observation"))
        self.status = QComboBox()
        for status in GoalStatus:
            self.status.addItem(labels.goal_status(status), status)
        self.add_button = QPushButton(self.tr("Add goa&l"))
        self.add_button.setObjectName("addGoal")
        self.save_button = QPushButton(self.tr("Save &changes"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.error = FieldError()
        self.hint = HintLabel()

        # Access keys as every other form has, none taken by the meeting window's tabs, its
        # Meeting held or the buttons below. Not in a guided step (``access_keys``): there the
        # step's own fields have none, and the agreements beside the goals (STAR) left no
        # letter free in Dutch.
        def key(label: str) -> str:
            return label if access_keys else plain_label(label)

        form = QFormLayout()
        form.addRow(key(self.tr("Co&mpetency area")), self.area)
        form.addRow(key(self.tr("G&oal")), self.statement)
        form.addRow(key(self.tr("Ac&tivities")), self.activities)
        dates = QHBoxLayout()
        dates.addWidget(self.deadline)
        status_label = QLabel(key(self.tr("&Status")))
        status_label.setBuddy(self.status)
        dates.addWidget(status_label)
        dates.addWidget(self.status)
        dates.addStretch()
        form.addRow(key(self.tr("&Deadline")), dates)
        deadline_label = form.labelForField(dates)
        if isinstance(deadline_label, QLabel):  # a row of two fields: the label's key goes to the first
            deadline_label.setBuddy(self.deadline)
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.status.setAccessibleName(self.tr("Status"))
        form.addRow(key(self.tr("Ho&w tested")), self.assessment)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for widget in (
            self.area,
            self.statement,
            self.activities,
            self.deadline,
            self.assessment,
            self.status,
            self.add_button,
        ):
            widget.setEnabled(not read_only)

        self._loaded: tuple = self._entry()
        self.statement.textChanged.connect(self._update_hint)
        self.deadline.textChanged.connect(self._update_hint)
        self.add_button.clicked.connect(self.add_goal)
        self.save_button.clicked.connect(self.save_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._load_selected)
        context.signals.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        if self.only_meeting:
            goals = self.service.list(self.aios_id, meeting_id=self.meeting_id) if self.meeting_id else []
        else:
            goals = self.service.list(self.aios_id)
        self.model.set_rows(goals)
        self._load_selected()

    def _on_change(self, change: Change) -> None:
        if Area.GOALS in change.areas:
            self.reload()

    def selected(self) -> LearningGoal | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _load_selected(self, *_args) -> None:
        goal = self.selected()
        self.save_button.setEnabled(goal is not None and not self.read_only)
        self.delete_button.setEnabled(goal is not None and not self.read_only)
        if goal is None:
            return
        if self.area.findData(goal.competency) < 0:
            # A goal keeps the area of an older profile; it stays choosable for that goal.
            self.area.addItem(labels.competency(goal.competency), goal.competency)
        self.area.setCurrentIndex(self.area.findData(goal.competency))
        self.statement.setPlainText(goal.statement)
        self.activities.setText(goal.activities)
        self.deadline.set_date(goal.deadline)
        self.assessment.setText(goal.assessment)
        self.status.setCurrentIndex(self.status.findData(goal.status))
        self._loaded = self._entry()

    def _entry(self) -> tuple:
        return (
            self.area.currentIndex(),
            self.statement.toPlainText(),
            self.activities.text(),
            self.deadline.text(),
            self.assessment.text(),
            self.status.currentIndex(),
        )

    # ------------------------------------------------------------ typed, not added
    def draft(self) -> tuple | None:
        """The goal's fields when they hold typing not added (or, for a chosen goal, not saved)."""
        entry = self._entry()
        chosen = self.selected()
        if entry == self._loaded or (chosen is None and not any(t.strip() for t in entry[1:5])):
            return None
        return (*entry, chosen.id if chosen is not None else None)

    def restore_draft(self, draft: tuple) -> None:
        """Put typing back into a rebuilt editor of the same aios."""
        *entry, chosen_id = draft
        row = next((i for i, g in enumerate(self.model.rows()) if g.id == chosen_id), None)
        if row is not None:
            self.view.selectRow(row)  # loads the goal as stored; the typing goes over it
        area, statement, activities, deadline, assessment, status = entry
        if 0 <= area < self.area.count():
            self.area.setCurrentIndex(area)
        self.statement.setPlainText(statement)
        self.activities.setText(activities)
        self.deadline.setText(deadline)
        self.assessment.setText(assessment)
        self.status.setCurrentIndex(status)

    def unsaved_text(self) -> str | None:
        if self.draft() is None:
            return None
        if self.selected() is not None:
            return self.tr("a change to a learning goal that you did not save")
        return self.tr("a learning goal that you typed but did not add")

    def _update_hint(self) -> None:
        try:
            deadline = self.deadline.date()
        except ParseError:
            deadline = None
        self.hint.show_hints(
            smart_hints(
                self.statement.toPlainText(), due_date=deadline, owner_applies=False, field="statement"
            )
        )

    def _read(self, base: LearningGoal | None) -> LearningGoal | None:
        self.error.show_message("")
        try:
            deadline = self.deadline.date(field="deadline")
        except ParseError as exc:
            self.error.show_message(problem_text(exc.problem))
            return None
        return LearningGoal(
            id=base.id if base else None,
            aios_id=self.aios_id,
            competency=self.area.currentData(),
            statement=self.statement.toPlainText(),
            activities=self.activities.text().strip(),
            deadline=deadline,
            assessment=self.assessment.text().strip(),
            status=self.status.currentData(),
            set_in_meeting_id=base.set_in_meeting_id if base else self.meeting_id,
            evaluated_in_meeting_id=base.evaluated_in_meeting_id if base else None,
            created_on=base.created_on if base else None,
        )

    def _run(self, action) -> bool:
        return run_action(self, action, show_in=self.error) is not FAILED

    def add_goal(self) -> None:
        goal = self._read(None)
        if goal is not None and self._run(lambda: self.service.add(goal)):
            self.view.clearSelection()
            self.statement.clear()
            self.activities.clear()
            self.deadline.clear()
            self.assessment.clear()
            self.status.setCurrentIndex(0)
            self._loaded = self._entry()

    def save_selected(self) -> None:
        base = self.selected()
        goal = self._read(base) if base else None
        if goal is not None and self._run(lambda: self.service.update(goal, in_meeting=self.meeting_id)):
            self._loaded = self._entry()

    def delete_selected(self) -> None:
        goal = self.selected()
        if goal is not None:
            self._run(lambda: self.service.delete(stored_id(goal.id)))


class CoverageView(QWidget):
    """The areas of the aios's profile side by side: which have had goals over the training.

    An older profile's area that goals still carry gets a cell after them,
    with the area of the newer profile it maps to: shown, never applied.
    """

    def __init__(self, context: AppContext, aios_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = context.service(GoalService)
        self.aios_id = aios_id
        self.cells: dict[CompetencyArea, QLabel] = {}
        self.order: list[CompetencyArea] = []
        self._per_row: int | None = None
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        # A bound method, not a lambda: Qt drops the connection when this view is destroyed.
        context.signals.changed.connect(self._store_changed)
        self.reload()

    def _cell(self, area: CompetencyArea) -> QLabel:
        if area not in self.cells:
            cell = QLabel()
            cell.setObjectName(f"coverage_{area.value}")
            cell.setWordWrap(True)
            cell.setFrameShape(QFrame.Shape.StyledPanel)
            cell.setMinimumHeight(54)
            self.cells[area] = cell
        return self.cells[area]

    def _store_changed(self, change: Change) -> None:
        if Area.GOALS in change.areas or Area.AIOS in change.areas:
            self.reload()

    def reload(self) -> None:
        entries = self.service.coverage(self.aios_id)
        shown = [entry.area for entry in entries]
        for area, cell in list(self.cells.items()):
            if area not in shown:
                self.grid.removeWidget(cell)
                cell.deleteLater()
                del self.cells[area]
        mapping = self.service.mapping(self.aios_id)
        self.order = [entry.area for entry in entries]
        for entry in entries:
            cell = self._cell(entry.area)
            self._fit_words(cell, labels.competency(entry.area))
            if not entry.in_profile:
                new = mapping.get(entry.area)
                note = (
                    self.tr("earlier profile; now: {area}").format(area=labels.competency(new))
                    if new is not None
                    else self.tr("earlier profile")
                )
                count = self.tr("%n goal(s)", "", entry.goals)
                cell.setText(f"<b>{labels.competency(entry.area)}</b><br>{count}<br><i>{note}</i>")
                tone_style(cell, lambda: f"background: {tint(Tone.MUTED)}; padding: 4px;")
            elif entry.covered:
                count = self.tr("%n goal(s)", "", entry.goals)
                detail = self.tr("%n achieved", "", entry.achieved)
                cell.setText(f"<b>{labels.competency(entry.area)}</b><br>{count}, {detail}")
                tone_style(cell, lambda: f"background: {tint(Tone.GOOD)}; padding: 4px;")
            else:
                missing = self.tr("no goal yet")
                cell.setText(f"<b>{labels.competency(entry.area)}</b><br>{missing}")
                tone_style(cell, lambda: f"background: {tint(Tone.BAD)}; padding: 4px;")

        self._place(force=True)

    @staticmethod
    def _fit_words(cell: QLabel, area: str) -> None:
        """A rich, wrapped label allows itself less than its longest (bold) word: “Professionaliteit”
        was cut at the side. Room for that word and the padding (the counts' words are shorter)."""
        bold = QFont(cell.font())
        bold.setBold(True)
        widest = max((QFontMetrics(bold).horizontalAdvance(w) for w in area.split()), default=0)
        cell.setMinimumWidth(widest + 2 * (4 + cell.frameWidth()) + 2)

    # ------------------------------------------------------------ one row, or two when narrow
    @staticmethod
    def _least(cell: QLabel) -> int:
        return max(cell.minimumWidth(), cell.minimumSizeHint().width())

    def _one_row_width(self) -> int:
        cells = [self.cells[a] for a in self.order]
        return sum(map(self._least, cells)) + self.grid.spacing() * max(len(cells) - 1, 0)

    def _place(self, *, force: bool = False) -> None:
        """Seven cells side by side need some 800 px: on a narrower window (150 % on a laptop)
        they take two rows instead of widening the meeting window past the screen."""
        per_row = len(self.order)
        # A page not shown yet has no width of its own: it is placed when it is shown.
        if self.isVisible() and self.width() < self._one_row_width():
            per_row = (len(self.order) + 1) // 2
        if not force and per_row == self._per_row:
            return
        self._per_row = per_row
        for cell in self.cells.values():
            self.grid.removeWidget(cell)
        for i, area in enumerate(self.order):
            self.grid.addWidget(self.cells[area], i // max(per_row, 1), i % max(per_row, 1))
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        half = sorted(map(self._least, self.cells.values()), reverse=True)
        columns = (len(half) + 1) // 2
        width = sum(half[:columns]) + self.grid.spacing() * max(columns - 1, 0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def covered(self) -> dict[CompetencyArea, bool]:
        return {
            entry.area: entry.covered for entry in self.service.coverage(self.aios_id) if entry.in_profile
        }
