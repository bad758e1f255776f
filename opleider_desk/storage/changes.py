"""What an operation changed, in the program's own terms (as Anki's ``OpChanges``).

Every ``Store.write`` announces a ``Change`` whose ``areas`` say what it
changed: aios, hours, meetings, … Views decide what to refresh from these,
never from table names, so a new table or a moved column changes this file and
not every view. An operation may declare its areas (``Store.write(op,
areas=…)``) when they are narrower than its tables suggest: the autosave of a
meeting's typed notes changes ``MEETING_NOTES``, not the meeting's date.

The ``READ_BY_…`` sets say what a computation reads, so a view that shows its
result reloads on exactly those. This module stays light (no SQLAlchemy): the
overview imports it before the data file is open.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Area(StrEnum):
    PROFILE = "profile"
    AIOS = "aios"
    CATEGORIES = "categories"  # hour categories
    HOURS = "hours"
    ROUTINES = "routines"  # recurring hours
    MEETINGS = "meetings"  # planning, holding, signing: what dates and statuses follow
    MEETING_NOTES = "meeting_notes"  # what is typed in a meeting's form and agenda
    AGREEMENTS = "agreements"
    GOALS = "goals"  # learning goals (IOP)
    STATEMENTS = "statements"  # signed quarterly statements
    PORTFOLIO = "portfolio"  # checklist items and their attachments
    TRAINER_EVENTS = "trainer_events"  # LEOh, services, courses: the trainer's obligations
    NORMS = "norms"
    AUDIT = "audit"
    CALENDAR = "calendar"  # what the calendar exports wrote (to cancel later); no view shows it


#: Each table's area: a new table gets its line here (tests/storage/test_changes.py checks).
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


#: What the due engine reads (``DueService.due``): meetings, agreements,
#: supervision hours, the LEOh events and the norms, besides the aios and the
#: profile (whose regulation an aios without one of their own follows).
READ_BY_DUE = frozenset(
    {
        Area.AIOS,
        Area.PROFILE,
        Area.MEETINGS,
        Area.AGREEMENTS,
        Area.HOURS,
        Area.CATEGORIES,
        Area.TRAINER_EVENTS,
        Area.NORMS,
    }
)
#: What the portfolio's checklist and review read (``PortfolioService``), the
#: missing counts of the overview among them.
READ_BY_PORTFOLIO = frozenset(
    {Area.AIOS, Area.PROFILE, Area.PORTFOLIO, Area.MEETINGS, Area.GOALS, Area.NORMS}
)
#: What the trainer's obligations read (``ObligationService``).
READ_BY_OBLIGATIONS = frozenset(
    {
        Area.AIOS,
        Area.TRAINER_EVENTS,
        Area.HOURS,
        Area.CATEGORIES,
        Area.STATEMENTS,
        Area.PROFILE,
        Area.NORMS,
        Area.MEETINGS,
        Area.PORTFOLIO,
    }
)
#: What a quarterly statement prints (``StatementService``): a signed paper
#: must keep matching these.
READ_BY_STATEMENT = frozenset(
    {
        Area.AIOS,
        Area.HOURS,
        Area.CATEGORIES,
        Area.MEETINGS,
        Area.AGREEMENTS,  # the agreements and goals a quarter's meetings produced
        Area.GOALS,
        Area.PROFILE,
        Area.STATEMENTS,
        Area.NORMS,
    }
)
#: What the hours tab shows: entries, their aios and categories, locks and norms.
#: The profile too: its regulation is the one an aios without their own is measured by.
READ_BY_HOURS = frozenset({Area.HOURS, Area.AIOS, Area.CATEGORIES, Area.STATEMENTS, Area.NORMS, Area.PROFILE})
