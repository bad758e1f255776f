"""What an operation changed, in the program's own terms (as Anki's ``OpChanges``).

Each operation is an ``Operation``: its key (in the audit log, named by the
Undo menu) and the areas it changes, declared where the operation is named
(``ADD_AIOS = Operation("add_aios", Area.AIOS)``). ``Store.write(op)``
announces a ``Change`` with exactly those areas, and its undo and redo the
same. Views decide what to refresh from these, never from table names, so a
new table or a moved column changes a service and not every view. An
operation may change less than its tables suggest: the autosave of a
meeting's typed notes changes ``MEETING_NOTES``, not the meeting's date.
The tests check, for every write they make, that the declared areas cover
the tables it wrote (``tests/table_areas.py``), so a forgotten area fails.

The ``READ_BY_…`` sets say what a computation reads, so a view that shows its
result reloads on exactly those. This module stays light (no SQLAlchemy): the
overview imports it before the data file is open.
"""

from __future__ import annotations

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


class Operation(str):
    """An operation's key, with the areas it changes.

    A ``str``, so the key is what the audit log stores and the Undo menu names;
    ``areas`` is what its ``Change`` (and that of its undo) announces.
    """

    areas: frozenset[Area]

    def __new__(cls, key: str, *areas: Area) -> Operation:
        if not areas:
            raise ValueError(f"operation {key!r} declares no area")
        self = super().__new__(cls, key)
        self.areas = frozenset(areas)
        return self


#: Writes that replace or erase a whole aios's data, or the whole file's.
EVERYTHING = tuple(area for area in Area if area is not Area.AUDIT)


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
