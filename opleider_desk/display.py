"""Is there a screen to open a window on?

Without one, Qt's xcb plugin prints "could not connect to display" and
aborts the process (SIGABRT): no message of ours, no exit code a script can
read. On Linux and the BSDs we look first; Windows and macOS always have one.
"""

from __future__ import annotations

import os
import sys


def has_display() -> bool:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0]
    if platform.startswith("xcb"):
        return bool(os.environ.get("DISPLAY"))
    if platform.startswith("wayland"):
        return bool(os.environ.get("WAYLAND_DISPLAY"))
    if platform:
        return True  # offscreen, minimal, vnc, eglfs …: no desktop session needed
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
