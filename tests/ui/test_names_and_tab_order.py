"""What a screen reader needs from every tab, dialog and meeting window, checked without one.

Tried through AT-SPI (``packaging/atspi_walk.py``): a table without a name, a list
of steps without one, Tab that stayed in a table for ever (it moved from cell to
cell), and a guided form whose Previous/Next came before the step's own fields.
Here, for every window the user can open:

- every control Tab stops at has a name: its accessible name, its own text (a
  button, a check box) or the label it is the buddy of; not empty, not "…", and
  not ending in a required field's "*" (read out as a symbol; the field's
  description says it is required);
- Tab goes through a window in reading order: never back up a line, nor to the
  left on the same line (a column to the right that starts higher is fine);
- Tab leaves a table (no Tab trap).
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTabBar,
    QWidget,
)

from tests.ui.test_fit_and_access_keys import (  # noqa: F401
    LANGUAGES,
    demo_window,
    dialog_openers,
    each_dialog,
    each_page_and_step,
    each_tab,
)

#: Tab steps that go back on purpose, by (object name or type, object name or type): why.
DELIBERATE: dict[tuple[str, str], str] = {}


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in the order it visits them (Qt's focus chain)."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    seen = set()
    while widget is not None and widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if (
            widget.window() is window
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _buddy_texts(window: QWidget) -> dict[int, str]:
    """The label each field is the buddy of, as a screen reader says it (Orca says a
    field's label, from the labelled-by relation, before its own name)."""
    return {
        id(label.buddy()): label.accessibleName() or label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.text().strip()
    }


def name_of(widget: QWidget, buddies: dict[int, str]) -> str:
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    if not name and isinstance(widget, QGroupBox) and widget.isCheckable():
        name = widget.title()
    if not name:
        name = buddies.get(id(widget), "")
    return name.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _label(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def _inner_editor(widget: QWidget) -> bool:
    # The editor inside a combo or spin box: the box itself carries the name.
    return isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox)


def nameless(window: QWidget) -> list[str]:
    buddies = _buddy_texts(window)
    found = []
    for widget in tab_stops(window):
        if _inner_editor(widget) or isinstance(widget, QTabBar | QMenuBar):
            continue  # a tab bar's and a menu's names are their tabs' and items' texts
        name = name_of(widget, buddies)
        if name in ("", "…", "..."):
            found.append(f"no name: {_label(widget)}")
        heard = (name, buddies.get(id(widget), ""))
        if any(text.rstrip().endswith("*") for text in heard):
            found.append(f"a required mark read out: {_label(widget)} {name!r}")
    return found


def _seen_as(widget: QWidget, other: QWidget) -> QWidget:
    """What ``widget`` is read as, coming from or going to ``other``: the outermost scroll
    area it is in that ``other`` is not (Tab from the end of a scrolled page to the
    buttons under it goes on, wherever that end lies on the page)."""
    seen = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not parent.isAncestorOf(other):
            seen = parent
        parent = parent.parentWidget()
    return seen


def _where(widget: QWidget, window: QWidget) -> tuple[int, int, int, int]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.x(), top_left.y(), widget.width(), widget.height()


def backward_steps(window: QWidget) -> list[str]:
    stops = [w for w in tab_stops(window) if not _inner_editor(w)]
    found = []
    for before, after in pairwise(stops):
        x0, y0, w0, h0 = _where(_seen_as(before, after), window)
        x1, y1, w1, h1 = _where(_seen_as(after, before), window)
        tolerance = max(min(h0, h1) // 2, 4)
        # Up is fine into the next column (to the right of the field left), not within one.
        up = y1 < y0 - tolerance and x1 < x0 + w0
        left_on_line = abs(y1 - y0) <= tolerance and x1 + w1 <= x0
        if not (up or left_on_line):
            continue
        key = (before.objectName() or type(before).__name__, after.objectName() or type(after).__name__)
        if key in DELIBERATE:
            continue
        found.append(f"Tab goes back from {_label(before)} @{x0},{y0} to {_label(after)} @{x1},{y1}")
    return found


def tab_traps(window: QWidget) -> list[str]:
    return [
        f"Tab stays in {_label(view)}"
        for view in tab_stops(window)
        if isinstance(view, QAbstractItemView) and view.tabKeyNavigation()
    ]


def problems_of(window: QWidget, where: str) -> list[str]:
    QApplication.processEvents()
    found = nameless(window) + backward_steps(window) + tab_traps(window)
    return [f"{where}: {p}" for p in found]


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_tab_names_its_controls_and_tabs_in_reading_order(qtbot, demo_window):  # noqa: F811
    from tests.ui.conftest import settled_overview

    settled_overview(demo_window)
    problems = []
    for key in each_tab(qtbot, demo_window):
        problems += problems_of(demo_window, f"tab {key}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_dialog_names_its_controls_and_tabs_in_reading_order(qtbot, demo_window):  # noqa: F811
    problems = []
    for where, dialog in each_dialog(dialog_openers(demo_window)):
        qtbot.waitExposed(dialog)
        problems += problems_of(dialog, where)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_page_and_step_of_a_meeting_window_names_its_controls_and_tabs_in_order(
    qtbot,
    demo_window,  # noqa: F811
):
    from opleider_desk.storage.services.meetings import MeetingService

    tab = demo_window.show_tab("meetings")
    kinds_seen: set[str] = set()
    problems = []
    for meeting in demo_window.context.service(MeetingService).list():
        if meeting.kind in kinds_seen:
            continue
        kinds_seen.add(meeting.kind)
        window = tab.open_meeting(meeting.id)
        qtbot.waitExposed(window)
        for page, step in each_page_and_step(window):
            problems += problems_of(window, f"{meeting.kind} {window.tabs.tabText(page)} step {step}")
        window.close()
    assert not problems, "\n".join(sorted(set(problems)))
