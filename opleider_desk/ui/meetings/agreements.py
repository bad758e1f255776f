"""Agreements of a meeting (add, edit, done) with the SMART hint beside them,
and the open agreements of earlier meetings to go through."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import is_overdue
from ...domain.entities import Agreement, stored_id
from ...domain.enums import AgreementOwner, AgreementStatus
from ...domain.problems import ParseError
from ...domain.smart import smart_hints
from ...storage.changes import Area
from ...storage.services.agreements import AgreementService
from ...storage.store import Change
from ...words import labels
from ...words.formatting import format_date
from ...words.problems import problem_text
from ..context import AppContext
from ..widgets.date_field import DateField
from ..widgets.form_errors import FieldError
from ..widgets.remember import remember_columns
from ..widgets.table_models import ROW_ROLE, Column, RowTableModel
from ..widgets.tones import Tone, tint, tone, tone_css, tone_style
from ..widgets.user_action import FAILED, run_action


def agreement_columns() -> list[Column[Agreement]]:
    return [
        Column(
            lambda: Q.translate("AgreementModel", "Agreement"), lambda a: a.text, tooltip=lambda a: a.text
        ),
        Column(lambda: Q.translate("AgreementModel", "Who"), lambda a: labels.agreement_owner(a.owner)),
        Column(
            lambda: Q.translate("AgreementModel", "Due"),
            lambda a: format_date(a.due_date),
            sort_key=lambda a: a.due_date,
        ),
        Column(
            lambda: Q.translate("AgreementModel", "Status"),
            _status_text,
            foreground=lambda a: tone(Tone.BAD) if _overdue(a) else None,
        ),
    ]


def _overdue(agreement: Agreement) -> bool:
    # The same rule as "Wat staat er open", which calls it overdue: the step's table said "Open".
    return agreement.status is AgreementStatus.OPEN and is_overdue(agreement.due_date, date.today())


def _status_text(agreement: Agreement) -> str:
    if _overdue(agreement):
        return Q.translate("AgreementModel", "Open, overdue")
    return labels.agreement_status(agreement.status)


def _table(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # An agreement is a sentence: in a guided step at 150 % it took three lines, and a row
    # two high ended it in "…" ("Eindgesprek voorbereiden: reflectieverslag over de zeven …").
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class HintLabel(QLabel):
    """SMART hints: advice in amber, never an error."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("smartHint")
        self.setWordWrap(True)
        tone_style(
            self, lambda: f"color: {tone_css(Tone.WARN)}; background: {tint(Tone.WARN)}; padding: 4px;"
        )
        self.hide()

    def show_hints(self, problems) -> None:
        text = "\n".join(f"• {problem_text(p)}" for p in problems)
        self.setText(text)
        self.setVisible(bool(text))


