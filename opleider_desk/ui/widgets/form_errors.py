"""Messages shown beside the field they are about, never in a pop-up."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.problems import Problem
from ...words.problems import problem_text
from .tones import Tone, tone_css, tone_style


def plain_label(label: str) -> str:
    """A label's words without its access-key marks ("&Praktijk" → "Praktijk", "&&" → "&")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def add_field_row(layout: QFormLayout, label: str, box: QWidget, widget: QWidget) -> None:
    """Add ``box`` (``widget`` with its message under it) as a row labelled ``label``.

    The row's label belongs to the field, not to the box around it and its message:
    its access key (Alt+P) focuses the field, and a screen reader says the label's
    words for it (Qt finds a label only beside a field, not a level up)."""
    layout.addRow(label, box)
    box.setFocusProxy(widget)
    field = widget
    while (proxy := field.focusProxy()) is not None:  # a composite row (a norm's spin box)
        field = proxy
    title = layout.labelForField(box)
    if isinstance(title, QLabel):
        title.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(plain_label(label))


class FieldError(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        tone_style(self, lambda: f"color: {tone_css(Tone.BAD)};")
        #: Put before a message ("Duur: …") where it is shown away from its field's label.
        self.prefix = ""
        #: Heard on its field (FormErrors makes the message the field's description).
        self.heard_on_field = False
        self._heard_on: tuple[QAbstractButton, str] | None = None  # the button, its own description
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(self.prefix + text if text else "")
        self.setVisible(bool(text))
        self._hear(self.text())

    def _hear(self, message: str) -> None:
        """A message shown while the focus is on a button (Add, Save) is heard there, as
        the button's description, until it goes: Orca said nothing when Toevoegen refused
        an agreement, and a screen reader hears no label that merely appears."""
        if self._heard_on is not None:
            button, own = self._heard_on
            self._heard_on = None
            if shiboken6.isValid(button):
                button.setAccessibleDescription(own)
        if not message or self.heard_on_field:
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus.window() is self.window():
            self._heard_on = (focus, focus.accessibleDescription())
            focus.setAccessibleDescription(message)

    def show_problems(self, problems: Iterable[Problem]) -> None:
        self.show_message(" ".join(problem_text(p) for p in problems))


class OneLineError(FieldError):
    """A message kept to one line where several share a line of fixed height (the hours
    entry row): as wide as its words where there is room, and where there is not, cut
    short with "…", the whole message in its tooltip (and on its field, for a screen
    reader: FormErrors sets the field's description)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        # Room for a word or two, not the whole message: two messages then share the line.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 8), hint.height())

    def cut_short(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def show_message(self, text: str) -> None:
        super().show_message(text)
        self._update_tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.cut_short() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.cut_short():
            super().paintEvent(event)
            return
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            room,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class FormErrors:
    """Routes problems to the FieldError of their field; the rest to a general label."""

    def __init__(self, fields: Mapping[str, tuple[QWidget, FieldError]], general: FieldError):
        self.fields = fields
        self.general = general
        self._descriptions: dict[str, str] = {}
        for _widget, label in fields.values():
            label.heard_on_field = True

    def _describe(self, name: str, widget: QWidget, message: str) -> None:
        # A screen reader says a field's description after its name: the message under
        # the field is heard on the field itself (its own description comes back after).
        own = self._descriptions.setdefault(name, widget.accessibleDescription())
        widget.setAccessibleDescription(message or own)

    def clear(self) -> None:
        for name, (widget, label) in self.fields.items():
            label.show_message("")
            if name in self._descriptions:
                self._describe(name, widget, "")
        self.general.show_message("")

    def clear_field(self, name: str) -> None:
        """The field's message is gone (its value was edited since)."""
        widget, label = self.fields[name]
        label.show_message("")
        self._describe(name, widget, "")

    def show(self, problems: Iterable[Problem]) -> QWidget | None:
        """Show every problem; returns the first widget that has one, to focus."""
        self.clear()
        first: QWidget | None = None
        general: list[str] = []
        per_field: dict[str, list[str]] = {}
        for problem in problems:
            if problem.field is not None and problem.field in self.fields:
                per_field.setdefault(problem.field, []).append(problem_text(problem))
            else:
                general.append(problem_text(problem))
        for name, (widget, label) in self.fields.items():
            if name in per_field:
                label.show_message(" ".join(per_field[name]))
                self._describe(name, widget, label.text())
                first = first or widget
        self.general.show_message("\n".join(general))
        return first

    def show_and_focus(self, problems: Iterable[Problem]) -> None:
        """Show every problem and put the cursor in the first field that has one."""
        first = self.show(problems)
        if first is not None:
            first.setFocus()

    def show_problems(self, problems: Iterable[Problem]) -> None:
        self.show_and_focus(problems)


class ErrorForm:
    """A form layout whose rows can show a problem right under their field."""

    def __init__(self):
        self.layout = QFormLayout()
        self.general = FieldError()
        self._fields: dict[str, tuple[QWidget, FieldError]] = {}
        self.errors = FormErrors(self._fields, self.general)

    def add(
        self, label: str, widget: QWidget, key: str | None = None, *, into: QFormLayout | None = None
    ) -> None:
        """Add a row; with a ``key`` (the Problem.field it answers to) it gets an error line.

        ``into`` puts the row in another form layout (a group box) that still
        reports its problems through this form.
        """
        layout = into if into is not None else self.layout
        if key is None:
            layout.addRow(label, widget)
            return
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError()
        column.addWidget(error)
        add_field_row(layout, label, box, widget)
        error.heard_on_field = True
        self._fields[key] = (widget, error)
