"""Every change goes through Store.write: validated, announced, undoable."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from opleider_desk.domain.entities import Aios
from opleider_desk.domain.enums import AiosStatus
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.storage.models import AuditLogRow, HourEntryRow, MeetingRow
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.categories import CategoryService
from opleider_desk.storage.store import Change
from tests.table_areas import setup_op


def _sanne(**changes) -> Aios:
    values: dict[str, Any] = {
        "name": "Sanne de Vries",
        "start_date": date(2026, 3, 2),
        "part_time_percent": 80,
    }
    values.update(changes)
    return Aios(**values)


def test_built_in_categories_are_seeded_once(store):
    first = store.service(CategoryService).list()
    store.service(CategoryService).ensure_defaults()
    assert len(first) == 12
    assert store.service(CategoryService).list() == first


def test_add_announces_the_change_and_survives_reopening(store, db_path):
    changes: list[Change] = []
    store.subscribe(changes.append)
    aios_id = store.service(AiosService).add(_sanne())
    assert [c.op for c in changes] == ["add_aios"]
    assert changes[0].tables == {"aios", "placement"}  # its whole training as one placement
    store.close()
    reopened = open_store(db_path)
    assert reopened.service(AiosService).get(aios_id).name == "Sanne de Vries"
    reopened.close()


def test_invalid_input_writes_nothing(store):
    with pytest.raises(ValidationFailed) as failure:
        store.service(AiosService).add(_sanne(name="", part_time_percent=5))
    assert {p.field for p in failure.value.problems} == {"name", "part_time_percent"}
    assert store.service(AiosService).list() == []
    assert not store.history.can_undo


def test_undo_and_redo_an_edit(store):
    service = store.service(AiosService)
    aios_id = service.add(_sanne())
    service.update(_sanne(id=aios_id, part_time_percent=60))
    store.undo()
    assert service.get(aios_id).part_time_percent == 80
    store.redo()
    assert service.get(aios_id).part_time_percent == 60


def test_undo_a_delete_brings_back_the_children(store):
    service = store.service(AiosService)
    aios_id = service.add(_sanne())
    category = store.service(CategoryService).list()[0]
    now = datetime(2026, 4, 1, 9, 0)
    with store.write(setup_op("test_fill")) as s:
        s.add(
            HourEntryRow(
                day=date(2026, 4, 1),
                minutes=90,
                aios_id=aios_id,
                category_id=category.id,
                description="Spreekuur",
                created_at=now,
                updated_at=now,
            )
        )
        s.add(MeetingRow(aios_id=aios_id, kind="kpb", created_at=now, updated_at=now))
    assert service.dependants(aios_id)["hour_entries"] == 1
    service.delete(aios_id)
    assert service.list() == []
    with store.read() as s:
        assert s.scalars(select(HourEntryRow)).all() == []
    store.undo()
    assert service.get(aios_id).name == "Sanne de Vries"
    assert service.dependants(aios_id) == {
        "meetings": 1,
        "hour_entries": 1,
        "agreements": 0,
        "goals": 0,
        "statements": 0,
    }


def test_archiving_keeps_the_aios_and_undo_restores_the_status(store):
    service = store.service(AiosService)
    aios_id = service.add(_sanne())
    service.set_status(aios_id, AiosStatus.FINISHED)
    assert service.list(include_inactive=False) == []
    assert service.get(aios_id).status is AiosStatus.FINISHED
    store.undo()
    assert service.get(aios_id).status is AiosStatus.ACTIVE


def test_a_delete_is_audited_without_the_name(store):
    service = store.service(AiosService)
    aios_id = service.add(_sanne())
    service.delete(aios_id)
    store.undo()  # undo never removes history from the audit log
    with store.read() as s:
        entries = s.scalars(select(AuditLogRow)).all()
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [("delete_aios", "aios", aios_id)]
    assert "Sanne" not in entries[0].summary


def test_closing_waits_for_another_thread_s_read_and_then_refuses_reads_and_writes(store):
    """A worker still reading while the file was closed and re-keyed died of a bus error (CI)."""
    import threading

    from opleider_desk.storage.store_closed import StoreClosed

    inside, go_on = threading.Event(), threading.Event()

    def read_slowly():
        with store.read():
            inside.set()
            go_on.wait(10)

    reader = threading.Thread(target=read_slowly)
    reader.start()
    assert inside.wait(5)
    closer = threading.Thread(target=store.close)
    closer.start()
    closer.join(0.3)
    assert closer.is_alive(), "close returned while another thread was reading"
    go_on.set()
    closer.join(5)
    reader.join(5)
    assert not closer.is_alive()
    with pytest.raises(StoreClosed):
        store.service(AiosService).list()
    with pytest.raises(StoreClosed):
        store.service(AiosService).add(_sanne())


def test_a_read_inside_the_closing_thread_does_not_hold_its_own_close_up(store):
    with store.read():
        store.close()
    assert store.closed