class AgreementsEditor(QWidget):
    """The agreements made in one meeting."""

    def __init__(
        self,
        context: AppContext,
        aios_id: int,
        meeting_id: int | None,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service = context.service(AgreementService)
        self.aios_id = aios_id
        self.meeting_id = meeting_id
        self.read_only = read_only
        self.editing: Agreement | None = None

        self.model = RowTableModel(agreement_columns(), self)
        self.view = _table(self.model)
        self.view.setObjectName("agreementTable")
        self.view.setAccessibleName(self.tr("Agreements"))
        remember_columns(self.view, "agreements")
        self.text = QLineEdit()
        self.text.setObjectName("agreementText")
        # Short enough to be read whole in a guided step beside the step list; the example
        # is in the tooltip.
        self.text.setPlaceholderText(self.tr("Who does what, by when?"))
        self.text.setToolTip(self.tr("For example: “Discuss two bad-news consultations on video”"))
        self.owner = QComboBox()
        self.owner.setObjectName("agreementOwner")
        self.owner.addItem(self.tr("— who? —"), None)
        for owner in AgreementOwner:
            self.owner.addItem(labels.agreement_owner(owner), owner)
        self.due = DateField(optional=True)
        self.due.setObjectName("agreementDue")
        self.due.setMaximumWidth(120)
        # Beside its label in a narrow guided step it was squeezed below its "dd-mm-jjjj".
        self.due.setMinimumWidth(self.due.fontMetrics().horizontalAdvance(self.due.placeholderText()) + 16)
        # The row has no labels of its own (the table's headers name the columns): say it here.
        self.text.setAccessibleName(self.tr("Agreement"))
        self.owner.setAccessibleName(self.tr("Who"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.setObjectName("addAgreement")
        self.done_button = QPushButton(self.tr("Mark d&one"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.error = FieldError()
        self.hint = HintLabel()

        # The agreement's text on a line of its own: beside who, when and Add it was too
        # narrow to read in a guided step.
        entry = QHBoxLayout()
        # Labelled on screen too: "— wie? —" and an empty date alone said little.
        for text, field in ((self.tr("&Who:"), self.owner), (self.tr("D&ue:"), self.due)):
            label = QLabel(text)
            label.setBuddy(field)
            entry.addWidget(label)
            entry.addWidget(field)
        entry.addStretch()
        entry.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.text)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        self._loaded: tuple[str, int, str] = self._entry()
        for widget in (self.text, self.owner, self.due, self.add_button):
            widget.setEnabled(not read_only)

        self.text.textChanged.connect(self._update_hint)
        self.owner.currentIndexChanged.connect(self._update_hint)
        self.due.textChanged.connect(self._update_hint)
        self.text.returnPressed.connect(self.save_entry)
        self.due.returnPressed.connect(self.save_entry)  # Enter adds from the date field too
        self.add_button.clicked.connect(self.save_entry)
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._selected_changed)
        self.view.doubleClicked.connect(lambda _i: self._edit_selected())
        context.signals.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(
            self.service.list(self.aios_id, meeting_id=self.meeting_id) if self.meeting_id is not None else []
        )
        self._selected_changed()

    def _on_change(self, change: Change) -> None:
        if Area.AGREEMENTS in change.areas:
            self.reload()

    def select(self, agreement_id: int | None) -> bool:
        """Select the agreement's row; False when this list does not hold it."""
        for row, agreement in enumerate(self.model.rows()):
            if agreement.id == agreement_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return True
        return False

    def selected(self) -> Agreement | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _selected_changed(self, *_args) -> None:
        agreement = self.selected()
        self.done_button.setEnabled(agreement is not None)
        self.delete_button.setEnabled(agreement is not None and not self.read_only)
        if agreement is not None and agreement.status is AgreementStatus.DONE:
            self.done_button.setText(self.tr("Re&open"))
        else:
            self.done_button.setText(self.tr("Mark d&one"))

    def _edit_selected(self) -> None:
        agreement = self.selected()
        if agreement is None or self.read_only:
            return
        self._load(agreement)
        self.text.setFocus()

    def _load(self, agreement: Agreement) -> None:
        self.editing = agreement
        self.text.setText(agreement.text)
        self.owner.setCurrentIndex(max(0, self.owner.findData(agreement.owner)))
        self.due.set_date(agreement.due_date)
        self.add_button.setText(self.tr("&Save"))
        self._loaded = self._entry()

    def _entry(self) -> tuple[str, int, str]:
        return (self.text.text(), self.owner.currentIndex(), self.due.text())

    # ------------------------------------------------------------ typed, not added
    def draft(self) -> tuple[str, int, str, int | None] | None:
        """The entry row when it holds typing not added (or, while editing, not saved)."""
        entry = self._entry()
        if entry == self._loaded or (self.editing is None and not any(map(str.strip, entry[::2]))):
            return None
        return (*entry, self.editing.id if self.editing is not None else None)

    def restore_draft(self, draft: tuple[str, int, str, int | None]) -> None:
        """Put typing back into a rebuilt editor: the same meeting's row, another widget."""
        text, owner, due, editing_id = draft
        editing = next((a for a in self.model.rows() if a.id == editing_id), None)
        if editing is not None and not self.read_only:
            self._load(editing)
        self.text.setText(text)
        self.owner.setCurrentIndex(owner)
        self.due.setText(due)

    def unsaved_text(self) -> str | None:
        if self.draft() is None:
            return None
        if self.editing is not None:
            return self.tr("a change to an agreement that you did not save")
        return self.tr("an agreement that you typed but did not add")

    def _owner(self) -> AgreementOwner | None:
        return self.owner.currentData()

    def _update_hint(self, *_args) -> None:
        try:
            due = self.due.date()
        except ParseError:
            due = None
        self.hint.show_hints(smart_hints(self.text.text(), owner=self._owner(), due_date=due))

    def save_entry(self) -> None:
        self.error.show_message("")
        try:
            due = self.due.date(field="due_date")
        except ParseError as exc:
            self.error.show_message(problem_text(exc.problem))
            return
        # No owner chosen: the agreement is between the two of them.
        owner = self._owner() or AgreementOwner.BOTH
        if self.editing is not None:
            changed = Agreement(
                id=self.editing.id,
                aios_id=self.aios_id,
                meeting_id=self.editing.meeting_id,
                text=self.text.text(),
                owner=owner,
                due_date=due,
                status=self.editing.status,
                done_on=self.editing.done_on,
            )
            saved: object = run_action(self, lambda: self.service.update(changed), show_in=self.error)
        else:
            new = Agreement(
                aios_id=self.aios_id,
                meeting_id=self.meeting_id,
                text=self.text.text(),
                owner=owner,
                due_date=due,
            )
            saved = run_action(self, lambda: self.service.add(new), show_in=self.error)
        if saved is FAILED:
            return
        self.editing = None
        self.add_button.setText(self.tr("A&dd"))
        self.text.clear()
        self.owner.setCurrentIndex(0)
        self.due.clear()
        self.hint.show_hints([])
        self._loaded = self._entry()

    def toggle_done(self) -> None:
        agreement = self.selected()
        if agreement is None:
            return
        status = AgreementStatus.OPEN if agreement.status is AgreementStatus.DONE else AgreementStatus.DONE
        self.service.set_status(stored_id(agreement.id), status, date.today())

    def delete_selected(self) -> None:
        agreement = self.selected()
        if agreement is None:
            return
        run_action(self, lambda: self.service.delete(stored_id(agreement.id)), show_in=self.error)


class EarlierAgreements(QWidget):
    """Open agreements of earlier meetings, to tick off while reviewing them.

    A ticked agreement leaves this list (it lists open ones): the line under it says
    which one was marked done, with a button that undoes just that."""

    def __init__(
        self,
        context: AppContext,
        aios_id: int,
        meeting_id: int,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = context.store
        self.service = context.service(AgreementService)
        self.aios_id = aios_id
        self.meeting_id = meeting_id
        self.read_only = read_only
        self._done_step: object | None = None  # the undo step of the last agreement marked done here
        self.model = RowTableModel(agreement_columns(), self)
        self.view = _table(self.model)
        self.view.setObjectName("earlierAgreementTable")
        self.view.setAccessibleName(self.tr("Open agreements from earlier meetings"))
        remember_columns(self.view, "earlier_agreements")
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.done_button.setObjectName("earlierDone")
        self.done_note = QLabel()
        self.done_note.setObjectName("earlierDoneNote")
        self.done_note.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("U&ndo"))
        self.undo_button.setObjectName("earlierUndo")
        self.error = FieldError()
        # The first meeting has none: said, instead of an empty table with a button that cannot act.
        self.none_note = QLabel(self.tr("No open agreements from earlier meetings."))
        self.none_note.setObjectName("earlierNone")
        self.none_note.setWordWrap(True)
        self.none_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_note, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.none_note)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.undo_button.hide()
        self.done_button.clicked.connect(self.mark_selected_done)
        self.undo_button.clicked.connect(self.undo_done)
        self.view.selectionModel().selectionChanged.connect(self._selected_changed)
        # A bound method, not a lambda: Qt drops the connection when this panel is destroyed.
        context.signals.changed.connect(self._store_changed)
        self.reload()

    def _store_changed(self, change: Change) -> None:
        if Area.AGREEMENTS in change.areas:
            self.reload()
        if self._done_step is not None and self.store.history.peek_undo() is not self._done_step:
            # Undone (here or with Ctrl+Z) or something else done since: the button would undo that.
            self._done_step = None
            self.undo_button.hide()
            if change.undo:
                self.done_note.clear()

    def reload(self) -> None:
        rows = self.service.open_for_next_agenda(self.aios_id, excluding_meeting=self.meeting_id)
        self.model.set_rows(rows)
        self.none_note.setVisible(not rows)
        self.view.setVisible(bool(rows))
        self.done_button.setVisible(bool(rows))
        self._selected_changed()

    def _selected_changed(self, *_args) -> None:
        # Only when it can act: a row chosen, in a meeting that is not locked.
        self.done_button.setEnabled(not self.read_only and bool(self.view.selectionModel().selectedRows()))

    def select(self, agreement_id: int | None) -> bool:
        """Select the agreement's row; False when this list does not hold it."""
        for row, agreement in enumerate(self.model.rows()):
            if agreement.id == agreement_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return True
        return False

    def mark_selected_done(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self.read_only:
            return
        agreement: Agreement = rows[0].data(ROW_ROLE)
        self.error.show_message("")
        done = run_action(
            self, lambda: self.service.mark_done(stored_id(agreement.id), date.today()), show_in=self.error
        )
        if done is FAILED:
            return
        self._done_step = self.store.history.peek_undo()
        self.done_note.setText(self.tr("Marked done: “{text}”.").format(text=agreement.text))
        self.undo_button.setVisible(self._done_step is not None)

    def undo_done(self) -> None:
        """Take back the last agreement marked done here, if nothing was done since."""
        if self._done_step is None or self.store.history.peek_undo() is not self._done_step:
            return
        from ...storage.store import NothingToUndo, UndoConflict

        try:
            self.store.undo()
        except (NothingToUndo, UndoConflict):
            self.error.show_message(self.tr("This can no longer be undone: later changes depend on it."))
            return
        self.done_note.setText(self.tr("Open again."))
