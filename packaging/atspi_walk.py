"""Try OpleiderDesk as a screen reader does: through the AT-SPI accessibility bus.

A tool, not a test (CI has no accessibility bus). It shows one screen of the
program with the demo data, dumps the accessible tree of its window (role,
name, description, states) and then presses Tab (``xdotool key Tab``) and
records which accessible has the focus each time, as Orca would announce it.
At the end it lists what a screen-reader user would trip over: a focusable
control without a role or name, and a Tab step that goes back up or to the left
inside one form.

Run it under X (Xvfb) inside its own D-Bus session, with the system Python that
has the AT-SPI bindings (Debian: ``at-spi2-core gir1.2-atspi-2.0 python3-gi``)::

    Xvfb :96 -screen 0 1280x800x24 &
    DISPLAY=:96 dbus-run-session -- /usr/bin/python3 packaging/atspi_walk.py \\
        --python "$(command -v python)" --scene hours --tabs 25 > hours.txt

``--scene hours``: the Uren tab with the entry row focused (``hours-error``: with a
wrong duration just refused, its message under the field). ``--scene meeting``:
a voortgangsgesprek's meeting window on a step of its guided form (``--step``).
``--lang en`` for the English UI. The program runs with ``--python`` (the Python
OpleiderDesk is installed in) in a home of its own (OPLEIDERDESK_HOME), so the
user's data and settings are not touched.

``--orca`` also runs the Orca screen reader (Debian: ``orca speech-dispatcher``)
and prints under each key what it said: its speech goes to speech-dispatcher's
dummy module (no sound card needed), its words are read from its debug log.
``--keys`` presses other keys than Tab (``type:`` types text)::

    DISPLAY=:96 dbus-run-session -- /usr/bin/python3 packaging/atspi_walk.py \
        --python "$(command -v python)" --orca --keys "Tab Tab Tab type:abc Return Tab shift+Tab"
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

# ----------------------------------------------------------------- the program's side


def show_scene(scene: str, lang: str, step: int) -> int:
    """Run in OpleiderDesk's Python: open the demo file and show ``scene``."""
    from PySide6.QtCore import QTimer

    from opleider_desk.app import create_application
    from opleider_desk.i18n import install_translators
    from opleider_desk.paths import demo_data_file
    from opleider_desk.settings import Settings
    from opleider_desk.storage.demo import fill_demo_if_empty
    from opleider_desk.storage.open import open_store
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.words.formatting import set_language

    app = create_application()
    install_translators(app, lang)
    set_language(lang)
    path = demo_data_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(path)
    fill_demo_if_empty(store)
    store.close()
    window = MainWindow(Settings(), lang)
    window.confirm_discard_unsaved = lambda: True  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show()
    window.open_store(path)

    def arrange() -> None:
        if scene in ("hours", "hours-error"):
            tab = window.show_tab("hours")
            window.activateWindow()
            fields = tab.entry_row.fields
            fields.day.setFocus()
            if scene == "hours-error":
                # A duration that is no duration: the message under the field should be heard on it.
                fields.duration.setText("abc")
                tab.entry_row.save()
                fields.day.setFocus()
        else:
            from opleider_desk.storage.services.meetings import MeetingService

            tab = window.show_tab("meetings")
            from opleider_desk.domain.enums import MeetingStatus

            progress = [
                m for m in window.context.service(MeetingService).list() if m.kind == "voortgangsgesprek"
            ]
            # A planned one, to be filled in: a held meeting's signed report is read-only.
            meeting = next((m for m in progress if m.status is MeetingStatus.PLANNED), progress[0])
            opened = tab.open_meeting(meeting.id)
            opened.resize(1050, 720)
            opened.tabs.setCurrentWidget(opened.form)
            opened.form.go_to(step)
            opened.activateWindow()
            opened.form.step_list.setFocus()
        print("READY", flush=True)

    QTimer.singleShot(1500, arrange)
    return app.exec()


# ----------------------------------------------------------------- the screen reader's side


def _atspi():
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi

    return Atspi


def _states(node) -> list[str]:
    Atspi = _atspi()
    state_set = node.get_state_set()
    return sorted(
        s.value_nick
        for s in (Atspi.StateType(i) for i in range(Atspi.StateType.LAST_DEFINED))
        if state_set.contains(s)
    )


def _extents(node) -> tuple[int, int, int, int]:
    Atspi = _atspi()
    try:
        box = node.get_extents(Atspi.CoordType.SCREEN)
    except Exception:
        return (0, 0, 0, 0)
    return (box.x, box.y, box.width, box.height)


