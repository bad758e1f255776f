"""One writer per data file: an operating-system lock beside the file.

The lock lives in ``<file>.lock`` rather than on the data file itself,
because SQLite uses POSIX record locks on the data file and closing any
other handle to it would silently drop ours. The OS releases the lock when
the process ends, also after a crash or a kill, so a stale lock file never
keeps the trainer out.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Self

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


# What the OS answers when another process holds the lock (msvcrt: EACCES or EDEADLOCK).
_TAKEN = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EAGAIN)}


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
        """Take the lock or raise LockTaken at once (never waits).

        Where no lock can be had at all — a read-only folder, a network share
        without locking — the file opens unlocked: SQLite's own locking still
        keeps two writers from corrupting it, only the friendly message is lost.
        """
        if self._fd is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return
        try:
            if sys.platform == "win32":
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _TAKEN:
                raise LockTaken(str(self.path)) from exc
            return
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
