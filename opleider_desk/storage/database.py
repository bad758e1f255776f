"""Opening a data file: engine, connection pragmas, schema version, migrations.

A file is looked at read-only before anything writes to it, so a file from a
newer OpleiderDesk, one that is not ours, or a damaged one is refused
byte-for-byte untouched. Only one process writes to a file at a time (an OS
lock, see ``instance_lock``); a second one may open it read-only. Alembic is imported only when the file actually needs upgrading,
which keeps the common start fast.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .encryption import (
    EncryptionUnavailable,
    cipher_module,
    database_errors,
    looks_encrypted,
)
from .instance_lock import InstanceLock, LockTaken
from .integrity import check as integrity_check
from .integrity import connect_readonly, looks_like_sqlite
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


class FileInUseError(DataFileError):
    """Another OpleiderDesk writes to this file; it may be opened read-only."""

    def __init__(self, path: Path):
        super().__init__("file.in_use", path)


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    lock: InstanceLock | None = None
    # Kept while the file is open so backups of an encrypted file can be made.
    passphrase: str | None = None
    # Opened with ``check=False``: SQLite's check of the file is still to run.
    check_pending: bool = False

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed statement survives a power cut too, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Deleted rows are overwritten with zeros, so an erased aios does not
    # linger in free pages even before the file is compacted.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def read_revision(path: Path, passphrase: str | None = None) -> str | None:
    """The schema revision stored in ``path``, read without writing to it.

    Returns None for an empty or new file. Raises DataFileError when the file
    is not an SQLite database or holds tables but no revision; for a file
    that looks encrypted, ``file.encrypted`` without a passphrase and
    ``file.wrong_passphrase`` when the passphrase does not open it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if passphrase is None and looks_encrypted(path):
        raise DataFileError("file.encrypted", path)
    if passphrase is not None and looks_like_sqlite(path):
        passphrase = None  # a plain file needs no passphrase; it simply opens
    try:
        con = connect_readonly(path, passphrase)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise DataFileError("file.foreign", path)
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except EncryptionUnavailable as exc:
        raise DataFileError("file.encryption_unavailable", path) from exc
    except database_errors() as exc:
        if passphrase is not None:
            code = "file.wrong_passphrase"
        else:
            code = "file.damaged" if looks_like_sqlite(path) else "file.not_database"
        raise DataFileError(code, path, str(exc)) from exc
    return row[0] if row else None


def _create_private(path: Path) -> None:
    """Create the file readable by the user only, before SQLite creates it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def make_engine(path: Path, *, read_only: bool = False, passphrase: str | None = None) -> Engine:
    if passphrase is not None:
        # SQLAlchemy's pysqlcipher dialect sets the key before anything else runs.
        url = URL.create(
            "sqlite+pysqlcipher",
            password=passphrase,
            database=f"file:{path.resolve()}?mode=ro" if read_only else str(path),
            query={"uri": "true"} if read_only else {},
        )
    elif read_only:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url, future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_database(
    path: Path | str, *, read_only: bool = False, passphrase: str | None = None, check: bool = True
) -> Database:
    """Open (creating if needed) and upgrade the data file at ``path``.

    ``check=False`` skips SQLite's check of a writable file that needs no
    upgrade (reading all of a large file takes a moment): the Database says
    ``check_pending`` and the caller runs the check before anything writes
    (``open.check_opened``). A file to upgrade is always checked first.

    Raises FileInUseError when another process writes to the file; with
    ``read_only`` the file is opened without the lock and never written to
    (it must exist and be at the newest revision). ``passphrase`` opens an
    encrypted file, or creates a new file encrypted.
    """
    path = Path(path).expanduser()
    if passphrase is not None and path.exists() and looks_like_sqlite(path):
        passphrase = None
    if passphrase is not None:
        try:
            cipher_module()
        except EncryptionUnavailable as exc:
            raise DataFileError("file.encryption_unavailable", path) from exc
    revision = read_revision(path, passphrase)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(path, revision)
    check_pending = not check and not read_only and revision == HEAD_REVISION
    if revision is not None and not check_pending:
        findings = integrity_check(path, passphrase=passphrase)
        if findings:
            raise DataFileError("file.damaged", path, findings[0])
    if read_only:
        if not path.exists():
            raise DataFileError("file.missing", path)
        if revision != HEAD_REVISION:
            raise DataFileError("file.in_use", path)
        engine = make_engine(path, read_only=True, passphrase=passphrase)
        sessions = sessionmaker(engine, expire_on_commit=False)
        return Database(path=path, engine=engine, sessions=sessions, read_only=True, passphrase=passphrase)
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except LockTaken as exc:
        raise FileInUseError(path) from exc
    try:
        _create_private(path)
        engine = make_engine(path, passphrase=passphrase)
        if revision != HEAD_REVISION:
            from .migrate import upgrade_to_head

            upgrade_to_head(engine)
    except BaseException:
        lock.release()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(
        path=path,
        engine=engine,
        sessions=sessions,
        lock=lock,
        passphrase=passphrase,
        check_pending=check_pending,
    )
