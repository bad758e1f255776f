"""The CSV import of hours: check a file against the data file, then add its lines at once.

``check_import`` writes nothing: it parses the file (``domain.csv_hours``)
and judges the lines against the data file (inactive categories, signed
quarters, the 24 hours of a day, lines already logged). ``import_rows`` adds
them in one ``Store.write``: one transaction, one audit entry, one undo
step, all lines or none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, insert, select
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
from ...domain.problems import Problem, ValidationFailed
from ...domain.quarters import Quarter
from ..models import AiosRow, HourCategoryRow, HourEntryRow, StatementRow
from ..store import Audit, Store, recorder_of
from ..undo import RowChange
from .hours import ENTRY_TABLE, EntryKey, entry_key, now
from .locks import signed_statement

IMPORT_HOURS = "import_hours"

_T = ENTRY_TABLE


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


class HourImportService:
    def __init__(self, store: Store):
        self.store = store

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
            existing = _existing_keys(session, preview.rows)
            # Lines already logged are left out first (a cumulative sheet kept for
            # the whole year is imported again and again); only the rest is
            # judged against signed quarters and the 24 hours of a day.
            fresh = [r for r in preview.rows if entry_key(r) not in existing]
            errors += _import_conflicts(session, fresh)
        existing_dupes = frozenset(r.line_no for r in preview.rows if entry_key(r) in existing)
        file_dupes = frozenset(find_duplicates(preview.rows, set()))
        errors.sort(key=lambda e: e.line_no)
        return ImportCheck(preview, tuple(errors), existing_dupes, file_dupes)

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
            errors = _import_conflicts(session, rows)
            if errors:
                raise ValidationFailed([errors[0].problem])
            created = now()
            values = [
                {
                    "day": r.day,
                    "minutes": r.minutes,
                    "aios_id": r.aios_id,
                    "category_id": r.category_id,
                    "description": r.description,
                    "created_at": created,
                    "updated_at": created,
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


def _existing_keys(session: Session, rows: Sequence[ImportRow]) -> set[EntryKey]:
    if not rows:
        return set()
    first, last = min(r.day for r in rows), max(r.day for r in rows)
    query = select(
        HourEntryRow.day, HourEntryRow.aios_id, HourEntryRow.category_id, HourEntryRow.minutes
    ).where(HourEntryRow.day.between(first, last))
    return {
        (day, aios_id, category_id, minutes) for day, aios_id, category_id, minutes in session.execute(query)
    }


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
