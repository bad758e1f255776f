"""The program's log: a few rotating files in the user data folder.

It is there so an unexpected error is not lost. It holds no personal data: an
error is written as its type and where in the code it happened (file, line,
function), never its message or the values involved, which may carry names or
notes; file paths are cut to the part inside the package or library, so the
user's home folder (and so their user name) is not written either.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from . import __version__

LOGGER_NAME = "opleider_desk"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3  # opleiderdesk.log plus .1 … .3: at most about 1 MB

log = logging.getLogger(LOGGER_NAME)


def log_file() -> Path:
    from .paths import data_dir

    return data_dir() / "logs" / "opleiderdesk.log"


def short_path(filename: str) -> str:
    """The path from the package or library folder on: no user or folder names."""
    parts = Path(filename).parts
    for anchor in ("opleider_desk", "site-packages", "dist-packages"):
        if anchor in parts:
            at = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[at + (anchor != "opleider_desk") :])
    return Path(filename).name


def describe(error_type: type[BaseException], tb: TracebackType | None) -> str:
    """The error's type and stack, without its message or any value."""
    lines = [f"{error_type.__module__}.{error_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


class _LogFile(logging.Handler):
    """The rotating log file, opened once there is a reason to.

    ``logging.handlers`` (with ``socket``, ``pickle`` and ``queue``) cost the start
    some 8 ms before the first paint, for a file that an ordinary start writes one
    line to. So the start's informational lines wait here until the window is
    ready (``write_waiting``); a warning or an error opens the file at once, the
    lines before it first, and closing writes whatever still waits.
    """

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.file: logging.Handler | None = None
        self.waiting: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None and record.levelno < logging.WARNING:
            self.waiting.append(record)
            return
        self.open().handle(record)

    def open(self) -> logging.Handler:
        self.acquire()
        try:
            if self.file is None:
                from logging.handlers import RotatingFileHandler

                self.path.parent.mkdir(parents=True, exist_ok=True)
                file = RotatingFileHandler(
                    self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
                )
                file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
                self.file = file
                waiting, self.waiting = self.waiting, []
                for record in waiting:
                    file.handle(record)
            return self.file
        finally:
            self.release()

    def close(self) -> None:
        if self.waiting:
            self.open()
        if self.file is not None:
            self.file.close()
        super().close()


def setup_logging(path: Path | None = None) -> Path:
    """Send the program's log records to the rotating file; returns its path.

    Informational lines are written once ``write_waiting`` is called (the window,
    once it is ready) or something worse is logged (see ``_LogFile``)."""
    target = path or log_file()
    for handler in list(log.handlers):
        if isinstance(handler, _LogFile):
            log.removeHandler(handler)
            handler.close()
    log.addHandler(_LogFile(target))
    log.setLevel(logging.INFO)
    log.propagate = False
    log.info(
        "OpleiderDesk %s started (Python %s, %s)",
        __version__,
        sys.version.split()[0],
        sys.platform,
    )
    return target


def write_waiting() -> None:
    """Write the log lines that wait (the start's), opening the file."""
    for handler in log.handlers:
        if isinstance(handler, _LogFile) and handler.waiting:
            handler.open()


def log_unexpected(
    error_type: type[BaseException], tb: TracebackType | None, where: str = "main thread"
) -> None:
    log.error("unexpected error in %s: %s", where, describe(error_type, tb))
