"""Save what is typed shortly after typing stops, and at once when asked.

The guided form calls ``touch`` on every edit; the save runs after a pause
(``DELAY_MS``), and ``flush`` runs it immediately: on step change, when the
window closes, and before the data file closes. A crash therefore loses at
most the last fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 400


class Autosaver(QObject):
    def __init__(self, save: Callable[[], None], parent: QObject | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def touch(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self._save()
