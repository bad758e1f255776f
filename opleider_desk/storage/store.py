"""The one path every change takes (after Anki's operations).

``Store.write(op)`` opens a session and a transaction; the service does its
validated writes inside it; on success the audit entry is added in the same
transaction, an undo step is pushed and every listener hears one ``Change``
naming the operation and the areas it declares (``storage/changes.py``).
Nothing else writes.

Writes may come from a worker thread (a long import) as well as from the
window: one writer at a time holds the store's lock for the whole write and
its undo step. A store opened before its integrity check has run holds every
write back until the check has passed (``hold_writes``): the window is ready
at once, and nothing is written to a file that turns out to be damaged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..domain.problems import Problem, ValidationFailed
from .change_audit import audit_changes
from .changes import Area, Operation
from .database import Database
from .mapping import UNREADABLE, UnreadableRows
from .models import AuditLogRow
from .store_closed import StoreClosed
from .undo import Recorder, UndoStack, UndoStep, apply


class Service(Protocol):
    def __init__(self, store: Store) -> None: ...


S = TypeVar("S", bound=Service)


@dataclass(frozen=True, slots=True)
class Change:
    """One announcement per operation: what it changed (``areas``, see ``storage/changes.py``)."""

    op: Operation
    tables: frozenset[str]  # what it wrote, for the tests' check; views look at ``areas``
    areas: frozenset[Area]
    undo: bool = False  # this change is an undo or redo of ``op``

    def touches(self, areas: Iterable[Area]) -> bool:
        return not self.areas.isdisjoint(areas)


@dataclass
class Audit:
    """What an operation writes to the audit log, if it is worth recording."""

    entity: str = ""
    entity_id: int | None = None
    summary: str = ""
    details: dict[str, Any] = field(default_factory=dict)


class NothingToUndo(Exception):
    pass


class UndoConflict(Exception):
    """The step can no longer be replayed: later changes depend on what it would undo."""


_RECORDER = "opleider_desk.recorder"


def recorder_of(session: Session) -> Recorder:
    """The undo recorder of a ``Store.write`` session, for Core bulk writes (``note_bulk``)."""
    return session.info[_RECORDER]


class Store:
    def __init__(self, database: Database, *, user_files_dir: Path | None = None):
        self.database = database
        # The user data folder, where own copies of data files (checklists) may
        # live; the caller knows it (storage does not ask the platform).
        self.user_files_dir = user_files_dir
        self.history = UndoStack()
        self._listeners: list[Callable[[Change], None]] = []
        self._services: dict[type[Service], Any] = {}
        self._writer = threading.RLock()
        self._check_lock = threading.RLock()
        self._pending_check: Callable[[], list[str]] | None = None
        self._refusal: Problem | None = None
        self.check_findings: list[str] = []
        self.closed = False
        # Threads reading or writing now, with how deep (a write may read): ``close`` waits for them.
        self._in_use = threading.Condition()
        self._users: dict[int, int] = {}
        # Rows a list read left out for a value this version does not know (storage/mapping).
        self.unreadable = UnreadableRows()
        database.sessions.configure(info={UNREADABLE: self.unreadable})

    @property
    def path(self):
        return self.database.path

    @property
    def read_only(self) -> bool:
        """Opened beside another instance that writes: every change is refused."""
        return self.database.read_only

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ValidationFailed([Problem("file.read_only")])
        if self._pending_check is not None:
            self.run_pending_check()
        if self._refusal is not None:
            raise ValidationFailed([self._refusal])

    def hold_writes(self, check: Callable[[], list[str]]) -> None:
        """No write before ``check`` (SQLite's findings about the file) has run and found nothing.

        The window runs it on a worker thread once it is ready
        (``run_pending_check``); a write that comes first runs it itself, or
        waits for the running one. Findings refuse every write.
        """
        self._pending_check = check

    def run_pending_check(self) -> list[str]:
        """Run the check ``hold_writes`` was given, once; its findings (empty: sound)."""
        with self.using(), self._check_lock:
            check, self._pending_check = self._pending_check, None
            if check is not None:
                self.check_findings = check()
                if self.check_findings:
                    self._refusal = Problem("file.damaged")
        return self.check_findings

    @property
    def writes_held(self) -> bool:
        return self._pending_check is not None

    def close(self) -> None:
        """Close the file once the reads and writes of other threads have ended.

        Work that comes later gets ``StoreClosed``; so does a worker's next read,
        so a long task ends at its next step rather than holding the close up.
        """
        me = threading.get_ident()
        with self._in_use:
            self.closed = True
            self._in_use.wait_for(lambda: all(thread == me for thread in self._users))
        with self._writer:
            self.database.close()

    @contextmanager
    def using(self) -> Iterator[None]:
        """Hold the file open for one read or write; ``StoreClosed`` once it is closed."""
        me = threading.get_ident()
        with self._in_use:
            if self.closed:
                raise StoreClosed(self.path)
            self._users[me] = self._users.get(me, 0) + 1
        try:
            yield
        finally:
            with self._in_use:
                if self._users[me] == 1:
                    del self._users[me]
                    self._in_use.notify_all()
                else:
                    self._users[me] -= 1

    def service(self, cls: type[S]) -> S:
        """One instance of each service per open file."""
        if cls not in self._services:
            self._services[cls] = cls(self)
        return self._services[cls]

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.remove(listener)

    def _announce(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.using(), self.database.sessions() as session:
            yield session

    @contextmanager
    def write(self, op: Operation, *, audit: Audit | None = None, undoable: bool = True) -> Iterator[Session]:
        """One operation in one transaction; it announces the areas ``op`` declares."""
        if not isinstance(op, Operation):  # before anything is written
            raise TypeError(f"{op!r} is not an Operation: say what it changes (storage/changes.py)")
        with self.using():
            self._refuse_if_read_only()
            with self._writer:
                yield from self._write(op, audit, undoable)

    def _write(self, op: Operation, audit: Audit | None, undoable: bool) -> Iterator[Session]:
        session = self.database.sessions()
        recorder = Recorder(session)
        session.info[_RECORDER] = recorder
        try:
            with session.begin():
                yield session
                session.flush()
                audit_changes(session, op, recorder.changes)
                if audit is not None:
                    session.add(
                        AuditLogRow(
                            at=datetime.now().replace(microsecond=0),
                            action=op,
                            entity=audit.entity,
                            entity_id=audit.entity_id,
                            summary=audit.summary,
                            details=audit.details,
                        )
                    )
                session.flush()
        finally:
            recorder.detach()
            # No cycle session <-> recorder left for the collector: freed here, on the
            # writing thread, not later by a collection on the GUI thread while a
            # worker uses the pool (seen: a crash after an import from a worker).
            session.info.pop(_RECORDER, None)
            session.close()
        if undoable and recorder.changes:
            self.history.push(UndoStep(op, recorder.changes))
        elif recorder.changes:
            self.history.carry_forward(recorder.changes)
        if recorder.touched:
            touched = frozenset(recorder.touched)
            # The store writes the audit log itself, so it says so itself.
            logged = frozenset({Area.AUDIT}) if AuditLogRow.__tablename__ in touched else frozenset()
            self._announce(Change(op, touched, op.areas | logged))

    def _replay(self, step: UndoStep, *, backwards: bool) -> None:
        self._refuse_if_read_only()
        try:
            with self.database.sessions() as session, session.begin():
                # Re-created parents and children land in one transaction; let
                # SQLite check the foreign keys when it commits.
                session.execute(text("PRAGMA defer_foreign_keys=ON"))
                apply(session, step.changes, backwards=backwards)
                # An undo or redo changes rows too; the log says so, with what it wrote back.
                replayed = [c.reversed() if backwards else c for c in step.changes]
                audit_changes(session, f"{'undo' if backwards else 'redo'}:{step.op}", replayed)
        except SQLAlchemyError as exc:
            raise UndoConflict(step.op) from exc

    def undo(self) -> UndoStep:
        with self.using(), self._writer:
            return self._undo()

    def redo(self) -> UndoStep:
        with self.using(), self._writer:
            return self._redo()

    def _undo(self) -> UndoStep:
        if not self.history.can_undo:
            raise NothingToUndo
        step = self.history.take_undo()
        try:
            self._replay(step, backwards=True)
        except Exception:
            self.history.restore_undo(step)
            raise
        self._announce(Change(step.op, step.tables, step.op.areas, undo=True))
        return step

    def _redo(self) -> UndoStep:
        if not self.history.can_redo:
            raise NothingToUndo
        step = self.history.take_redo()
        try:
            self._replay(step, backwards=False)
        except Exception:
            self.history.restore_redo(step)
            raise
        self._announce(Change(step.op, step.tables, step.op.areas, undo=True))
        return step
