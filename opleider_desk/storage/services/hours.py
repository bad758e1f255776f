"""Hour entries: log, edit and delete them, copy a week, log the routine, import a file.

Every write of an entry asks ``locks.ensure_unlocked`` for the day it had
and the day it gets, so a signed quarter stays as it was printed. A day may
hold at most 24 hours in total, whoever they were spent with: the hours are
the trainer's own time.

Reads are Core queries over only the columns an entity needs (the table may
hold 200,000 rows); sums are GROUP BY queries, so the views and the due
engine never add up rows in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy import Select, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from ...domain.csv_hours import (
    ImportPreview,
    ImportRow,
    RowError,
    find_duplicates,
    name_resolver,
    parse_hours_csv,
)
from ...domain.day_limit import minutes_per_day, over_limit_problem
from ...domain.entities import HourEntry, RecurringHours
from ...domain.enums import StatementStatus

# Defined with the hour norms; services, tabs and commands import them from here too.
from ...domain.hour_norms import ALL, AiosFilter, HourTotals
from ...domain.problems import Problem, ValidationFailed
from ...domain.quarters import Period, Quarter
from ...domain.validation import validate_hour_entry
from ..models import (
    AiosRow,
    HourCategoryRow,
    HourEntryRow,
    RecurringHoursRow,
    StatementRow,
)
from ..store import Audit, Store, recorder_of
from ..undo import RowChange
from .locks import ensure_unlocked, signed_statement

ADD_HOURS = "add_hours"
UPDATE_HOURS = "update_hours"
DELETE_HOURS = "delete_hours"
COPY_LAST_WEEK = "copy_last_week"
LOG_ROUTINE = "log_routine"
IMPORT_HOURS = "import_hours"
ADD_ROUTINE = "add_routine"
UPDATE_ROUTINE = "update_routine"
DELETE_ROUTINE = "delete_routine"


_T = cast(Table, HourEntryRow.__table__)
# Table columns, not ORM attributes: a Core select on a connection skips the ORM's row loading.
_ENTRY_COLUMNS = (_T.c.id, _T.c.day, _T.c.minutes, _T.c.category_id, _T.c.aios_id, _T.c.description)

_FETCH_PART = 4_000
EntryKey = tuple[date, int | None, int, int]  # day, aios, category, minutes: what "the same" means


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _key(entry: HourEntry | ImportRow) -> EntryKey:
    return (entry.day, entry.aios_id, entry.category_id, entry.minutes)


@dataclass(frozen=True, slots=True)
class ImportCheck:
    """A parsed file with what the data file adds: locks, day totals, duplicates.

    ``errors`` holds the file's row errors and those the data file causes
    (a locked quarter, a day that would pass 24 hours); any error, or a
    file problem, blocks the import.
    """

    preview: ImportPreview
    errors: tuple[RowError, ...]
    existing_duplicates: frozenset[int] = field(default_factory=frozenset)  # line numbers
    file_duplicates: frozenset[int] = field(default_factory=frozenset)

    @property
    def can_import(self) -> bool:
        return bool(self.preview.rows) and not self.errors and not self.preview.file_problems

    def rows_to_import(self, *, skip_existing_duplicates: bool) -> list[ImportRow]:
        if not skip_existing_duplicates:
            return list(self.preview.rows)
        return [r for r in self.preview.rows if r.line_no not in self.existing_duplicates]


@dataclass(frozen=True)
class WeekCopy:
    """The preview of "copy last week": what it adds and what it leaves out."""

    monday: date
    new: tuple[HourEntry, ...]
    future: tuple[HourEntry, ...]  # on days after today: not copied
    already: int  # already logged identically this week


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
        query = _aios_clause(_in_period(select(*_ENTRY_COLUMNS), period), aios).order_by(_T.c.day, _T.c.id)
        entries: list[HourEntry] = []
        with self.store.read() as session:
            # In parts: one fetch of 200,000 rows is one long call that, on a
            # worker thread, would keep the window from the interpreter meanwhile.
            for part in session.connection().execute(query.limit(limit)).partitions(_FETCH_PART):
                entries += _entries(part)
        return entries

    def count(self, period: Period | None, *, aios: AiosFilter = ALL) -> int:
        query = _aios_clause(_in_period(select(func.count()).select_from(_T), period), aios)
        with self.store.read() as session:
            return int(session.connection().execute(query).scalar_one())

    def span(self) -> Period | None:
        """From the first day with hours to the last, or None when there are none."""
        with self.store.read() as session:
            first, last = session.connection().execute(select(func.min(_T.c.day), func.max(_T.c.day))).one()
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
        self, entry: HourEntry, *, op: str = ADD_HOURS, precheck: Callable[[Session], None] | None = None
    ) -> int:
        """Add one entry; ``op`` names the undo step when another area logs it.

        ``precheck`` runs first in the same transaction, so a caller's own
        refusal (a meeting already logged) cannot race the insert.
        """
        with self.store.write(op) as session:
            if precheck is not None:
                precheck(session)
            self._check(session, entry, previous=None)
            row = HourEntryRow(
                day=entry.day,
                minutes=entry.minutes,
                aios_id=entry.aios_id,
                category_id=entry.category_id,
                description=entry.description.strip(),
                created_at=_now(),
                updated_at=_now(),
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
            self._check(session, entry, previous=row)
            row.day, row.minutes, row.aios_id = entry.day, entry.minutes, entry.aios_id
            row.category_id, row.description = entry.category_id, entry.description.strip()
            row.updated_at = _now()

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

    def copy_week_preview(self, target_monday: date, *, today: date) -> WeekCopy:
        """What copying the week before into ``target_monday``'s week would add.

        Days after ``today`` are left out: hours not yet worked would count
        toward the norm. Entries already present identically (same day, aios,
        category and minutes) are not copied twice.
        """
        monday = target_monday - timedelta(days=target_monday.weekday())
        source = self.entries(Period(monday - timedelta(days=7), monday - timedelta(days=1)))
        wanted = [
            HourEntry(
                day=e.day + timedelta(days=7),
                minutes=e.minutes,
                category_id=e.category_id,
                aios_id=e.aios_id,
                description=e.description,
            )
            for e in source
        ]
        present = {_key(e) for e in self.entries(Period(monday, monday + timedelta(days=6)))}
        new: list[HourEntry] = []
        future: list[HourEntry] = []
        already = 0
        for entry in wanted:
            if entry.day > today:
                future.append(entry)
            elif _key(entry) in present:
                already += 1
            else:
                present.add(_key(entry))
                new.append(entry)
        return WeekCopy(monday=monday, new=tuple(new), future=tuple(future), already=already)

    def copy_week(self, target_monday: date, *, today: date | None = None) -> int:
        """Copy the week before into ``target_monday``'s week up to ``today``, one undo step.

        Returns how many were added; see ``copy_week_preview`` for what is left out.
        """
        plan = self.copy_week_preview(target_monday, today=today or date.today())
        return self._add_missing(COPY_LAST_WEEK, plan.monday, list(plan.new))

    def log_routine(self, week_day: date) -> int:
        """Log every active routine in the week of ``week_day``; returns how many were added."""
        monday = week_day - timedelta(days=week_day.weekday())
        wanted = [
            HourEntry(
                day=monday + timedelta(days=r.weekday),
                minutes=r.minutes,
                category_id=r.category_id,
                aios_id=r.aios_id,
                description=r.description,
            )
            for r in self.routines()
            if r.active
        ]
        return self._add_missing(LOG_ROUTINE, monday, wanted)

    def _add_missing(self, op: str, monday: date, wanted: list[HourEntry]) -> int:
        week = Period(monday, monday + timedelta(days=6))
        present = {_key(e) for e in self.entries(week)}
        new = []
        for entry in wanted:
            if _key(entry) not in present:
                present.add(_key(entry))
                new.append(entry)
        if not new:
            return 0
        with self.store.write(op, audit=Audit(entity="hour_entry", summary=f"{len(new)} entries")) as s:
            for entry in new:
                self._check(s, entry, previous=None, pending=new)
            now = _now()
            s.add_all(
                HourEntryRow(
                    day=e.day,
                    minutes=e.minutes,
                    aios_id=e.aios_id,
                    category_id=e.category_id,
                    description=e.description,
                    created_at=now,
                    updated_at=now,
                )
                for e in new
            )
        return len(new)

    # ------------------------------------------------------------------ checks
    def _check(
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

    # ------------------------------------------------------------------ routines
    def routines(self) -> list[RecurringHours]:
        query = select(RecurringHoursRow).order_by(RecurringHoursRow.weekday, RecurringHoursRow.id)
        with self.store.read() as session:
            return [
                RecurringHours(
                    id=r.id,
                    weekday=r.weekday,
                    minutes=r.minutes,
                    category_id=r.category_id,
                    aios_id=r.aios_id,
                    description=r.description,
                    active=r.active,
                )
                for r in session.scalars(query)
            ]

    def _check_routine(self, session: Session, routine: RecurringHours) -> None:
        problems = validate_hour_entry(routine)
        if routine.aios_id is not None and session.get(AiosRow, routine.aios_id) is None:
            problems.append(Problem("aios.gone", "aios_id"))
        if session.get(HourCategoryRow, routine.category_id) is None:
            problems.append(Problem("hours.category_gone", "category_id"))
        if problems:
            raise ValidationFailed(problems)

    def add_routine(self, routine: RecurringHours) -> int:
        with self.store.write(ADD_ROUTINE) as session:
            self._check_routine(session, routine)
            row = RecurringHoursRow(
                weekday=routine.weekday,
                minutes=routine.minutes,
                aios_id=routine.aios_id,
                category_id=routine.category_id,
                description=routine.description.strip(),
                active=routine.active,
            )
            session.add(row)
            session.flush()
            return row.id

    def update_routine(self, routine: RecurringHours) -> None:
        with self.store.write(UPDATE_ROUTINE) as session:
            row = session.get(RecurringHoursRow, routine.id)
            if row is None:
                raise ValidationFailed([Problem("hours.entry_gone")])
            self._check_routine(session, routine)
            row.weekday, row.minutes, row.aios_id = routine.weekday, routine.minutes, routine.aios_id
            row.category_id, row.description = routine.category_id, routine.description.strip()
            row.active = routine.active

    def delete_routine(self, routine_id: int) -> None:
        with self.store.write(DELETE_ROUTINE) as session:
            row = session.get(RecurringHoursRow, routine_id)
            if row is not None:
                session.delete(row)

    # ------------------------------------------------------------------ import
    def check_import(self, data: bytes, *, today: date, category_names: Mapping[str, int]) -> ImportCheck:
        """Parse a CSV file and judge it against the data file; writes nothing.

        ``category_names`` maps each name a user may write for a category
        (its own name, the built-in name in the user's language) to its id;
        the keys of the built-ins are always understood too.
        """
        with self.store.read() as session:
            aios_names = {name: ident for ident, name in session.execute(select(AiosRow.id, AiosRow.name))}
            categories = session.execute(
                select(HourCategoryRow.id, HourCategoryRow.key, HourCategoryRow.active)
            ).all()
        known_categories = dict(category_names)
        for ident, key, _active in categories:
            if key:
                known_categories.setdefault(key, ident)
                known_categories.setdefault(key.replace("_", " "), ident)
        inactive = {ident for ident, _key, active in categories if not active}
        preview = parse_hours_csv(
            data,
            today=today,
            resolve_aios=name_resolver(
                aios_names, unknown_code="csv.aios_unknown", field="aios", empty_means_none=True
            ),
            resolve_category=name_resolver(
                known_categories, unknown_code="csv.category_unknown", field="category", list_known=True
            ),
        )
        errors = list(preview.errors)
        errors += [
            RowError(r.line_no, Problem("hours.category_inactive", "category"))
            for r in preview.rows
            if r.category_id in inactive
        ]
        with self.store.read() as session:
            existing = self._existing_keys(session, preview.rows)
            # Lines already logged are left out first (a cumulative sheet kept for
            # the whole year is imported again and again); only the rest is
            # judged against signed quarters and the 24 hours of a day.
            fresh = [r for r in preview.rows if _key(r) not in existing]
            errors += self._import_conflicts(session, fresh)
        existing_dupes = frozenset(r.line_no for r in preview.rows if _key(r) in existing)
        file_dupes = frozenset(find_duplicates(preview.rows, set()))
        errors.sort(key=lambda e: e.line_no)
        return ImportCheck(preview, tuple(errors), existing_dupes, file_dupes)

    @staticmethod
    def _existing_keys(session: Session, rows: Sequence[ImportRow]) -> set[EntryKey]:
        if not rows:
            return set()
        first, last = min(r.day for r in rows), max(r.day for r in rows)
        query = select(
            HourEntryRow.day, HourEntryRow.aios_id, HourEntryRow.category_id, HourEntryRow.minutes
        ).where(HourEntryRow.day.between(first, last))
        return {
            (day, aios_id, category_id, minutes)
            for day, aios_id, category_id, minutes in session.execute(query)
        }

    @staticmethod
    def _import_conflicts(session: Session, rows: Sequence[ImportRow]) -> list[RowError]:
        """Rows in a signed quarter, and rows of days that would pass 24 hours with what is there."""
        errors: list[RowError] = []
        locked: dict[tuple[int | None, Quarter], StatementRow | None] = {}
        for row in rows:
            where = (row.aios_id, Quarter.of(row.day))
            if where not in locked:
                locked[where] = signed_statement(session, row.aios_id, row.day)
            statement = locked[where]
            if statement is not None:
                params = {
                    "quarter": str(Quarter(statement.year, statement.quarter)),
                    "signed_on": statement.signed_on,
                }
                errors.append(RowError(row.line_no, Problem("hours.locked", "day", params)))
        adding = minutes_per_day((row.day, row.minutes) for row in rows)
        if adding:
            query = (
                select(HourEntryRow.day, func.sum(HourEntryRow.minutes))
                .where(HourEntryRow.day.in_(list(adding)))
                .group_by(HourEntryRow.day)
            )
            there = {day: int(minutes) for day, minutes in session.execute(query)}
            for row in rows:
                # Days over the limit within the file were refused when it was read.
                if not there.get(row.day):
                    continue
                over = over_limit_problem(row.day, adding[row.day] + there[row.day])
                if over is not None:
                    errors.append(RowError(row.line_no, over))
        return errors

    def import_rows(self, rows: Sequence[ImportRow], *, source: str = "") -> int:
        """Insert ``rows`` in one transaction and one undo step; all or nothing."""
        if not rows:
            return 0
        # No file name in the audit log: it often holds an aios's name, which the
        # AVG erasure could then not find (issue 14).
        # Which aios it was about, by id: the AVG export finds it, the erasure clears it.
        aios_ids = sorted({r.aios_id for r in rows if r.aios_id is not None})
        audit = Audit(
            entity="hour_entry",
            summary=f"{len(rows)} entries imported",
            details={"lines": len(rows), "aios_ids": aios_ids},
        )
        with self.store.write(IMPORT_HOURS, audit=audit) as session:
            errors = self._import_conflicts(session, rows)
            if errors:
                raise ValidationFailed([errors[0].problem])
            now = _now()
            values = [
                {
                    "day": r.day,
                    "minutes": r.minutes,
                    "aios_id": r.aios_id,
                    "category_id": r.category_id,
                    "description": r.description,
                    "created_at": now,
                    "updated_at": now,
                }
                for r in rows
            ]
            ids = (
                session.execute(insert(_T).returning(_T.c.id, sort_by_parameter_order=True), values)
                .scalars()
                .all()
            )
            recorder_of(session).note_bulk(
                RowChange("hour_entry", (("id", ident),), None, {"id": ident, **value})
                for ident, value in zip(ids, values, strict=True)
            )
        return len(rows)
