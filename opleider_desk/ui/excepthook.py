"""An unexpected error is logged and shown, and the window goes on.

Without this, an exception in a slot is printed to a console the user never
sees and whatever they were doing silently stops.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..error_log import log_unexpected


def error_message(log_path: Path) -> str:
    return Q.translate(
        "ErrorReport",
        "Something went wrong that OpleiderDesk did not expect. What you saved is kept; "
        "the last action may not have finished.\n\n"
        "Details (without personal data) are in the log file:\n{path}",
    ).format(path=log_path)


def crash_message(log_path: Path) -> str:
    return Q.translate(
        "ErrorReport",
        "OpleiderDesk ended unexpectedly the last time it ran. What you had saved is kept; "
        "check the last thing you did before it ended.\n\n"
        "Details (without personal data) are in the log file:\n{path}",
    ).format(path=log_path)


def show_crash_notice(window: QWidget, log_path: Path) -> QMessageBox:
    """Once, after a crash that the log now holds: a message that does not block."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, crash_message(log_path))
    box.setObjectName("previousCrash")
    box.setParent(window, box.windowFlags())
    box.open()
    return box


class ErrorReporter(QObject):
    """``sys.excepthook`` for the window: log, then a short message that does not block."""

    def __init__(self, window: QWidget, log_path: Path):
        super().__init__(window)
        self.window = window
        self.log_path = log_path
        self.box: QMessageBox | None = None
        self.count = 0

    def hook(self, error_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(error_type, KeyboardInterrupt):
            sys.__excepthook__(error_type, error, tb)
            return
        log_unexpected(error_type, tb)
        self.count += 1
        if self.box is not None and self.box.isVisible():
            return  # one message for a burst of errors
        self.box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, error_message(self.log_path))
        self.box.setObjectName("unexpectedError")
        self.box.setParent(self.window, self.box.windowFlags())
        self.box.open()

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        # Off the GUI thread no dialog may open: the log has it.
        log_unexpected(
            args.exc_type, args.exc_traceback, where=f"thread {args.thread.name if args.thread else '?'}"
        )


def install_excepthook(window: QWidget, log_path: Path) -> ErrorReporter:
    reporter = ErrorReporter(window, log_path)
    sys.excepthook = reporter.hook
    threading.excepthook = reporter.thread_hook
    return reporter
