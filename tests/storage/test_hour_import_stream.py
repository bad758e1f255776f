"""The CSV import streams: line by line, never the whole file; all or nothing; cancel loses nothing.

Issues 14 and 15: a 50 MB sheet took 1.3 GB, because the file, its text, its
lines and every row were held at once. Speed and memory are figures of
``benchmarks/bench_stalls.py``; these tests show the shape that makes them.
"""

from __future__ import annotations

import io
import json
import types
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from opleider_desk.domain.csv_hours import HoursCsvReader, ImportRow, name_resolver
from opleider_desk.domain.entities import Aios, HourEntry
from opleider_desk.domain.enums import StatementStatus
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.storage.models import AuditLogRow, HourEntryRow, StatementRow
from opleider_desk.storage.services import hour_import
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.categories import CategoryService
from opleider_desk.storage.services.hour_import import HourImportService
from opleider_desk.storage.services.hours import HoursService
from tests.table_areas import setup_op

HEADER = "Datum;Aios;Categorie;Minuten;Omschrijving\r\n"
FIRST = date(2026, 1, 5)


class Stop(Exception):
    pass


def _sheet(lines: int, *, last: str | None = None) -> bytes:
    """``lines`` lines of 30 minutes, four a day from ``FIRST``; ``last`` replaces the last line."""
    rows = [
        f"{(FIRST + timedelta(days=n // 4)).strftime('%d-%m-%Y')};Sanne de Vries;Leergesprek;30;"
        f"regel {n} over astma en copd\r\n"
        for n in range(lines)
    ]
    if last is not None:
        rows[-1] = last
    return (HEADER + "".join(rows)).encode("utf-8")


@pytest.fixture
def importing(store) -> HourImportService:
    store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2025, 9, 1)))
    return store.service(HourImportService)


def _names(store) -> dict[str, int]:
    return {c.key: c.id for c in store.service(CategoryService).list() if c.key}


def _count(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(HourEntryRow))


def test_the_reader_yields_line_by_line_without_reading_the_whole_file():
    data = _sheet(20_000)
    stream = io.BytesIO(data)
    resolve = name_resolver({"x": 1}, unknown_code="csv.category_unknown", field="category")
    reader = HoursCsvReader(
        stream, today=date(2026, 12, 1), resolve_aios=lambda _n: None, resolve_category=resolve
    )
    lines = reader.lines()
    assert isinstance(lines, types.GeneratorType)
    first = next(lines)
    assert first.line_no == 2
    # Only a buffer's worth is read so far: the rest waits until it is asked for.
    assert reader.bytes_read < len(data) // 10


def test_the_check_keeps_numbers_per_line_and_the_first_lines_only(store, importing, monkeypatch, tmp_path):
    monkeypatch.setattr(hour_import, "PREVIEW_LINES", 10)
    path = tmp_path / "uren.csv"
    path.write_bytes(_sheet(3_000))
    seen: list[tuple[int, int, int]] = []
    check = importing.check_import(
        path, today=date(2026, 12, 1), category_names=_names(store), progress=lambda *a: seen.append(a)
    )
    assert check.can_import and check.row_count == 3_000
    assert len(check.preview.rows) == 10  # the preview; the import reads the file again
    # Progress came while reading, not once at the end; it ends at the file's size.
    assert len(seen) >= 3
    assert [done for _l, done, _t in seen] == sorted(done for _l, done, _t in seen)
    assert seen[0][1] < seen[-1][1] == seen[-1][2] == path.stat().st_size
    assert seen[-1][0] >= 3_001  # the line reading got to
    with_progress: list[int] = []
    assert (
        importing.import_checked(check, progress=lambda lines, _d, _t: with_progress.append(lines)) == 3_000
    )
    assert _count(store) == 3_000 and len(with_progress) >= 3
    descriptions = {e.description for e in store.service(HoursService).entries(None)}
    assert "regel 2999 over astma en copd" in descriptions


