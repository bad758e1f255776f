"""The row at the top of the hours tab: type an entry, press Enter, type the next.

Date, aios and category stay as they were after a save (the next entry is
usually the same day or the same aios); duration and description are
cleared and the focus goes back to the date, selected, so a week is logged
without touching the mouse.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...domain.entities import Aios, HourCategory
from ...storage.services.hours import HoursService
from ..widgets.form_errors import OneLineError, plain_label
from ..widgets.user_action import FAILED, run_action
from .fields import EntryFields


class EntryRow(QWidget):
    saved = Signal(int)  # the new entry's id

    def __init__(self, service: HoursService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.fields = EntryFields(OneLineError)
        self.save_button = QPushButton(self.tr("Log"))
        self.save_button.setToolTip(self.tr("Save this entry (Enter)"))

        titles = (
            self.tr("&Date"),
            self.tr("Tra&inee"),
            self.tr("Ca&tegory"),
            self.tr("D&uration"),
            self.tr("Des&cription"),  # Alt+P is the period above the list
        )
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        # One message line under the whole row, its height kept while a message comes
        # and goes: a message under its own narrow column (Duur) took three lines and
        # pushed the list down, then up again. Each message names its field. Two at once
        # share the line, each as wide as its words; where both do not fit, each is cut
        # short ("…") with the whole of it in its tooltip: wrapped, two grew the row by a line.
        self.messages = messages = QWidget()
        messages.setObjectName("entryMessages")
        line = QHBoxLayout(messages)
        line.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        for title, widget, key in zip(titles, self.fields.widgets, EntryFields.KEYS, strict=True):
            label = QLabel(title)
            label.setBuddy(widget)
            self.labels.append(label)
            error = self.fields.error_labels[key]
            error.prefix = self.tr("{field}: ").format(field=plain_label(title))
            line.addWidget(error)  # none widens a column: the line spans the row
            widget.installEventFilter(self)
        line.addWidget(self.fields.general)
        line.addStretch(1)
        general = self.fields.general
        messages.setFixedHeight(max(general.fontMetrics().lineSpacing(), general.sizeHint().height()))
        # Nor does the messages' width move the fields above: the line takes what the row has.
        messages.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for field, least in ((self.fields.day, 120), (self.fields.duration, 110)):
            # Wide enough for the example in the placeholder, in either language.
            width = max(least, field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24)
            field.setFixedWidth(width)
        description = self.fields.description
        # It stretches, but not below its example: at 960 px the English one lost its last
        # letter. The category gives way instead: as wide as its longest name where there
        # is room (the stretch), and at least as wide as the usual names where there is not.
        description.setMinimumWidth(
            description.fontMetrics().horizontalAdvance(description.placeholderText()) + 16
        )
        category = self.fields.category
        category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        category.setMinimumContentsLength(18)
        self._two_rows: bool | None = None
        self._place(two_rows=False)
        self.save_button.clicked.connect(self.save)
        # A message about what was typed goes once it is retyped: "Duur: Geen geldige duur"
        # beside a duration of 1:00 said the opposite of the field.
        fields = self.fields
        for key, edited in (
            ("day", fields.day.textEdited),
            ("aios_id", fields.aios.activated),
            ("category_id", fields.category.activated),
            ("minutes", fields.duration.textEdited),
            ("description", fields.description.textEdited),
        ):
            edited.connect(lambda *_args, key=key: fields.errors.clear_field(key))

    # ------------------------------------------------------------ one row, or two when narrow
    def _place(self, *, two_rows: bool) -> None:
        """Date to description and the button side by side need some 860 px: in a narrower
        window (800 px, a laptop at 150 %) the description and the button go on a row of
        their own instead of widening the window (it grew from 777 to 918 px)."""
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        grid = self.grid
        for widget in (*self.labels, *self.fields.widgets, self.save_button, self.messages):
            grid.removeWidget(widget)
        for column in range(6):
            grid.setColumnStretch(column, 0)
        first = 4 if two_rows else 5  # the fields on the first row
        for column, (label, widget) in enumerate(
            zip(self.labels[:first], self.fields.widgets[:first], strict=True)
        ):
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        if two_rows:
            grid.addWidget(self.labels[4], 2, 0, 1, 4)
            grid.addWidget(self.fields.widgets[4], 3, 0, 1, 3)
            grid.addWidget(self.save_button, 3, 3)
            grid.addWidget(self.messages, 4, 0, 1, 4)
            grid.setColumnStretch(2, 1)
        else:
            grid.addWidget(self.save_button, 1, 5)
            grid.addWidget(self.messages, 2, 0, 1, 6)
            grid.setColumnStretch(2, 1)
            grid.setColumnStretch(4, 3)
        self.updateGeometry()

    def _one_row_width(self) -> int:
        spacing = self.grid.horizontalSpacing()
        widgets = (*self.fields.widgets, self.save_button)
        return sum(max(w.minimumSizeHint().width(), w.minimumWidth()) for w in widgets) + spacing * (
            len(widgets) - 1
        )

    def _two_rows_width(self) -> int:
        spacing = self.grid.horizontalSpacing()

        def least(widget: QWidget) -> int:
            return max(widget.minimumSizeHint().width(), widget.minimumWidth())

        first = sum(map(least, self.fields.widgets[:4])) + 3 * spacing
        second = least(self.fields.widgets[4]) + spacing + least(self.save_button)
        return max(first, second)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._two_rows_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(two_rows=self.width() < self._one_row_width())

    def unsaved_input(self) -> bool:
        """A duration or description typed but not yet logged."""
        return bool(self.fields.duration.text().strip() or self.fields.description.text().strip())

    def set_choices(self, aios: Sequence[Aios], categories: Sequence[HourCategory]) -> None:
        self.fields.set_choices(aios, categories)
        # Longer names make the choices wider: the row may no longer fit on one line.
        self._place(two_rows=self.width() < self._one_row_width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A line edit claims Ctrl+Z even with nothing of its own to undo; right
        # after a save the user means the save, so let the Edit menu have it.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QKeySequence.StandardKey.Undo)
            and isinstance(watched, QLineEdit)
            and not watched.isUndoAvailable()
        ):
            event.ignore()
            return True
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            combo_open = isinstance(watched, QComboBox) and watched.view().isVisible()
            if not combo_open:
                self.save()
                return True
        return super().eventFilter(watched, event)

    def save(self) -> int | None:
        fields = self.fields
        entry = run_action(self, fields.read, show_in=fields)
        if entry is FAILED:
            return None
        if entry.day > date.today() and not self._log_on_a_day_to_come(entry.day, entry.minutes):
            return None  # what was typed stays, the date to be put right
        entry_id = run_action(self, lambda: self.service.add(entry), show_in=fields)
        if entry_id is FAILED:
            return None
        fields.errors.clear()
        fields.duration.clear()
        fields.description.clear()
        fields.day.setFocus()
        fields.day.selectAll()
        self.saved.emit(entry_id)
        return entry_id

    def _log_on_a_day_to_come(self, day: date, minutes: int) -> bool:
        """Hours are logged for time spent: a day still to come is most often a slip of the
        date (and would count toward the norm before it happened), so it is asked, not
        refused; Enter keeps the default, which logs nothing."""
        from PySide6.QtWidgets import QMessageBox

        from ... import APP_NAME
        from ...domain.durations import format_minutes
        from ...words.formatting import format_date

        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            self.tr("{day} is a day still to come. Log {duration} on it anyway?").format(
                day=format_date(day), duration=format_minutes(minutes)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("dayToCome")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Log anyway"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
