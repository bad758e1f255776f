"""Private copies of attachments for the system viewer, gone at exit and at the next start.

An attachment opened with the system viewer is written to a copy (editing it
there must not change the stored file). The copies hold personal data, so
they live in one folder per session that only the user can read (0700, the
files 0600), removed when the program ends; a session that crashed leaves
its folder behind, and the next start removes it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

PREFIX = "opleiderdesk-view-"
_folder: Path | None = None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False  # cannot ask cheaply; an old folder of a live session is rare there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_left_behind(root: Path | None = None) -> list[Path]:
    """Remove the copy folders of sessions that have ended (crashed); return them."""
    root = Path(root or tempfile.gettempdir())
    removed = []
    for folder in root.glob(PREFIX + "*"):
        pid_text = folder.name[len(PREFIX) :].split("-", 1)[0]
        if not folder.is_dir() or not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed


def session_folder() -> Path:
    """This session's private folder for viewer copies (made, and old ones cleared, on first use)."""
    global _folder
    if _folder is None or not _folder.is_dir():
        remove_left_behind()
        _folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def new_copy_folder() -> Path:
    """A fresh subfolder, so two attachments with the same name do not meet."""
    return Path(tempfile.mkdtemp(dir=session_folder()))
