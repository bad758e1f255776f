"""Hour entries: read, log, edit and delete them.

Every write of an entry asks ``locks.ensure_unlocked`` for the day it had
and the day it gets, so a signed quarter stays as it was printed. A day may
hold at most 24 hours in total, whoever they were spent with: the hours are
the trainer's own time.

Reads are Core queries over only the columns an entity needs (the table may
hold 200,000 rows); sums are GROUP BY queries, so the views and the due
engine never add up rows in Python.

The routine (``hour_routines``), copying a week (``hour_copy_week``) and the
CSV import (``hour_import``) are services of their own; the first two add
their entries through ``HoursService.add_new``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Select, String, Table, delete, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from ...domain.day_limit import over_limit_problem
from ...domain.entities import HourEntry
from ...domain.enums import StatementStatus

# Defined with the hour norms; services, tabs and commands import them from here too.
from ...domain.hour_norms import ALL, AiosFilter, HourTotals
from ...domain.problems import Problem, ValidationFailed
from ...domain.quarters import Period
from ...domain.validation import validate_hour_entry
from ..changes import Area, Operation
from ..models import AiosRow, HourCategoryRow, HourEntryRow, StatementRow
from ..store import Audit, Store, recorder_of
from ..undo import RowChange
from .locks import ensure_unlocked

if TYPE_CHECKING:  # the CSV reader is the import's, not the window's on opening the hours tab
    from ...domain.csv_hours import ImportRow

__all__ = ["ALL", "AiosFilter", "EntryKey", "HourTotals", "HoursService", "entry_key"]

ADD_HOURS = Operation("add_hours", Area.HOURS)
UPDATE_HOURS = Operation("update_hours", Area.HOURS)
DELETE_HOURS = Operation("delete_hours", Area.HOURS)

ENTRY_TABLE = cast(Table, HourEntryRow.__table__)
_T = ENTRY_TABLE
# Table columns, not ORM attributes: a Core select on a connection skips the ORM's row loading.
_ENTRY_COLUMNS = (_T.c.id, _T.c.day, _T.c.minutes, _T.c.category_id, _T.c.aios_id, _T.c.description)

_FETCH_PART = 4_000
EntryKey = tuple[date, int | None, int, int]  # day, aios, category, minutes: what "the same" means


def now() -> datetime:
    """When a row is created or updated, to the second."""
    return datetime.now().replace(microsecond=0)


def entry_key(entry: HourEntry | ImportRow) -> EntryKey:
    """What makes two entries "the same" for copying, the routine and re-imports."""
    return (entry.day, entry.aios_id, entry.category_id, entry.minutes)


def _entries(rows) -> list[HourEntry]:
    return [
        HourEntry(id=i, day=d, minutes=m, category_id=c, aios_id=a, description=t)
        for i, d, m, c, a, t in rows
    ]


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    # Well below SQLite's limit on bound parameters in one statement.
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _aios_clause(query: Select, aios: AiosFilter) -> Select:
    if aios == ALL:
        return query
    if aios is None:
        return query.where(HourEntryRow.aios_id.is_(None))
    return query.where(HourEntryRow.aios_id == aios)


def _in_period(query: Select, period: Period | None) -> Select:
    if period is None:
        return query
    return query.where(HourEntryRow.day.between(period.start, period.end))


class HoursService:
    def __init__(self, store: Store):
        self.store = store

    # ------------------------------------------------------------------ reads
    def entries(
        self, period: Period | None, *, aios: AiosFilter = ALL, limit: int | None = None
    ) -> list[HourEntry]:
        """Entries in ``period`` (None: all), by day; ``aios`` an id, None (own time) or ALL;
        ``limit``: only the first so many."""
        entries: list[HourEntry] = []
        for part in self.entry_parts(period, aios=aios, limit=limit):
            entries += _entries(part)
        return entries

    def description_size(self, period: Period | None, *, aios: AiosFilter = ALL) -> int:
        """Characters of description in ``period``: whether a list of it holds them, or
        reads them from the file (``hour_descriptions``, imported only then)."""
        query = _aios_clause(_in_period(select(func.total(func.length(_T.c.description))), period), aios)
        with self.store.read() as session:
            return int(session.connection().execute(query).scalar_one() or 0)

    def entry_parts(
        self,
        period: Period | None,
        *,
        aios: AiosFilter = ALL,
        limit: int | None = None,
        ranked: bool = False,
    ) -> Iterator[Sequence[tuple[int, date, int, int, int | None, Any]]]:
        """``entries`` as plain rows (id, day, minutes, category id, aios id, description),
        a few thousand at a time: the hours list keeps numbers, not an object per entry.

        ``ranked``: each row ends in its description's place among the period's instead
        (``description_functions.rank_column``): a list too large to hold the texts sorts by it."""
        from .description_functions import rank_column, with_functions

        # The day as SQLite stores it, made a date once per distinct day (a few thousand).
        last = rank_column() if ranked else _T.c.description
        columns = (_T.c.id, type_coerce(_T.c.day, String), *_ENTRY_COLUMNS[2:5], last)
        query = _aios_clause(_in_period(select(*columns), period), aios)
        if period is None:
            # Every entry: a scan of the table and SQLite's own sort (0.7 s for 200,000)
            # rather than a walk along the day index with a look-up per row (2 s); the
            # unary plus keeps the index out of it.
            query = query.order_by(literal_column(f"+{_T.name}.day"), _T.c.id)
        else:
            query = query.order_by(_T.c.day, _T.c.id)
        days: dict[str, date] = {}
        with self.store.read() as session:
            if ranked:
                with_functions(session)
            # In parts: one fetch of 200,000 rows is one long call that, on a
            # worker thread, would keep the window from the interpreter meanwhile.
            # The driver's own rows: every column is what SQLite holds (the day as text),
            # so SQLAlchemy's row objects would only add half a second per 200,000.
            result = session.connection().execute(query.limit(limit))
            cursor = result.cursor
            assert cursor is not None
            while part := cursor.fetchmany(_FETCH_PART):
                rows = []
                for i, d, m, c, a, t in part:
                    day = days.get(d)
                    if day is None:
                        day = days[d] = date.fromisoformat(d)
                    rows.append((i, day, m, c, a, t))
                yield rows
            result.close()
            if period is None:
                # The scan filled this connection's page cache; the pool keeps it.
                session.connection().exec_driver_sql("PRAGMA shrink_memory")

    def count(self, period: Period | None, *, aios: AiosFilter = ALL) -> int:
        query = _aios_clause(_in_period(select(func.count()).select_from(_T), period), aios)
        with self.store.read() as session:
            return int(session.connection().execute(query).scalar_one())

    def span(self) -> Period | None:
        """From the first day with hours to the last, or None when there are none."""
        with self.store.read() as session:
            # Two subqueries: SQLite finds a lone min or max in the index, both at once by a scan.
            first, last = (
                session.connection()
                .execute(
                    select(
                        select(func.min(_T.c.day)).scalar_subquery(),
                        select(func.max(_T.c.day)).scalar_subquery(),
                    )
                )
                .one()
            )
        return Period(first, last) if first is not None else None

    def get(self, entry_id: int) -> HourEntry:
        with self.store.read() as session:
            rows = session.connection().execute(select(*_ENTRY_COLUMNS).where(_T.c.id == entry_id)).all()
        if not rows:
            raise KeyError(entry_id)
        return _entries(rows)[0]

    def totals(self, period: Period, *, aios: AiosFilter = ALL) -> HourTotals:
        query = select(
            HourEntryRow.aios_id, HourEntryRow.category_id, func.sum(HourEntryRow.minutes)
        ).group_by(HourEntryRow.aios_id, HourEntryRow.category_id)
        query = _aios_clause(_in_period(query, period), aios)
        with self.store.read() as session:
            return HourTotals({(a, c): int(m) for a, c, m in session.execute(query)})

    def locked_quarters(self) -> frozenset[tuple[int | None, int, int]]:
        """(aios id or None, year, quarter number) of every signed statement."""
        query = select(StatementRow.aios_id, StatementRow.year, StatementRow.quarter).where(
            StatementRow.status == StatementStatus.SIGNED.value
        )
        with self.store.read() as session:
            return frozenset((aios_id, year, quarter) for aios_id, year, quarter in session.execute(query))

    def lock_problem(self, entry: HourEntry) -> Problem | None:
        """Why ``entry`` cannot be changed (its quarter is signed), or None."""
        with self.store.read() as session:
            try:
                ensure_unlocked(session, entry.aios_id, entry.day)
            except ValidationFailed as failure:
                return failure.problems[0]
        return None

    # ------------------------------------------------------------------ writes
    def add(
        self,
        entry: HourEntry,
        *,
        op: Operation = ADD_HOURS,
        precheck: Callable[[Session], None] | None = None,
    ) -> int:
        """Add one entry; ``op`` names the undo step when another area logs it.

        ``precheck`` runs first in the same transaction, so a caller's own
        refusal (a meeting already logged) cannot race the insert.
        """
        with self.store.write(op) as session:
            if precheck is not None:
                precheck(session)
            self.check_entry(session, entry, previous=None)
            row = HourEntryRow(
                day=entry.day,
                minutes=entry.minutes,
                aios_id=entry.aios_id,
                category_id=entry.category_id,
                description=entry.description.strip(),
                created_at=now(),
                updated_at=now(),
            )
            session.add(row)
            session.flush()
            return row.id

    def update(self, entry: HourEntry) -> None:
        if entry.id is None:
            raise ValueError("update needs an entry with an id")
        with self.store.write(UPDATE_HOURS) as session:
            row = session.get(HourEntryRow, entry.id)
            if row is None:
                raise ValidationFailed([Problem("hours.entry_gone")])
            self.check_entry(session, entry, previous=row)
            row.day, row.minutes, row.aios_id = entry.day, entry.minutes, entry.aios_id
            row.category_id, row.description = entry.category_id, entry.description.strip()
            row.updated_at = now()

    def delete(self, entry_ids: Iterable[int]) -> int:
        """Delete entries in one undo step; refused as a whole if any is locked.

        Core statements noted on the undo recorder: selecting a year and
        pressing Del must not load tens of thousands of ORM objects.
        """
        ids = list(dict.fromkeys(entry_ids))
        if not ids:
            return 0
        audit = Audit(entity="hour_entry", summary=f"{len(ids)} entries", details={"ids": ids[:100]})
        with self.store.write(DELETE_HOURS, audit=audit) as session:
            connection = session.connection()
            rows = [
                dict(row)
                for chunk in _chunks(ids)
                for row in connection.execute(select(_T).where(_T.c.id.in_(chunk))).mappings()
            ]
            checked = set()
            for row in rows:
                day = row["day"]
                where = (row["aios_id"], day.year, (day.month - 1) // 3)
                if where not in checked:
                    checked.add(where)
                    ensure_unlocked(session, row["aios_id"], day)
            for chunk in _chunks([row["id"] for row in rows]):
                connection.execute(delete(_T).where(_T.c.id.in_(chunk)))
            recorder_of(session).note_bulk(
                RowChange("hour_entry", (("id", row["id"]),), row, None) for row in rows
            )
            return len(rows)

    def add_new(self, op: Operation, week: Period, wanted: Sequence[HourEntry]) -> int:
        """Add those of ``wanted`` not yet logged in ``week`` (nor twice), in one undo step ``op``.

        Returns how many were added; all are refused together if any is.
        """
        present = {entry_key(e) for e in self.entries(week)}
        new = []
        for entry in wanted:
            if entry_key(entry) not in present:
                present.add(entry_key(entry))
                new.append(entry)
        if not new:
            return 0
        with self.store.write(op, audit=Audit(entity="hour_entry", summary=f"{len(new)} entries")) as s:
            for entry in new:
                self.check_entry(s, entry, previous=None, pending=new)
            created = now()
            s.add_all(
                HourEntryRow(
                    day=e.day,
                    minutes=e.minutes,
                    aios_id=e.aios_id,
                    category_id=e.category_id,
                    description=e.description,
                    created_at=created,
                    updated_at=created,
                )
                for e in new
            )
        return len(new)

    # ------------------------------------------------------------------ checks
    def check_entry(
        self,
        session: Session,
        entry: HourEntry,
        *,
        previous: HourEntryRow | None,
        pending: Sequence[HourEntry] = (),
    ) -> None:
        problems = validate_hour_entry(entry)
        if entry.aios_id is not None and session.get(AiosRow, entry.aios_id) is None:
            problems.append(Problem("aios.gone", "aios_id"))
        category = session.get(HourCategoryRow, entry.category_id)
        if category is None:
            problems.append(Problem("hours.category_gone", "category_id"))
        elif not category.active and (previous is None or previous.category_id != entry.category_id):
            problems.append(Problem("hours.category_inactive", "category_id"))
        if problems:
            raise ValidationFailed(problems)
        if previous is not None:
            ensure_unlocked(session, previous.aios_id, previous.day)
        ensure_unlocked(session, entry.aios_id, entry.day)
        others = session.scalar(
            select(func.coalesce(func.sum(HourEntryRow.minutes), 0)).where(
                HourEntryRow.day == entry.day,
                HourEntryRow.id != (previous.id if previous is not None else -1),
            )
        )
        # Entries of the same operation not yet flushed count too (``entry`` among them).
        same_day = sum(e.minutes for e in pending if e.day == entry.day) or entry.minutes
        over = over_limit_problem(entry.day, int(others or 0) + same_day)
        if over is not None:
            raise ValidationFailed([over])
