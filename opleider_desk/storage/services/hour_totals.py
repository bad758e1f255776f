"""Hour sums the rules need, added up by SQLite rather than in Python.

A trainer logs a few entries a day for years; the due engine and the
obligations need only per-week or per-day totals, so one GROUP BY returns
those and no entry is ever loaded one by one.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.enums import CategoryKey
from ..models import HourCategoryRow, HourEntryRow

# SQLite: back six days, then forward to the next Monday (or stay on one).
_MONDAY = func.date(HourEntryRow.day, "-6 days", "weekday 1")


def _weekly(session: Session, query, aios_ids: Collection[int]) -> dict[int, dict[date, int]]:
    out: dict[int, dict[date, int]] = {a: {} for a in aios_ids}
    for aios_id, monday, minutes in session.execute(query):
        out.setdefault(aios_id, {})[date.fromisoformat(monday)] = int(minutes)
    return out


def supervision_per_week(
    session: Session, aios_ids: Collection[int], since: date
) -> dict[int, dict[date, int]]:
    """Per aios, minutes per ISO week (keyed by Monday) in categories that count as supervision."""
    query = (
        select(HourEntryRow.aios_id, _MONDAY, func.sum(HourEntryRow.minutes))
        .join(HourCategoryRow, HourCategoryRow.id == HourEntryRow.category_id)
        .where(
            HourCategoryRow.counts_as_supervision.is_(True),
            HourEntryRow.aios_id.in_(aios_ids),
            HourEntryRow.day >= since,
        )
        .group_by(HourEntryRow.aios_id, _MONDAY)
    )
    return _weekly(session, query, aios_ids)


def days_per_week(session: Session, aios_ids: Collection[int], since: date) -> dict[int, dict[date, int]]:
    """Per aios, on how many different days of each ISO week any hours were logged for them."""
    query = (
        select(HourEntryRow.aios_id, _MONDAY, func.count(func.distinct(HourEntryRow.day)))
        .where(HourEntryRow.aios_id.in_(aios_ids), HourEntryRow.day >= since)
        .group_by(HourEntryRow.aios_id, _MONDAY)
    )
    return _weekly(session, query, aios_ids)


def longest_session_per_week(
    session: Session, key: CategoryKey, aios_ids: Collection[int], since: date, until: date
) -> dict[int, dict[date, int]]:
    """Per aios and ISO week, the longest day's minutes in category ``key``: one session.

    Joint surgery is "1 x per week minimaal 2 uur" (``004_…`` criterium 1): one
    session of two hours, not two hours spread over the week.
    """
    per_day = (
        select(
            HourEntryRow.aios_id.label("aios_id"),
            HourEntryRow.day.label("day"),
            func.sum(HourEntryRow.minutes).label("minutes"),
        )
        .join(HourCategoryRow, HourCategoryRow.id == HourEntryRow.category_id)
        .where(
            HourCategoryRow.key == key.value,
            HourEntryRow.aios_id.in_(aios_ids),
            HourEntryRow.day >= since,
            HourEntryRow.day < until,
        )
        .group_by(HourEntryRow.aios_id, HourEntryRow.day)
        .subquery()
    )
    monday = func.date(per_day.c.day, "-6 days", "weekday 1")
    query = select(per_day.c.aios_id, monday, func.max(per_day.c.minutes)).group_by(per_day.c.aios_id, monday)
    return _weekly(session, query, aios_ids)


def category_per_week(
    session: Session, key: CategoryKey, aios_ids: Collection[int], since: date, until: date
) -> dict[int, dict[date, int]]:
    """Per aios, minutes per ISO week in the built-in category ``key``, days in [since, until)."""
    query = (
        select(HourEntryRow.aios_id, _MONDAY, func.sum(HourEntryRow.minutes))
        .join(HourCategoryRow, HourCategoryRow.id == HourEntryRow.category_id)
        .where(
            HourCategoryRow.key == key.value,
            HourEntryRow.aios_id.in_(aios_ids),
            HourEntryRow.day >= since,
            HourEntryRow.day < until,
        )
        .group_by(HourEntryRow.aios_id, _MONDAY)
    )
    return _weekly(session, query, aios_ids)


def own_minutes_per_day(
    session: Session, keys: Collection[CategoryKey], since: date, until: date
) -> dict[str, dict[date, int]]:
    """The trainer's own entries (no aios): minutes per day per category key."""
    query = (
        select(HourCategoryRow.key, HourEntryRow.day, func.sum(HourEntryRow.minutes))
        .join(HourCategoryRow, HourCategoryRow.id == HourEntryRow.category_id)
        .where(
            HourEntryRow.aios_id.is_(None),
            HourCategoryRow.key.in_([k.value for k in keys]),
            HourEntryRow.day >= since,
            HourEntryRow.day < until,
        )
        .group_by(HourCategoryRow.key, HourEntryRow.day)
    )
    out: dict[str, dict[date, int]] = {k.value: {} for k in keys}
    for key, day, minutes in session.execute(query):
        if key is not None:
            out[key][day] = int(minutes)
    return out
