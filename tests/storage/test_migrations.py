"""The schema comes from the Alembic revisions and matches the models."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from opleider_desk.storage.database import (
    DataFileError,
    NewerSchemaError,
    open_database,
    read_revision,
)
from opleider_desk.storage.migrate import alembic_config
from opleider_desk.storage.migrations_info import HEAD_REVISION, KNOWN_REVISIONS
from opleider_desk.storage.models import Base


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrated_schema_equals_the_models(db_path):
    db = open_database(db_path)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
        assert compare_metadata(context, Base.metadata) == []
    db.close()


def test_known_revisions_match_the_migration_scripts():
    scripts = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_a_zero_byte_file_is_refused_not_silently_made_new(db_path):
    # Issue 14: an emptied file (a copy or sync gone wrong) was turned into a
    # new, empty data file without a word.
    db_path.touch()
    with pytest.raises(DataFileError) as raised:
        open_database(db_path)
    assert raised.value.code == "file.empty"
    assert db_path.stat().st_size == 0


def test_an_empty_version_table_is_refused_with_its_own_code(db_path):
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    with pytest.raises(DataFileError) as raised:
        open_database(db_path)
    assert raised.value.code == "file.no_version"


def test_every_connection_has_foreign_keys_and_wal(db_path):
    db = open_database(db_path)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.close()


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    before = _digest(db_path)
    with pytest.raises(NewerSchemaError) as caught:
        open_database(db_path)
    assert caught.value.revision == "9999_future"
    assert _digest(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_a_foreign_sqlite_file_is_refused_untouched(db_path):
    with sqlite3.connect(db_path) as con:
        con.execute("CREATE TABLE patients (id INTEGER)")
    con.close()
    before = _digest(db_path)
    with pytest.raises(DataFileError) as caught:
        open_database(db_path)
    assert caught.value.code == "file.foreign"
    assert _digest(db_path) == before


def test_a_file_that_is_not_sqlite_is_refused(db_path):
    db_path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(DataFileError) as caught:
        open_database(db_path)
    assert caught.value.code == "file.not_database"


def test_a_new_file_is_readable_by_the_user_only(db_path):
    open_database(db_path).close()
    assert db_path.stat().st_mode & 0o777 == 0o600


FIXTURES = Path(__file__).with_name("fixtures")


def _all_rows(path: Path) -> dict[str, dict[str, Any]]:
    """Every row of every table, keyed by table, as {columns: rows} for comparison."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out: dict[str, dict[str, Any]] = {}
        for table in tables:
            if table == "alembic_version":
                continue
            cursor = con.execute(f"SELECT * FROM {table}")
            columns = tuple(d[0] for d in cursor.description)
            out[table] = {"columns": columns, "rows": set(cursor.fetchall())}
        return out
    finally:
        con.close()


# A revision is released once its fixture is committed; one still on a branch has none yet.
RELEASED = [r for r in KNOWN_REVISIONS if (FIXTURES / f"{r}.sqlite").exists()]


def test_the_first_revision_has_a_fixture():
    assert RELEASED[:1] == [KNOWN_REVISIONS[0]]


@pytest.mark.parametrize("revision", RELEASED)
def test_a_file_of_every_released_revision_upgrades_with_every_row_intact(revision, tmp_path):
    """One committed file per revision (made by fixtures/make_fixtures.py)."""
    fixture = FIXTURES / f"{revision}.sqlite"
    assert fixture.exists(), f"run: python tests/storage/fixtures/make_fixtures.py {revision}"
    copy = tmp_path / f"{revision}.sqlite"
    copy.write_bytes(fixture.read_bytes())
    before = _all_rows(copy)
    assert sum(len(t["rows"]) for t in before.values()) > 100
    assert all(t["rows"] for t in before.values()), "the fixture fills every table"

    from opleider_desk.storage.open import open_store

    open_store(copy).close()
    assert read_revision(copy) == HEAD_REVISION
    after = _all_rows(copy)
    for table, old in before.items():
        new = after[table]
        kept = [new["columns"].index(c) for c in old["columns"]]
        new_rows = {tuple(row[i] for i in kept) for row in new["rows"]}
        assert old["rows"] <= new_rows, f"rows of {table} lost or changed by the upgrade"


def test_a_0_1_file_keeps_its_signed_codes_and_gets_empty_hashes(tmp_path):
    """0004: the columns a 0.1 file lacks come in empty; its short codes stay as they were."""
    copy = tmp_path / "0001.sqlite"
    copy.write_bytes((FIXTURES / "0001.sqlite").read_bytes())
    con = sqlite3.connect(copy)
    old_codes = set(con.execute("SELECT id, verification_code FROM statement").fetchall())
    old_meetings = set(con.execute("SELECT id, verification_code FROM meeting").fetchall())
    con.close()

    from opleider_desk.storage.open import open_store

    open_store(copy).close()
    con = sqlite3.connect(copy)
    try:
        assert set(con.execute("SELECT id, verification_code FROM statement").fetchall()) == old_codes
        assert set(con.execute("SELECT id, verification_code FROM meeting").fetchall()) == old_meetings
        assert {r[0] for r in con.execute("SELECT content_sha256 FROM statement")} == {""}
        assert {r[0] for r in con.execute("SELECT signed_paper FROM statement")} == {"{}"}
        assert {r[0] for r in con.execute("SELECT content_sha256 FROM meeting")} == {""}
    finally:
        con.close()


