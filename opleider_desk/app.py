"""Starting the window: the application object, then the first paint, then the data."""

from __future__ import annotations

import argparse
import os
import sys

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from . import APP_ID, APP_NAME, ORG_NAME

# Set by benchmarks/bench_startup.py; see opleider_desk/startup_probe.py.
STARTUP_PROBE_ENV = "OPLEIDERDESK_STARTUP_PROBE"


def app_icon() -> QIcon:
    from .paths import icon_files

    icon = QIcon()
    for path in icon_files():  # QIcon reads a size only when it is drawn
        icon.addFile(str(path))
    return icon


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    # Matches the .desktop file's name, so Wayland docks pick up its icon.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


class _AfterFirstPaint(QObject):
    """Runs ``callback`` once ``widget`` has been painted, or after ``fallback_ms``.

    A zero timer after ``show()`` is not enough: on X11 the window is exposed
    (and painted) only when the server answers, by which time the timer has
    long fired and the user stares at nothing while the data file opens.
    The fallback covers a window that is never exposed (started minimised).
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int = 500):
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._run)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._run)  # after the whole paint pass
        return False

    def _run(self) -> None:
        if self.callback is not None:
            callback, self.callback = self.callback, None
            self.widget.removeEventFilter(self)
            callback()


def run_gui(args: argparse.Namespace, language: str) -> int:
    from .cli import data_file
    from .settings import LAST_FILE, Settings
    from .ui.formatting import set_language
    from .ui.main_window import MainWindow

    app = create_application()
    set_language(language)
    settings = Settings()
    window = MainWindow(settings, language)
    probe = None
    if os.environ.get(STARTUP_PROBE_ENV):
        from .startup_probe import StartupProbe

        probe = StartupProbe(window)
    window.show()
    path = data_file(args)
    if args.db is None and not args.demo and settings.get(LAST_FILE):
        from pathlib import Path

        path = Path(settings.get(LAST_FILE))

    def open_data() -> None:
        if probe is not None:
            probe.before_data()
        window.open_store(path, demo=args.demo)
        if probe is not None:
            probe.data_opened()

    # The window paints first; the data file (and SQLAlchemy) come a moment later.
    _AfterFirstPaint(window, open_data)
    return app.exec()
