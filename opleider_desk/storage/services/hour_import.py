"""The CSV import of hours: check a file against the data file, then add its lines at once.

``check_import`` writes nothing: it reads the file line by line
(``domain.csv_hours.HoursCsvReader``) and judges the lines against the data
file (inactive categories, signed quarters, the 24 hours of a day, lines
already logged). ``import_checked`` adds them in one ``Store.write``: one
transaction, one audit entry, one undo step, all lines or none.

Neither holds the file, nor its lines' texts: a 50 MB sheet of 200,000 lines
is read twice (once to check, once to insert within the write), and between
the two only a few numbers per line are kept (``_Lines``: day, aios,
category, minutes, line number; about 20 bytes a line) with the first lines
for the preview. The second reading must give what the first did (same
bytes, same lines), or nothing is imported. Both report progress and may
be cancelled: a cancel during the write rolls it back, so nothing is lost
and nothing half-imported.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
from array import array
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ...domain.csv_hours import (
    AiosResolver,
    CategoryResolver,
    HoursCsvReader,
    ImportPreview,
    ImportRow,
    RowError,
    name_resolver,
    normalize_name,
)
from ...domain.day_limit import days_over_limit, over_limit_problem
from ...domain.problems import Problem, ValidationFailed
from ...domain.quarters import Quarter
from ...window_turns import give_way
from ..changes import Area, Operation
from ..models import AiosRow, HourCategoryRow, HourEntryRow, StatementRow
from ..store import Audit, Store, recorder_of
from ..undo import InsertedRows
from .hours import ENTRY_TABLE, now
from .locks import signed_statement

IMPORT_HOURS = Operation("import_hours", Area.HOURS)

#: Lines the preview shows; the import takes every line.
PREVIEW_LINES = 50  # each line is measured to wrap its description: 200 held the window 0.3 s
#: Errors kept to show; ``ImportCheck.error_count`` counts them all.
ERRORS_KEPT = 1_000
# Rows in one executemany, lines between progress reports: each a few milliseconds
# of work, after which a window that has fallen behind gets its turn (``window_turns``).
_INSERT_PART = 500
_REPORT_EVERY = 250

#: (lines read, bytes read, bytes in the file); may raise to cancel (nothing is then written).
ImportProgress = Callable[[int, int, int], None]
Source = Path | bytes

_T = ENTRY_TABLE
_EXISTING = 1  # flags per line: already logged in the data file
_TWICE = 2  # an earlier line of the file has the same day, aios, category and minutes


class LineNumbers(Collection[int]):
    """Line numbers in ascending order, four bytes each (a re-imported sheet has 200,000)."""

    def __init__(self, numbers: Sequence[int] = ()):
        self._numbers = array("I", numbers)

    def __contains__(self, line_no: object) -> bool:
        if not isinstance(line_no, int):
            return False
        at = bisect_left(self._numbers, line_no)
        return at < len(self._numbers) and self._numbers[at] == line_no

    def __iter__(self) -> Iterator[int]:
        return iter(self._numbers)

    def __len__(self) -> int:
        return len(self._numbers)

    def __repr__(self) -> str:
        return f"LineNumbers({self._numbers.tolist()[:10]}{'…' if len(self) > 10 else ''})"


class _Lines:
    """The lines of a file that read as entries, as numbers only (no texts)."""

    def __init__(self) -> None:
        self.line = array("I")
        self.day = array("I")  # date.toordinal()
        self.aios = array("q")  # 0: the trainer's own time
        self.category = array("q")
        self.minutes = array("H")
        self.flags = array("B")

    def add(self, row: ImportRow) -> None:
        self.line.append(row.line_no)
        self.day.append(row.day.toordinal())
        self.aios.append(row.aios_id or 0)
        self.category.append(row.category_id)
        self.minutes.append(row.minutes)
        self.flags.append(0)

    def __len__(self) -> int:
        return len(self.line)

    def aios_id(self, index: int) -> int | None:
        return self.aios[index] or None


@dataclass(frozen=True)
class ImportCheck:
    """A file read and judged against the data file; what the preview shows and the import needs.

    ``preview.rows`` holds the first ``PREVIEW_LINES`` lines that read as
    entries (``row_count`` counts them all); ``errors`` the first
    ``ERRORS_KEPT`` errors by line, the file's own and those the data file
    causes (a locked quarter, a day that would pass 24 hours, a category no
    longer in use); ``error_count`` counts them all. Any error, or a file
    problem, blocks the import.
    """

    preview: ImportPreview
    errors: tuple[RowError, ...]
    error_count: int = 0
    row_count: int = 0
    existing_duplicates: LineNumbers = field(default_factory=LineNumbers)
    file_duplicates: LineNumbers = field(default_factory=LineNumbers)
    #: Each category as the file wrote it (first spelling) and the id it was understood as.
    categories: tuple[tuple[str, int], ...] = ()
    source: Source = b""
    today: date = date.min
    _fingerprint: tuple[int, int, bytes] | None = field(default=None, repr=False)
    _lines: _Lines = field(default_factory=_Lines, repr=False)
    _resolvers: tuple[AiosResolver, CategoryResolver] | None = field(default=None, repr=False)

    @property
    def can_import(self) -> bool:
        return self.row_count > 0 and not self.error_count and not self.preview.file_problems

    def import_count(self, *, skip_existing_duplicates: bool) -> int:
        """How many lines an import would add."""
        return self.row_count - (len(self.existing_duplicates) if skip_existing_duplicates else 0)


class HourImportService:
    def __init__(self, store: Store):
        self.store = store

    # ------------------------------------------------------------------ check
    def check_import(
        self,
        source: Source,
        *,
        today: date,
        category_names: Mapping[str, int],
        progress: ImportProgress | None = None,
    ) -> ImportCheck:
        """Read a CSV file (a path, or its bytes) and judge it against the data file; writes nothing.

        ``category_names`` maps each name a user may write for a category
        (its own name, the built-in name in the user's language) to its id;
        the keys of the built-ins are always understood too. ``progress``
        hears how far reading got and may raise to stop it.
        """
        resolvers, inactive = self._resolvers(category_names)
        lines = _Lines()
        shown: list[ImportRow] = []
        errors = _Errors()
        understood: dict[str, tuple[str, int]] = {}  # by the name as compared: one spelling each
        written: set[str] = set()
        with _opened(source) as (stream, size):
            fingerprint = _fingerprint(stream) if isinstance(source, Path) else None
            reader = HoursCsvReader(
                stream, today=today, resolve_aios=resolvers[0], resolve_category=resolvers[1]
            )
            count = 0
            for item in reader.lines():
                count += 1
                if count % _REPORT_EVERY == 0 and progress is not None:
                    progress(reader.line_no, reader.bytes_read, size)
                if isinstance(item, RowError):
                    errors.add(item)
                    continue
                lines.add(item)
                if len(shown) < PREVIEW_LINES:
                    shown.append(item)
                if item.category_name not in written:
                    written.add(item.category_name)
                    understood.setdefault(
                        normalize_name(item.category_name), (item.category_name, item.category_id)
                    )
            if progress is not None:
                progress(reader.line_no, size, size)
        layout = ImportPreview(
            (),
            (),
            tuple(reader.file_problems),
            reader.header_mapping,
            reader.ignored_columns,
            reader.duration_column,
            reader.encoding,
            reader.separator,
        )
        if reader.file_problems:
            return ImportCheck(layout, (), source=source, today=today)

        # The rule of the whole file: no day over 24 hours, whoever they were spent with.
        totals: dict[int, int] = {}
        for day, minutes in zip(lines.day, lines.minutes, strict=True):
            totals[day] = totals.get(day, 0) + minutes
        over = days_over_limit(totals)
        for index, day in enumerate(lines.day):
            if day in over:
                problem = over_limit_problem(
                    date.fromordinal(day),
                    totals[day],
                    code="csv.day_over_24h",
                    field=layout.duration_column or "",
                )
                assert problem is not None
                errors.add(RowError(lines.line[index], problem))
            elif lines.category[index] in inactive:
                errors.add(RowError(lines.line[index], Problem("hours.category_inactive", "category")))

        with self.store.read() as session:
            # Lines already logged are left out first (a cumulative sheet kept for
            # the whole year is imported again and again); only the rest is
            # judged against signed quarters and the 24 hours of a day.
            _flag_duplicates(session, lines, over)
            fresh = [not (lines.flags[i] & _EXISTING) and lines.day[i] not in over for i in range(len(lines))]
            for error in _conflicts(session, lines, fresh):
                errors.add(error)
        existing = LineNumbers([lines.line[i] for i in range(len(lines)) if lines.flags[i] & _EXISTING])
        twice = LineNumbers([lines.line[i] for i in range(len(lines)) if lines.flags[i] & _TWICE])
        kept = tuple(row for row in shown if row.day.toordinal() not in over)
        kept_count = len(lines) - sum(1 for day in lines.day if day in over)
        return ImportCheck(
            preview=dataclasses.replace(layout, rows=kept),
            errors=errors.first(),
            error_count=errors.count,
            row_count=kept_count,
            existing_duplicates=existing,
            file_duplicates=twice,
            categories=tuple(understood.values()),
            source=source,
            today=today,
            _fingerprint=fingerprint,
            _lines=lines,
            _resolvers=resolvers,
        )

    def _resolvers(
        self, category_names: Mapping[str, int]
    ) -> tuple[tuple[AiosResolver, CategoryResolver], set[int]]:
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
        resolve_aios = name_resolver(
            aios_names, unknown_code="csv.aios_unknown", field="aios", empty_means_none=True
        )
        resolve_category = name_resolver(
            known_categories, unknown_code="csv.category_unknown", field="category", list_known=True
        )
        return (resolve_aios, resolve_category), inactive

    # ------------------------------------------------------------------ import
    def import_checked(
        self,
        check: ImportCheck,
        *,
        skip_existing_duplicates: bool = True,
        progress: ImportProgress | None = None,
    ) -> int:
        """Add the lines of a checked file in one transaction and one undo step; all or nothing.

        The file is read again inside the write: if it is no longer what was
        checked, nothing is imported (``csv.file_changed``).
        """
        if not check.can_import:
            first = check.preview.file_problems[:1] or tuple(e.problem for e in check.errors[:1])
            raise ValidationFailed(list(first) or [Problem("csv.empty")])
        lines = check._lines
        take = [not (skip_existing_duplicates and lines.flags[i] & _EXISTING) for i in range(len(lines))]

        def rows(session: Session) -> Iterator[ImportRow]:
            assert check._resolvers is not None
            with _opened(check.source) as (stream, size):
                if check._fingerprint is not None and _fingerprint(stream) != check._fingerprint:
                    raise ValidationFailed([Problem("csv.file_changed")])
                reader = HoursCsvReader(
                    stream,
                    today=check.today,
                    resolve_aios=check._resolvers[0],
                    resolve_category=check._resolvers[1],
                )
                index = 0
                for item in reader.lines():
                    if (
                        not isinstance(item, ImportRow)
                        or index >= len(lines)
                        or lines.line[index] != item.line_no
                    ):
                        raise ValidationFailed([Problem("csv.file_changed")])
                    if take[index]:
                        yield item
                    index += 1
                    if index % _REPORT_EVERY == 0 and progress is not None:
                        progress(reader.line_no, reader.bytes_read, size)
                if reader.file_problems or index != len(lines):
                    raise ValidationFailed([Problem("csv.file_changed")])
                if progress is not None:
                    progress(reader.line_no, size, size)

        return self._import(lines, take, rows)

    def import_rows(self, rows: Sequence[ImportRow]) -> int:
        """Insert ``rows`` (already in memory) in one transaction and one undo step; all or nothing."""
        lines = _Lines()
        for row in rows:
            lines.add(row)
        return self._import(lines, [True] * len(lines), lambda _session: iter(rows))

    def _import(
        self, lines: _Lines, take: Sequence[bool], rows: Callable[[Session], Iterator[ImportRow]]
    ) -> int:
        count = sum(take)
        if not count:
            return 0
        aios_ids = sorted({lines.aios[i] for i in range(len(lines)) if take[i] and lines.aios[i]})
        days = {lines.day[i] for i in range(len(lines)) if take[i]}  # a sheet has many lines a day
        quarters = {Quarter.of(date.fromordinal(day)) for day in days}
        own_time = any(take[i] and not lines.aios[i] for i in range(len(lines)))
        # No file name in the audit log: it often holds an aios's name, which the
        # AVG erasure could then not find (issue 14).
        # Which aios it was about, by id: the AVG export finds it, the erasure clears it.
        audit = Audit(
            entity="hour_entry",
            summary=f"{count} entries imported",
            details={"lines": count, "aios_ids": aios_ids},
        )
        context: dict[str, Any] = {}
        if len(aios_ids) == 1 and not own_time:
            context["aios_id"] = aios_ids[0]
        if len(quarters) == 1:
            context["quarter"] = str(quarters.pop())
        with self.store.write(IMPORT_HOURS, audit=audit) as session:
            errors = _conflicts(session, lines, take)
            if errors:
                raise ValidationFailed([errors[0].problem])
            connection = session.connection()
            before = connection.execute(select(func.coalesce(func.max(_T.c.id), 0))).scalar_one()
            created = now()
            part: list[dict[str, Any]] = []
            for row in rows(session):
                part.append(
                    {
                        "day": row.day,
                        "minutes": row.minutes,
                        "aios_id": row.aios_id,
                        "category_id": row.category_id,
                        "description": row.description,
                        "created_at": created,
                        "updated_at": created,
                    }
                )
                if len(part) >= _INSERT_PART:
                    connection.execute(insert(_T), part)
                    part = []
                    give_way()
            if part:
                connection.execute(insert(_T), part)
            # One writer holds the file: every id above the highest before is this import's.
            mine = _T.c.id > before
            first, last, added = connection.execute(
                select(func.min(_T.c.id), func.max(_T.c.id), func.count()).where(mine)
            ).one()
            if added != count:
                raise ValidationFailed([Problem("csv.file_changed")])
            if last - first + 1 == count:  # one run, as SQLite numbers new rows: not read back one by one
                ids = array("q", range(first, last + 1))
            else:
                ids = array("q", connection.execute(select(_T.c.id).where(mine).order_by(_T.c.id)).scalars())
            recorder_of(session).note_inserted(InsertedRows("hour_entry", ids, context))
        return count


class _Errors:
    """The first ``ERRORS_KEPT`` errors by line, and how many there are."""

    def __init__(self) -> None:
        self.count = 0
        self._kept: list[RowError] = []
        self._sorted = True

    def add(self, error: RowError) -> None:
        self.count += 1
        if self._kept and error.line_no < self._kept[-1].line_no:
            self._sorted = False
        self._kept.append(error)
        if len(self._kept) > 2 * ERRORS_KEPT:
            self._trim()

    def _trim(self) -> None:
        if not self._sorted:
            self._kept.sort(key=lambda e: e.line_no)
            self._sorted = True
        del self._kept[ERRORS_KEPT:]

    def first(self) -> tuple[RowError, ...]:
        self._trim()
        return tuple(self._kept)


@contextmanager
def _opened(source: Source) -> Iterator[tuple[BinaryIO, int]]:
    if isinstance(source, bytes):
        yield io.BytesIO(source), len(source)
        return
    with open(source, "rb") as stream:
        yield stream, os.fstat(stream.fileno()).st_size


def _fingerprint(stream: BinaryIO) -> tuple[int, int, bytes]:
    """Size, modification time and a hash of the file: the second reading must find the same."""
    status = os.fstat(stream.fileno())
    digest = hashlib.blake2b(digest_size=16)
    while chunk := stream.read(1 << 20):
        digest.update(chunk)
    stream.seek(0)
    return status.st_size, status.st_mtime_ns, digest.digest()


def _flag_duplicates(session: Session, lines: _Lines, over: Collection[int]) -> None:
    """Flag lines already logged in the data file, and lines an earlier line of the file repeats.

    Compared on (day, aios, category, minutes), each packed into one whole
    number (exact: the widths follow the largest id); the description does
    not count, people retype it differently. Two equal lines in one file may
    be real (two talks of 30 minutes), so that is for the user to decide.
    """
    if not len(lines):
        return
    width = max(max(lines.aios), max(lines.category), 1).bit_length()

    def pack(day: int, aios: int, category: int, minutes: int) -> int:
        return (((day << width | aios) << width | category) << 11) | minutes

    first, last = date.fromordinal(min(lines.day)), date.fromordinal(max(lines.day))
    query = select(
        HourEntryRow.day, HourEntryRow.aios_id, HourEntryRow.category_id, HourEntryRow.minutes
    ).where(HourEntryRow.day.between(first, last))
    logged = {
        pack(day.toordinal(), aios or 0, category, minutes)
        for day, aios, category, minutes in session.connection().execute(query)
        if max(aios or 0, category).bit_length() <= width and minutes < 2048
    }
    seen: set[int] = set()
    for index in range(len(lines)):
        if lines.day[index] in over:
            continue
        key = pack(lines.day[index], lines.aios[index], lines.category[index], lines.minutes[index])
        flags = _EXISTING if key in logged else 0
        if key in seen:
            flags |= _TWICE
        seen.add(key)
        lines.flags[index] = flags


def _conflicts(session: Session, lines: _Lines, include: Sequence[bool]) -> list[RowError]:
    """Lines in a signed quarter, and lines of days that would pass 24 hours with what is there."""
    errors: list[RowError] = []
    locked: dict[tuple[int, Quarter], StatementRow | None] = {}
    adding: dict[int, int] = {}
    quarters: dict[int, Quarter] = {}
    for index in range(len(lines)):
        if not include[index]:
            continue
        ordinal = lines.day[index]
        quarter = quarters.get(ordinal)
        if quarter is None:
            quarter = quarters[ordinal] = Quarter.of(date.fromordinal(ordinal))
        where = (lines.aios[index], quarter)
        if where not in locked:
            locked[where] = signed_statement(session, lines.aios_id(index), date.fromordinal(ordinal))
        statement = locked[where]
        if statement is not None:
            params = {
                "quarter": str(Quarter(statement.year, statement.quarter)),
                "signed_on": statement.signed_on,
            }
            errors.append(RowError(lines.line[index], Problem("hours.locked", "day", params)))
        adding[lines.day[index]] = adding.get(lines.day[index], 0) + lines.minutes[index]
    if adding:
        first, last = date.fromordinal(min(adding)), date.fromordinal(max(adding))
        query = (
            select(HourEntryRow.day, func.sum(HourEntryRow.minutes))
            .where(HourEntryRow.day.between(first, last))
            .group_by(HourEntryRow.day)
        )
        there = {day.toordinal(): int(minutes) for day, minutes in session.connection().execute(query)}
        for index in range(len(lines)):
            day = lines.day[index]
            # Days over the limit within the file were refused when it was read.
            if not include[index] or not there.get(day):
                continue
            over = over_limit_problem(date.fromordinal(day), adding[day] + there[day])
            if over is not None:
                errors.append(RowError(lines.line[index], over))
    errors.sort(key=lambda e: e.line_no)
    return errors
