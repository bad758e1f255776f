"""Record an LEOh received, a Profiel Leerwerkplan update, out-of-hours shifts, or a change
the institution must hear of at once (``000_…`` Bijlage 1 §9a, §9c)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Aios, TrainerEvent
from ...domain.enums import TrainerEventKind
from ...domain.problems import ParseError
from ...storage.services.trainer_events import ANNOUNCED, HOURS_MAX, TrainerEventService
from ..widgets.date_field import DateField
from ..widgets.form_errors import ErrorForm
from ..widgets.remember import remember_size
from ..widgets.unsaved import confirm_discard, widget_state
from ..widgets.user_action import FAILED, run_action
from . import texts


class EventDialog(QDialog):
    def __init__(
        self,
        service: TrainerEventService,
        kind: TrainerEventKind,
        aios: Sequence[Aios],
        parent: QWidget | None = None,
        *,
        aios_id: int | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self.kind = kind
        self.saved_id: int | None = None
        self.setWindowTitle(texts.event_kind(kind))
        self.day = DateField()
        self.day.set_date(date.today())
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100)
        self.aios = QComboBox()
        self.aios.addItem(self.tr("(not for one trainee)"), None)
        for a in aios:
            self.aios.addItem(a.name, a.id)
        if aios_id is not None:
            self.aios.setCurrentIndex(max(0, self.aios.findData(aios_id)))
        self.note = QLineEdit()
        self.informed = QCheckBox(self.tr("The &institution has been informed"))
        self.informed.setObjectName("eventInformed")

        form = ErrorForm()
        form.add(self.tr("&Date") if kind not in ANNOUNCED else self.tr("&From"), self.day, "day")
        if kind is TrainerEventKind.DIENST:
            form.add(self.tr("&Number of shifts"), self.quantity, "quantity")
        if kind is TrainerEventKind.HOURS_IN_SPECIALTY:
            self.quantity.setRange(1, HOURS_MAX)
            self.quantity.setValue(16)
            form.add(self.tr("&Hours a week in the specialty"), self.quantity, "quantity")
        if kind is TrainerEventKind.LEOH:
            form.add(self.tr("&From trainee"), self.aios, "aios_id")
        form.add(self.tr("N&ote"), self.note, "note")
        if kind in ANNOUNCED:
            form.add("", self.informed)
        self.errors = form.errors
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addWidget(form.general)
        layout.addWidget(buttons)
        self._loaded = widget_state(self._fields())
        remember_size(self, "trainer_event")

    def _fields(self) -> list[QWidget]:
        return [self.day, self.quantity, self.aios, self.note, self.informed]

    def reject(self) -> None:
        if widget_state(self._fields()) != self._loaded and not confirm_discard(
            self, self.tr("Discard what you typed for this event?")
        ):
            return
        super().reject()

    def accept(self) -> None:
        try:
            day = self.day.required_date(field="day")
        except ParseError as exc:
            self.errors.show([exc.problem])
            self.day.setFocus()
            return
        event = TrainerEvent(
            kind=self.kind,
            day=day,
            quantity=(
                self.quantity.value()
                if self.kind in (TrainerEventKind.DIENST, TrainerEventKind.HOURS_IN_SPECIALTY)
                else 1
            ),
            aios_id=self.aios.currentData() if self.kind is TrainerEventKind.LEOH else None,
            note=self.note.text().strip(),
            institution_informed=self.kind in ANNOUNCED and self.informed.isChecked(),
        )
        saved = run_action(self, lambda: self.service.add(event), show_in=self.errors)
        if saved is FAILED:
            return
        self.saved_id = saved
        super().accept()
