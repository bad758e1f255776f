"""A field that Tab goes to is heard by its name: the screen reader learns of the focus first.

Tried with Orca 43 through AT-SPI: Tab into the hours row's Duur field, or into
the search box, said nothing at all. A line edit that Tab enters selects its text,
and Qt tells of that selection (and of the caret it moves) before it tells of the
focus. Orca takes the caret event for the move of the focus, reads only the text at
the caret (none, in an empty field) and then passes over the focus event, for an
object it already has. (A focus event of our own, sent first, does not help: Orca
drops it as a duplicate of Qt's, which comes after the selection.)

So the line edit takes the focus as if given it by the program (it selects
nothing), and selects its text only after Qt has told of the focus: Orca says
"Duur, tekst" and the field's description, then what is selected.

Only while a screen reader listens (Qt's accessibility is active): a filter on the
whole application is called for every event, which nobody else should pay for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit

# The reasons for which a line edit selects its text as it takes the focus.
_SELECTING = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class _FocusFirst(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QLineEdit)
            and isinstance(event, QFocusEvent)
            and event.reason() in _SELECTING
            and QAccessible.isActive()
        ):
            select = bool(watched.text()) and not watched.hasSelectedText() and not watched.inputMask()
            QCoreApplication.sendEvent(
                watched, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason)
            )
            if select:
                QTimer.singleShot(0, watched, watched.selectAll)
            return True
        return False


def hear_focus_first(app: QApplication) -> QObject:
    """Line edits take the focus before they select (``app.hear_focus_when_a_reader_listens``
    calls this once Qt's accessibility is active); returns the filter."""
    focus_first = _FocusFirst(app)
    app.installEventFilter(focus_first)
    return focus_first
