"""A small practice to print statements from: profile, aios, hours and meetings."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from opleider_desk.domain.entities import Aios, Profile
from opleider_desk.domain.enums import CategoryKey, MeetingStatus, Role
from opleider_desk.storage.models import HourCategoryRow, HourEntryRow, MeetingRow
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.locks import ensure_unlocked
from opleider_desk.storage.services.profile import ProfileService

NOW = datetime(2026, 1, 1, 9, 0)


def save_profile(store, **changes) -> Profile:
    values: dict[str, Any] = {
        "name": "Marieke Jansen",
        "practice": "Huisartsenpraktijk De Linde",
        "employer": "Gezondheidscentrum De Linde B.V.",
        "institute": "Huisartsopleiding Utrecht",
        "quality_officer": "Petra de Boer",
    }
    values.update(changes)
    if values.get("role") is Role.PRAKTIJKBEGELEIDER:
        values.setdefault("supervising_opleider", "Henk Visser")
    profile = Profile(**values)
    store.service(ProfileService).save(profile)
    return profile


def add_aios(store, name: str, *, start: date = date(2025, 9, 1), part_time: int = 100) -> int:
    return store.service(AiosService).add(Aios(name=name, start_date=start, part_time_percent=part_time))


def category_id(store, key: CategoryKey) -> int:
    with store.read() as session:
        return session.scalar(select(HourCategoryRow.id).where(HourCategoryRow.key == key.value))


def log_hours(
    store,
    aios_id: int | None,
    day: date,
    minutes: int,
    key: CategoryKey = CategoryKey.LEERGESPREK,
    description: str = "",
) -> int:
    """Adds an entry the way a writer of hours must: refused in a signed quarter."""
    category = category_id(store, key)
    with store.write("add_hours") as session:
        ensure_unlocked(session, aios_id, day)
        row = HourEntryRow(
            day=day,
            minutes=minutes,
            aios_id=aios_id,
            category_id=category,
            description=description,
            created_at=NOW,
            updated_at=NOW,
        )
        session.add(row)
        session.flush()
        return row.id


def change_hours(store, entry_id: int, **values) -> None:
    with store.write("edit_hours") as session:
        row = session.get(HourEntryRow, entry_id)
        ensure_unlocked(session, row.aios_id, row.day, values.get("day", row.day))
        for name, value in values.items():
            setattr(row, name, value)


def delete_hours(store, entry_id: int) -> None:
    with store.write("delete_hours") as session:
        row = session.get(HourEntryRow, entry_id)
        ensure_unlocked(session, row.aios_id, row.day)
        session.delete(row)


def hold_meeting(
    store, aios_id: int, kind: str, day: date, status: MeetingStatus = MeetingStatus.HELD
) -> None:
    with store.write("add_meeting") as session:
        session.add(
            MeetingRow(
                aios_id=aios_id, kind=kind, held_on=day, status=status.value, created_at=NOW, updated_at=NOW
            )
        )
