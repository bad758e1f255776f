"""Row-level undo: what one operation changed, and how to take it back.

While an operation's session flushes, the recorder notes each row's values
before and after. Undo writes the "before" images back (re-inserting deleted
rows with their ids, deleting inserted ones); redo writes the "after" images.
This works for every table without per-operation inverse code, which is what
lets every service be undoable by default. The audit log is never recorded:
history of what was done must survive an undo.
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, event, insert, inspect, select, update
from sqlalchemy.orm import Session

from ..window_turns import give_way
from .changes import Operation
from .models import Base

NOT_RECORDED = frozenset({"audit_log"})
_TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


@dataclass(frozen=True, slots=True)
class RowChange:
    table: str
    key: tuple[tuple[str, Any], ...]  # primary key columns and values
    before: dict[str, Any] | None  # None: the row was inserted
    after: dict[str, Any] | None  # None: the row was deleted

    def reversed(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


@dataclass(eq=False)
class InsertedRows:
    """Rows one operation inserted in bulk (an import), known by their ids only.

    A step of 200,000 imported rows would otherwise hold every value of every
    row for as long as it can be undone. Undo reads the rows back just before
    it deletes them (``images``), so redo can insert them again; a later edit
    of one of them is then undone first, so what is read back is what was
    imported. While undone they are held packed (``_packed``): as tuples, the
    200,000 rows of a 50 MB sheet held 116 MB for as long as redo could follow.
    """

    table: str
    ids: array  # array("q"), ascending
    context: dict[str, Any] = field(default_factory=dict)  # for the audit log: one aios, one quarter
    images: tuple[tuple[str, ...], list[bytes]] | None = None  # columns, packed parts: while undone
    key: tuple[tuple[str, Any], ...] = ()  # no one row: never matches a RowChange's key

    def reversed(self) -> InsertedRows:
        return self


Change = RowChange | InsertedRows


@dataclass
class UndoStep:
    op: Operation  # the UI names it ("Undo add aios"); its undo announces its areas
    changes: list[Change] = field(default_factory=list)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(c.table for c in self.changes)


def _column_values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.columns[0].name: getattr(obj, attr.key)
        for attr in state.mapper.column_attrs
        if attr.columns[0].table is state.mapper.local_table
    }


def _committed_values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    values = _column_values(obj)
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.deleted:
            values[attr.columns[0].name] = history.deleted[0]
    return values


def _key(obj: Any, values: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    table = inspect(obj).mapper.local_table
    return tuple((c.name, values[c.name]) for c in table.primary_key.columns)


class Recorder:
    """Collects the RowChanges of one session until ``detach``."""

    def __init__(self, session: Session):
        self.session = session
        # By (table, key): a row changed again within the operation is found at once
        # (an import notes 200,000 rows; a scan of the list for each was quadratic).
        self._changes: dict[Any, Change] = {}
        self.touched: set[str] = set()
        self._pending: list[tuple[Any, dict[str, Any] | None]] = []
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush", self._after_flush)

    def detach(self) -> None:
        event.remove(self.session, "before_flush", self._before_flush)
        event.remove(self.session, "after_flush", self._after_flush)

    @property
    def changes(self) -> list[Change]:
        return list(self._changes.values())

    def note_bulk(self, changes: Iterable[RowChange]) -> None:
        """For Core bulk writes the ORM events do not see."""
        for change in changes:
            self._add(change)
            self.touched.add(change.table)

    def note_inserted(self, rows: InsertedRows) -> None:
        """For a Core insert of many rows: undone by id, see ``InsertedRows``."""
        self._changes[("inserted", id(rows))] = rows
        self.touched.add(rows.table)

    def _add(self, change: RowChange) -> None:
        """One change per row: a row flushed twice in one operation (an autoflush
        between two assignments) keeps its first "before" and its last "after",
        so undo restores the row as it was before the operation, not halfway."""
        where = (change.table, change.key)
        known = self._changes.get(where)
        if isinstance(known, RowChange):
            merged = RowChange(change.table, change.key, known.before, change.after)
            if merged.before is None and merged.after is None:
                del self._changes[where]  # inserted and deleted again: nothing happened
            else:
                self._changes[where] = merged
            return
        self._changes[where] = change

    @staticmethod
    def _table(obj: Any) -> str:
        return inspect(obj).mapper.local_table.name

    def _before_flush(self, session: Session, _context, _instances) -> None:
        for obj in session.new:
            self._pending.append((obj, None))
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self._pending.append((obj, _committed_values(obj)))
        for obj in session.deleted:
            table = self._table(obj)
            self.touched.add(table)
            if table not in NOT_RECORDED:
                values = _committed_values(obj)
                self._add(RowChange(table, _key(obj, values), values, None))

    def _after_flush(self, _session: Session, _context) -> None:
        for obj, before in self._pending:
            table = self._table(obj)
            self.touched.add(table)
            if table in NOT_RECORDED:
                continue
            after = _column_values(obj)
            if before == after:
                continue
            self._add(RowChange(table, _key(obj, after), before, after))
        self._pending.clear()


def _where(table: Table, key: tuple[tuple[str, Any], ...]):
    return and_(*(table.c[name] == value for name, value in key))


_ID_PART = 500  # ids in one statement: well below SQLite's limit on bound parameters


def _id_parts(ids: array) -> Iterator[list[int]]:
    for start in range(0, len(ids), _ID_PART):
        yield ids[start : start + _ID_PART].tolist()


def _packed(images: list[tuple[Any, ...]]) -> bytes:
    """Rows the process itself read, packed small (zlib lets go of the interpreter meanwhile)."""
    return zlib.compress(pickle.dumps(images, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpacked(packed: bytes) -> list[tuple[Any, ...]]:
    # Only what ``_packed`` made in this process, never bytes from a file.
    return pickle.loads(zlib.decompress(packed))


def _apply_inserted(session: Session, rows: InsertedRows, *, backwards: bool) -> None:
    table = Base.metadata.tables[rows.table]
    connection = session.connection()
    if backwards:
        columns = tuple(c.name for c in table.columns)
        parts: list[bytes] = []
        for part in _id_parts(rows.ids):
            images = [tuple(r) for r in connection.execute(select(table).where(table.c.id.in_(part)))]
            parts.append(_packed(images))
            connection.execute(delete(table).where(table.c.id.in_(part)))
            give_way()
        rows.images = (columns, parts)
    elif rows.images is not None:
        columns, parts = rows.images
        for packed in parts:
            chunk = _unpacked(packed)
            connection.execute(insert(table), [dict(zip(columns, image, strict=True)) for image in chunk])
            give_way()
        rows.images = None


def apply(session: Session, changes: list[Change], *, backwards: bool) -> None:
    """Write the before (undo) or after (redo) images of ``changes``.

    Rows to re-create go in parent-first order, rows to remove child-first,
    so foreign keys hold at every statement.
    """
    tables = Base.metadata.tables
    creates: list[tuple[RowChange, dict[str, Any]]] = []
    updates: list[tuple[RowChange, dict[str, Any]]] = []
    removes: list[RowChange] = []
    for bulk in changes:
        if isinstance(bulk, InsertedRows):
            _apply_inserted(session, bulk, backwards=backwards)
    for change in changes:
        if isinstance(change, InsertedRows):
            continue
        target = change.before if backwards else change.after
        source = change.after if backwards else change.before
        if target is None:
            removes.append(change)
        elif source is None:
            creates.append((change, target))
        else:
            updates.append((change, target))
    creates.sort(key=lambda item: _TABLE_ORDER[item[0].table])
    removes.sort(key=lambda c: _TABLE_ORDER[c.table], reverse=True)
    for change, values in creates:
        session.execute(insert(tables[change.table]).values(**values))
    for change, values in updates:
        table = tables[change.table]
        session.execute(update(table).where(_where(table, change.key)).values(**values))
    for change in removes:
        table = tables[change.table]
        session.execute(delete(table).where(_where(table, change.key)))


class UndoStack:
    """Linear undo/redo history of one open file (not persisted)."""

    def __init__(self, limit: int = 100):
        self.limit = limit
        self._done: list[UndoStep] = []
        self._undone: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        self._done.append(step)
        del self._done[: -self.limit]
        self._undone.clear()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def peek_undo(self) -> UndoStep | None:
        return self._done[-1] if self._done else None

    def peek_redo(self) -> UndoStep | None:
        return self._undone[-1] if self._undone else None

    def take_undo(self) -> UndoStep:
        step = self._done.pop()
        self._undone.append(step)
        return step

    def take_redo(self) -> UndoStep:
        step = self._undone.pop()
        self._done.append(step)
        return step

    def carry_forward(self, changes: Iterable[Change]) -> None:
        """Let changes made outside undo survive every later undo and redo.

        A write that pushes no step (an autosave) still changes rows that
        older steps hold full images of; without this, undoing such a step
        would write back the old values of the autosaved columns too. Only
        updated columns are carried; rows inserted or deleted outside undo
        are left to the steps that know them.
        """
        changes = list(changes)
        rows = {(c.table, c.key) for c in changes}
        if any((c.table, c.key) in rows for step in self._undone for c in step.changes):
            # A redo would write back images made before this change (a signed
            # report's code over answers typed since): a new edit ends redo.
            self._undone.clear()
        for change in changes:
            if isinstance(change, InsertedRows) or change.before is None or change.after is None:
                continue
            changed = {k: v for k, v in change.after.items() if change.before.get(k) != v}
            for step in (*self._done, *self._undone):
                for recorded in step.changes:
                    if (
                        isinstance(recorded, RowChange)
                        and recorded.table == change.table
                        and recorded.key == change.key
                    ):
                        for image in (recorded.before, recorded.after):
                            if image is not None:
                                image.update(changed)

    def restore_undo(self, step: UndoStep) -> None:
        """Put back a step whose undo failed."""
        self._undone.remove(step)
        self._done.append(step)

    def restore_redo(self, step: UndoStep) -> None:
        self._done.remove(step)
        self._undone.append(step)
