"""A date entry a trainer can type into: ``12-3``, ``12-03-2026``, ``vandaag``.

Dutch trainers type dates faster than they click calendars, so this is a
line edit; the text is read by the domain's ``parse_day`` and rewritten in
the display format when the field is left. An unreadable text stays as it
was typed, for the form to point at.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.day_text import parse_day
from ...domain.problems import ParseError
from ...words.formatting import date_placeholder, format_date


class DateField(QLineEdit):
    dateChanged = Signal(object)  # date | None

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False):
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(date_placeholder())
        self.editingFinished.connect(self._normalise)

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))

    # Before ``date`` below: in the class body that name is the method, not the type.
    def required_date(self, *, field: str | None = None) -> date:
        """The typed date of a field that may not be empty. Raises ParseError."""
        return parse_day(self.text().strip(), date.today(), field=field)

    def date(self, *, field: str | None = None) -> date | None:
        """The typed date; None when empty and optional. Raises ParseError."""
        text = self.text().strip()
        if not text and self.optional:
            return None
        return parse_day(text, date.today(), field=field)

    def _normalise(self) -> None:
        try:
            value = self.date()
        except ParseError:
            return
        formatted = format_date(value)
        if formatted != self.text():
            self.setText(formatted)
        self.dateChanged.emit(value)
