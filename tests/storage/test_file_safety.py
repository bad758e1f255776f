"""Issue 14 (data loss) and 17 (Windows file handling): each probe that found a hole."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from opleider_desk.storage import file_location
from opleider_desk.storage.backup import BackupError, list_backups, make_backup, newest_good_backup, restore
from opleider_desk.storage.database import DataFileError, FileInUseError, open_database
from opleider_desk.storage.encryption import available, set_passphrase
from opleider_desk.storage.file_location import Place, locate
from opleider_desk.storage.integrity import check, sqlite_uri

posix = pytest.mark.skipif(os.name == "nt", reason="POSIX links")


@posix
def test_a_hard_link_does_not_let_a_second_writer_in(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    first = open_database(path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    os.link(path, other / "same.sqlite")
    try:
        with pytest.raises(DataFileError):
            open_database(other / "same.sqlite")
    finally:
        first.close()


@posix
def test_a_file_with_two_names_is_not_opened_by_either(tmp_path: Path) -> None:
    """SQLite keeps its log beside the name it was opened by (sqlite.org/howtocorrupt.html 2.4).

    Found by the hard-link kill soak: a writer killed while it had the file open by one name
    left its acknowledged writes in that name's WAL; opened by the other name the file then
    showed none of them (a statement or a backup made then lacks them), and writing there
    before the first name is opened again lets SQLite put the stale log over the newer file.
    """
    import subprocess
    import sys

    path = tmp_path / "data.sqlite"
    open_database(path).close()
    other = tmp_path / "elsewhere"
    other.mkdir()
    os.link(path, other / "same.sqlite")
    writer = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("crash_writer.py")), str(other / "same.sqlite"), "0"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert writer.stdout.split() == ["refused", "file.hard_linked"]  # it never wrote a row
    for name in (path, other / "same.sqlite"):
        for read_only in (False, True):
            with pytest.raises(DataFileError) as refused:
                open_database(name, read_only=read_only)
            assert refused.value.code == "file.hard_linked"
    assert not (other / "same.sqlite-wal").exists() and not (path.parent / "data.sqlite-wal").exists()
    (other / "same.sqlite").unlink()
    open_database(path).close()  # one name again: it opens


@posix
def test_a_symlink_does_not_let_a_second_writer_in(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    first = open_database(path)
    (tmp_path / "link.sqlite").symlink_to(path)
    try:
        with pytest.raises(FileInUseError):
            open_database(tmp_path / "link.sqlite")
    finally:
        first.close()


def _fake_mount(monkeypatch, tmp_path: Path, folder: Path, kind: str) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//server/praktijk {folder} {kind} rw 0 0\n")
    monkeypatch.setattr(file_location, "MOUNTS", mounts)


@pytest.mark.skipif(not Path("/proc/self/mounts").exists(), reason="Linux mount table")
@pytest.mark.parametrize("kind", ["cifs", "nfs4", "smb3", "fuse.sshfs"])
def test_a_file_on_a_network_share_runs_without_wal(monkeypatch, tmp_path: Path, kind: str) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _fake_mount(monkeypatch, tmp_path, share, kind)
    database = open_database(share / "data.sqlite")
    try:
        assert database.location.place is Place.NETWORK
        assert database.journal_mode == "delete"
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        database.close()
    assert not (share / "data.sqlite-wal").exists()
    # A backup folder on the share stays allowed.
    made = make_backup(share / "data.sqlite", share / "backups")
    assert check(made, full=True) == []


def test_a_local_file_keeps_wal_and_a_sync_folder_does_not(tmp_path: Path) -> None:
    database = open_database(tmp_path / "data.sqlite")
    assert (database.location.place, database.journal_mode) == (Place.LOCAL, "wal")
    database.close()
    synced = tmp_path / "OneDrive - Praktijk de Linde" / "data.sqlite"
    assert locate(synced).place is Place.SYNC
    database = open_database(synced)
    assert (database.location.detail, database.journal_mode) == ("OneDrive", "delete")
    database.close()
    for name in ("Dropbox", "Google Drive", "Nextcloud"):
        assert locate(tmp_path / name / "x.sqlite").place is Place.SYNC


def test_a_hash_in_a_folder_name_keeps_the_read_only_uri_whole(tmp_path: Path) -> None:
    folder = tmp_path / "praktijk #2 ?100%"
    folder.mkdir()
    path = folder / "data.sqlite"
    open_database(path).close()

    def strays() -> list[str]:
        return sorted(p.name for p in tmp_path.rglob("*") if not p.name.startswith("data.sqlite"))

    before = strays()
    database = open_database(path, read_only=True)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM aios").scalar() == 0
        with pytest.raises(Exception, match="readonly"):
            connection.exec_driver_sql("CREATE TABLE stray (x)")
    database.close()
    assert strays() == before == ["praktijk #2 ?100%"]
    assert "%23" in sqlite_uri(path, "mode=ro")


def _index_mismatch(path: Path) -> None:
    """An index whose content no longer matches its table: quick_check misses it."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE probe (x INTEGER)")
    con.execute("CREATE INDEX probe_x ON probe (x)")
    con.executemany("INSERT INTO probe VALUES (?)", [(n,) for n in range(50)])
    con.commit()
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql='CREATE INDEX probe_x ON probe (x + 1)' WHERE name='probe_x'")
    con.commit()
    con.close()


