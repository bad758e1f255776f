"""Every change to hour entries, meetings and signed documents, in the audit log.

Written from the undo recorder's row images in ``Store.write`` (and for undo
and redo in ``Store._replay``), so each change is recorded once, whichever
service made it, in the same transaction: who (the computer's user), what
(table, row, old → new per column), when. A service's own ``Audit`` entry
(signing, unlocking, an import) stays beside it as the act's summary.

A run of autosaves of one meeting form is one entry: the values before the
first save and after the last (``COALESCE_MINUTES``), instead of an entry per
pause in typing. An operation that touches many rows of a table at once (an
import) gets one entry per table with the ids and the count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.quarters import Quarter
from .models import AuditLogRow
from .undo import Change, InsertedRows, RowChange

AUDITED = frozenset({"hour_entry", "meeting", "statement", "agreement", "learning_goal"})
_NOT_SHOWN = frozenset({"created_at", "updated_at"})  # bookkeeping, not what changed
BULK = 50  # more changed rows of one table than this: one summary entry
COALESCE_MINUTES = 15
COALESCED_OPS = frozenset({"save_meeting_progress"})
# Erasing an aios (AVG art. 17) must not copy the erased values into the log;
# its own entry records only the counts (``storage.privacy.ERASE_AIOS``).
UNAUDITED_OPS = frozenset({"erase_aios"})
ROW_CHANGE = "row_change"  # ``details["kind"]`` of an entry written here


@cache
def current_user() -> str:
    """Who is at the keyboard, as the operating system knows them."""
    import getpass  # here: it brings termios along, and the window opens without a change

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account, a container)
        return ""


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _context(table: str, image: dict[str, Any]) -> dict[str, Any]:
    """The aios and quarter a row belongs to, for the log's filters."""
    context: dict[str, Any] = {}
    if image.get("aios_id") is not None:
        context["aios_id"] = image["aios_id"]
    day = None
    if table == "hour_entry":
        day = image.get("day")
    elif table == "meeting":
        day = image.get("held_on") or image.get("planned_at")
    elif table == "statement" and image.get("year") and image.get("quarter"):
        context["quarter"] = str(Quarter(image["year"], image["quarter"]))
    elif table == "agreement":
        day = image.get("due_date") or image.get("created_at")
    elif table == "learning_goal":
        day = image.get("created_on")
    if isinstance(day, datetime):
        day = day.date()
    if isinstance(day, date):
        context["quarter"] = str(Quarter.of(day))
    return context


def _one(change: RowChange) -> dict[str, Any]:
    image = change.after if change.after is not None else change.before or {}
    details: dict[str, Any] = {"kind": ROW_CHANGE, "table": change.table, **_context(change.table, image)}
    if change.before is None:
        details["change"] = "added"
        details["new"] = {k: _plain(v) for k, v in (change.after or {}).items() if k not in _NOT_SHOWN}
    elif change.after is None:
        details["change"] = "deleted"
        details["old"] = {k: _plain(v) for k, v in change.before.items() if k not in _NOT_SHOWN}
    else:
        details["change"] = "changed"
        details["fields"] = {
            k: [_plain(change.before.get(k)), _plain(v)]
            for k, v in change.after.items()
            if k not in _NOT_SHOWN and change.before.get(k) != v
        }
    return details


def id_ranges(ids: Sequence[int]) -> list[list[int]]:
    """Ascending unique ids as [first, last] runs: an import's ids are one run."""
    if not ids:
        return []
    if ids[-1] - ids[0] + 1 == len(ids):  # unique and ascending: the endpoints say it all
        return [[ids[0], ids[-1]]]
    runs = [[ids[0], ids[0]]]
    for ident in ids[1:]:
        if ident == runs[-1][1] + 1:
            runs[-1][1] = ident
        else:
            runs.append([ident, ident])
    return runs


def audit_changes(
    session: Session, op: str, changes: Iterable[Change], *, at: datetime | None = None
) -> None:
    """Add the audit entries for ``changes`` of ``op`` to ``session`` (before it commits)."""
    if op in UNAUDITED_OPS:
        return
    at = at or datetime.now().replace(microsecond=0)
    per_table: dict[str, list[RowChange]] = {}
    user = current_user()
    for change in changes:
        if change.table not in AUDITED:
            continue
        if isinstance(change, InsertedRows):
            details: dict[str, Any] = {
                "kind": ROW_CHANGE,
                "table": change.table,
                "change": "bulk",
                "count": len(change.ids),
                # As ranges: an import's 200,000 ids as a list were 1.6 MB of JSON in
                # the log, encoded in one call that held the interpreter (and so the
                # window) some 60 ms at the import and again at its undo.
                "id_ranges": id_ranges(change.ids),
                "user": user,
                **change.context,
            }
            session.add(
                AuditLogRow(
                    at=at, action=op, entity=change.table, entity_id=None, summary="", details=details
                )
            )
        else:
            per_table.setdefault(change.table, []).append(change)
    for table, rows in per_table.items():
        if len(rows) > BULK:
            contexts = [_context(table, c.after or c.before or {}) for c in rows]
            details = {
                "kind": ROW_CHANGE,
                "table": table,
                "change": "bulk",
                "count": len(rows),
                "ids": [dict(c.key).get("id") for c in rows],
                "user": user,
            }
            aios = {c.get("aios_id") for c in contexts}
            quarters = {c.get("quarter") for c in contexts}
            if len(aios) == 1 and None not in aios:
                details["aios_id"] = aios.pop()
            if len(quarters) == 1 and None not in quarters:
                details["quarter"] = quarters.pop()
            session.add(
                AuditLogRow(at=at, action=op, entity=table, entity_id=None, summary="", details=details)
            )
            continue
        for change in rows:
            details = {**_one(change), "user": user}
            if details.get("change") == "changed" and not details.get("fields"):
                continue
            entity_id = dict(change.key).get("id")
            if op in COALESCED_OPS and _coalesce(session, op, table, entity_id, details, at):
                continue
            session.add(
                AuditLogRow(at=at, action=op, entity=table, entity_id=entity_id, summary="", details=details)
            )


def _coalesce(session: Session, op: str, table: str, entity_id: Any, details: dict, at: datetime) -> bool:
    """Fold an autosave into the entry of the autosave before it, if that is recent."""
    last = session.scalars(select(AuditLogRow).order_by(AuditLogRow.id.desc()).limit(1)).first()
    if (
        last is None
        or last.action != op
        or last.entity != table
        or last.entity_id != entity_id
        or at - last.at > timedelta(minutes=COALESCE_MINUTES)
        or (last.details or {}).get("kind") != ROW_CHANGE
    ):
        return False
    fields = dict((last.details or {}).get("fields", {}))
    for name, (old, new) in details.get("fields", {}).items():
        fields[name] = [fields[name][0] if name in fields else old, new]
    last.details = {**last.details, "fields": fields, "until": at.isoformat()}
    return True
