"""The calendar export as Outlook or Google Calendar sees it after several imports.

Every file is read back by vobject, an iCalendar parser independent of the
icalendar library that writes it.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
import vobject

from opleider_desk.domain.entities import Aios, stored_id
from opleider_desk.storage.demo import fill_demo
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.words.calendar_export import calendar_bytes, invitation_bytes

AMSTERDAM = "Europe/Amsterdam"


def _events(data: bytes) -> dict[str, vobject.base.Component]:
    """The file's events by UID, parsed by vobject."""
    [calendar] = list(vobject.readComponents(data.decode("utf-8")))
    return {str(event.uid.value): event for event in calendar.vevent_list}


def _export(store, aios_id: int | None = None) -> dict[str, vobject.base.Component]:
    data, _count = calendar_bytes(store, aios_id, "nl")
    return _events(data)


@pytest.fixture
def sanne(store) -> int:
    return store.service(AiosService).add(
        Aios(name="Şeyma Yılmaz", start_date=date(2026, 1, 5), email="seyma@example.nl")
    )


def _plan(store, aios_id: int, when: datetime, minutes: int = 60) -> int:
    return store.service(MeetingService).plan(aios_id, "voortgangsgesprek", when, minutes, location="Kamer 2")


def test_two_data_files_exported_to_one_calendar_share_no_uid(tmp_path: Path):
    uids = []
    for name in ("mine.sqlite", "colleague.sqlite"):
        store = open_store(tmp_path / name)
        fill_demo(store, date(2026, 11, 2))  # the same example practice, same row ids
        aios_id = stored_id(store.service(AiosService).list()[0].id)
        _plan(store, aios_id, datetime(2026, 12, 1, 9, 0))
        uids.append(set(_export(store)))
        ids = {m.id for m in store.service(MeetingService).planned()}
        store.close()
        assert uids[-1] and len(uids[-1]) == len(ids)
    assert not uids[0] & uids[1]


def test_times_are_in_amsterdam_with_its_time_zone(store, sanne):
    _plan(store, sanne, datetime(2026, 7, 6, 13, 30), 75)
    data, count = calendar_bytes(store, None, "nl")
    assert count == 1
    [calendar] = list(vobject.readComponents(data.decode("utf-8")))
    assert [str(tz.tzid.value) for tz in calendar.vtimezone_list] == [AMSTERDAM]
    [event] = calendar.vevent_list
    assert b"DTSTART;TZID=Europe/Amsterdam:20260706T133000" in data
    start = event.dtstart.value
    # Summer time: 13:30 in the practice is 11:30 UTC.
    assert (start.hour, start.minute, start.utcoffset().total_seconds()) == (13, 30, 7200)
    assert (event.dtend.value - start).total_seconds() == 75 * 60
    assert event.status.value == "CONFIRMED" and event.sequence.value == "0"
    assert event.location.value == "Kamer 2"
    assert "Şeyma Yılmaz" in event.summary.value


def test_moving_a_meeting_raises_its_sequence_and_keeps_its_uid(store, sanne):
    service = store.service(MeetingService)
    meeting_id = _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    [(uid, first)] = _export(store).items()
    meeting = service.get(meeting_id)
    service.update(dataclasses.replace(meeting, planned_at=datetime(2026, 7, 8, 9, 0)))
    [(again, moved)] = _export(store).items()
    assert again == uid == meeting.uid
    assert int(moved.sequence.value) > int(first.sequence.value)
    assert moved.dtstart.value.day == 8
    # A change of place or participants counts too; a new title does not.
    service.update(dataclasses.replace(service.get(meeting_id), location="Kamer 3"))
    third = int(_export(store)[uid].sequence.value)
    service.update(dataclasses.replace(service.get(meeting_id), participants="Şeyma, Jan"))
    fourth = int(_export(store)[uid].sequence.value)
    service.update(dataclasses.replace(service.get(meeting_id), title="Halfjaar"))
    assert int(moved.sequence.value) < third < fourth == int(_export(store)[uid].sequence.value)


def test_a_deleted_meeting_comes_back_cancelled_once(store, sanne):
    service = store.service(MeetingService)
    kept = _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    gone = _plan(store, sanne, datetime(2026, 7, 20, 13, 30))
    gone_uid = service.get(gone).uid
    first = _export(store)
    assert set(first) == {service.get(kept).uid, gone_uid}

    service.delete(gone)
    second = _export(store)
    cancelled = second[gone_uid]
    assert cancelled.status.value == "CANCELLED"
    assert int(cancelled.sequence.value) > int(first[gone_uid].sequence.value)
    assert cancelled.dtstart.value == first[gone_uid].dtstart.value
    assert second[service.get(kept).uid].status.value == "CONFIRMED"

    third = _export(store)
    assert set(third) == {service.get(kept).uid}


def test_an_undone_delete_comes_back_above_its_cancellation(store, sanne):
    service = store.service(MeetingService)
    meeting_id = _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    uid = service.get(meeting_id).uid
    _export(store)
    service.delete(meeting_id)
    cancelled = _export(store)[uid]
    store.undo()
    back = _export(store)[uid]
    assert back.status.value == "CONFIRMED"
    assert int(back.sequence.value) > int(cancelled.sequence.value)


