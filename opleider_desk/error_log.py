"""The program's log: a few rotating files in the user data folder.

It is there so an unexpected error is not lost. It holds no personal data: an
error is written as its type and where in the code it happened (file, line,
function), never its message or the values involved, which may carry names or
notes; file paths are cut to the part inside the package or library, so the
user's home folder (and so their user name) is not written either.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
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


def _short_path(filename: str) -> str:
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
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def setup_logging(path: Path | None = None) -> Path:
    """Send the program's log records to the rotating file; returns its path."""
    target = path or log_file()
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    log.info(
        "OpleiderDesk %s started (Python %s, %s)",
        __version__,
        platform.python_version(),
        sys.platform,
    )
    return target


def log_unexpected(
    error_type: type[BaseException], tb: TracebackType | None, where: str = "main thread"
) -> None:
    log.error("unexpected error in %s: %s", where, describe(error_type, tb))
