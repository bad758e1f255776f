"""Plan a meeting: aios, type (from the templates), date, time and duration."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Aios, Meeting
from ...domain.meeting_slots import clashes, free_slot, is_weekday
from ...domain.problems import ParseError
from ...storage.services.meetings import MeetingService
from ...words.formatting import day_name, format_date
from ..widgets.date_field import DateField
from ..widgets.form_errors import FieldError, FormErrors, add_field_row
from ..widgets.remember import remember_size
from ..widgets.tones import Tone, tone_css, tone_style
from ..widgets.unsaved import confirm_discard, widget_state
from ..widgets.user_action import FAILED, run_action
from ..widgets.wrapped_label import WrappedLabel


class PlanMeetingDialog(QDialog):
    def __init__(
        self,
        service: MeetingService,
        aios: list[Aios],
        lang: str,
        *,
        aios_id: int | None = None,
        kind: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("planMeetingDialog")
        self.service = service
        self.lang = lang
        self.saved_id: int | None = None
        self.names = {person.id: person.name for person in aios}
        self.planned: list[Meeting] = service.planned()
        self.setWindowTitle(self.tr("Plan meeting"))
        self.setMinimumWidth(440)

        self.aios = QComboBox()
        for person in aios:
            self.aios.addItem(person.name, person.id)
        if aios_id is not None:
            self.aios.setCurrentIndex(max(0, self.aios.findData(aios_id)))
        self.kind = QComboBox()
        templates = sorted(service.templates().values(), key=lambda t: t.title.get(lang).casefold())
        for template in templates:
            self.kind.addItem(template.title.get(lang), template.key)
            self.kind.setItemData(
                self.kind.count() - 1, template.description.get(lang), Qt.ItemDataRole.ToolTipRole
            )
        self.day = DateField()
        self.day.set_date(date.today() + timedelta(days=7))
        # The day of the week beside the date: "12-12-2026" alone hid that it was a Saturday.
        self.weekday = QLabel()
        self.weekday.setObjectName("plannedWeekday")
        self.time = QTimeEdit(QTime(13, 30))
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.location = QLineEdit()

        form = QFormLayout()
        errors: dict[str, tuple[QWidget, FieldError]] = {}
        self.clash = WrappedLabel()
        self.clash.setObjectName("clashWarning")
        tone_style(self.clash, lambda: f"color: {tone_css(Tone.WARN)};")
        self.clash.hide()
        for label, widget, key in (
            (self.tr("Tr&ainee"), self.aios, None),
            (self.tr("&Type"), self.kind, "kind"),
            (self.tr("&Date"), self.day, "date"),
            (self.tr("T&ime"), self.time, "time"),
            (self.tr("D&uration"), self.duration, "duration"),
            (self.tr("&Location"), self.location, None),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            if key == "date":
                line = QHBoxLayout()
                line.addWidget(widget)
                line.addWidget(self.weekday)
                line.addStretch()
                column.addLayout(line)
            else:
                column.addWidget(widget)
            if key == "time":
                column.addWidget(self.clash)
            elif key is not None:
                error = FieldError()
                column.addWidget(error)
                errors[key] = (widget, error)
            add_field_row(form, label, box, widget)
        general = FieldError()
        self.errors = FormErrors(errors, general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Plan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._default_duration)
        start = self.kind.findData(kind or "voortgangsgesprek")
        self.kind.setCurrentIndex(max(start, 0))
        self._default_duration()
        self._propose_free_slot()
        for signal in (
            self.day.textChanged,
            self.time.timeChanged,
            self.duration.valueChanged,
        ):
            signal.connect(lambda *_: self._show_clash())
        self.day.textChanged.connect(lambda _text: self._show_weekday())
        self._show_clash()
        self._show_weekday()
        self._typed = self._state()
        remember_size(self, "plan_meeting")

    def _state(self) -> tuple:
        return widget_state((self.aios, self.kind, self.day, self.time, self.duration, self.location))

    def _when(self) -> datetime | None:
        try:
            day = self.day.date(field="date")
        except ParseError:
            return None
        if day is None:
            return None
        return datetime.combine(day, time(self.time.time().hour(), self.time.time().minute()))

    def _propose_free_slot(self) -> None:
        when = self._when()
        if when is None:
            return
        free = free_slot(self.planned, when, self.duration.value())
        self.day.set_date(free.date())
        self.time.setTime(QTime(free.hour, free.minute))

    def _show_weekday(self) -> None:
        try:
            day = self.day.date()
        except ParseError:
            day = None  # what is wrong with it is said on planning
        self.weekday.setText(day_name(day) if day is not None else "")
        # A weekend day is never proposed (domain/meeting_slots.py); one typed stands out.
        weekend = day is not None and not is_weekday(day)
        # Made again when the palette changes (dark mode), as every toned style sheet is.
        tone_style(
            self.weekday, lambda: f"color: {tone_css(Tone.WARN)}; font-weight: bold;" if weekend else ""
        )

    def clashing(self) -> list[Meeting]:
        when = self._when()
        return [] if when is None else clashes(self.planned, when, self.duration.value())

    def _clash_text(self, meetings: list[Meeting]) -> str:
        first = meetings[0]
        assert first.planned_at is not None
        templates = self.service.templates()
        kind = templates[first.kind].title.get(self.lang) if first.kind in templates else first.title
        return self.tr("This time overlaps {kind} with {aios} on {day} at {time}.").format(
            kind=kind,
            aios=self.names.get(first.aios_id, ""),
            day=f"{day_name(first.planned_at.date())} {format_date(first.planned_at.date())}",
            time=first.planned_at.strftime("%H:%M"),
        )

    def _show_clash(self) -> None:
        meetings = self.clashing()
        self.clash.setText(self._clash_text(meetings) if meetings else "")
        self.clash.setVisible(bool(meetings))

    def reject(self) -> None:
        # After a successful plan the dialog is already closed: nothing to lose.
        if (
            self.isVisible()
            and self._state() != self._typed
            and not confirm_discard(self, self.tr("Discard the meeting you were planning?"))
        ):
            return
        super().reject()

    def _default_duration(self) -> None:
        key = self.kind.currentData()
        if key:
            self.duration.setValue(self.service.template(key).default_duration_minutes)

    def accept(self) -> None:
        try:
            day = self.day.required_date(field="date")
        except ParseError as exc:
            self.errors.show([exc.problem])
            return
        when = datetime.combine(day, time(self.time.time().hour(), self.time.time().minute()))
        meetings = clashes(self.planned, when, self.duration.value())
        if meetings:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self._clash_text(meetings) + "\n\n" + self.tr("Plan it at this time anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.time.setFocus()
                return
        saved = run_action(
            self,
            lambda: self.service.plan(
                self.aios.currentData(),
                self.kind.currentData(),
                when,
                self.duration.value(),
                lang=self.lang,
                location=self.location.text(),
            ),
            show_in=self.errors,
        )
        if saved is FAILED:
            return
        self.saved_id = saved
        super().accept()
