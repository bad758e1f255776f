"""Backups: whole, private, summarised, rotated, restored with a way back."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.backup import (
    BEFORE_RESTORE,
    BackupError,
    RotationPolicy,
    backup_if_due,
    list_backups,
    make_backup,
    restore,
    rotate,
    summarize,
)
from opleider_desk.storage.integrity import is_intact
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.audit import RESTORE_BACKUP, AuditService


def _add(store, name: str) -> int:
    return store.service(AiosService).add(Aios(name=name, start_date=date(2026, 3, 2)))


def test_a_backup_is_whole_private_and_summarised_while_the_store_is_open(store, tmp_path):
    _add(store, "Sanne de Vries")
    _add(store, "Daan Bakker")
    folder = tmp_path / "backups"
    made = make_backup(store.path, folder, now=datetime(2026, 11, 22, 9, 30))
    assert made.name == "data-20261122-093000.sqlite"
    assert made.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    assert is_intact(made, full=True)
    summary = summarize(made)
    assert (summary.aios, summary.hour_entries, summary.meetings) == (2, 0, 0)
    assert summary.last_change is not None
    assert not list(folder.glob("*.partial"))


def test_two_backups_in_one_second_both_survive(store, tmp_path):
    now = datetime(2026, 11, 22, 9, 30)
    first = make_backup(store.path, tmp_path, now=now)
    second = make_backup(store.path, tmp_path, now=now)
    assert first != second
    assert [b.path for b in list_backups(tmp_path, store.path)] == [second, first]


def test_backups_of_other_files_are_not_listed_or_rotated(store, tmp_path):
    other = tmp_path / "other.sqlite"
    open_store(other).close()
    make_backup(other, tmp_path / "b", now=datetime(2020, 1, 1))
    make_backup(store.path, tmp_path / "b", now=datetime(2026, 1, 1))
    assert [b.taken_at.year for b in list_backups(tmp_path / "b", store.path)] == [2026]
    rotate(tmp_path / "b", store.path, RotationPolicy(1, 0, 0), now=datetime(2026, 1, 2))
    assert len(list_backups(tmp_path / "b", other)) == 1


def _touch_backup(folder, when: datetime, tag: str = ""):
    folder.mkdir(exist_ok=True)
    name = f"data-{when:%Y%m%d-%H%M%S}{'-' + tag if tag else ''}.sqlite"
    (folder / name).write_bytes(b"")
    return folder / name


def test_rotation_keeps_the_newest_of_each_recent_day_week_and_month(tmp_path, db_path):
    now = datetime(2026, 11, 22, 18, 0)
    for hours in range(0, 24 * 400, 6):  # four backups a day for over a year
        _touch_backup(tmp_path, now - timedelta(hours=hours))
    rotate(tmp_path, db_path, RotationPolicy(daily=7, weekly=4, monthly=12), now=now)
    kept = [b.taken_at for b in list_backups(tmp_path, db_path)]
    days = {t.date() for t in kept}
    assert {now.date() - timedelta(days=d) for d in range(7)} <= days
    assert len({t.isocalendar()[:2] for t in kept}) >= 4
    assert len({(t.year, t.month) for t in kept}) == 12
    assert len(kept) <= 7 + 4 + 12
    assert kept[0] == now  # the newest is always kept
    assert min(kept) > now - timedelta(days=366)


def test_rotation_keeps_the_copy_made_before_a_restore_for_a_while(tmp_path, db_path):
    now = datetime(2026, 11, 22, 18, 0)
    safety = _touch_backup(tmp_path, now - timedelta(hours=2), BEFORE_RESTORE)
    old_safety = _touch_backup(tmp_path, now - timedelta(days=30), BEFORE_RESTORE)
    _touch_backup(tmp_path, now - timedelta(hours=1))
    rotate(tmp_path, db_path, RotationPolicy(daily=7, weekly=0, monthly=0), now=now)
    assert safety.exists()
    assert not old_safety.exists()


def test_automatic_backup_at_most_once_per_interval(store, tmp_path):
    now = datetime(2026, 11, 22, 9, 0)
    policy = RotationPolicy()
    interval = timedelta(hours=12)
    assert backup_if_due(store.path, tmp_path, interval, policy, now=now) is not None
    assert backup_if_due(store.path, tmp_path, interval, policy, now=now + timedelta(hours=11)) is None
    assert backup_if_due(store.path, tmp_path, interval, policy, now=now + timedelta(hours=24)) is not None
    assert len(list_backups(tmp_path, store.path)) == 2


def test_restore_brings_back_the_backup_and_keeps_the_current_file(db_path, tmp_path):
    store = open_store(db_path)
    _add(store, "Sanne de Vries")
    folder = tmp_path / "backups"
    backup = make_backup(db_path, folder, now=datetime(2026, 11, 1, 8, 0))
    _add(store, "Daan Bakker")
    store.close()

    safety = restore(backup, db_path, folder, now=datetime(2026, 11, 22, 9, 0))
    assert safety is not None and safety.name == f"data-20261122-090000-{BEFORE_RESTORE}.sqlite"
    assert summarize(safety).aios == 2
    assert db_path.stat().st_mode & 0o777 == 0o600

    reopened = open_store(db_path)
    assert [a.name for a in reopened.service(AiosService).list()] == ["Sanne de Vries"]
    reopened.service(AuditService).record_restore(backup.name, safety.name)
    [entry] = reopened.service(AuditService).entries()
    assert (entry.action, entry.summary) == (RESTORE_BACKUP, backup.name)
    _add(reopened, "Daan Bakker")  # the restored file takes new writes
    reopened.close()
    assert is_intact(db_path, full=True)


def test_restore_refuses_a_damaged_backup_and_leaves_the_file_alone(store, tmp_path):
    _add(store, "Sanne de Vries")
    backup = make_backup(store.path, tmp_path, now=datetime(2026, 11, 1))
    store.close()
    data = bytearray(backup.read_bytes())
    for page in range(1, len(data) // 4096):  # scribble into every page but the first
        data[page * 4096 + 8 : page * 4096 + 64] = b"\xff" * 56
    backup.write_bytes(bytes(data))
    before = store.path.read_bytes()
    with pytest.raises(BackupError) as caught:
        restore(backup, store.path, tmp_path)
    assert caught.value.code in {"backup.damaged", "backup.unreadable"}
    assert store.path.read_bytes() == before


def test_restore_refuses_while_another_window_has_the_file(store, tmp_path):
    backup = make_backup(store.path, tmp_path)
    with pytest.raises(BackupError) as caught:
        restore(backup, store.path, tmp_path)
    assert caught.value.code == "backup.target_in_use"


def test_a_backup_from_a_newer_version_is_refused(store, tmp_path):
    backup = make_backup(store.path, tmp_path)
    store.close()
    with sqlite3.connect(backup) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    with pytest.raises(BackupError) as caught:
        restore(backup, store.path, tmp_path)
    assert caught.value.code == "backup.newer"
