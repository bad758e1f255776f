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
from sqlalchemy.pool import QueuePool

from .encryption import (
    EncryptionUnavailable,
    cipher_module,
    database_errors,
    looks_encrypted,
)

# Raised here and imported from here; defined apart so that encryption can raise them too.
from .file_errors import DataFileError, FileInUseError, NewerSchemaError
from .file_location import Location, Place, locate
from .instance_lock import InstanceLock, LockTaken
from .integrity import check as integrity_check
from .integrity import connect_readonly, finish_interrupted_commit, sqlite_uri
from .migrations_info import HEAD_REVISION, KNOWN_REVISIONS
from .sqlite_header import looks_like_sqlite

LOCAL = Location(Place.LOCAL)


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    lock: InstanceLock | None = None
    # Kept while the file is open so backups of an encrypted file can be made.
    passphrase: str | None = None
    # Where the file lives; on a share or in a sync folder it runs without WAL.
    location: Location = LOCAL
    journal_mode: str = "wal"
    # Opened with ``check=False``: SQLite's check of the file is still to run.
    check_pending: bool = False

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def journal_mode_for(location: Location) -> str:
    """WAL on a local disk; SQLite's rollback journal where WAL is unsafe (see file_location)."""
    return "delete" if location.shared else "wal"


def _pragmas(journal_mode: str):
    def set_pragmas(dbapi_connection, _record) -> None:
        _set_pragmas(dbapi_connection, journal_mode)

    return set_pragmas


def _set_pragmas(dbapi_connection, journal_mode: str = "wal") -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    if journal_mode:  # a read-only connection takes the file's own mode
        cursor.execute(f"PRAGMA journal_mode={journal_mode}")
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
    if not path.exists():
        return None
    if path.stat().st_size == 0:
        # Not turned into a new data file without a word: an emptied file is
        # usually a copy or sync gone wrong, and the trainer should know.
        raise DataFileError("file.empty", path)
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
            if row is None and len(tables) > 1:
                # The table that says which version wrote the file is empty:
                # not something to migrate blindly over real data.
                raise DataFileError("file.no_version", path)
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
    if not path.parent.exists():
        # A folder the program makes (the default data folder) is the user's alone;
        # a folder the user chose keeps the access it has.
        from .file_ops import private_folder

        private_folder(path.parent)
    if not path.exists():
        from .file_ops import create_private

        create_private(path)


def make_engine(
    path: Path, *, read_only: bool = False, passphrase: str | None = None, journal_mode: str = "wal"
) -> Engine:
    if passphrase is not None:
        # SQLAlchemy's pysqlcipher dialect sets the key before anything else runs.
        url: URL | str = URL.create("sqlite+pysqlcipher", password=passphrase)
        module = cipher_module()
    else:
        url = "sqlite://"
        import sqlite3 as module
    # The connections are made here, not from a URL: a "#", "?" or "%" in a
    # folder name cut the URL (a stray file was opened, writable, elsewhere).
    # A read-only one is an SQLite URI made by the one function that escapes.
    target, uri = (sqlite_uri(path, "mode=ro"), True) if read_only else (str(path), False)
    engine = create_engine(
        url,
        future=True,
        poolclass=QueuePool,
        creator=lambda: module.connect(target, uri=uri, check_same_thread=False),
    )
    event.listen(engine, "connect", _pragmas(journal_mode))
    return engine


def has_other_names(path: Path) -> bool:
    """Whether the file at ``path`` has more names than this one (a hard link).

    SQLite keeps a file's write-ahead log and rollback journal beside the
    name a program opened it by (https://www.sqlite.org/howtocorrupt.html,
    2.4). A writer killed while it had the file open by one name leaves its
    last commits in that name's log: opened by another name the file lacks
    them, and a write there lets the stale log overwrite newer pages later.
    So a file with two names is opened by neither. A symbolic link is no
    second name: SQLite follows it to the file.
    """
    try:
        return path.is_file() and os.stat(path).st_nlink > 1
    except OSError:
        return False


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
    if has_other_names(path):
        raise DataFileError("file.hard_linked", path)
    if passphrase is not None and path.exists() and looks_like_sqlite(path):
        passphrase = None
    if passphrase is not None:
        try:
            cipher_module()
        except EncryptionUnavailable as exc:
            raise DataFileError("file.encryption_unavailable", path) from exc
    if path.is_file():
        finish_interrupted_commit(path, passphrase)
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
        location = locate(path)
        engine = make_engine(path, read_only=True, passphrase=passphrase, journal_mode="")
        sessions = sessionmaker(engine, expire_on_commit=False)
        return Database(
            path=path,
            engine=engine,
            sessions=sessions,
            read_only=True,
            passphrase=passphrase,
            location=location,
            journal_mode="",
        )
    location = locate(path)
    created = not path.exists()
    _create_private(path)
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except LockTaken as exc:
        if created:
            path.unlink(missing_ok=True)
        raise FileInUseError(path) from exc
    try:
        for end in (".restoring", ".rekey"):
            # A restore or re-key killed half-way leaves its copy: personal data.
            from .file_ops import remove_quietly

            remove_quietly(path.with_name(path.name + end))
        wanted = journal_mode_for(location)
        engine = make_engine(path, passphrase=passphrase, journal_mode=wanted)
        if revision != HEAD_REVISION:
            from .migrate import upgrade_to_head

            upgrade_to_head(engine)
        with engine.connect() as connection:
            # Another process reading in WAL mode keeps a switch from taking effect.
            journal_mode = str(connection.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()
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
        location=location,
        journal_mode=journal_mode,
        check_pending=check_pending,
    )
