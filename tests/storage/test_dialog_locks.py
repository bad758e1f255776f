"""File dialogs on the data file's folder leave SQLite's locks in place (issue 14).

A writer process (``dialog_writer.py``) opens every kind of file dialog the
program has on the folder that holds its open data file, then a second
process reads the file and closes it, the writer goes on writing, and it is
killed with SIGKILL: every write it acknowledged must still be in the file.
Before the fix Qt's dialog sniffed the data file's content, which dropped the
writer's POSIX locks; the reader then checkpointed and deleted the WAL the
writer went on writing to, and those writes were lost.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from opleider_desk.storage.integrity import check

WRITER = Path(__file__).with_name("dialog_writer.py")
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL")


def _read_in_another_process(path: Path) -> None:
    code = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('select count(*) from hour_entry').fetchone(); c.close()"
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)


def run_dialogs_read_and_kill(path: Path, *extra: str) -> tuple[set[int], set[int]]:
    """(acknowledged ids, ids in the file after the kill)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    acknowledged: set[int] = set()
    assert writer.stdout is not None and writer.stdin is not None
    try:
        for line in writer.stdout:
            if line.startswith("ack "):
                acknowledged.add(int(line.split()[2]))
            elif line.strip() == "dialogs-done":
                break
        _read_in_another_process(path)
        writer.stdin.write("go\n")
        writer.stdin.flush()
        for line in writer.stdout:
            if line.startswith("ack "):
                acknowledged.add(int(line.split()[2]))
            if len(acknowledged) >= 40:
                break
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        for line in writer.stdout.read().splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ack":
                acknowledged.add(int(parts[2]))
        writer.stdout.close()
        writer.stdin.close()
    con = sqlite3.connect(path)
    try:
        present = {row[0] for row in con.execute("SELECT id FROM hour_entry")}
    finally:
        con.close()
    return acknowledged, present


def test_every_file_dialog_keeps_acknowledged_writes_safe(tmp_path: Path) -> None:
    path = tmp_path / "praktijk.sqlite"
    acknowledged, present = run_dialogs_read_and_kill(path)
    assert len(acknowledged) >= 40
    assert acknowledged <= present, f"lost: {sorted(acknowledged - present)}"
    assert check(path, full=True) == []


def test_no_module_opens_a_file_dialog_of_its_own() -> None:
    package = ROOT / "opleider_desk"
    offenders = [
        str(p.relative_to(ROOT))
        for p in package.rglob("*.py")
        if p.name != "file_dialogs.py"
        and ("QFileDialog" in p.read_text() or "QFileSystemModel" in p.read_text())
    ]
    assert offenders == []


@pytest.mark.slow
def test_dialog_soak_every_round_keeps_every_acknowledged_write(tmp_path: Path) -> None:
    """The slow suite repeats the file-dialog case on one file, killing the writer each round."""
    path = tmp_path / "praktijk.sqlite"
    acknowledged: set[int] = set()
    rounds = 20
    for _ in range(rounds):
        acked, present = run_dialogs_read_and_kill(path)
        acknowledged |= acked
        assert acknowledged <= present, f"lost: {sorted(acknowledged - present)}"
        assert check(path, full=True) == []
    print(f"dialog soak: {rounds} kills, {len(acknowledged)} acknowledged writes, 0 lost")
