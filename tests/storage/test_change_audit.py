"""Every change to hour entries, meetings and signed documents is in the audit log, once."""

from __future__ import annotations

from array import array
from datetime import date, datetime

from sqlalchemy import select

from opleider_desk.domain.entities import Aios
from opleider_desk.domain.quarters import Quarter
from opleider_desk.storage.change_audit import ROW_CHANGE, UNAUDITED_OPS, current_user, id_ranges
from opleider_desk.storage.models import AuditLogRow
from opleider_desk.storage.privacy import ERASE_AIOS
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.storage.services.statements import StatementService
from tests.statement_data import change_hours, log_hours, save_profile


def row_changes(store, table: str) -> list[AuditLogRow]:
    with store.read() as session:
        rows = session.scalars(
            select(AuditLogRow).where(AuditLogRow.entity == table).order_by(AuditLogRow.id)
        )
        return [r for r in rows if (r.details or {}).get("kind") == ROW_CHANGE]


def test_a_correction_after_an_unlock_leaves_a_record_old_and_new(store):
    save_profile(store)
    sanne = store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    entry = log_hours(store, sanne, date(2026, 2, 2), 60)
    statements = store.service(StatementService)
    q1 = Quarter(2026, 1)
    statements.mark_signed(q1, sanne, date(2026, 4, 2), today=date(2026, 4, 2))
    statements.unlock(q1, sanne, "typfout")
    change_hours(store, entry, minutes=90)
    added, changed = row_changes(store, "hour_entry")
    assert added.details["change"] == "added" and added.details["new"]["minutes"] == 60
    assert changed.action == "edit_hours" and changed.entity_id == entry
    assert changed.details["fields"] == {"minutes": [60, 90]}
    assert changed.details["aios_id"] == sanne and changed.details["quarter"] == "2026-Q1"
    assert changed.details["user"] == current_user()
    assert isinstance(changed.at, datetime)
    signed, unlocked = row_changes(store, "statement")
    assert signed.details["change"] == "added" and signed.details["new"]["status"] == "signed"
    assert signed.details["new"]["verification_code"] and signed.details["quarter"] == "2026-Q1"
    assert unlocked.details["fields"]["status"] == ["signed", "unlocked"]


def test_undo_is_logged_too(store):
    save_profile(store)
    sanne = store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    entry = log_hours(store, sanne, date(2026, 2, 2), 60)
    change_hours(store, entry, minutes=75)
    store.undo()
    last = row_changes(store, "hour_entry")[-1]
    assert last.action == "undo:edit_hours" and last.details["fields"] == {"minutes": [75, 60]}


def test_a_run_of_autosaves_of_one_meeting_is_one_entry(store):
    sanne = store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    meetings = store.service(MeetingService)
    meeting = meetings.plan(sanne, "voortgangsgesprek", datetime(2026, 7, 6, 13, 30), 60)
    for text in ("G", "Go", "Goed"):
        meetings.save_progress(meeting, answers={"x.y": text})
    saves = [r for r in row_changes(store, "meeting") if r.action == "save_meeting_progress"]
    assert len(saves) == 1
    assert saves[0].details["fields"]["answers"] == [{}, {"x.y": "Goed"}]


def test_an_erasure_copies_nothing_it_erases_into_the_log():
    assert ERASE_AIOS in UNAUDITED_OPS


def test_bulk_ids_are_logged_as_runs():
    assert id_ranges(array("q", range(40, 200_040))) == [[40, 200_039]]
    assert id_ranges([1, 2, 3, 7, 8, 10]) == [[1, 3], [7, 8], [10, 10]]
    assert id_ranges([]) == []
