"""The aios of a data file read with the standard library, before SQLAlchemy has loaded.

Importing SQLAlchemy and the models costs about half a second of start-up,
and the aios overview the window opens on needs one table. So at start-up
the window reads that table with ``sqlite3`` (read-only, without the lock,
writing nothing), shows it, and opens the file the ordinary way right after
that paint; from then on every read and every write goes through the
``Store``. Rows become entities through the same ``mapping.to_entity`` the
services use. Anything out of the ordinary (no file yet, not plain SQLite,
as an encrypted file, another schema revision, any SQLite error) gives
None: the window then opens the file the ordinary way at once, and that
way explains what is wrong.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from ..domain.entities import Aios
from .integrity import readonly_uri
from .mapping import to_entity
from .migrations_info import HEAD_REVISION
from .sqlite_header import looks_like_sqlite

# SQLAlchemy's Date keeps an ISO date string in SQLite.
_DATE_COLUMNS = ("start_date", "expected_end_date")


def aios_first_look(path: Path) -> list[Aios] | None:
    """Every aios in ``path`` ordered by name, as ``AiosService.list()`` gives them, or None."""
    if not path.is_file() or not looks_like_sqlite(path):
        return None
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != HEAD_REVISION:
                return None
            con.row_factory = sqlite3.Row
            rows = con.execute("SELECT * FROM aios ORDER BY name").fetchall()
        finally:
            con.close()
        return [to_entity(Aios, SimpleNamespace(**_python_values(row))) for row in rows]
    except (sqlite3.Error, ValueError, TypeError):
        return None


def _python_values(row: sqlite3.Row) -> dict[str, object]:
    values = dict(zip(row.keys(), row, strict=True))
    for name in _DATE_COLUMNS:
        if values.get(name) is not None:
            values[name] = date.fromisoformat(values[name])
    return values
