"""Opening a data file: engine, connection pragmas, schema version, migrations.

A file is looked at read-only before anything writes to it, so a file from a
newer OpleiderDesk (or one that is not ours) is refused byte-for-byte
untouched. Alembic is imported only when the file actually needs upgrading,
which keeps the common start fast.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .migrations_info import HEAD_REVISION, KNOWN_REVISIONS


class DataFileError(Exception):
    """The file cannot be opened as an OpleiderDesk data file."""

    def __init__(self, code: str, path: Path, detail: str = ""):
        self.code = code
        self.path = path
        self.detail = detail
        super().__init__(f"{code}: {path} {detail}".strip())


class NewerSchemaError(DataFileError):
    def __init__(self, path: Path, revision: str):
        super().__init__("file.newer", path, revision)
        self.revision = revision


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed statement survives a power cut too, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def read_revision(path: Path) -> str | None:
    """The schema revision stored in ``path``, read without writing to it.

    Returns None for an empty or new file. Raises DataFileError when the file
    is not an SQLite database or holds tables but no revision.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    # Without a pending WAL, read as immutable: SQLite then creates no -wal or
    # -shm beside the file, so a refused file is left exactly as it was.
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    uri = f"{path.resolve().as_uri()}?{mode}"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise DataFileError("file.foreign", path)
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DataFileError("file.not_database", path, str(exc)) from exc
    return row[0] if row else None


def _create_private(path: Path) -> None:
    """Create the file readable by the user only, before SQLite creates it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and upgrade the data file at ``path``."""
    path = Path(path).expanduser()
    revision = read_revision(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(path, revision)
    _create_private(path)
    engine = make_engine(path)
    if revision != HEAD_REVISION:
        from .migrate import upgrade_to_head

        upgrade_to_head(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(path=path, engine=engine, sessions=sessions)