def test_a_0_1_file_gets_one_placement_per_aios_over_its_start_and_end(tmp_path):
    """0003: each aios's start/end becomes one placement in the practice; nothing detaches."""
    copy = tmp_path / "0001.sqlite"
    copy.write_bytes((FIXTURES / "0001.sqlite").read_bytes())
    con = sqlite3.connect(copy)
    aios = con.execute(
        "SELECT id, start_date, expected_end_date, part_time_percent, training_year FROM aios"
    ).fetchall()
    attached = {
        table: con.execute(f"SELECT count(*) FROM {table} WHERE aios_id IS NOT NULL").fetchone()[0]
        for table in ("meeting", "hour_entry", "learning_goal", "agreement")
    }
    con.close()
    assert aios

    from opleider_desk.storage.open import open_store

    open_store(copy).close()
    con = sqlite3.connect(copy)
    try:
        placements = con.execute(
            'SELECT aios_id, setting, start, "end", part_time_percent, hlwp FROM placement ORDER BY aios_id'
        ).fetchall()
        after = {
            table: con.execute(
                f"SELECT count(*) FROM {table} WHERE aios_id IN (SELECT id FROM aios)"
            ).fetchone()[0]
            for table in attached
        }
        assert con.execute("SELECT count(*) FROM interruption").fetchone()[0] == 0
    finally:
        con.close()
    hlwp = {1: 1, 2: None, 3: 2}
    assert placements == [
        (a_id, "practice_opleider", start, end, part_time, hlwp[year])
        for a_id, start, end, part_time, year in sorted(aios)
    ]
    assert after == attached


def test_a_0_1_aios_in_year_3_has_its_training_start_marked_to_check_not_guessed(tmp_path):
    """0009: 0.1 held the start in this practice; for year 2 or 3 the training began earlier."""
    copy = tmp_path / "0001.sqlite"
    copy.write_bytes((FIXTURES / "0001.sqlite").read_bytes())
    con = sqlite3.connect(copy)
    before = con.execute("SELECT id, name, start_date, training_year FROM aios ORDER BY id").fetchall()
    events = con.execute("SELECT * FROM trainer_event").fetchall()
    con.close()
    assert {year for *_, year in before} == {1, 3}

    from opleider_desk.storage.open import open_store

    open_store(copy).close()
    con = sqlite3.connect(copy)
    try:
        after = con.execute(
            "SELECT id, name, start_date, training_year, start_to_check FROM aios ORDER BY id"
        ).fetchall()
        informed = con.execute("SELECT institution_informed FROM trainer_event").fetchall()
        kept_events = con.execute(
            "SELECT id, kind, day, quantity, aios_id, note FROM trainer_event"
        ).fetchall()
    finally:
        con.close()
    # The start itself is left as it was: no date is made up.
    assert [row[:4] for row in after] == before
    assert {name: bool(check) for _, name, _, _, check in after} == {
        "Sanne de Vries": False,  # year 1: the start in the practice is the training's
        "Daan Bakker": True,  # year 3: began about two years earlier, on a day the file lacks
    }
    assert kept_events == events and informed == [(0,)] * len(events)


@pytest.mark.parametrize("revision", RELEASED)
def test_a_migrated_file_gives_the_hours_list_its_old_descriptions_ranked_and_searched(revision, tmp_path):
    """A list too large to hold its descriptions reads, ranks and searches them in the file
    itself (no index of its own to fill): an upgraded file's old rows are found at once."""
    from opleider_desk.domain.entities import stored_id
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.description_functions import folded
    from opleider_desk.storage.services.hour_descriptions import HourDescriptionService
    from opleider_desk.storage.services.hours import HoursService

    copy = tmp_path / f"{revision}.sqlite"
    copy.write_bytes((FIXTURES / f"{revision}.sqlite").read_bytes())
    store = open_store(copy)
    old = {stored_id(e.id): e.description for e in store.service(HoursService).entries(None)}
    descriptions = store.service(HourDescriptionService)
    for word in ("astma", "patiënt", "kpb", "a"):
        assert descriptions.matching(word, None) == {i for i, t in old.items() if word in t.lower()}, word
    ranks = {
        row[0]: row[-1] for part in store.service(HoursService).entry_parts(None, ranked=True) for row in part
    }
    by_text = sorted(old, key=lambda i: folded(old[i]))
    assert [ranks[i] for i in by_text] == sorted(ranks.values())
    assert descriptions.texts(list(old)[:5]) == {i: old[i] for i in list(old)[:5]}
    store.close()
