"""Encryption at rest (optional SQLCipher): create, open, change, back up, refuse."""

from __future__ import annotations

from datetime import date, datetime

import pytest

pytest.importorskip("sqlcipher3")

from opleider_desk.domain.entities import Aios, stored_id
from opleider_desk.storage.backup import make_backup, restore, summarize
from opleider_desk.storage.database import DataFileError
from opleider_desk.storage.encryption import (
    WrongPassphrase,
    looks_encrypted,
    set_passphrase,
)
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.sqlite_header import SQLITE_MAGIC

SECRET = "correct 'horse' battery"
NAME = "Sanne Versleuteld"


def _names(store) -> list[str]:
    return [a.name for a in store.service(AiosService).list()]


def _new_encrypted(db_path) -> None:
    store = open_store(db_path, passphrase=SECRET)
    store.service(AiosService).add(Aios(name=NAME, start_date=date(2026, 3, 2)))
    store.close()


def test_a_new_encrypted_file_holds_no_readable_text(db_path):
    _new_encrypted(db_path)
    raw = db_path.read_bytes()
    assert not raw.startswith(SQLITE_MAGIC)
    assert NAME.encode() not in raw
    assert looks_encrypted(db_path)
    assert db_path.stat().st_mode & 0o777 == 0o600
    store = open_store(db_path, passphrase=SECRET)
    assert _names(store) == [NAME]
    store.close()


@pytest.mark.parametrize("passphrase, code", [(None, "file.encrypted"), ("wrong", "file.wrong_passphrase")])
def test_without_the_right_passphrase_the_file_is_refused_untouched(db_path, passphrase, code):
    _new_encrypted(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DataFileError) as caught:
        open_store(db_path, passphrase=passphrase)
    assert caught.value.code == code
    assert db_path.read_bytes() == before


def test_encrypt_change_and_remove_the_passphrase(db_path):
    store = open_store(db_path)
    store.service(AiosService).add(Aios(name=NAME, start_date=date(2026, 3, 2)))
    store.close()

    set_passphrase(db_path, None, SECRET)
    assert NAME.encode() not in db_path.read_bytes()
    set_passphrase(db_path, SECRET, "nieuw")
    with pytest.raises(WrongPassphrase):
        set_passphrase(db_path, SECRET, "derde")
    store = open_store(db_path, passphrase="nieuw")
    assert _names(store) == [NAME]
    store.close()

    set_passphrase(db_path, "nieuw", None)
    assert db_path.read_bytes().startswith(SQLITE_MAGIC)
    store = open_store(db_path)
    assert _names(store) == [NAME]
    store.close()


def test_backups_of_an_encrypted_file_are_encrypted_and_restore(db_path, tmp_path):
    _new_encrypted(db_path)
    store = open_store(db_path, passphrase=SECRET)
    backup = make_backup(db_path, tmp_path, now=datetime(2026, 11, 1), passphrase=store.database.passphrase)
    store.service(AiosService).add(Aios(name="Daan Bakker", start_date=date(2026, 3, 2)))
    store.close()
    assert NAME.encode() not in backup.read_bytes()
    assert not backup.read_bytes().startswith(SQLITE_MAGIC)
    assert summarize(backup, SECRET).aios == 1

    restore(backup, db_path, tmp_path, passphrase=SECRET)
    store = open_store(db_path, passphrase=SECRET)
    assert _names(store) == [NAME]
    store.close()


def test_an_encrypted_file_gives_the_hours_list_its_descriptions_ranks_and_search(db_path):
    """The list of every entry after a large import reads its descriptions from the file:
    an encrypted one too (the functions it gives SQLite work on a SQLCipher connection)."""
    from opleider_desk.domain.entities import HourEntry
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hour_descriptions import HourDescriptionService
    from opleider_desk.storage.services.hours import HoursService

    store = open_store(db_path, passphrase=SECRET)
    category = stored_id(next(c.id for c in store.service(CategoryService).list() if c.active))
    hours = store.service(HoursService)
    texts = ("Patiënt met ASTMA", "astma", "Verwijsbeleid")
    ids = [
        hours.add(HourEntry(day=date(2026, 3, 2), minutes=5, category_id=category, description=t))
        for t in texts
    ]
    descriptions = store.service(HourDescriptionService)
    assert descriptions.texts(ids) == dict(zip(ids, texts, strict=True))
    assert descriptions.matching("patiënt", None) == {ids[0]}
    assert descriptions.matching("astma", None) == {ids[0], ids[1]}
    ranks = {row[0]: row[-1] for part in hours.entry_parts(None, ranked=True) for row in part}
    assert ranks == {ids[0]: 2, ids[1]: 1, ids[2]: 3}
    store.close()
