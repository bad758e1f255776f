"""One writer per data file: an operating-system lock beside the file.

The lock lives in ``<file>.lock`` rather than on the data file itself,
because SQLite uses POSIX record locks on the data file and closing any
other handle to it would silently drop ours. The OS releases the lock when
the process ends, also after a crash or a kill, so a stale lock file never
keeps the trainer out.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Self

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


class LockTaken(Exception):
    """Another OpleiderDesk (or another window of this one) has the file open."""


def lock_path(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + ".lock")


class InstanceLock:
    def __init__(self, data_path: Path):
        self.path = lock_path(data_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise LockTaken at once (never waits)."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise LockTaken(str(self.path)) from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform == "win32":
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        self.release()
