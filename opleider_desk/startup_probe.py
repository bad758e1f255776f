"""Start-up timing for ``benchmarks/bench_startup.py``; inactive unless asked for.

With ``OPLEIDERDESK_STARTUP_PROBE=1`` in the environment the window prints
five lines on stdout and quits:

    first-paint <monotonic> <cpu>             the window's first paint has finished
    overview-filled <monotonic> <cpu> <rows>  the first paint that shows the aios
                                              overview filled with the file's aios
                                              (<rows> of them): from the first look
                                              (``storage/first_look.py``) or the tab
    store-open <monotonic> <cpu>              the data file is open and the real tab
                                              built (after the filled overview when a
                                              first look showed it; the same moment or
                                              earlier otherwise)
    checked <monotonic> <cpu>                 the check after opening has passed and
                                              writes are no longer held back (it runs
                                              on a worker thread after store-open)
    rss-kb <VmRSS in kB>                      resident memory once all have happened

``monotonic`` is ``time.monotonic()``, the system-wide CLOCK_MONOTONIC on Linux,
so the benchmark compares it with its own clock read just before it started
us; ``cpu`` is ``time.process_time()``, the CPU time this process has used
since it began, which other programs on a busy machine do not inflate.
``app.run_gui`` calls ``before_data`` and ``data_opened`` around starting to
open the file, and ``store_opened`` once it is open.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .ui.tabs import TABS

if TYPE_CHECKING:
    from .ui.main_window import MainWindow


def resident_kb() -> int | None:
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return None


def _clocks() -> str:
    return f"{time.monotonic():.6f} {time.process_time():.6f}"


class StartupProbe(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.painted = False
        self.waiting_for_data = False
        self.filled = False
        self.opened = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.painted = True
            if self.waiting_for_data:
                self.waiting_for_data = False
                QTimer.singleShot(0, self._filled)  # after the whole paint pass
        return False

    def before_data(self) -> None:
        """The app opens the data file once the first paint is done: that moment is it."""
        if not self.painted:
            raise RuntimeError("the data file was opened before the window was painted")
        print(f"first-paint {_clocks()}", flush=True)

    def data_opened(self) -> None:
        self.waiting_for_data = True
        self.window.update()

    def store_opened(self) -> None:
        print(f"store-open {_clocks()}", flush=True)
        self._wait_for_check()

    def _wait_for_check(self) -> None:
        context = getattr(self.window, "context", None)
        if context is not None and context.store.writes_held:
            QTimer.singleShot(5, self._wait_for_check)
            return
        print(f"checked {_clocks()}", flush=True)
        self.opened = True
        self._finish()

    def _filled(self) -> None:
        # Nothing imported here, nor a tab built: the GUI thread importing the tab's module
        # while the worker imports it waited for the worker, and was measured as the start.
        first_look = self.window.first_look
        if first_look is None and getattr(self.window, "context", None) is None:
            self.waiting_for_data = True  # the file opens on a worker: the tab's paint comes later
            return
        shown: QAbstractItemModel | None
        if first_look is not None:
            shown = first_look.proxy.sourceModel()
        else:
            aios = next(i for i, spec in enumerate(TABS) if spec.key == "aios")
            shown = getattr(self.window.tabs_built.get(aios), "model", None)
        rows = shown.rowCount() if shown is not None else 0
        print(f"overview-filled {_clocks()} {rows}", flush=True)
        self.filled = True
        self._finish()

    def _finish(self) -> None:
        if not (self.filled and self.opened):
            return
        print(f"rss-kb {resident_kb() or 0}", flush=True)
        self.window.close()
        QApplication.quit()
