"""One writer per data file: operating-system locks on the file's identity.

A lock that follows the *path* lets a second writer in through a symlink or
a hard link (seen: both acknowledged the same new row, one was lost). So:

- ``<real file>.lock`` beside the file the path finally points to (symlinks
  followed), with ``flock``/``msvcrt.locking``: every computer that sees the
  folder sees this one, also over a share;
- on POSIX, besides, a ``flock`` on the data file itself, which every hard
  link shares. ``flock`` locks are separate from SQLite's POSIX record
  locks, so holding one never disturbs SQLite; the descriptor stays open
  until the database has been closed (closing it earlier would drop
  SQLite's locks). Not on a network share, where Linux emulates ``flock``
  with record locks.

The OS releases the locks when the process ends, also after a crash or a
kill, so a stale lock file never keeps the trainer out. Windows frees a dead
process's locks a moment later, so taking the lock is retried briefly.
"""

from __future__ import annotations

import errno
import os
import sys
import time
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


# Windows shares no lock between handles the way flock does (and SQLite's
# locks are per handle there, so nothing can drop them).
LOCK_FILE_ITSELF = sys.platform != "win32"
# Windows frees the locks of a process that died a little later, not at once.
RETRY_SECONDS = 1.5 if sys.platform == "win32" else 0.0


def real_path(data_path: Path) -> Path:
    """The file ``data_path`` finally names, symlinks followed (it need not exist)."""
    return Path(os.path.realpath(data_path))


def lock_path(data_path: Path) -> Path:
    real = real_path(data_path)
    return real.with_name(real.name + ".lock")


def _try_lock(fd: int) -> None:
    if sys.platform == "win32":
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class InstanceLock:
    def __init__(self, data_path: Path, *, lock_file_itself: bool = True):
        self.data_path = real_path(data_path)
        self.path = lock_path(data_path)
        self._lock_file_itself = lock_file_itself
        self._fd: int | None = None
        self._file_fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _take(self, fd: int) -> bool:
        """Lock ``fd``, retrying for RETRY_SECONDS; False when locking is not possible here."""
        deadline = time.monotonic() + RETRY_SECONDS
        while True:
            try:
                _try_lock(fd)
                return True
            except OSError as exc:
                if exc.errno not in _TAKEN:
                    return False
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockTaken(str(self.data_path)) from exc
                time.sleep(0.1)

    def acquire(self) -> None:
        """Take the lock or raise LockTaken (waits at most RETRY_SECONDS).

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
        if not self._take(fd):
            os.close(fd)
            return
        self._fd = fd
        if self._lock_file_itself and LOCK_FILE_ITSELF and self.data_path.is_file():
            try:
                self._lock_data_file()
            except LockTaken:
                self.release()
                raise

    def _lock_data_file(self) -> None:
        from .file_location import locate

        if locate(self.data_path).shared:
            return
        try:
            file_fd = os.open(self.data_path, os.O_RDONLY)
        except OSError:
            return
        if self._take(file_fd):
            self._file_fd = file_fd
        else:
            os.close(file_fd)

    def release(self) -> None:
        """Let go; the database on the file must be closed first (see above)."""
        if self._file_fd is not None:
            file_fd, self._file_fd = self._file_fd, None
            try:
                fcntl.flock(file_fd, fcntl.LOCK_UN)
            finally:
                os.close(file_fd)
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
