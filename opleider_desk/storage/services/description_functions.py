"""Python's own case rules inside SQLite, for ordering and searching hour descriptions.

SQLite's ``lower()`` knows only A–Z, while the hours list compares descriptions
as Python lowers and case-folds them; a list that reads its descriptions from
the file (``hour_descriptions``) must order and find them exactly as one that
holds them. ``od_fold`` and ``od_holds`` are given to a connection for the
statement only: no table, index or trigger needs them, so the file stays
readable by any SQLite. Its own module because both the hours service (the
ranked rows) and the description service use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, func

from ..models import HourEntryRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_T = cast(Table, HourEntryRow.__table__)


def folded(text: str) -> str:
    """A description as the hours list compares it when sorting."""
    lower = text.lower()
    return lower if lower.isascii() else lower.casefold()


def _holds(text: str | None, word: str) -> bool:
    return text is not None and word in text.lower()


def with_functions(session: Session) -> None:
    """``od_fold`` and ``od_holds`` on the session's connection, for the statements that use them."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    raw.create_function("od_fold", 1, folded, deterministic=True)
    raw.create_function("od_holds", 2, _holds, deterministic=True)


def rank_column():
    """Per entry the place of its description among the period's, case-folded (1 first;
    alike texts one place), for ``HoursService.entry_parts(ranked=True)``."""
    return func.dense_rank().over(order_by=func.od_fold(_T.c.description))
