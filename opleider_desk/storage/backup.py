"""Backups of a data file: made, listed, summarised, rotated and restored.

A backup is a complete, compacted copy made with ``VACUUM INTO`` from a
read-only connection, so it is consistent while the program keeps writing
and carries no deleted pages (an erased aios does not linger in free space).
It is written under a temporary name, checked, flushed to disk and only then
given its final name: a backup that exists is a whole one. Files and the
folder are readable by the user only.

Names are ``<data file stem>-<YYYYmmdd-HHMMSS>[-<tag>].sqlite``; the time in
the name is what listing and rotation go by, so copying a backup folder to a
USB stick keeps its history.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from . import file_ops
from .database import DataFileError, read_revision
from .encryption import database_errors, looks_encrypted, passphrase_opens
from .instance_lock import InstanceLock, LockTaken
from .integrity import check, connect_readonly, finish_interrupted_commit, is_intact, sqlite_uri
from .migrations_info import KNOWN_REVISIONS

SUFFIX = ".sqlite"
STAMP = "%Y%m%d-%H%M%S"
BEFORE_RESTORE = "before-restore"
DAMAGED = "damaged"


class BackupError(Exception):
    """A backup could not be made or used; ``code`` says why (for the UI)."""

    def __init__(self, code: str, path: Path, detail: str = ""):
        self.code = code
        self.path = path
        self.detail = detail
        super().__init__(f"{code}: {path} {detail}".strip())


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    """How many backups survive: the newest of each recent day, week and month."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    taken_at: datetime
    tag: str = ""


@dataclass(frozen=True, slots=True)
class BackupSummary:
    aios: int
    hour_entries: int
    meetings: int
    last_change: datetime | None


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})(?:-([a-z-]+))?{re.escape(SUFFIX)}$")


def backup_name(source: Path, at: datetime, tag: str = "") -> str:
    return f"{source.stem}-{at:{STAMP}}{'-' + tag if tag else ''}{SUFFIX}"


def list_backups(folder: Path, source: Path) -> list[BackupFile]:
    """The backups of ``source`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    pattern = _name_pattern(source.stem)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            taken = datetime.strptime(match.group(1), STAMP)
            found.append(BackupFile(path, taken, match.group(2) or ""))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


_private_folder = file_ops.private_folder
_fsync = file_ops.fsync_file
_fsync_folder = file_ops.fsync_folder

# What a backup killed half-way leaves: the copy being written and its journal.
LEFTOVER_ENDS = (".partial", ".partial-journal", ".partial-wal", ".partial-shm")


def leftovers(folder: Path, source: Path | None = None) -> list[Path]:
    """Half-written backups in ``folder`` (of ``source``, or of any data file)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        ours = source is None or path.name.startswith(source.stem + "-")
        if ours and path.name.endswith(LEFTOVER_ENDS) and SUFFIX in path.name:
            found.append(path)
    return sorted(found)


def remove_leftovers(folder: Path, source: Path | None = None) -> list[Path]:
    """Remove half-written backups; they hold personal data nothing else would clean up."""
    return [path for path in leftovers(folder, source) if file_ops.remove_quietly(path)]


def other_passphrase(path: Path, passphrase: str | None) -> bool:
    """True when ``path`` is an encrypted backup that ``passphrase`` does not open.

    Backups keep the passphrase the file had when they were made, so after a
    change of passphrase the older ones need the older passphrase: they are
    not damaged.
    """
    if not looks_encrypted(path):
        return False
    if passphrase is None:
        return True
    try:
        return not passphrase_opens(path, passphrase)
    except Exception:  # no SQLCipher here: such a backup cannot be opened at all
        return True


def _connect(path: Path, passphrase: str | None, *, read_only: bool = False):
    if passphrase is None:
        if read_only:
            return sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True)
        return sqlite3.connect(path)
    from .encryption import connect

    if read_only:
        return connect(sqlite_uri(path, "mode=ro"), passphrase, uri=True)
    return connect(path, passphrase)


def _io_errors() -> tuple[type[Exception], ...]:
    """What a failed copy of a data file raises: the file system's and both drivers' errors."""
    return (OSError, *database_errors())


