"""0007: every meeting of a 0.1 file gets its own calendar UID, and nothing else changes."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

FIXTURE = Path(__file__).with_name("fixtures") / "0001.sqlite"


def _rows(path: Path, table: str) -> tuple[tuple[str, ...], set[tuple]]:
    con = sqlite3.connect(path)
    try:
        cursor = con.execute(f"SELECT * FROM {table}")
        return tuple(d[0] for d in cursor.description), set(cursor.fetchall())
    finally:
        con.close()


def test_a_0_1_file_gives_every_meeting_a_distinct_uuid_and_keeps_every_row(tmp_path):
    copy = tmp_path / "0001.sqlite"
    copy.write_bytes(FIXTURE.read_bytes())
    tables = ("meeting", "agreement", "learning_goal", "hour_entry", "aios")
    before = {table: _rows(copy, table) for table in tables}
    assert len(before["meeting"][1]) > 10

    from opleider_desk.storage.open import open_store

    open_store(copy).close()

    for table in tables:
        old_columns, old_rows = before[table]
        new_columns, new_rows = _rows(copy, table)
        kept = [new_columns.index(c) for c in old_columns]
        assert {tuple(row[i] for i in kept) for row in new_rows} == old_rows, table
    con = sqlite3.connect(copy)
    uids = [uid for (uid,) in con.execute("SELECT uid FROM meeting")]
    sequences = {seq for (seq,) in con.execute("SELECT sequence FROM meeting")}
    remembered = con.execute("SELECT count(*) FROM calendar_sent").fetchone()[0]
    con.close()
    assert len(uids) == len(before["meeting"][1]) == len(set(uids))
    assert all(uuid.UUID(uid).version == 4 for uid in uids)
    assert sequences == {0}
    assert remembered == 0


def test_two_files_upgraded_from_the_same_fixture_share_no_uid(tmp_path):
    from opleider_desk.storage.open import open_store

    found = []
    for name in ("a.sqlite", "b.sqlite"):
        copy = tmp_path / name
        copy.write_bytes(FIXTURE.read_bytes())
        open_store(copy).close()
        con = sqlite3.connect(copy)
        found.append({uid for (uid,) in con.execute("SELECT uid FROM meeting")})
        con.close()
    assert not found[0] & found[1]