def _labelled_by(node) -> list[str]:
    """The labels a screen reader says before a control's own name (Qt: a buddy label)."""
    Atspi = _atspi()
    names = []
    try:
        relations = node.get_relation_set()
    except Exception:
        return names
    for relation in relations:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for i in range(relation.get_n_targets()):
                names.append(relation.get_target(i).get_name())
    return names


def describe(node) -> str:
    states = _states(node)
    keep = [s for s in states if s in {"focusable", "focused", "checked", "editable", "sensitive", "showing"}]
    x, y, w, h = _extents(node)
    description = node.get_description() or ""
    text = f"{node.get_role_name()} {node.get_name()!r}"
    if description:
        text += f" desc={description!r}"
    if labels := _labelled_by(node):
        text += f" labelled-by={labels!r}"
    return f"{text} [{','.join(keep)}] @{x},{y} {w}x{h}"


def dump(node, depth: int = 0, out: list[str] | None = None) -> list[str]:
    out = [] if out is None else out
    if "showing" not in _states(node) and depth > 1:
        return out
    out.append("  " * depth + describe(node))
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            dump(child, depth + 1, out)
    return out


def _find_app(name: str, timeout: float = 60.0):
    Atspi = _atspi()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and name.casefold() in (app.get_name() or "").casefold():
                return app
        time.sleep(0.5)
    raise SystemExit(f"no accessible application named {name!r} on the bus")


def _active_window(app):
    for i in range(app.get_child_count()):
        window = app.get_child_at_index(i)
        if window is not None and "active" in _states(window):
            return window
    return app.get_child_at_index(app.get_child_count() - 1)


class _FocusEvents:
    """The accessible that last said it got the focus, as Orca learns it (an event).

    The tree's FOCUSED states are no guide: Qt leaves them on a table cell that
    had the focus once."""

    def __init__(self):
        Atspi = _atspi()
        self.focused = None
        self._listener = Atspi.EventListener.new(self._on_event)
        self._listener.register("object:state-changed:focused")

    def _on_event(self, event) -> None:
        if event.detail1 == 1:
            self.focused = event.source

    def pump(self, seconds: float) -> None:
        from gi.repository import GLib

        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.02)


def _focused(node):
    """The first node of the tree that has the FOCUSED state (before any event came)."""
    states = _states(node)
    if "focused" in states:
        return node
    if "showing" not in states and node.get_role_name() not in ("application", "frame", "dialog"):
        return None
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None and (found := _focused(child)) is not None:
            return found
    return None


def problems_of(walk: list[tuple[str, str, tuple[int, int, int, int]]]) -> list[str]:
    found = []
    for role, name, _box in walk:
        if not role or role == "unknown":
            found.append(f"no role: {name!r}")
        if not name.strip() or name.strip() in ("…", "..."):
            found.append(f"no name: {role}")
    seen = {walk[0]} if walk else set()
    # Tab from the last control goes round to the first, at the top of the window.
    first = min(walk, key=lambda stop: (stop[2][1], stop[2][0]), default=None)
    for (r0, n0, b0), (r1, n1, b1) in pairwise(walk):
        if (r1, n1, b1) in seen:
            break  # round the window once
        seen.add((r1, n1, b1))
        if (r1, n1, b1) == first:
            continue
        # Back up a line, or to the left on the same line: not the reading order. (The
        # smaller height: a table beside a button is not on the button's line.)
        same_line = abs(b1[1] - b0[1]) < min(b0[3], b1[3]) // 2 + 1
        if b1[1] + b1[3] <= b0[1] or (same_line and b1[0] + b1[2] <= b0[0]):
            found.append(f"Tab goes back from {r0} {n0!r} @{b0[:2]} to {r1} {n1!r} @{b1[:2]}")
    return found


# Orca writes its debug log through a buffer: a key's words came after the next key.
_LINE_BUFFERED_ORCA = """
import builtins, runpy, shutil
real_open = builtins.open
def line_buffered(file, mode="r", *args, **kwargs):
    if mode == "w" and str(file).endswith("orca.log"):
        return real_open(file, mode, 1, *args, **kwargs)
    return real_open(file, mode, *args, **kwargs)
builtins.open = line_buffered
runpy.run_path(shutil.which("orca"), run_name="__main__")
"""
_ORCA = ["/usr/bin/python3", "-c", _LINE_BUFFERED_ORCA]  # Orca is Debian's Python's


