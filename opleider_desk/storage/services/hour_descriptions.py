"""Hour descriptions read where they are kept, for a list too large to hold them.

After a whole-career sheet is imported, every entry is 400,000 entries with
50 MB of descriptions, each unlike any other; the hours list held them all in
memory (300 MB resident at rest). A list that large holds none: it reads the
descriptions of the rows it shows (``texts``), sorts by a rank SQLite gives
each entry's description (``HoursService.entry_parts(ranked=True)``), and
searches them here (``matching``).

Both order and search are the list's own, to the letter: SQLite's ``lower()``
knows only A–Z, so the rank is of the text as Python case-folds it, and a text
with a letter past ASCII is searched as Python lowers it (``od_fold`` and
``od_holds``, from ``description_functions``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import LargeBinary, case, cast, func, select

from .description_functions import with_functions
from .hours import ALL, ENTRY_TABLE, AiosFilter, _aios_clause, _chunks, _in_period

if TYPE_CHECKING:
    from ...domain.quarters import Period
    from ..store import Store

_T = ENTRY_TABLE


class HourDescriptionService:
    def __init__(self, store: Store):
        self.store = store

    def texts(self, ids: Iterable[int]) -> dict[int, str]:
        """The descriptions of these entries (an entry gone meanwhile is left out)."""
        found: dict[int, str] = {}
        with self.store.read() as session:
            connection = session.connection()
            for chunk in _chunks(list(ids)):
                rows = connection.execute(select(_T.c.id, _T.c.description).where(_T.c.id.in_(chunk)))
                found.update((ident, text) for ident, text in rows)
        return found

    def matching(self, word: str, period: Period | None, *, aios: AiosFilter = ALL) -> set[int]:
        """The entries in ``period`` whose description holds ``word`` (in lower case), as
        ``word in description.lower()`` says: an ASCII text by SQLite's ``lower()``, the
        same there, any other by Python's."""
        description = _T.c.description
        # More bytes than characters: a character past ASCII (a GLOB for one took 3 times as long).
        wide = func.length(description) != func.length(cast(description, LargeBinary))
        holds = case(
            (wide, func.od_holds(description, word) == 1),
            else_=func.instr(func.lower(description), word) > 0,
        )
        query = select(_T.c.id).where(holds)
        query = _aios_clause(_in_period(query, period), aios)
        with self.store.read() as session:
            with_functions(session)
            return set(session.connection().execute(query).scalars())
