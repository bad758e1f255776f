"""A file opened before SQLite's check holds every write until the check has passed."""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from opleider_desk.domain.entities import Aios
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.storage.open import check_opened, open_store
from opleider_desk.storage.services.aios import AiosService

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate import generate


def damage_the_last_pages(path: Path, pages: int = 4) -> None:
    """Overwrite the last pages (hour entries): the schema and revision still read."""
    data = bytearray(path.read_bytes())
    for page in range(len(data) // 4096 - pages, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 64] = b"\xa5" * 56
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path) -> Path:
    path = generate(tmp_path / "big.sqlite", aios=3, entries=3_000, meetings=20, seed=2).path
    damage_the_last_pages(path)
    return path


def test_a_damaged_file_opens_but_refuses_every_write_once_checked(damaged):
    store = open_store(damaged, check_later=True)
    try:
        assert store.writes_held
        with pytest.raises(ValidationFailed) as refused:  # the write runs the check itself
            store.service(AiosService).add(Aios(name="Noor Visser", start_date=date(2026, 3, 2)))
        assert refused.value.problems[0].code == "file.damaged"
        assert store.check_findings and check_opened(store) == store.check_findings
        with pytest.raises(ValidationFailed):
            store.service(AiosService).add(Aios(name="Noor Visser", start_date=date(2026, 3, 2)))
    finally:
        store.close()


def test_the_check_on_a_worker_thread_lets_the_held_writes_go_on(db_path):
    open_store(db_path).close()
    store = open_store(db_path, check_later=True)
    try:
        assert store.writes_held
        findings = []
        worker = threading.Thread(target=lambda: findings.append(check_opened(store)))
        worker.start()
        aios_id = store.service(AiosService).add(Aios(name="Noor Visser", start_date=date(2026, 3, 2)))
        worker.join()
        assert findings == [[]] and not store.writes_held
        assert store.service(AiosService).get(aios_id).name == "Noor Visser"
    finally:
        store.close()


def test_without_check_later_a_damaged_file_is_refused_at_once(damaged):
    from opleider_desk.storage.database import DataFileError

    with pytest.raises(DataFileError) as refused:
        open_store(damaged)
    assert refused.value.code == "file.damaged"
