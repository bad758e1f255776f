"""Backup, restore, re-key, erase and open under Windows file semantics (issue 17)."""

from __future__ import annotations

import os
import threading
from datetime import date, datetime
from pathlib import Path

import pytest

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.backup import BackupError, list_backups, make_backup, restore
from opleider_desk.storage.encryption import available, set_passphrase
from opleider_desk.storage.integrity import check
from opleider_desk.storage.open import open_store
from opleider_desk.storage.privacy import aios_key, erase_aios, purge_backups
from opleider_desk.storage.services.aios import AiosService

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc to see open files")


def _with_aios(path: Path, name: str) -> int:
    store = open_store(path)
    try:
        return store.service(AiosService).add(Aios(name=name, start_date=date(2026, 1, 5)))
    finally:
        store.close()


def _names(path: Path) -> list[str]:
    store = open_store(path, read_only=True)
    try:
        return [a.name for a in store.service(AiosService).list()]
    finally:
        store.close()


def test_open_backup_and_restore_work(windows_semantics, tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    _with_aios(path, "Anna")
    folder = tmp_path / "backups"
    made = make_backup(path, folder, now=datetime(2026, 1, 1, 9, 0))
    assert check(made, full=True) == []
    _with_aios(path, "Bram")
    restore(made, path, folder)
    assert _names(path) == ["Anna"]
    assert any(b.tag == "before-restore" for b in list_backups(folder, path))


def test_a_file_held_open_elsewhere_is_retried_then_reported_never_half_replaced(
    windows_semantics, tmp_path: Path
) -> None:
    path = tmp_path / "data.sqlite"
    _with_aios(path, "Anna")
    folder = tmp_path / "backups"
    made = make_backup(path, folder, now=datetime(2026, 1, 1, 9, 0))
    _with_aios(path, "Bram")
    # Held by a virus scanner, a sync client, another window:
    with path.open("rb"), pytest.raises(BackupError) as raised:
        restore(made, path, folder)
    assert raised.value.code == "backup.target_in_use"
    assert _names(path) == ["Anna", "Bram"]  # the old file, whole
    assert not path.with_name(path.name + ".restoring").exists()
    # Held only for a moment: the retry gets it done.
    holder = path.open("rb")
    threading.Timer(0.02, holder.close).start()
    restore(made, path, folder)
    assert _names(path) == ["Anna"]


@pytest.mark.skipif(not available(), reason="needs sqlcipher3")
def test_re_key_works_and_a_held_file_is_left_whole(windows_semantics, tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    _with_aios(path, "Anna")
    set_passphrase(path, None, "geheim")
    with path.open("rb"), pytest.raises(PermissionError):
        set_passphrase(path, "geheim", "nieuw")
    assert not path.with_name(path.name + ".rekey").exists()
    store = open_store(path, passphrase="geheim")  # still the old passphrase: nothing half done
    store.close()
    set_passphrase(path, "geheim", "nieuw")
    store = open_store(path, passphrase="nieuw")
    store.close()


def test_erase_and_purge_backups_work(windows_semantics, tmp_path: Path) -> None:
    path = tmp_path / "data.sqlite"
    aios_id = _with_aios(path, "Anna")
    folder = tmp_path / "backups"
    make_backup(path, folder, now=datetime(2026, 1, 1, 9, 0))
    store = open_store(path)
    try:
        key = aios_key(store, aios_id)
        erase_aios(store, aios_id)
    finally:
        store.close()
    result = purge_backups(folder, path, key)
    assert len(result.cleaned) == 1 and not result.failed
    assert _names(path) == []
