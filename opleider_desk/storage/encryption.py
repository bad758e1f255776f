"""Optional encryption at rest with SQLCipher (the ``sqlcipher3`` package).

Off by default, and the package is an optional extra
(``pip install opleider-desk[encryption]``): without it everything works on
plain files and only encrypted ones cannot be opened. An encrypted file is a
SQLCipher database with the same schema; backups made from it with
``VACUUM INTO`` are encrypted with the same passphrase.

SQLCipher files have no recognisable header, so a file that is not a plain
SQLite file but has the size of whole pages is taken for an encrypted one
(``file.encrypted``: the UI asks for the passphrase); a passphrase that does
not open it gives ``file.wrong_passphrase``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from . import file_ops
from .file_errors import FileInUseError
from .instance_lock import InstanceLock, LockTaken
from .sqlite_header import looks_like_sqlite

_PAGE_MULTIPLE = 1024


class EncryptionUnavailable(Exception):
    """The optional sqlcipher3 package is not installed."""


class WrongPassphrase(Exception):
    pass


def cipher_module() -> ModuleType:
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise EncryptionUnavailable from exc
    return dbapi2


def available() -> bool:
    try:
        cipher_module()
    except EncryptionUnavailable:
        return False
    return True


def database_errors() -> tuple[type[Exception], ...]:
    """The DatabaseError classes of both drivers (they do not share a base)."""
    try:
        return (sqlite3.DatabaseError, cipher_module().DatabaseError)
    except EncryptionUnavailable:
        return (sqlite3.DatabaseError,)


def key_pragma(passphrase: str) -> str:
    # PRAGMA takes no bound parameters; a doubled quote is SQL's own escape.
    return "PRAGMA key = '{}'".format(passphrase.replace("'", "''"))


def connect(database: str | Path, passphrase: str, *, uri: bool = False) -> Any:
    """A SQLCipher connection with the key set and its error log silenced."""
    con = cipher_module().connect(str(database), uri=uri)
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(key_pragma(passphrase))
    return con


def looks_encrypted(path: Path) -> bool:
    if not path.exists():
        return False
    size = path.stat().st_size
    return size >= _PAGE_MULTIPLE and size % _PAGE_MULTIPLE == 0 and not looks_like_sqlite(path)


def passphrase_opens(path: Path, passphrase: str) -> bool:
    try:
        con = connect(path, passphrase)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except database_errors():
        return False
    return True


def set_passphrase(path: Path, old: str | None, new: str | None) -> None:
    """Encrypt, re-key or decrypt the closed file at ``path``.

    ``old`` None: the file is plain now; ``new`` None: it becomes plain. The
    new file is exported beside the old one and swapped in with one rename,
    so a crash leaves either the old or the new file, never half of each.
    """
    if old is not None and not passphrase_opens(path, old):
        raise WrongPassphrase
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except LockTaken as exc:
        raise FileInUseError(path) from exc
    fresh = path.with_name(path.name + ".rekey")
    try:
        file_ops.remove(fresh)
        file_ops.create_private(fresh)
        con = connect(path, old) if old is not None else cipher_module().connect(str(path))
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            target_key = (new or "").replace("'", "''")
            con.execute(f"ATTACH DATABASE ? AS rekeyed KEY '{target_key}'", (str(fresh),))
            con.execute("SELECT sqlcipher_export('rekeyed')")
            con.execute("DETACH DATABASE rekeyed")
        finally:
            con.close()
        file_ops.fsync_file(fresh)
        # Retried while another process holds the file; when it stays held
        # the old file is still there, whole, and the copy is removed.
        file_ops.replace(fresh, path)
        for leftover in ("-wal", "-shm"):
            file_ops.remove_quietly(path.with_name(path.name + leftover))
    except BaseException:
        file_ops.remove_quietly(fresh)
        raise
    finally:
        lock.release()
