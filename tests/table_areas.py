"""Which areas each table belongs to: the check that operations declare what they change.

The program announces the areas an operation declares (``storage/changes.py``)
and never derives them from tables. The tests do, to catch an operation that
writes a table none of its areas covers: ``tests/conftest.py`` checks every
write the suite makes.
"""

from __future__ import annotations

from collections.abc import Iterable

from opleider_desk.storage.changes import EVERYTHING, Area, Operation

#: Each table's area: a new table gets its line here (test_every_table_has_its_area checks).
TABLE_AREAS: dict[str, frozenset[Area]] = {
    "profile": frozenset({Area.PROFILE}),
    "aios": frozenset({Area.AIOS}),
    # The training's structure is part of the aios's details.
    "placement": frozenset({Area.AIOS}),
    "interruption": frozenset({Area.AIOS}),
    "hour_category": frozenset({Area.CATEGORIES}),
    "hour_entry": frozenset({Area.HOURS}),
    "recurring_hours": frozenset({Area.ROUTINES}),
    "meeting": frozenset({Area.MEETINGS, Area.MEETING_NOTES}),
    "agreement": frozenset({Area.AGREEMENTS}),
    "learning_goal": frozenset({Area.GOALS}),
    "statement": frozenset({Area.STATEMENTS}),
    "checklist_item": frozenset({Area.PORTFOLIO}),
    "attachment": frozenset({Area.PORTFOLIO}),
    "trainer_event": frozenset({Area.TRAINER_EVENTS}),
    "norm_setting": frozenset({Area.NORMS}),
    "audit_log": frozenset({Area.AUDIT}),
    "calendar_sent": frozenset({Area.CALENDAR}),
}


def areas_of(tables: Iterable[str]) -> frozenset[Area]:
    return frozenset(area for table in tables for area in TABLE_AREAS[table])


def undeclared(tables: Iterable[str], areas: frozenset[Area]) -> list[str]:
    """The tables written that none of ``areas`` covers."""
    return sorted(table for table in tables if TABLE_AREAS[table].isdisjoint(areas))


def setup_op(key: str) -> Operation:
    """A test's own write of rows (a signed statement, a norm) to set the scene: it may change anything."""
    return Operation(key, *EVERYTHING)