def test_an_error_on_the_last_line_of_a_big_file_imports_nothing(store, importing, tmp_path):
    path = tmp_path / "uren.csv"
    path.write_bytes(_sheet(5_000, last="31-02-2026;Sanne de Vries;Leergesprek;30;geen dag\r\n"))
    check = importing.check_import(path, today=date(2026, 12, 1), category_names=_names(store))
    assert not check.can_import
    assert [(e.line_no, e.problem.code) for e in check.errors] == [(5_001, "date.no_such_day")]
    with pytest.raises(ValidationFailed):
        importing.import_checked(check)
    assert _count(store) == 0


def test_a_file_changed_after_its_check_imports_nothing(store, importing, tmp_path):
    # Checked sound, then the last line is spoiled before the import reads it again.
    path = tmp_path / "uren.csv"
    path.write_bytes(_sheet(5_000))
    check = importing.check_import(path, today=date(2026, 12, 1), category_names=_names(store))
    assert check.can_import
    path.write_bytes(_sheet(5_000, last="31-02-2026;Sanne de Vries;Leergesprek;30;geen dag\r\n"))
    with pytest.raises(ValidationFailed) as failure:
        importing.import_checked(check)
    assert failure.value.problems[0].code == "csv.file_changed"
    assert _count(store) == 0 and store.history.peek_undo().op == "add_aios"


def test_a_quarter_signed_between_check_and_import_refuses_it_all(store, importing, tmp_path):
    path = tmp_path / "uren.csv"
    path.write_bytes(_sheet(2_000, last="01-07-2026;Sanne de Vries;Leergesprek;30;laatste\r\n"))
    check = importing.check_import(path, today=date(2026, 12, 1), category_names=_names(store))
    assert check.can_import
    sanne = store.service(AiosService).list()[0].id
    with store.write(setup_op("test_sign")) as session:
        session.add(
            StatementRow(
                aios_id=sanne,
                year=2026,
                quarter=3,
                status=StatementStatus.SIGNED.value,
                signed_on=date(2026, 10, 3),
                created_at=datetime(2026, 10, 3),
            )
        )
    with pytest.raises(ValidationFailed) as failure:
        importing.import_checked(check)
    assert failure.value.problems[0].code == "hours.locked"
    assert _count(store) == 0


def test_cancelling_half_way_through_the_write_stores_nothing(store, importing, tmp_path):
    path = tmp_path / "uren.csv"
    path.write_bytes(_sheet(6_000))
    check = importing.check_import(path, today=date(2026, 12, 1), category_names=_names(store))
    heard: list[object] = []
    store.subscribe(heard.append)

    def cancel(lines: int, _done: int, _total: int) -> None:
        if lines > 3_000:
            raise Stop

    with pytest.raises(Stop):
        importing.import_checked(check, progress=cancel)
    assert _count(store) == 0
    assert store.history.peek_undo().op == "add_aios" and heard == []
    # The same check imports whole afterwards.
    assert importing.import_checked(check) == 6_000


def test_cancelling_the_check_stops_the_reading(store, importing, tmp_path):
    path = tmp_path / "uren.csv"
    path.write_bytes(_sheet(6_000))
    read: list[int] = []

    def cancel(lines: int, _done: int, _total: int) -> None:
        read.append(lines)
        raise Stop

    with pytest.raises(Stop):
        importing.check_import(path, today=date(2026, 12, 1), category_names=_names(store), progress=cancel)
    assert read[-1] < 2_000


def test_a_big_import_is_one_undo_step_that_keeps_ids_only(store, importing):
    check = importing.check_import(_sheet(3_000), today=date(2026, 12, 1), category_names=_names(store))
    heard: list[object] = []
    store.subscribe(heard.append)
    assert importing.import_checked(check) == 3_000
    assert len(heard) == 1
    step = store.history.peek_undo()
    assert step is not None and step.op == "import_hours"
    (inserted,) = step.changes
    assert len(inserted.ids) == 3_000 and inserted.images is None  # no values held
    sanne = store.service(AiosService).list()[0].id
    with store.read() as session:
        audit = session.scalars(select(AuditLogRow).where(AuditLogRow.action == "import_hours")).all()
    assert len([a for a in audit if a.summary]) == 1  # the import's own entry
    bulk = [a.details for a in audit if a.details.get("change") == "bulk"]
    assert bulk and bulk[0]["count"] == 3_000 and bulk[0]["aios_id"] == sanne
    before = sorted((e.id, e.description) for e in store.service(HoursService).entries(None))
    store.undo()
    assert _count(store) == 0
    store.redo()
    assert sorted((e.id, e.description) for e in store.service(HoursService).entries(None)) == before


