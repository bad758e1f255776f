"""The routine: entries that come back every week, logged with one action.

A weekly joint surgery or the Thursday learning talk is set up once here;
"Log routine" then logs the week's routine in one step (one undo).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.durations import format_minutes, parse_duration
from ...domain.entities import Aios, HourCategory, RecurringHours, stored_id
from ...domain.problems import ParseError, ValidationFailed
from ...storage.services.hour_routines import HourRoutineService
from ..widgets.form_errors import ErrorForm
from ..widgets.remember import remember_columns, remember_size
from ..widgets.table_models import ROW_ROLE, Column, RowTableModel
from ..widgets.table_view import setup_row_view
from ..widgets.unsaved import confirm_discard, widget_state
from ..widgets.user_action import FAILED, run_action
from .fields import aios_of, category_name, fill_aios, fill_categories, select_aios
from .model import own_time_label


def weekday_name(weekday: int) -> str:
    return (
        Q.translate("HoursRoutine", "Monday"),
        Q.translate("HoursRoutine", "Tuesday"),
        Q.translate("HoursRoutine", "Wednesday"),
        Q.translate("HoursRoutine", "Thursday"),
        Q.translate("HoursRoutine", "Friday"),
        Q.translate("HoursRoutine", "Saturday"),
        Q.translate("HoursRoutine", "Sunday"),
    )[weekday]


class RoutineDialog(QDialog):
    def __init__(
        self,
        service: HourRoutineService,
        aios: Sequence[Aios],
        categories: Sequence[HourCategory],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Routine entries"))
        self.resize(720, 460)
        remember_size(self, "routines")
        aios_names = {a.id: a.name for a in aios}
        names = {c.id: category_name(c) for c in categories}
        columns: list[Column[RecurringHours]] = [
            Column(lambda: self.tr("Day"), lambda r: weekday_name(r.weekday), sort_key=lambda r: r.weekday),
            Column(lambda: self.tr("Trainee"), lambda r: aios_names.get(r.aios_id, own_time_label())),
            Column(lambda: self.tr("Category"), lambda r: names.get(r.category_id, "")),
            Column(lambda: self.tr("Duration"), lambda r: format_minutes(r.minutes), align_right=True),
            Column(lambda: self.tr("Description"), lambda r: r.description),
            Column(lambda: self.tr("In use"), lambda r: self.tr("yes") if r.active else self.tr("no")),
        ]
        self.model = RowTableModel(columns, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Routine entries"))
        self.view.setModel(self.model)
        setup_row_view(self.view)
        remember_columns(self.view, "routines")

        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(weekday_name(day), day)
        self.aios = QComboBox()
        fill_aios(self.aios, aios)
        self.category = QComboBox()
        fill_categories(self.category, categories)
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(self.tr("1:30, 1,5 or 90m"))
        self.description = QLineEdit()
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(True)
        form = ErrorForm()
        form.add(self.tr("Day of the &week"), self.weekday, "weekday")
        form.add(self.tr("Tra&inee"), self.aios, "aios_id")
        form.add(self.tr("Ca&tegory"), self.category, "category_id")
        form.add(self.tr("D&uration"), self.duration, "minutes")
        form.add(self.tr("Descri&ption"), self.description, "description")
        form.add("", self.active)
        self.general = form.general
        self.errors = form.errors

        self.add_button = QPushButton(self.tr("&Add"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form.layout)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.view.selectionModel().selectionChanged.connect(self._load_selected)
        self.reload()

    def _form_widgets(self) -> tuple[QWidget, ...]:
        return (self.weekday, self.aios, self.category, self.duration, self.description, self.active)

    def _mark_clean(self) -> None:
        """What the form shows now is stored (or was never typed): closing may drop it."""
        self._clean = widget_state(self._form_widgets())

    def reject(self) -> None:
        # Esc and Close would otherwise drop a routine typed but not added (or a change not saved).
        if widget_state(self._form_widgets()) != self._clean and not confirm_discard(
            self, self.tr("Discard the routine entry you typed?")
        ):
            return
        super().reject()

    def reload(self) -> None:
        self.model.set_rows(self.service.routines())
        self._load_selected()

    def selected(self) -> RecurringHours | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _load_selected(self, *_args) -> None:
        routine = self.selected()
        self.save_button.setEnabled(routine is not None)
        self.delete_button.setEnabled(routine is not None)
        if routine is None:
            if not hasattr(self, "_clean"):
                self._mark_clean()
            return
        self.weekday.setCurrentIndex(routine.weekday)
        select_aios(self.aios, routine.aios_id)
        self.category.setCurrentIndex(max(self.category.findData(routine.category_id), 0))
        self.duration.setText(format_minutes(routine.minutes))
        self.description.setText(routine.description)
        self.active.setChecked(routine.active)
        self._mark_clean()

    def _read(self, routine_id: int | None) -> RecurringHours:
        try:
            minutes = parse_duration(self.duration.text(), field="minutes")
        except ParseError as error:
            raise ValidationFailed([error.problem]) from error
        return RecurringHours(
            id=routine_id,
            weekday=self.weekday.currentData(),
            minutes=minutes,
            category_id=self.category.currentData(),
            aios_id=aios_of(self.aios),
            description=self.description.text().strip(),
            active=self.active.isChecked(),
        )

    def add(self) -> None:
        if (
            run_action(self, lambda: self.service.add_routine(self._read(None)), show_in=self.errors)
            is FAILED
        ):
            return
        self.errors.clear()
        self._mark_clean()
        self.reload()

    def save(self) -> None:
        routine = self.selected()
        if routine is None:
            return
        if (
            run_action(self, lambda: self.service.update_routine(self._read(routine.id)), show_in=self.errors)
            is FAILED
        ):
            return
        self.errors.clear()
        self._mark_clean()
        self.reload()

    def delete(self) -> None:
        routine = self.selected()
        if routine is not None:
            self.service.delete_routine(stored_id(routine.id))
            self.reload()
