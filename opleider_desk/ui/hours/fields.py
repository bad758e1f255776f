"""The fields of one hour entry, shared by the entry row and the edit dialog.

Each field has its ``FieldError`` beside it; reading the fields collects
every problem at once and never clears what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...domain.durations import format_minutes, parse_duration
from ...domain.entities import Aios, HourCategory, HourEntry
from ...domain.problems import ParseError, Problem, ValidationFailed
from ...words import labels
from ..widgets.date_field import DateField
from ..widgets.form_errors import FieldError, FormErrors
from .model import own_time_label


def category_name(category: HourCategory) -> str:
    return labels.category(category.key, category.name)


#: Combo data for "no aios": an item's data of None cannot be found again with findData.
OWN_TIME = 0


def aios_of(combo: QComboBox) -> int | None:
    return combo.currentData() or None


def select_aios(combo: QComboBox, aios_id: int | None) -> None:
    combo.setCurrentIndex(max(combo.findData(aios_id or OWN_TIME), 0))


def fill_aios(combo: QComboBox, aios: Sequence[Aios]) -> None:
    """Aios first (the usual choice), the trainer's own time last; the choice is kept."""
    current = combo.currentData() if combo.count() else None
    combo.clear()
    for a in aios:
        combo.addItem(a.name, a.id)
    combo.addItem(own_time_label(), OWN_TIME)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)


def fill_categories(combo: QComboBox, categories: Sequence[HourCategory]) -> None:
    current = combo.currentData()
    combo.clear()
    for c in categories:
        combo.addItem(category_name(c), c.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))


class EntryFields:
    """Date, aios, category, duration and description, with their error labels."""

    KEYS = ("day", "aios_id", "category_id", "minutes", "description")

    def __init__(self, message: Callable[[], FieldError] = FieldError) -> None:
        """``message`` makes each field's error label (the entry row keeps them to one line)."""
        self.day = DateField()
        self.day.set_date(date.today())
        self.aios = QComboBox()
        self.category = QComboBox()
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(Q.translate("HoursEntry", "1:30, 1,5 or 90m"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(Q.translate("HoursEntry", "What was done (optional)"))
        self.widgets: tuple[QWidget, ...] = (
            self.day,
            self.aios,
            self.category,
            self.duration,
            self.description,
        )
        self.error_labels = {key: message() for key in self.KEYS}
        self.general = message()
        self.errors = FormErrors(
            {
                key: (widget, self.error_labels[key])
                for key, widget in zip(self.KEYS, self.widgets, strict=True)
            },
            self.general,
        )

    def set_choices(self, aios: Sequence[Aios], categories: Sequence[HourCategory]) -> None:
        fill_aios(self.aios, aios)
        fill_categories(self.category, categories)

    def load(self, entry: HourEntry) -> None:
        self.day.set_date(entry.day)
        select_aios(self.aios, entry.aios_id)
        self.category.setCurrentIndex(max(self.category.findData(entry.category_id), 0))
        self.duration.setText(format_minutes(entry.minutes))
        self.description.setText(entry.description)

    def read(self, entry_id: int | None = None) -> HourEntry:
        """The typed entry; raises ValidationFailed with every problem at once."""
        problems: list[Problem] = []
        day = minutes = None
        try:
            day = self.day.date(field="day")
            self.day.set_date(day)
        except ParseError as error:
            problems.append(error.problem)
        try:
            minutes = parse_duration(self.duration.text(), field="minutes")
        except ParseError as error:
            problems.append(error.problem)
        if self.category.currentData() is None:
            problems.append(Problem("required", "category_id"))
        if problems:
            raise ValidationFailed(problems)
        assert day is not None and minutes is not None
        return HourEntry(
            id=entry_id,
            day=day,
            minutes=minutes,
            aios_id=aios_of(self.aios),
            category_id=self.category.currentData(),
            description=self.description.text().strip(),
        )

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.errors.show_and_focus(problems)
