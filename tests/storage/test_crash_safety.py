"""Killed at any moment, the file stays sound and keeps every acknowledged write.

A writer process does real service-layer writes and acknowledges each one
after its commit; the test kills it with SIGKILL at random moments, over and
over on the same file. After every kill the file must pass SQLite's full
``integrity_check`` and hold every row the writer had acknowledged.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from opleider_desk.storage.database import open_database
from opleider_desk.storage.integrity import check

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _start(db_path: Path, first: int, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), str(first), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def _kill(writer: subprocess.Popen) -> list[tuple[str, int]]:
    """SIGKILL the writer; the writes it acknowledged before dying."""
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert writer.stdout is not None
    acknowledged = []
    for line in writer.stdout.read().splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ack":  # a line cut by the kill is no promise
            acknowledged.append((parts[1], int(parts[2])))
    writer.stdout.close()
    return acknowledged


def _started(writer: subprocess.Popen) -> str:
    """Waits for ``ready``; the journal mode the writer's file runs in."""
    assert writer.stdout is not None
    journal = writer.stdout.readline().split()
    assert journal[0] == "journal"
    assert writer.stdout.readline().strip() == "ready"
    return journal[1]


def _run_and_kill(
    db_path: Path, first: int, rng: random.Random, *extra: str, journal: str = "wal"
) -> list[tuple[str, int]]:
    writer = _start(db_path, first, *extra)
    try:
        assert _started(writer) == journal
        time.sleep(rng.uniform(0.0, 0.25))
    finally:
        acknowledged = _kill(writer)
    return acknowledged


def _present(db_path: Path) -> dict[str, set[int]]:
    con = sqlite3.connect(db_path)  # a normal connection recovers the WAL, as the app would
    try:
        return {
            table: {r[0] for r in con.execute(f"SELECT id FROM {table}")} for table in ("aios", "hour_entry")
        }
    finally:
        con.close()


def _refused_by_both_names(db_path: Path, link: Path, *extra: str) -> None:
    os.link(db_path, link)
    try:
        for name in (link, db_path):
            writer = _start(name, 0, *extra)
            out, _ = writer.communicate(timeout=60)
            assert out.split() == ["refused", "file.hard_linked"], out[:200]
    finally:
        link.unlink()
    assert not link.with_name(link.name + "-wal").exists()


def soak(
    db_path: Path,
    kills: int,
    seed: int,
    *,
    also_through: Path | None = None,
    mounts: Path | None = None,
) -> tuple[int, int, int]:
    """Returns (kills survived, acknowledged writes, rows lost).

    With ``also_through`` (a path in another folder) every round first makes it a hard link to
    the file: a writer by either name must then be refused, and write nothing; the link is
    removed again before the writer that is killed opens the file by its own name.
    With ``mounts`` (a mount table naming the file's folder a network share) every writer runs
    the file in SQLite's rollback journal, as on a real share.
    """
    extra = ("--mounts", str(mounts)) if mounts is not None else ()
    journal = "delete" if mounts is not None else "wal"
    rng = random.Random(seed)
    acknowledged: list[tuple[str, int]] = []
    survived = lost = 0
    for round_number in range(kills):
        if also_through is not None and db_path.exists():
            _refused_by_both_names(db_path, also_through, *extra)
        acknowledged += _run_and_kill(db_path, round_number * 100_000, rng, *extra, journal=journal)
        # A read-only command comes first, as a scheduled `statement` or `backup` would.
        open_database(db_path, read_only=True).close()
        assert check(db_path, full=True) == [], f"damaged after kill {round_number + 1}"
        present = _present(db_path)
        missing = [(table, row_id) for table, row_id in acknowledged if row_id not in present[table]]
        lost += len(missing)
        assert not missing, f"acknowledged writes lost after kill {round_number + 1}: {missing[:5]}"
        survived += 1
    return survived, len(acknowledged), lost


def test_killed_writers_lose_nothing_acknowledged(db_path):
    survived, written, lost = soak(db_path, kills=15, seed=6)
    assert (survived, lost) == (15, 0)
    assert written > 15  # the kills did land among writes


@pytest.mark.slow
def test_killed_writers_lose_nothing_acknowledged_long(db_path, capsys):
    survived, written, lost = soak(db_path, kills=200, seed=2026)
    with capsys.disabled():
        print(f"\ncrash soak: {survived} kills survived, {written} acknowledged writes, {lost} rows lost")
    assert (survived, lost) == (200, 0)


def test_two_writers_at_once_leave_the_file_sound(db_path):
    """Past the one-writer lock (as on a share without locks): SQLite still serialises."""
    from opleider_desk.storage.open import open_store

    # Created first: creating the schema is what the lock guards most of all.
    open_store(db_path).close()
    writers = [_start(db_path, n * 1_000_000, "--without-lock") for n in (1, 2)]
    try:
        for writer in writers:
            assert _started(writer) == "wal"
        time.sleep(1.0)
    finally:
        acknowledged = [write for writer in writers for write in _kill(writer)]
    assert check(db_path, full=True) == []
    present = _present(db_path)
    assert all(row_id in present[table] for table, row_id in acknowledged)
    assert len(acknowledged) > 10


@pytest.mark.slow
def test_killed_writers_beside_a_hard_link_lose_nothing(db_path, tmp_path, capsys):
    """Each round a second name is made: refused by both names, then the writer is killed."""
    from opleider_desk.storage.open import open_store

    open_store(db_path).close()
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    survived, written, lost = soak(db_path, kills=60, seed=14, also_through=elsewhere / "zelfde.sqlite")
    with capsys.disabled():
        print(
            f"\nhard-link soak: {survived} kills survived, {2 * survived} writers refused by a second"
            f" name, {written} acknowledged writes, {lost} rows lost"
        )
    assert (survived, lost) == (60, 0)


def test_a_writer_by_a_second_name_is_refused_in_the_soak(db_path, tmp_path):
    from opleider_desk.storage.open import open_store

    open_store(db_path).close()
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    survived, written, lost = soak(db_path, kills=3, seed=15, also_through=elsewhere / "zelfde.sqlite")
    assert (survived, lost) == (3, 0) and written > 3


def _network_mounts(tmp_path: Path, share: Path) -> Path:
    """A mount table in which ``share`` is an SMB share (the detection the program uses)."""
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//server/praktijk {share} cifs rw 0 0\n")
    return mounts


@pytest.mark.skipif(not Path("/proc/self/mounts").exists(), reason="Linux mount table")
def test_killed_writers_on_a_network_share_lose_nothing(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    survived, written, lost = soak(
        share / "data.sqlite", kills=6, seed=3, mounts=_network_mounts(tmp_path, share)
    )
    assert (survived, lost) == (6, 0)
    assert written > 6
    assert not (share / "data.sqlite-wal").exists()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/mounts").exists(), reason="Linux mount table")
def test_killed_writers_on_a_network_share_lose_nothing_long(tmp_path, capsys):
    share = tmp_path / "share"
    share.mkdir()
    mounts = _network_mounts(tmp_path, share)
    survived, written, lost = soak(share / "data.sqlite", kills=100, seed=445, mounts=mounts)
    with capsys.disabled():
        print(
            f"\nnetwork-share soak: {survived} kills survived, {written} acknowledged writes, {lost} rows lost"
        )
    assert (survived, lost) == (100, 0)
    assert not (share / "data.sqlite-wal").exists()
