"""Workers give the window its turn at the interpreter when it falls behind.

Each call from Qt into Python (a cell's text while a table repaints: a
thousand of them for one screen of the hours list) waits for the interpreter
while a worker computes, and gets it only when the worker lets go: about
0.3 ms each on these machines even at a short switch interval, so one repaint
while the list reloads after an import held the window 0.15-0.3 s. A worker
cannot see that the window waits, but it can see that the window is late:
while tasks run the window notes the time every ``BEAT_S``
(``ui/widgets/background``), and a worker that finds the last note older
than ``LATE_S`` at one of its checkpoints (``give_way``, every few
milliseconds of its work) waits until the window has caught up, at most
``WAIT_S``. The window then has the interpreter to itself.

Plain Python, no Qt: storage's loops call ``give_way`` too.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

BEAT_S = 0.010
LATE_S = 0.025  # two and a half beats
WAIT_S = 0.050  # a window busy with its own work is not waited for longer

_gui_thread: int | None = None  # set while the window beats
_last_beat = 0.0
_caught_up = threading.Event()
# The beat a worker last waited past in vain: the window is busy with its own work, or
# waits for this very worker (a file closed while it writes); not waited for again.
_waited_past = -1.0


def start(gui_thread: int) -> None:
    """The window (on ``gui_thread``) begins to note the time; see ``beat``."""
    global _gui_thread
    beat()
    _gui_thread = gui_thread


def stop() -> None:
    global _gui_thread
    _gui_thread = None
    _caught_up.set()  # nobody waits for a window that no longer beats


def beat() -> None:
    """Called by the window every ``BEAT_S`` while tasks run."""
    global _last_beat
    _last_beat = time.monotonic()
    _caught_up.set()


def window_late() -> bool:
    gui = _gui_thread
    return gui is not None and threading.get_ident() != gui and time.monotonic() - _last_beat > LATE_S


def give_way() -> None:
    """On a worker: wait (at most ``WAIT_S``) while the window is behind; else return at once.

    A window that does not catch up within ``WAIT_S`` is not waited for again until it
    beats once more."""
    global _waited_past
    if not window_late() or _last_beat == _waited_past:
        return
    _caught_up.clear()
    # It may have beaten between the look and the clear.
    if window_late() and not _caught_up.wait(WAIT_S):
        _waited_past = _last_beat


class _GivingWayOnImports:
    """A finder that finds nothing: asked first about every module about to be loaded, it
    gives way there when asked on its worker's thread."""

    def __init__(self, thread: int):
        self.thread = thread

    def find_spec(self, _name: str, _path: object = None, _target: object = None) -> None:
        if threading.get_ident() == self.thread:
            give_way()
        return None


@contextmanager
def giving_way_on_imports() -> Iterator[None]:
    """On a worker that imports modules: ``give_way`` before each module it loads (a tab's
    module brings dozens of them). Imports hold the interpreter all the while; the window
    repainting beside the other tabs' warm-up waited for it at every call into Python."""
    finder = _GivingWayOnImports(threading.get_ident())
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
