"""A hard crash leaves a record that the next start puts in the log and mentions once.

A segmentation fault ends the process before Python's error handling runs: the log said
nothing. Here a real start crashes after its first paint (``faulthandler._sigsegv``),
and a second real start (the start-up probe ends it by itself) finds the record.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from opleider_desk.app import STARTUP_PROBE_ENV

CRASHING_START = """
import faulthandler, sys
import opleider_desk.ui.widgets.first_paint as first_paint

painted = first_paint.after_first_paint


def crash_after(window, then, fallback_ms=500):
    def open_then_crash():
        then()
        faulthandler._sigsegv()

    painted(window, open_then_crash, fallback_ms)


first_paint.after_first_paint = crash_after
from opleider_desk.cli import main

sys.exit(main(["--db", sys.argv[1]]))
"""


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", OPLEIDERDESK_HOME=str(tmp_path / "home"), **extra)


def _logs(tmp_path: Path) -> Path:
    return tmp_path / "home" / "data" / "logs"


def test_a_segfault_is_in_the_log_at_the_next_start_without_the_home_folder(tmp_path, store):
    path = store.path
    store.close()
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_START, str(path)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )
    assert crashed.returncode != 0, crashed.stderr  # -11 (SIGSEGV) on Linux
    [record] = _logs(tmp_path).glob("crash-*.txt")
    assert "Segmentation fault" in record.read_text(), record.read_text()

    again = subprocess.run(
        [sys.executable, "-m", "opleider_desk", "--db", str(path)],
        capture_output=True,
        text=True,
        env=_env(tmp_path, **{STARTUP_PROBE_ENV: "1"}),
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    log = (_logs(tmp_path) / "opleiderdesk.log").read_text(encoding="utf-8")
    assert "the previous run ended unexpectedly" in log
    assert "Segmentation fault" in log and "open_then_crash" in log
    assert str(Path.home()) not in log and str(tmp_path) not in log
    # Said once: the record is gone, and the normal end left none of its own.
    assert list(_logs(tmp_path).glob("crash-*.txt")) == []


def test_the_notice_says_once_where_the_log_is_and_does_not_block(qtbot, window, tmp_path):

    from opleider_desk.crash_record import report_crashes
    from opleider_desk.error_log import setup_logging
    from opleider_desk.ui.excepthook import show_crash_notice

    log_path = setup_logging(tmp_path / "logs" / "opleiderdesk.log")
    record = tmp_path / "logs" / "crash-1.txt"
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(
        f'Fatal Python error: Segmentation fault\n\n  File "{Path.home()}/x/opleider_desk/app.py", line 9'
    )
    assert report_crashes([record]) == 1 and not record.exists()
    box = show_crash_notice(window, log_path)
    # Opened, not run with exec: the start goes on under it, as with the error message.
    assert box.isVisible()
    assert str(log_path) in box.text() and "onverwacht gestopt" in box.text()
    assert report_crashes([record]) == 0
    box.close()
    from opleider_desk.error_log import write_waiting

    write_waiting()
    text = log_path.read_text(encoding="utf-8")
    assert 'File "opleider_desk/app.py", line 9' in text and str(Path.home()) not in text


def test_an_old_record_windows_will_not_remove_leaves_this_run_its_own(tmp_path, monkeypatch):
    """Windows refuses to delete a file another process holds open: an empty record of a
    window left running for over a week could not be tidied away, and that refusal ended
    the start's set-up before this run's own record began (no record of its own crash)."""
    import faulthandler
    import time

    from opleider_desk import crash_record

    folder = tmp_path / "logs"
    folder.mkdir()
    held = crash_record.crash_file(folder, pid=999_999)
    held.write_text("")
    week_ago = time.time() - crash_record.STALE_SECONDS - 60
    os.utime(held, (week_ago, week_ago))
    unlink = Path.unlink

    def windows_unlink(path: Path, missing_ok: bool = False) -> None:
        if path == held:
            raise PermissionError(13, "The process cannot access the file", str(path))
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", windows_unlink)
    was_enabled = faulthandler.is_enabled()
    try:
        assert crash_record.record_crashes(folder) == []
        assert faulthandler.is_enabled() and crash_record.crash_file(folder).exists()
    finally:
        crash_record.end_crash_record()
        if was_enabled:  # pytest's own handler, for the rest of the run
            faulthandler.enable(sys.__stderr__ or sys.stderr, all_threads=True)
    assert not crash_record.crash_file(folder).exists() and held.exists()