def test_a_held_meeting_stays_in_the_calendar_and_a_cancelled_one_is_cancelled(store, sanne):
    from sqlalchemy import update

    from opleider_desk.storage.models import MeetingRow

    service = store.service(MeetingService)
    held = _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    called_off = _plan(store, sanne, datetime(2026, 7, 7, 13, 30))
    uids = {service.get(held).uid, service.get(called_off).uid}
    assert set(_export(store)) == uids
    service.hold(held, date(2026, 7, 6))
    with store.write("test_cancel") as session:
        session.execute(update(MeetingRow).where(MeetingRow.id == called_off).values(status="cancelled"))
    after = _export(store)
    assert set(after) == {service.get(called_off).uid}
    assert after[service.get(called_off).uid].status.value == "CANCELLED"


def test_an_export_of_one_aios_cancels_nothing_of_another(store, sanne):
    daan = store.service(AiosService).add(Aios(name="Daan Bakker", start_date=date(2026, 1, 5)))
    _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    _plan(store, daan, datetime(2026, 7, 7, 13, 30))
    assert len(_export(store)) == 2
    only_daan = _export(store, daan)
    assert [e.status.value for e in only_daan.values()] == ["CONFIRMED"]


def test_a_read_only_window_exports_without_remembering(tmp_path, sanne, store):
    _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    reader = open_store(store.path, read_only=True)
    try:
        assert len(_export(reader)) == 1
    finally:
        reader.close()
    from opleider_desk.storage.models import CalendarSentRow

    with store.read() as session:
        assert session.query(CalendarSentRow).count() == 0


def test_an_invitation_asks_the_aios_to_come(store, sanne):
    from opleider_desk.domain.entities import Profile
    from opleider_desk.storage.services.profile import ProfileService

    store.service(ProfileService).save(Profile(name="Dr. Jan de Wit", practice="Praktijk"))
    meeting_id = _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    data = invitation_bytes(store, meeting_id, "nl")
    [calendar] = list(vobject.readComponents(data.decode("utf-8")))
    assert calendar.method.value == "REQUEST"
    [event] = calendar.vevent_list
    assert event.uid.value == store.service(MeetingService).get(meeting_id).uid
    assert event.attendee.value == "mailto:seyma@example.nl"
    assert event.attendee.params["CN"] == ["Şeyma Yılmaz"]
    assert event.organizer.params["CN"] == ["Dr. Jan de Wit"]
    assert [str(tz.tzid.value) for tz in calendar.vtimezone_list] == [AMSTERDAM]


def test_erasing_an_aios_erases_what_the_calendar_export_remembered(store, sanne):
    from opleider_desk.storage.models import CalendarSentRow
    from opleider_desk.storage.privacy import collect, erase_aios

    _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    _export(store)
    [remembered] = collect(store, sanne).tables["calendar_sent"]
    assert "Şeyma Yılmaz" in remembered["summary"]
    erase_aios(store, sanne)
    with store.read() as session:
        assert session.query(CalendarSentRow).count() == 0


def test_winter_times_carry_the_winter_offset(store, sanne):
    _plan(store, sanne, datetime(2026, 1, 13, 9, 0))
    [event] = _export(store).values()
    assert event.dtstart.value.utcoffset().total_seconds() == 3600


def test_the_uid_travels_with_the_meeting_in_a_backup_and_the_avg_export(store, sanne, tmp_path):
    from opleider_desk.storage.backup import make_backup
    from opleider_desk.storage.privacy import collect

    meeting_id = _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    uid = store.service(MeetingService).get(meeting_id).uid
    assert [row["uid"] for row in collect(store, sanne).tables["meeting"]] == [uid]
    copy = make_backup(store.path, tmp_path / "backups")
    restored = open_store(copy, read_only=True)
    try:
        assert restored.service(MeetingService).get(meeting_id).uid == uid
    finally:
        restored.close()


def test_the_uid_and_what_the_calendar_holds_survive_the_json_export_and_import(store, sanne, tmp_path):
    from opleider_desk.storage.json_transfer import export_json, import_json

    service = store.service(MeetingService)
    kept = _plan(store, sanne, datetime(2026, 7, 6, 13, 30))
    gone = _plan(store, sanne, datetime(2026, 7, 20, 13, 30))
    uids = {service.get(kept).uid, service.get(gone).uid}
    _export(store)
    service.delete(gone)
    other = open_store(tmp_path / "imported.sqlite")
    try:
        import_json(other, export_json(store))
        assert {m.uid for m in other.service(MeetingService).list()} == {service.get(kept).uid}
        # The imported file still knows what the calendar holds: it cancels the deleted one.
        after = _export(other)
        assert set(after) == uids
        assert [e.status.value for uid, e in after.items() if uid not in {service.get(kept).uid}] == [
            "CANCELLED"
        ]
    finally:
        other.close()
