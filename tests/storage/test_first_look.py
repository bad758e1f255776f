"""The start-up's first look at the aios gives what the service gives, or stands aside."""

from __future__ import annotations

import sqlite3
from datetime import date

from opleider_desk.domain.entities import Aios
from opleider_desk.domain.enums import AiosStatus
from opleider_desk.storage.first_look import aios_first_look
from opleider_desk.storage.services.aios import AiosService


def _fill(store) -> None:
    service = store.service(AiosService)
    service.add(
        Aios(
            name="Sanne de Vries",
            start_date=date(2026, 3, 2),
            part_time_percent=80,
            phase="jaar 1",
            email="sanne@example.nl",
            notes="Ëen notitie",
        )
    )
    finished = service.add(
        Aios(
            name="Daan Bakker",
            start_date=date(2023, 9, 1),
            expected_end_date=date(2026, 9, 1),
            training_year=3,
        )
    )
    service.set_status(finished, AiosStatus.FINISHED)


def test_the_first_look_equals_the_services_list(store):
    _fill(store)
    expected = store.service(AiosService).list()
    assert [a.name for a in expected] == ["Daan Bakker", "Sanne de Vries"]
    assert aios_first_look(store.path) == expected


def test_no_first_look_without_a_plain_file_at_our_revision(store, tmp_path):
    assert aios_first_look(tmp_path / "absent.sqlite") is None
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_bytes(b"\x00" * 8192)  # as an encrypted file looks
    assert aios_first_look(foreign) is None
    _fill(store)
    path = store.path
    store.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert aios_first_look(path) is None
