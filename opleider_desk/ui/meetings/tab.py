"""The second tab: every aios's meetings, planned and held; open one to prepare or hold it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.due import TargetArea
from ...domain.entities import stored_id
from ...domain.enums import AiosStatus, MeetingStatus
from ...domain.problems import ValidationFailed
from ...storage.changes import Area
from ...storage.services.agreements import AgreementService
from ...storage.services.aios import AiosService
from ...storage.services.meetings import MeetingService
from ...storage.store import Change
from ...words.calendar_export import calendar_bytes, invitation_bytes
from ...words.file_names import file_name, meeting_file_name
from ..context import AppContext
from ..navigation import NavTarget
from ..safety.file_dialogs import save_file_name
from ..widgets.bar import TwoRowBar
from ..widgets.first_steps import first_steps_label
from ..widgets.remember import remember_columns
from ..widgets.save_file import ask_save_path
from ..widgets.table_models import ROW_ROLE, SearchProxy
from ..widgets.unreadable_notice import UnreadableNotice
from ..widgets.user_action import FAILED, run_action
from .model import MeetingRowView, MeetingTableModel
from .plan_dialog import PlanMeetingDialog

if TYPE_CHECKING:
    from .window import MeetingWindow

ALL_AIOS = -1


# The rows whose leaving out the tab says: what it lists, and what a meeting window reads.
UNREADABLE_TABLES = ("meeting", "aios", "agreement", "learning_goal", "profile")


class MeetingsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = context.service(MeetingService)
        self.aios_service = context.service(AiosService)
        self.windows: dict[int, MeetingWindow] = {}

        self.aios = QComboBox()
        self.aios.setObjectName("meetingAios")
        self.plan_button = QPushButton(self.tr("&Plan meeting…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.export_button = QPushButton(self.tr("E&xport calendar (.ics)…"))
        self.invite_button = QPushButton(self.tr("Invi&tation (.ics)…"))
        self.invite_button.setToolTip(
            self.tr("The selected planned meeting as an invitation for the trainee, to attach to an e-mail")
        )

        self.model = MeetingTableModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("meetingTable")
        self.view.setAccessibleName(self.tr("Meetings"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        remember_columns(self.view, "meetings")

        aios_label = QLabel(self.tr("Tra&inee:"))
        aios_label.setBuddy(self.aios)
        self.aios.setMinimumContentsLength(24)
        # In a narrow window the buttons go under the choice of aios, not past the screen.
        top = TwoRowBar(
            [aios_label, self.aios],
            [self.plan_button, self.open_button, self.delete_button, self.export_button, self.invite_button],
        )
        # Meetings (or their aios, agreements) this version cannot read: left out, and said.
        self.unreadable_warning = UnreadableNotice()
        # No meeting yet: where to begin, instead of a bare table.
        self.first_steps = first_steps_label(
            self.tr(
                "No meetings yet. Plan one with <b>Plan meeting…</b> (Alt+P): the meeting opens "
                "with its agenda, to prepare it with the trainee."
            ),
            "meetingsFirstSteps",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.unreadable_warning)
        layout.addWidget(self.first_steps)
        layout.addWidget(self.view)

        self.aios.currentIndexChanged.connect(lambda _i: self.reload())
        self.plan_button.clicked.connect(lambda: self.plan_meeting())
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_calendar)
        self.invite_button.clicked.connect(self.save_invitation)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        # Enter on a row (activated; a double click opens it too, and opening twice just raises it).
        self.view.activated.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        context.signals.changed.connect(self._on_change)
        self._fill_aios()
        self.reload()

    # ------------------------------------------------------------ data
    def _fill_aios(self) -> None:
        current = self.aios.currentData()
        self.aios.blockSignals(True)
        self.aios.clear()
        self.aios.addItem(self.tr("All trainees"), ALL_AIOS)
        for person in self.aios_service.list():
            if person.status in (AiosStatus.ACTIVE, AiosStatus.PAUSED):
                self.aios.addItem(person.name, person.id)
        index = self.aios.findData(current) if current is not None else 0
        self.aios.setCurrentIndex(max(index, 0))
        self.aios.blockSignals(False)

    def selected_aios(self) -> int | None:
        value = self.aios.currentData()
        return None if value in (None, ALL_AIOS) else value

    def set_aios(self, aios_id: int | None) -> None:
        self.aios.setCurrentIndex(max(0, self.aios.findData(ALL_AIOS if aios_id is None else aios_id)))

    def type_name(self, kind: str) -> str:
        templates = self.service.templates()
        return templates[kind].title.get(self.context.language) if kind in templates else kind

    def reload(self) -> None:
        selected = self.selected()
        names = {a.id: a.name for a in self.aios_service.list()}
        rows = [
            MeetingRowView(m, names.get(m.aios_id, ""), self.type_name(m.kind))
            for m in self.service.list(self.selected_aios())
        ]
        self.model.set_rows(rows)
        self.first_steps.setVisible(not rows and self.selected_aios() is None)
        self.unreadable_warning.refresh(self.context.store, UNREADABLE_TABLES)
        self.view.setColumnHidden(3, self.selected_aios() is not None)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def _on_change(self, change: Change) -> None:
        if Area.AIOS in change.areas:
            self._fill_aios()
            self.reload()
        elif Area.MEETINGS in change.areas:  # not MEETING_NOTES: notes are no column here
            self.reload()

    def selected(self) -> MeetingRowView | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, meeting_id: int | None) -> None:
        row = self.model.row_of(meeting_id) if meeting_id is not None else None
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and row.meeting.status is not MeetingStatus.SIGNED)
        self.invite_button.setEnabled(
            row is not None
            and row.meeting.status is MeetingStatus.PLANNED
            and row.meeting.planned_at is not None
        )

    # ------------------------------------------------------------ navigation
    def show_target(self, target: NavTarget) -> bool:
        """Navigation: a due meeting is opened if planned, else planned; an agreement at its meeting."""
        if target.area == TargetArea.MEETING:
            return self._show_meeting_kind(target.aios_id, str(target.ref))
        if target.area == TargetArea.AGREEMENT:
            return self._show_agreement(target.ref)
        return False

    def _show_meeting_kind(self, aios_id: int | None, kind: str) -> bool:
        if aios_id is None or self.aios.findData(aios_id) < 0 or kind not in self.service.templates():
            return False
        self.set_aios(aios_id)
        waiting = [
            m for m in self.service.list(aios_id) if m.kind == kind and m.status is MeetingStatus.PLANNED
        ]
        if waiting:
            self.select(waiting[0].id)
            # After the navigation returns, so the tab is current behind the window.
            QTimer.singleShot(0, lambda: self.open_meeting(stored_id(waiting[0].id)))
        else:
            QTimer.singleShot(0, lambda: self.plan_meeting(kind))
        return True

    def _show_agreement(self, agreement_id: int) -> bool:
        try:
            agreement = self.context.service(AgreementService).get(agreement_id)
        except ValidationFailed:
            return False
        if self.aios.findData(agreement.aios_id) < 0:
            return False
        meetings = self.service.list(agreement.aios_id)
        meeting_id = agreement.meeting_id if agreement.meeting_id in {m.id for m in meetings} else None
        if meeting_id is None:
            # Made outside a meeting (or its meeting is gone): it is reviewed at the next
            # meeting, whose agreements page lists it among the earlier ones; else the latest.
            planned = [m for m in meetings if m.status is MeetingStatus.PLANNED]
            chosen = planned[0] if planned else (meetings[-1] if meetings else None)
            if chosen is None or chosen.id is None:
                return False  # no meeting yet: the portfolio review is where it is discussed
            meeting_id = chosen.id
        self.set_aios(agreement.aios_id)
        self.select(meeting_id)
        shown_id = meeting_id

        def open_at_agreement() -> None:
            window = self.open_meeting(shown_id)
            if window is not None:
                window.show_agreements(agreement_id)

        QTimer.singleShot(0, open_at_agreement)
        return True

    # ------------------------------------------------------------ actions
    def plan_meeting(self, kind: str | None = None) -> PlanMeetingDialog | None:
        """Open the planning dialog, for ``kind`` when given; it stays open without blocking."""
        people = [a for a in self.aios_service.list() if a.status in (AiosStatus.ACTIVE, AiosStatus.PAUSED)]
        if not people:
            QMessageBox.information(self, self.tr("Plan meeting"), self.tr("Add a trainee first."))
            return None
        dialog = PlanMeetingDialog(
            self.service, people, self.context.language, aios_id=self.selected_aios(), kind=kind, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._planned(dialog.saved_id))
        dialog.open()
        return dialog

    def _planned(self, meeting_id: int | None) -> None:
        self.select(meeting_id)
        self.context.host.show_status(self.tr("Meeting planned."), 4000)
        if meeting_id is not None:
            # Planning is usually followed by preparing the agenda: open it right away.
            self.open_meeting(meeting_id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_meeting(stored_id(row.id))

    def open_meeting(self, meeting_id: int):
        from .window import MeetingWindow

        window = self.windows.get(meeting_id)
        if window is None:
            # A meeting (or its aios) this version cannot read is said, not opened.
            if run_action(self, lambda: self._readable(meeting_id), title=self.tr("Open meeting")) is FAILED:
                self.unreadable_warning.refresh(self.context.store, UNREADABLE_TABLES)
                return None
            window = MeetingWindow(self.context, meeting_id, parent=self)
            window.destroyed.connect(lambda _obj=None, i=meeting_id: self.windows.pop(i, None))
            self.windows[meeting_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _readable(self, meeting_id: int) -> None:
        """Raises ``ValidationFailed`` when the meeting window could not be built from the file."""
        meeting = self.service.get(meeting_id)
        self.aios_service.get(meeting.aios_id)
        self.service.current_code(meeting_id)  # reads the meeting's agreements and goals

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr(
                "Delete the {type} of {date} with everything typed in it? "
                "Its agreements and learning goals stay."
            ).format(type=row.type_name, date=self.model.columns[0].display(row)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        window = self.windows.pop(stored_id(row.id), None)
        if window is not None:
            window.close_discarding()  # "with everything typed in it" was asked just now
        run_action(self, lambda: self.service.delete(stored_id(row.id)), title=self.tr("Delete meeting"))

    def export_calendar(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export planned meetings"),
            file_name(self.tr("Planned meetings"), suffix=".ics"),
            self.tr("Calendar (*.ics)"),
            suffix=".ics",
        )
        if path is not None:
            try:
                count = self.write_calendar(path)
            except OSError as exc:  # on Windows: the file is open in a calendar program
                QMessageBox.warning(
                    self,
                    self.tr("Export planned meetings"),
                    self.tr("The file could not be saved: {reason}").format(reason=exc.strerror or exc),
                )
                return
            self.context.host.show_status(self.tr("%n planned meeting(s) exported.", "", count), 5000)

    def write_calendar(self, path: Path) -> int:
        from ...storage.file_ops import write_private

        data, count = calendar_bytes(self.context, self.selected_aios())
        write_private(path, data)
        return count

    def _kind_title(self, kind: str) -> str:
        template = self.service.templates().get(kind)
        return template.title.get(self.context.language) if template is not None else kind

    def save_invitation(self) -> None:
        row = self.selected()
        if row is None:
            return
        day = row.meeting.planned_at.date() if row.meeting.planned_at else None
        path, _ = save_file_name(
            self,
            self.tr("Save invitation"),
            meeting_file_name(self._kind_title(row.meeting.kind), row.aios_name, day, ".ics"),
            self.tr("Calendar (*.ics)"),
        )
        if not path:
            return
        try:
            self.write_invitation(stored_id(row.id), Path(path))
        except OSError as exc:  # on Windows: the file is open in a mail or calendar program
            QMessageBox.warning(
                self,
                self.tr("Save invitation"),
                self.tr("The file could not be saved: {reason}").format(reason=exc.strerror or exc),
            )
            return
        self.context.host.show_status(
            self.tr("Invitation saved. Attach it to an e-mail to the trainee; OpleiderDesk sends nothing."),
            8000,
        )

    def write_invitation(self, meeting_id: int, path: Path) -> None:
        from ...storage.file_ops import write_private

        write_private(path, invitation_bytes(self.context, meeting_id))

    def unsaved_input(self) -> str | None:
        """Typing in open meeting windows that autosave does not keep (a row not added)."""
        lost = [
            f"{text} ({window.windowTitle()})"
            for window in self.windows.values()
            if (text := window.unsaved_input())
        ]
        return "; ".join(lost) or None

    def flush(self) -> None:
        """Before the file closes: let every open meeting save what was typed.

        The main window asked about what would be lost (``unsaved_input``) already."""
        for window in list(self.windows.values()):
            window.close_discarding()
