"""Starting the window: the application object, then the first paint, then the data."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from . import APP_ID, APP_NAME, ORG_NAME


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    return app


def run_gui(args: argparse.Namespace, language: str) -> int:
    from .cli import data_file
    from .settings import LAST_FILE, Settings
    from .ui.formatting import set_language
    from .ui.main_window import MainWindow

    app = create_application()
    set_language(language)
    settings = Settings()
    window = MainWindow(settings, language)
    window.show()
    path = data_file(args)
    if args.db is None and not args.demo and settings.get(LAST_FILE):
        from pathlib import Path

        path = Path(settings.get(LAST_FILE))
    # The window paints first; the data file (and SQLAlchemy) come a moment later.
    QTimer.singleShot(0, lambda: window.open_store(path, demo=args.demo))
    return app.exec()
