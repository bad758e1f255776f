"""Work that can wait until the window is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int):
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # ``self`` as the timers' context: they stop with the widget.
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # after the whole paint pass
        return False

    def _run(self) -> None:
        if self.callback is not None:
            callback, self.callback = self.callback, None
            self.widget.removeEventFilter(self)
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = 500) -> None:
    """Run ``callback`` once ``widget`` has been painted, or after ``fallback_ms``.

    A zero timer after ``show()`` is not enough: on X11 the window is exposed
    (and painted) only when the server answers, by which time the timer has
    long fired and the user stares at nothing while the work runs. The
    fallback covers a window that is never exposed (started minimised).
    """
    _AfterFirstPaint(widget, callback, fallback_ms)