def test_undoing_a_streamed_import_takes_back_exactly_its_rows_and_the_log_says_which(
    store, importing, tmp_path
):
    """The log names an import's rows by their run of ids, not one by one: 200,000 ids
    were 1.6 MB of JSON, encoded in one call that held the window at the import and
    again at its undo."""
    hours = store.service(HoursService)
    sanne = store.service(AiosService).list()[0].id
    category = _names(store)["leergesprek"]
    kept = [
        hours.add(HourEntry(day=date(2025, 12, 1), minutes=45, aios_id=sanne, category_id=category)),
        hours.add(HourEntry(day=date(2025, 12, 2), minutes=15, category_id=category)),
    ]
    path = tmp_path / "uren.csv"
    path.write_bytes(_sheet(3_000))
    check = importing.check_import(path, today=date(2026, 12, 1), category_names=_names(store))
    assert importing.import_checked(check) == 3_000
    imported = sorted(e.id for e in hours.entries(None) if e.id not in kept)
    assert len(imported) == 3_000

    def bulk_entries(action: str) -> list[tuple[dict, int]]:
        with store.read() as session:
            rows = session.execute(
                text("SELECT details, length(details) FROM audit_log WHERE action = :a"), {"a": action}
            ).all()
        return [(json.loads(d), n) for d, n in rows if json.loads(d).get("change") == "bulk"]

    ((done, size),) = bulk_entries("import_hours")
    assert done["count"] == 3_000 and done["id_ranges"] == [[imported[0], imported[-1]]]
    assert done["aios_id"] == sanne and size < 500

    store.undo()
    assert sorted(e.id for e in hours.entries(None)) == sorted(kept)
    ((undone, size),) = bulk_entries("undo:import_hours")
    assert undone["count"] == 3_000 and undone["id_ranges"] == [[imported[0], imported[-1]]]
    assert size < 500
    store.redo()
    assert sorted(e.id for e in hours.entries(None)) == sorted(kept + imported)


def test_an_undone_import_holds_its_rows_for_redo_packed(store, importing):
    """While an import is undone its rows wait for a redo: as tuples, the 200,000 rows of
    a 50 MB sheet held 116 MB for as long as redo could follow."""
    filler = "besproken: astma, COPD en diabetes in de huisartsenpraktijk; afspraken vastgelegd"
    rows = [
        f"{(FIRST + timedelta(days=n // 4)).strftime('%d-%m-%Y')};Sanne de Vries;Leergesprek;30;"
        f'"{n}: {filler}"\r\n'
        for n in range(3_000)
    ]
    check = importing.check_import(
        (HEADER + "".join(rows)).encode(), today=date(2026, 12, 1), category_names=_names(store)
    )
    importing.import_checked(check)
    before = sorted(
        (e.id, e.day, e.minutes, e.aios_id, e.category_id, e.description)
        for e in store.service(HoursService).entries(None)
    )
    text = sum(len(row[-1]) for row in before)
    store.undo()
    step = store.history.peek_redo()
    assert step is not None
    (inserted,) = step.changes
    assert inserted.images is not None
    _columns, parts = inserted.images
    assert all(isinstance(part, bytes) for part in parts)
    assert sum(len(part) for part in parts) < text / 4
    store.redo()
    after = sorted(
        (e.id, e.day, e.minutes, e.aios_id, e.category_id, e.description)
        for e in store.service(HoursService).entries(None)
    )
    assert after == before


def test_rows_in_memory_import_the_same_way(store, importing):
    category = _names(store)["leergesprek"]
    rows = [
        ImportRow(n + 2, FIRST + timedelta(days=n), "", "Leergesprek", 15, f"r{n}", None, category)
        for n in range(120)
    ]
    assert importing.import_rows(rows) == 120
    assert _count(store) == 120
    store.undo()
    assert _count(store) == 0