def _vacuum_into(source: Path, target: Path, passphrase: str | None = None) -> None:
    """Copy ``source`` into a new private file ``target``, consistent and compacted.

    From an encrypted source SQLCipher writes the copy encrypted with the
    same key.
    """
    # VACUUM INTO accepts an empty existing file: creating it first decides its mode.
    file_ops.create_private(target)
    con = _connect(source, passphrase, read_only=True)
    try:
        con.execute("VACUUM INTO ?", (str(target),))
    finally:
        con.close()
    _fsync(target)


def make_backup(
    source: Path,
    folder: Path,
    *,
    now: datetime | None = None,
    tag: str = "",
    passphrase: str | None = None,
) -> Path:
    """Write a backup of ``source`` into ``folder`` and return its path."""
    now = (now or datetime.now()).replace(microsecond=0)
    try:
        _private_folder(folder)
    except OSError as exc:  # a USB stick pulled out, a share gone offline
        raise BackupError("backup.failed", folder, str(exc)) from exc
    finish_interrupted_commit(source, passphrase)  # a writer killed mid-commit on a share
    # The full check, not the quick one: a copy of a damaged file would
    # rotate the last sound backups out.
    findings = check(source, full=True, passphrase=passphrase)
    if findings:
        raise BackupError("backup.source_damaged", source, findings[0])
    remove_leftovers(folder, source)
    target = folder / backup_name(source, now, tag)
    while target.exists():  # two backups within one second: the later one waits its turn
        now += timedelta(seconds=1)
        target = folder / backup_name(source, now, tag)
    partial = target.with_name(target.name + ".partial")
    try:
        file_ops.remove(partial)
        _vacuum_into(source, partial, passphrase)
        findings = check(partial, passphrase=passphrase)
        if findings:
            raise BackupError("backup.damaged", partial, findings[0])
        file_ops.replace(partial, target)
    except _io_errors() as exc:
        file_ops.remove_quietly(partial)
        raise BackupError("backup.failed", target, str(exc)) from exc
    except BackupError:
        file_ops.remove_quietly(partial)
        raise
    _fsync_folder(folder)
    return target


def _parse_time(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).replace(microsecond=0)
    except ValueError:
        return None


def summarize(path: Path, passphrase: str | None = None) -> BackupSummary:
    """What a backup holds, read without changing it."""
    try:
        con = connect_readonly(path, passphrase)
        try:

            def count(table: str) -> int:
                return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

            latest = [
                con.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
                for table, column in (
                    ("aios", "updated_at"),
                    ("hour_entry", "updated_at"),
                    ("meeting", "updated_at"),
                    ("audit_log", "at"),
                )
            ]
            times = [t for t in (_parse_time(v) for v in latest) if t is not None]
            return BackupSummary(
                aios=count("aios"),
                hour_entries=count("hour_entry"),
                meetings=count("meeting"),
                last_change=max(times) if times else None,
            )
        finally:
            con.close()
    except database_errors() as exc:
        if other_passphrase(path, passphrase):
            raise BackupError("backup.other_passphrase", path) from exc
        raise BackupError("backup.unreadable", path, str(exc)) from exc


def _newest_per(backups: list[BackupFile], bucket: Callable[[datetime], Hashable], limit: int) -> set[Path]:
    kept: dict[Hashable, Path] = {}
    for backup in backups:  # newest first: the first seen in a bucket is its newest
        key = bucket(backup.taken_at)
        if key not in kept:
            if len(kept) >= limit:
                break
            kept[key] = backup.path
    return set(kept.values())


