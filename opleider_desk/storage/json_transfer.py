"""Everything in a data file as one JSON document, and back (issue 14: data the trainer owns).

The format is described in ``docs/json-format.md``. In short::

    {"format": "opleider-desk", "version": 1, "schema": "<alembic revision>",
     "exported_at": "2026-05-01T10:00:00",
     "tables": {"<table>": [{"<column>": <value>, ...}, ...], ...}}

Every table of the schema is there (also when empty), rows ordered by
``id``, columns in the order of the schema. Dates and times are ISO 8601 text, binary
columns (attachments) ``{"base64": "..."}``, JSON columns themselves.
``version`` goes up whenever a reader of the old version would misread a
new file; a file with a higher version than this program knows is refused.
Importing goes into an empty data file only, in one transaction, with the
ids as they were, so the audit log and every reference stay true.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    delete,
    func,
    select,
)
from sqlalchemy.exc import IntegrityError

from .migrations_info import HEAD_REVISION
from .models import Base, HourCategoryRow
from .store import Store

FORMAT = "opleider-desk"
VERSION = 1
IMPORT_JSON = "import_json"


class TransferError(Exception):
    """The JSON file cannot be imported; ``code`` says why (for the UI), ``detail`` where."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}".strip())


def tables() -> list[Table]:
    """Every table of the schema, parents before the rows that refer to them."""
    return list(Base.metadata.sorted_tables)


def _to_json(column, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, LargeBinary):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _from_json(table: Table, column, value: Any) -> Any:
    if value is None:
        return None
    where = f"{table.name}.{column.name}"
    try:
        if isinstance(column.type, LargeBinary):
            return base64.b64decode(value["base64"], validate=True)
        if isinstance(column.type, DateTime):
            return datetime.fromisoformat(value)
        if isinstance(column.type, Date):
            return date.fromisoformat(value)
    except (TypeError, KeyError, ValueError) as exc:
        raise TransferError("json.bad_value", where) from exc
    kind = column.type
    wrong = (
        (isinstance(kind, Boolean) and not isinstance(value, bool))
        or (isinstance(kind, Integer) and (isinstance(value, bool) or not isinstance(value, int)))
        or (isinstance(kind, String) and not isinstance(value, str))
        or (not isinstance(kind, JSON) and isinstance(value, dict | list))
    )
    if wrong:
        raise TransferError("json.bad_value", where)
    return value


def export_document(store: Store, *, now: datetime | None = None) -> dict[str, Any]:
    now = (now or datetime.now()).replace(microsecond=0)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "schema": HEAD_REVISION,
        "exported_at": now.isoformat(),
        "tables": {},
    }
    with store.read() as session:
        for table in tables():
            order = [table.c.id] if "id" in table.c else list(table.primary_key.columns)
            rows = session.execute(select(table).order_by(*order))
            document["tables"][table.name] = [
                {column.name: _to_json(column, row._mapping[column]) for column in table.c} for row in rows
            ]
    return document


def export_json(store: Store, *, now: datetime | None = None) -> bytes:
    text = json.dumps(export_document(store, now=now), ensure_ascii=False, indent=1)
    return text.encode("utf-8")


def _is_empty(session) -> bool:
    """No row anywhere, apart from the built-in hour categories a new file is given."""
    for table in tables():
        if table.name == HourCategoryRow.__tablename__:
            custom = session.scalar(select(func.count()).select_from(table).where(table.c.name != ""))
            if custom:
                return False
        elif session.scalar(select(func.count()).select_from(table)):
            return False
    return True


def read_document(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TransferError("json.not_json", str(exc)) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TransferError("json.not_ours")
    version = document.get("version")
    if not isinstance(version, int):
        raise TransferError("json.not_ours")
    if version > VERSION:
        raise TransferError("json.newer", str(version))
    if not isinstance(document.get("tables"), dict):
        raise TransferError("json.not_ours")
    return document


def import_json(
    store: Store,
    data: bytes,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Put the exported ``data`` into the empty data file of ``store``; the row count per table."""
    document = read_document(data)
    known = {table.name: table for table in tables()}
    unknown = sorted(set(document["tables"]) - set(known))
    if unknown:
        raise TransferError("json.unknown_table", unknown[0])
    try:
        return _insert(store, document, progress)
    except IntegrityError as exc:  # a reference to a row that is not there, a duplicate id
        raise TransferError("json.inconsistent", str(exc.orig)) from exc


def _insert(store: Store, document: dict[str, Any], progress) -> dict[str, int]:
    counts: dict[str, int] = {}
    with store.write(IMPORT_JSON, undoable=False) as session:
        if not _is_empty(session):
            raise TransferError("json.target_not_empty")
        session.execute(delete(HourCategoryRow))
        ordered = [t for t in tables() if t.name in document["tables"]]
        for number, table in enumerate(ordered):
            rows = document["tables"][table.name]
            if not isinstance(rows, list):
                raise TransferError("json.bad_value", table.name)
            values = []
            for row in rows:
                if not isinstance(row, dict):
                    raise TransferError("json.bad_value", table.name)
                extra = set(row) - set(table.c.keys())
                if extra:
                    raise TransferError("json.unknown_column", f"{table.name}.{sorted(extra)[0]}")
                values.append({name: _from_json(table, table.c[name], value) for name, value in row.items()})
            if values:
                session.execute(table.insert(), values)
            counts[table.name] = len(values)
            if progress is not None:
                progress(number + 1, len(ordered))
    return counts
