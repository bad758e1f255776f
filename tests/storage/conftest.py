"""Shared storage-test fixtures: Windows file semantics patched into Linux (issue 17).

- ``os.fsync`` refuses a descriptor opened read-only (FlushFileBuffers needs
  write access: EBADF);
- ``os.replace``, ``os.unlink`` and ``os.remove`` refuse a file that is open
  (SQLite and most programs open files without FILE_SHARE_DELETE);
- ``Path.resolve`` turns paths in the test's folder (the mapped drive) into UNC paths;
- ``os.chmod`` does nothing (it only sets the read-only flag there).
"""

from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

import pytest

from opleider_desk.storage import file_ops, instance_lock


def open_files() -> set[str]:
    held = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            held.add(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue
    return held


def _refuse_if_open(*paths) -> None:
    held = open_files()
    for path in paths:
        if os.path.abspath(os.fspath(path)) in held:
            raise PermissionError(
                errno.EACCES, "The process cannot access the file because it is being used", path
            )


@pytest.fixture
def windows_semantics(monkeypatch, tmp_path):  # tmp_path first: pytest resolves it
    real_fsync, real_replace, real_unlink = os.fsync, os.replace, os.unlink

    def fsync(fd: int) -> None:
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        real_fsync(fd)

    def replace(source, target, **kwargs) -> None:
        _refuse_if_open(source, target)
        real_replace(source, target, **kwargs)

    def unlink(path, **kwargs) -> None:
        _refuse_if_open(path)
        real_unlink(path, **kwargs)

    real_resolve = Path.resolve
    drive = str(tmp_path)

    def resolve(self, strict: bool = False) -> Path:
        # The test's folder plays the mapped drive; the program's own files stay local.
        absolute = os.path.abspath(self)
        if absolute.startswith(drive):
            return Path("//fileserver/praktijk" + absolute)
        return real_resolve(self, strict=strict)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", unlink)
    monkeypatch.setattr(os, "chmod", lambda *a, **k: None)
    monkeypatch.setattr(Path, "resolve", resolve)
    # Windows has no flock on the data file; the lock file beside it is what it has.
    monkeypatch.setattr(instance_lock, "LOCK_FILE_ITSELF", False)
    monkeypatch.setattr(file_ops, "RETRY_DELAYS", (0.01, 0.02, 0.05))
