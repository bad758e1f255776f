"""A wheel turned over a choice the trainer did not click scrolls the page, not the choice.

Scrolling a meeting's IOP page with the wheel, the competency area of the goal being typed
changed from "Medical expertise" to "Knowledge and science" as the combo passed under the
pointer, and nothing said so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollArea, QWidget


class _WheelGuard(QObject):
    def __init__(self, scroll: QScrollArea):
        super().__init__(scroll)
        self.scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            QCoreApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return False


def scroll_past_choices(scroll: QScrollArea) -> None:
    """The combos and spin boxes on ``scroll``'s page take the wheel only once they have the focus."""
    page = scroll.widget()
    if page is None:  # called after setWidget; nothing to guard before
        return
    guard = _WheelGuard(scroll)
    for kind in (QComboBox, QAbstractSpinBox):
        for widget in page.findChildren(kind):
            widget.installEventFilter(guard)