class _Orca:
    """Orca with its speech sent to speech-dispatcher's dummy module; what it says is the
    SPEECH OUTPUT of its debug log (a key's own echo, "tab ", ends in a space: left out)."""

    def __init__(self, work: Path, env: dict[str, str]):
        config = work / "config"
        (config / "speech-dispatcher").mkdir(parents=True)
        (config / "speech-dispatcher" / "speechd.conf").write_text(
            'AddModule "dummy" "sd_dummy" ""\nDefaultModule dummy\n', encoding="utf-8"
        )
        runtime = work / "run"
        runtime.mkdir(mode=0o700)
        self.log = work / "orca.log"
        self._read = 0
        orca_env = dict(env, HOME=str(work), XDG_CONFIG_HOME=str(config), XDG_RUNTIME_DIR=str(runtime))
        self.process = subprocess.Popen(
            [*_ORCA, "--replace", "--disable", "braille", "--debug-file", str(self.log)],
            env=orca_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        end = time.monotonic() + 60
        while not self.said() and time.monotonic() < end:  # "Screen reader on."
            time.sleep(0.5)

    def says(self) -> list[str]:
        """What Orca says now: until it has been quiet for a second (it takes its time)."""
        heard: list[str] = []
        start = last = time.monotonic()
        while time.monotonic() - start < 8:
            time.sleep(0.25)
            if new := self.said():
                heard += new
                last = time.monotonic()
            elif time.monotonic() - last > (1.0 if heard else 3.0):
                break
        return heard

    def said(self) -> list[str]:
        """What Orca said since the last call."""
        if not self.log.exists():
            return []
        text = self.log.read_text(encoding="utf-8", errors="replace")
        new, self._read = text[self._read :], len(text)
        return [s for s in re.findall(r"SPEECH OUTPUT: '(.*?)' ?[{\[]", new) if not s.endswith(" ")]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _press(key: str) -> None:
    if key.startswith("type:"):
        subprocess.run(["xdotool", "type", "--delay", "80", key.removeprefix("type:")], check=True)
    else:
        subprocess.run(["xdotool", "key", key], check=True)


def walk_with_tab(
    python: str, scene: str, lang: str, step: int, tabs: int, *, orca: bool = False, keys: str = ""
) -> int:
    home = Path(tempfile.mkdtemp(prefix="opleiderdesk-atspi-"))
    env = dict(
        os.environ,
        OPLEIDERDESK_HOME=str(home),
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
    )
    env.pop("QT_QPA_PLATFORM", None)
    # This checkout's program, not an installed copy (``--show`` runs from packaging/).
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    reader = _Orca(home / "orca", env) if orca else None
    program = subprocess.Popen(
        [python, __file__, "--show", "--scene", scene, "--lang", lang, "--step", str(step)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert program.stdout is not None
        if program.stdout.readline().strip() != "READY":
            raise SystemExit("the program did not come up")
        time.sleep(1.0)
        app = _find_app("opleider")
        window = _active_window(app)
        print(f"== accessible tree of {describe(window)}")
        print("\n".join(dump(window)))
        pressed = keys.split() if keys else ["Tab"] * tabs
        print(f"\n== focus, then {' '.join(pressed) if keys else f'{tabs} × Tab'}")
        walk = []
        events = _FocusEvents()
        for press, key in enumerate(["", *pressed]):
            if key:
                _press(key)
            events.pump(0.5)
            node = events.focused if press else _focused(_active_window(app))
            if node is None:
                print(f"{press:2}: {key} (nothing focused)")
            else:
                print(f"{press:2}: {key} {describe(node)}")
                walk.append((node.get_role_name(), node.get_name() or "", _extents(node)))
            if reader:
                print("      Orca: " + " ".join(f"«{s}»" for s in reader.says()))
        found = [] if keys else problems_of(walk)
        print("\n== what a screen-reader user trips over")
        print("\n".join(found) or "nothing")
        return 1 if found else 0
    finally:
        program.terminate()
        program.wait(10)
        if reader:
            reader.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scene", choices=["hours", "hours-error", "meeting"], default="hours")
    parser.add_argument("--lang", choices=["nl", "en"], default="nl")
    parser.add_argument("--step", type=int, default=1, help="the guided form's step (from 0)")
    parser.add_argument("--tabs", type=int, default=20, help="how many times to press Tab")
    parser.add_argument("--python", default=sys.executable, help="the Python OpleiderDesk runs in")
    parser.add_argument("--orca", action="store_true", help="run Orca too and print what it says")
    parser.add_argument("--keys", default="", help='keys to press instead of Tab: "Tab type:1:30 Return"')
    parser.add_argument("--show", action="store_true", help=argparse.SUPPRESS)  # the program's side
    args = parser.parse_args()
    if args.show:
        return show_scene(args.scene, args.lang, args.step)
    return walk_with_tab(
        args.python, args.scene, args.lang, args.step, args.tabs, orca=args.orca, keys=args.keys
    )


if __name__ == "__main__":
    raise SystemExit(main())