def test_no_backup_is_made_of_a_file_that_fails_the_full_check(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    open_database(path).close()
    folder = tmp_path / "backups"
    good = make_backup(path, folder, now=datetime(2026, 1, 1, 9, 0))
    _index_mismatch(path)
    assert check(path) == [] and check(path, full=True) != []
    with pytest.raises(BackupError) as raised:
        make_backup(path, folder, now=datetime(2026, 1, 2, 9, 0))
    assert raised.value.code == "backup.source_damaged"
    assert [b.path for b in list_backups(folder, path)] == [good]
    newest = newest_good_backup(folder, path)
    assert newest is not None and newest.path == good


def test_a_half_written_backup_is_removed_at_the_next_backup_and_by_erase(tmp_path: Path) -> None:
    from opleider_desk.storage.privacy import purge_backups

    path = tmp_path / "data.sqlite"
    open_database(path).close()
    folder = tmp_path / "backups"
    folder.mkdir()
    leftover = folder / "data-20260101-090000.sqlite.partial"
    leftover.write_bytes(b"personal data")
    (folder / "data-20260101-090000.sqlite.partial-journal").write_bytes(b"more")
    make_backup(path, folder)
    assert not any(p.name.endswith(("partial", "partial-journal")) for p in folder.iterdir())
    leftover.write_bytes(b"personal data")
    result = purge_backups(folder, path, (1, "2026-01-01 00:00:00"))
    assert leftover in result.cleaned and not leftover.exists()


@pytest.mark.skipif(not available(), reason="needs sqlcipher3")
def test_backups_from_before_a_passphrase_change_are_not_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    open_database(path, passphrase="eerste geheim").close()
    folder = tmp_path / "backups"
    old = make_backup(path, folder, now=datetime(2026, 1, 1, 9, 0), passphrase="eerste geheim")
    set_passphrase(path, "eerste geheim", "tweede geheim")
    with pytest.raises(BackupError) as raised:
        restore(old, path, folder, passphrase="tweede geheim")
    assert raised.value.code == "backup.other_passphrase"
    assert newest_good_backup(folder, path, "tweede geheim") is None
    restore(old, path, folder, passphrase="eerste geheim")  # with the older passphrase it works


@posix
def test_the_instance_lock_is_retried_briefly_as_windows_frees_a_dead_process_lock_late(
    monkeypatch, tmp_path: Path
) -> None:
    import fcntl
    import threading

    from opleider_desk.storage import instance_lock

    path = tmp_path / "data.sqlite"
    open_database(path).close()
    holder = os.open(instance_lock.lock_path(path), os.O_RDWR)
    fcntl.flock(holder, fcntl.LOCK_EX)  # a crashed process whose lock the OS frees a moment later
    threading.Timer(0.3, os.close, (holder,)).start()
    monkeypatch.setattr(instance_lock, "RETRY_SECONDS", 2.0)
    open_database(path).close()  # waited for it instead of saying "in use"
    monkeypatch.setattr(instance_lock, "RETRY_SECONDS", 0.0)
    holder = os.open(instance_lock.lock_path(path), os.O_RDWR)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        with pytest.raises(FileInUseError):
            open_database(path)
    finally:
        os.close(holder)


_DIES_MID_COMMIT = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size=1")  # pages spill into the file before the commit: a hot journal
con.execute("BEGIN IMMEDIATE")
for n in range(3000):
    con.execute(
        "INSERT INTO hour_category (name, counts_as_supervision, sort_order, active) VALUES (?, 0, 0, 1)",
        ("never committed " * 10 + str(n),),
    )
os._exit(9)
"""


@posix
@pytest.mark.skipif(not Path("/proc/self/mounts").exists(), reason="Linux mount table")
def test_a_writer_killed_mid_commit_on_a_share_leaves_a_file_that_opens(monkeypatch, tmp_path: Path) -> None:
    """Without WAL a crash leaves a hot journal; the read-only checks could not roll it back.

    Found by the network-share kill soak: the file was then called damaged ("attempt to write a
    readonly database"), and the window offered to restore a backup older than the last saves.
    """
    import subprocess
    import sys

    from opleider_desk.storage.models import HourCategoryRow
    from opleider_desk.storage.open import open_store

    share = tmp_path / "share"
    share.mkdir()
    _fake_mount(monkeypatch, tmp_path, share, "cifs")
    path = share / "data.sqlite"
    store = open_store(path)
    assert store.database.journal_mode == "delete"
    with store.read() as session:
        categories = session.query(HourCategoryRow).count()
    store.close()
    subprocess.run([sys.executable, "-c", _DIES_MID_COMMIT, str(path)], check=False)
    assert (share / "data.sqlite-journal").stat().st_size > 0

    made = make_backup(path, tmp_path / "backups")  # the scheduled backup comes first
    assert check(made, full=True) == []
    for read_only in (True, False):
        store = open_store(path, read_only=read_only)
        try:
            with store.read() as session:
                assert session.query(HourCategoryRow).count() == categories
        finally:
            store.close()
    assert check(path, full=True) == []


@posix
def test_folders_made_on_the_way_to_a_backup_folder_are_private_too(tmp_path: Path) -> None:
    """Probed again: the backup command made the data folder (a parent of backups/) 0755."""
    import stat

    source = tmp_path / "elders" / "data.sqlite"
    source.parent.mkdir()
    open_database(source).close()
    home = tmp_path / "home"
    made = make_backup(source, home / "data" / "backups")
    for folder in (home, home / "data", home / "data" / "backups"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
