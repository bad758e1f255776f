"""A damaged file is refused unchanged at open, and the newest sound backup is found."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.backup import (
    DAMAGED,
    make_backup,
    newest_good_backup,
    restore,
)
from opleider_desk.storage.database import DataFileError
from opleider_desk.storage.integrity import check, is_intact
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path: Path) -> None:
    """Overwrite the middle of every page but the first (the header stays SQLite's)."""
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 64] = b"\xa5" * 56
    path.write_bytes(bytes(data))


def _filled(db_path: Path) -> None:
    store = open_store(db_path)
    store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 3, 2)))
    store.close()


def test_a_sound_file_passes(db_path):
    _filled(db_path)
    assert check(db_path) == []
    assert is_intact(db_path, full=True)


def test_a_damaged_file_is_refused_and_never_written_to(db_path):
    _filled(db_path)
    _damage(db_path)
    before = _digest(db_path)
    with pytest.raises(DataFileError) as caught:
        open_store(db_path)
    assert caught.value.code == "file.damaged"
    assert _digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_the_newest_sound_backup_replaces_a_damaged_file(db_path, tmp_path):
    _filled(db_path)
    folder = tmp_path / "backups"
    older = make_backup(db_path, folder, now=datetime(2026, 11, 1))
    newer = make_backup(db_path, folder, now=datetime(2026, 11, 2))
    _damage(newer)
    _damage(db_path)
    damaged_bytes = db_path.read_bytes()

    good = newest_good_backup(folder, db_path)
    assert good is not None and good.path == older
    kept = restore(good.path, db_path, folder, now=datetime(2026, 11, 22))
    assert kept is not None and kept.name.endswith(f"-{DAMAGED}.sqlite")
    assert kept.read_bytes() == damaged_bytes  # the damaged file is kept as it was
    assert kept.stat().st_mode & 0o777 == 0o600
    store = open_store(db_path)
    assert [a.name for a in store.service(AiosService).list()] == ["Sanne de Vries"]
    store.close()
