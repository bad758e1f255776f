"""File operations that hold on every platform: flush, replace, remove, user-only.

Windows differs from POSIX in ways that made backups, restores and re-keys
fail there (issue 17):

- ``os.fsync`` (FlushFileBuffers) needs a handle with write access, so a
  file opened read-only to flush it raises EBADF;
- a file that another process holds open (a second window, the virus
  scanner, OneDrive, the ``backup`` command) cannot be replaced or removed
  for a moment: we retry with back-off, and when it stays held the caller
  reports it, having changed nothing;
- ``chmod(0o600)`` only sets the read-only flag: ``make_private`` then
  gives the file an access list for the current user alone (``icacls``),
  and says so when it could not.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Back-off for a file held open elsewhere: about three seconds in all.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5)


def fsync_file(path: Path) -> None:
    """Flush ``path`` to disk (opened for writing: Windows needs that)."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network file systems refuse to flush a directory
    finally:
        os.close(fd)


def _with_retry(action: Callable[[], None], delays: tuple[float, ...] = RETRY_DELAYS) -> None:
    for delay in (*delays, None):
        try:
            action()
            return
        except PermissionError:
            if delay is None:
                raise
            time.sleep(delay)


def replace(source: Path, target: Path) -> None:
    """``os.replace``, retried while another process holds ``target`` open."""
    _with_retry(lambda: os.replace(source, target))


def remove(path: Path) -> None:
    """Remove ``path`` if it exists, retried while another process holds it open."""
    _with_retry(lambda: path.unlink(missing_ok=True))


def remove_quietly(path: Path) -> bool:
    """Remove a leftover; False when it is still held (it is tried again next time)."""
    try:
        remove(path)
    except OSError:
        return False
    return True


def make_private(path: Path) -> bool:
    """Readable and writable by the current user only; False when that could not be set."""
    try:
        os.chmod(path, 0o700 if path.is_dir() else 0o600)
    except OSError:
        return False
    if sys.platform != "win32":
        return True
    user = os.environ.get("USERNAME")
    if not user:
        return False
    grant = f"{user}:(OI)(CI)F" if path.is_dir() else f"{user}:F"
    try:
        result = subprocess.run(
            ["icacls", str(path), "/inheritance:r", "/grant:r", grant],
            capture_output=True,
            timeout=20,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) and make it user-only.

    The parents made on the way are user-only too: ``mkdir`` gives them the
    default mode, and a backup folder's parent is often the data folder.
    """
    missing = [path for path in (folder, *folder.parents) if not path.exists()]
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    make_private(folder)
    for path in missing[1:]:
        make_private(path)


def create_private(path: Path) -> None:
    """Create an empty file ``path`` that only the user can read; it must not exist."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    if sys.platform == "win32":
        make_private(path)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by the user only, whole or not at all.

    Exports (PDFs, .ics, CSV, AVG ZIPs) hold personal data. The bytes go to a
    new private file beside ``path`` that then replaces it; a file open in a
    viewer on Windows is retried, and if it stays held, PermissionError tells
    the caller to ask the user to close it (the old file is left as it was).
    """
    partial = path.with_name(path.name + ".partial")
    remove(partial)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if sys.platform == "win32":
            make_private(partial)
        replace(partial, path)
    except BaseException:
        remove_quietly(partial)
        raise
