"""Looking at a data file without changing it: read-only URIs and SQLite's own checks.

Every check here opens the file read-only, so a damaged file or a backup is
never written to by being looked at.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote


def sqlite_uri(path: Path, query: str) -> str:
    """An SQLite ``file:`` URI for ``path`` that works for every name and drive.

    Not ``Path.resolve().as_uri()``: on Windows ``resolve`` turns a mapped
    drive (``H:\\``) into ``\\\\server\\share``, whose ``file://server/…``
    URI SQLite refuses (a healthy file was then called damaged). An absolute
    path with an empty authority works for drives and UNC paths alike
    (``file:////server/share/…``), and every ``#``, ``?`` and ``%`` in a
    folder name is escaped, so the query is never cut off.
    """
    absolute = os.path.abspath(os.fspath(path)).replace(os.sep, "/")
    if not absolute.startswith("/"):
        absolute = "/" + absolute  # C:/… becomes /C:/…
    return f"file://{quote(absolute, safe='/:')}?{query}"


def readonly_uri(path: Path) -> str:
    # Without a pending WAL or journal, read as immutable: SQLite then creates
    # no -wal or -shm beside the file, so the file is left exactly as it was.
    pending = any(path.with_name(path.name + end).exists() for end in ("-wal", "-journal"))
    return sqlite_uri(path, "mode=ro" if pending else "immutable=1")


def connect_readonly(path: Path, passphrase: str | None = None):
    """A read-only connection; with ``passphrase`` through SQLCipher."""
    if passphrase is None:
        return sqlite3.connect(readonly_uri(path), uri=True)
    from .encryption import connect

    return connect(readonly_uri(path), passphrase, uri=True)


def finish_interrupted_commit(path: Path, passphrase: str | None = None) -> None:
    """Let SQLite roll back a commit that a crash cut off, so the file can be read read-only.

    A file on a share or in a sync folder runs in SQLite's rollback journal
    (see ``file_location``); a process killed while committing leaves a "hot"
    journal beside it, and only a connection that may write can put the old
    pages back. Until then every read-only connection (the checks, the
    read-only commands) fails with "attempt to write a readonly database",
    and a sound file was called damaged. This restores the file to its last
    commit, as any ordinary SQLite reader does on first read; it changes no
    committed data. SQLite's locks keep it from touching a journal that a
    live writer still holds. Where the file cannot be written the checks
    after this say so.
    """
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return  # no journal: nothing was cut off
    from .encryption import database_errors

    try:
        if passphrase is None:
            con = sqlite3.connect(sqlite_uri(path, "mode=rw"), uri=True)
        else:
            from .encryption import connect

            con = connect(sqlite_uri(path, "mode=rw"), passphrase, uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except database_errors():
        pass  # the read-only check that follows names what is wrong


def check(path: Path, *, full: bool = False, passphrase: str | None = None) -> list[str]:
    """SQLite's findings about ``path``; empty when the file is sound.

    ``quick_check`` (the default) reads every page but skips the slow index
    cross-checks, which keeps opening a file quick; ``full`` runs
    ``integrity_check``.
    """
    from .encryption import database_errors

    pragma = "integrity_check" if full else "quick_check"
    try:
        con = connect_readonly(path, passphrase)
        try:
            rows = [row[0] for row in con.execute(f"PRAGMA {pragma}")]
        finally:
            con.close()
    except database_errors() as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def is_intact(path: Path, *, full: bool = False, passphrase: str | None = None) -> bool:
    return not check(path, full=full, passphrase=passphrase)