def rotate(folder: Path, source: Path, policy: RotationPolicy, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps; return what went.

    Copies made just before a restore (tagged) are kept for ``policy.daily``
    days whatever else happens that day: they are the way back from a wrong
    restore.
    """
    now = now or datetime.now()
    backups = list_backups(folder, source)
    regular = [b for b in backups if not b.tag]
    keep = (
        _newest_per(regular, lambda t: t.date(), policy.daily)
        | _newest_per(regular, lambda t: t.isocalendar()[:2], policy.weekly)
        | _newest_per(regular, lambda t: (t.year, t.month), policy.monthly)
    )
    keep |= {b.path for b in backups if b.tag and now - b.taken_at < timedelta(days=max(policy.daily, 1))}
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                file_ops.remove(backup.path)
                file_ops.remove(_wal_of(backup.path))
            except OSError:
                continue  # a read-only share: keeping too much is the safe side
            removed.append(backup.path)
    return removed


def _wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _keep_damaged(target: Path, folder: Path, now: datetime | None) -> Path:
    """A byte-for-byte copy of a damaged file (SQLite cannot copy it page by page)."""
    now = (now or datetime.now()).replace(microsecond=0)
    _private_folder(folder)
    copy = folder / backup_name(target, now, DAMAGED)
    for source, destination in ((target, copy), (_wal_of(target), _wal_of(copy))):
        if source.exists():
            fd = os.open(
                destination, os.O_CREAT | os.O_TRUNC | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600
            )
            with os.fdopen(fd, "wb") as out, source.open("rb") as data:
                shutil.copyfileobj(data, out)
                out.flush()
                os.fsync(out.fileno())
    return copy


def backup_is_due(folder: Path, source: Path, interval: timedelta, *, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    backups = list_backups(folder, source)
    return not backups or now - backups[0].taken_at >= interval


def backup_if_due(
    source: Path,
    folder: Path,
    interval: timedelta,
    policy: RotationPolicy,
    *,
    now: datetime | None = None,
    passphrase: str | None = None,
) -> Path | None:
    """The automatic backup on opening and closing: at most one per interval."""
    now = now or datetime.now()
    if not source.exists() or not backup_is_due(folder, source, interval, now=now):
        return None
    made = make_backup(source, folder, now=now, passphrase=passphrase)
    rotate(folder, source, policy, now=now)
    return made


def restore(
    backup: Path,
    target: Path,
    folder: Path,
    *,
    now: datetime | None = None,
    passphrase: str | None = None,
) -> Path | None:
    """Put ``backup`` in place of ``target``; return the copy of what was there.

    The store on ``target`` must be closed. The backup is checked first and
    the current file is backed up (tagged ``before-restore``) before anything
    is replaced. The new file is prepared beside the target and swapped in
    with one rename, so a crash leaves either the old or the new file.
    ``passphrase`` opens an encrypted backup and the file it replaces.
    """
    if other_passphrase(backup, passphrase):
        raise BackupError("backup.other_passphrase", backup)
    findings = check(backup, full=True, passphrase=passphrase)
    if findings:
        raise BackupError("backup.damaged", backup, findings[0])
    try:
        revision = read_revision(backup, passphrase)
    except DataFileError as exc:
        raise BackupError("backup.unreadable", backup, exc.detail) from exc
    if revision not in KNOWN_REVISIONS:
        raise BackupError("backup.newer", backup, str(revision))
    lock = InstanceLock(target)
    try:
        lock.acquire()
    except LockTaken as exc:
        raise BackupError("backup.target_in_use", target) from exc
    try:
        safety_copy = None
        present = target.exists() and target.stat().st_size > 0
        if present and check(target, full=True, passphrase=passphrase):
            safety_copy = _keep_damaged(target, folder, now)
        elif present:
            safety_copy = make_backup(target, folder, now=now, tag=BEFORE_RESTORE, passphrase=passphrase)
            # Fold any WAL into the file and empty it, so no stale log frames
            # can be replayed onto the restored file.
            con = _connect(target, passphrase)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
        incoming = target.with_name(target.name + ".restoring")
        try:
            file_ops.remove(incoming)
            _vacuum_into(backup, incoming, passphrase)
            # Held open elsewhere, the old file stays in place, whole: the
            # replace is retried, then reported, never half done.
            file_ops.replace(incoming, target)
        except _io_errors() as exc:
            file_ops.remove_quietly(incoming)
            raise BackupError(
                "backup.target_in_use" if isinstance(exc, PermissionError) else "backup.failed",
                target,
                str(exc),
            ) from exc
        for leftover in ("-wal", "-shm"):
            # A stale log must never be replayed onto the restored file.
            file_ops.remove(target.with_name(target.name + leftover))
        _fsync_folder(target.parent)
    finally:
        lock.release()
    return safety_copy


def newest_good_backup(folder: Path, source: Path, passphrase: str | None = None) -> BackupFile | None:
    """What to offer when ``source`` turns out damaged: the newest sound backup."""
    for backup in list_backups(folder, source):
        if backup.tag == DAMAGED or other_passphrase(backup.path, passphrase):
            continue
        if is_intact(backup.path, full=True, passphrase=passphrase):
            return backup
    return None
