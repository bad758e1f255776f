"""Edit one hour entry; problems (a locked quarter, say) appear beside the field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Aios, HourCategory, HourEntry
from ...storage.services.hours import HoursService
from ..widgets.form_errors import add_field_row
from ..widgets.remember import remember_size
from ..widgets.unsaved import confirm_discard, widget_state
from ..widgets.user_action import FAILED, run_action
from .fields import EntryFields


class EntryDialog(QDialog):
    def __init__(
        self,
        service: HoursService,
        entry: HourEntry,
        aios: Sequence[Aios],
        categories: Sequence[HourCategory],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self.entry = entry
        self.setWindowTitle(self.tr("Edit hours"))
        self.setMinimumWidth(460)
        self.fields = EntryFields()
        self.fields.set_choices(aios, categories)
        self.fields.load(entry)

        form = QFormLayout()
        titles = (
            self.tr("&Date"),
            self.tr("Tra&inee"),
            self.tr("Ca&tegory"),
            self.tr("D&uration"),
            self.tr("Descri&ption"),
        )
        for title, widget, key in zip(titles, self.fields.widgets, EntryFields.KEYS, strict=True):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.fields.error_labels[key])
            add_field_row(form, title, box, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields.general)
        layout.addWidget(buttons)
        self._loaded = widget_state(self.fields.widgets)
        remember_size(self, "edit_hours")

    def reject(self) -> None:
        if widget_state(self.fields.widgets) != self._loaded and not confirm_discard(
            self, self.tr("Discard the changes you made to these hours?")
        ):
            return
        super().reject()

    def accept(self) -> None:
        if (
            run_action(
                self, lambda: self.service.update(self.fields.read(self.entry.id)), show_in=self.fields
            )
            is FAILED
        ):
            return
        super().accept()
