"""The benchmark helpers work on small sizes (the benchmarks themselves are run on demand)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from figures import Figure
from generate import generate


def test_generated_file_has_the_asked_rows_and_opens(tmp_path):
    path = generate(tmp_path / "big.sqlite", aios=4, entries=1_500, meetings=60, seed=1).path
    con = sqlite3.connect(path)
    try:
        counts = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("aios", "hour_entry", "meeting", "profile")
        }
        span = con.execute("SELECT min(day), max(day) FROM hour_entry").fetchone()
        bad = con.execute("SELECT count(*) FROM hour_entry WHERE minutes <= 0 OR minutes > 1440").fetchone()[
            0
        ]
    finally:
        con.close()
    assert counts == {"aios": 4, "hour_entry": 1_500, "meeting": 60, "profile": 1}
    assert int(span[1][:4]) - int(span[0][:4]) >= 9  # ten years of history
    assert bad == 0

    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.aios import AiosService

    store = open_store(path)
    try:
        assert len(store.service(AiosService).list()) == 4
    finally:
        store.close()


def test_generator_never_overwrites(tmp_path):
    existing = tmp_path / "mine.sqlite"
    existing.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        generate(existing, aios=1, entries=1, meetings=1)
    assert existing.read_bytes() == b"precious"


def test_figure_lines_say_whether_the_target_is_met():
    assert Figure("filter", 12.0, "ms", 50).line().rstrip().endswith("ok")
    assert Figure("filter", 75.0, "ms", 50).line().rstrip().endswith("MISSED")
    assert "target" not in Figure("bare window", 180.0, "ms").line()
