"""Memory freed by Python handed back to the system, where the C library allows it.

A worker thread allocates from its own arena of glibc's malloc; what a long task
frees there (the rows of a 200,000-entry load, a checked CSV sheet) stays
counted against the program until the arena is trimmed: measured on the big
file, every entry reloaded twice left 15 MB more resident than a trim leaves.
``malloc_trim`` is a glibc call; elsewhere (Windows, macOS, musl) this does
nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache


@cache
def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        # glibc's own name, on every Linux that has glibc: ``ctypes.util.find_library("c")``
        # ran ``ldconfig -p`` in a new process to find the same, on the GUI thread.
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no libc.so.6)
        return None


def give_back() -> None:
    """Return freed memory of every arena to the system (glibc), else nothing.

    On a thread of its own: after an import hundreds of megabytes are freed, and
    handing them back takes a while; ctypes lets go of the interpreter meanwhile.
    Not while the window starts (``startup_gc``): what its tasks make (modules, the
    mappers, the first rows) stays, and a trim then only costs the start its time."""
    from . import startup_gc

    if startup_gc.paused():
        return
    trim = _trim()
    if trim is not None:
        import threading

        threading.Thread(target=trim, args=(0,), name="give back freed memory", daemon=True).start()
