"""Plan a meeting: aios, type (from the templates), date, time and duration."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Aios
from ...domain.problems import ParseError
from ...storage.services.meetings import MeetingService
from ..widgets.date_field import DateField
from ..widgets.form_errors import FieldError, FormErrors
from ..widgets.user_action import FAILED, run_action


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
        self.time = QTimeEdit(QTime(13, 30))
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.location = QLineEdit()

        form = QFormLayout()
        errors: dict[str, tuple[QWidget, FieldError]] = {}
        for label, widget, key in (
            (self.tr("&Aios"), self.aios, None),
            (self.tr("&Type"), self.kind, "kind"),
            (self.tr("&Date"), self.day, "date"),
            (self.tr("T&ime"), self.time, None),
            (self.tr("D&uration"), self.duration, "duration"),
            (self.tr("&Location"), self.location, None),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            if key is not None:
                error = FieldError()
                column.addWidget(error)
                errors[key] = (widget, error)
            form.addRow(label, box)
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
