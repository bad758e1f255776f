"""A record of a hard crash, for the next start to put in the log and mention once.

A segmentation fault (in Qt, a driver, a library) ends the process before any Python
error handling runs: the log said nothing of it. ``faulthandler`` (built in, no cost
while nothing goes wrong) writes the stack of every thread to this run's own file in
the log folder; a normal end removes it. The next start finds a record that is not
empty, copies it into the log with its paths cut as the log cuts them (no home
folder, so no user name, in what a user may send on), removes it and says so.

One file per process: two windows on two data files must not empty each other's.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path
from typing import IO

from .error_log import log, short_path

PATTERN = "crash-*.txt"
#: An empty record older than this was left by a run that ended without its cleanup
#: (killed, power lost): removed, so they do not pile up; a window open that long
#: loses its own record, the rarer case.
STALE_SECONDS = 7 * 24 * 3600

_own: tuple[Path, IO[str]] | None = None


def crash_file(folder: Path, pid: int | None = None) -> Path:
    return folder / f"crash-{os.getpid() if pid is None else pid}.txt"


def record_crashes(folder: Path) -> list[Path]:
    """Begin this run's record; returns the records earlier runs left by crashing."""
    global _own
    import faulthandler

    own = crash_file(folder)
    earlier: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path in folder.glob(PATTERN):
            if path == own:
                continue
            found = path.stat()
            if found.st_size:
                earlier.append(path)
            elif time.time() - found.st_mtime > STALE_SECONDS:
                # Windows refuses while a window left running that long holds it open.
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
        file = open(own, "w", encoding="utf-8")  # noqa: SIM115 (held open until the end)
    except OSError:
        return earlier  # a log folder that cannot be written: no record, the program runs
    faulthandler.enable(file, all_threads=True)
    _own = (own, file)
    return sorted(earlier)


def end_crash_record() -> None:
    """A normal end: nothing to report next time."""
    global _own
    if _own is None:
        return
    import faulthandler

    path, file = _own
    _own = None
    faulthandler.disable()
    file.close()
    path.unlink(missing_ok=True)


_FILE = re.compile(r'File "([^"]+)"')


def shortened(text: str) -> str:
    """The record with each source path cut to the package's part, and the home folder as ~."""
    text = _FILE.sub(lambda found: f'File "{short_path(found.group(1))}"', text)
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text


def report_crashes(records: list[Path]) -> int:
    """Copy ``records`` into the log and remove them; returns how many there were."""
    count = 0
    for path in records:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            path.unlink()
        except OSError:
            continue  # another start took it first, or it cannot be read: said by that one
        log.error("the previous run ended unexpectedly (a crash):\n%s", shortened(text).rstrip())
        count += 1
    return count
