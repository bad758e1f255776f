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

import threading
import time

BEAT_S = 0.010
LATE_S = 0.025  # two and a half beats
WAIT_S = 0.050  # a window busy with its own work is not waited for longer

_gui_thread: int | None = None  # set while the window beats
_last_beat = 0.0
_caught_up = threading.Event()


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
    """On a worker: wait (at most ``WAIT_S``) while the window is behind; else return at once."""
    if not window_late():
        return
    _caught_up.clear()
    if window_late():  # it may have beaten between the look and the clear
        _caught_up.wait(WAIT_S)
