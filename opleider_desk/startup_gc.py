"""No garbage collection while the window starts; what the start made is then frozen.

The start makes some 120,000 objects (those the collector tracks) that live as long as the program
(modules, classes, functions, the SQLAlchemy mappers), and Python's collector
went over them again and again while they were made: 130-170 ms of the
start before the data file was open (timed with ``gc.callbacks`` on a shared
machine; some 80 collections, most of that time in the 5 of the middle generation).
So ``cli.main`` pauses collection for a window's start, and once the window
is ready (``ui/widgets/background.start_finished``) ``gc.freeze`` moves
everything made so far out of every later collection, and collection goes
on. A cycle of garbage made during the start stays in memory; there are few.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    global _paused
    if not _paused and gc.isenabled():
        _paused = True
        gc.disable()


def paused() -> bool:
    return _paused


def end() -> bool:
    """End the pause: freeze what exists. True if there was one; the caller then
    turns collection on again (``resume``), or has it turned on when its worker
    threads are done (``ui/widgets/background``)."""
    global _paused
    if not _paused:
        return False
    _paused = False
    gc.freeze()
    return True


def resume() -> None:
    """End the pause and collect again at once (no window, so no worker threads)."""
    if end():
        gc.enable()
