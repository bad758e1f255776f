"""Two messages under the hours entry row at once keep to its one reserved line.

In a window 853 px wide (a 1280×800 laptop at 150 %), a date that does not exist
and a duration that could mean two things each wrapped onto a second line and
pushed the list down. Now they share the line: each as wide as its words where
there is room, cut short with "…" where there is not, the whole of it in its
tooltip and on its field for a screen reader.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.test_fit_and_access_keys import LANGUAGES, demo_window  # noqa: F401

NARROW = (853, 533)
BAD = {"nl": ("31-4-2026", "1.30"), "en": ("2026-04-31", "1.30")}


def _list_top(qtbot, tab) -> tuple[int, int]:
    """Where the list starts and how high the entry row is, once the layout has settled
    (in a narrow window the row takes two rows, and its height follows a turn later)."""
    last = None
    for _ in range(40):
        QApplication.processEvents()
        now = tab.view.mapTo(tab, tab.view.rect().topLeft()).y(), tab.entry_row.height()
        if now == last:
            break
        last = now
        qtbot.wait(25)
    return now


def _read_whole(label) -> bool:
    """The message is there to read: drawn whole, or cut short with all of it in the tooltip."""
    whole = label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    return label.isVisible() and (whole or label.toolTip() == label.text())


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_two_messages_in_a_narrow_window_do_not_move_the_list(qtbot, demo_window, language):  # noqa: F811
    demo_window.resize(*NARROW)
    tab = demo_window.show_tab("hours")
    row = tab.entry_row
    fields = row.fields
    before = _list_top(qtbot, tab)
    day, duration = BAD[language]
    fields.day.setText(day)
    fields.duration.setText(duration)
    row.save()
    assert demo_window.width() == NARROW[0]
    assert _list_top(qtbot, tab) == before, (
        f"two messages moved the list or grew the row: {before} -> {_list_top(qtbot, tab)}"
    )
    messages = [fields.error_labels["day"], fields.error_labels["minutes"]]
    for label, field in zip(messages, (fields.day, fields.duration), strict=True):
        assert label.text() and _read_whole(label), (label.text(), label.width(), label.toolTip())
        assert label.text().split(": ", 1)[-1] in field.accessibleDescription()
        # Side by side on the one line, neither over the other.
        assert label.y() == messages[0].y()
    assert messages[0].geometry().right() < messages[1].geometry().left()
    # The date retyped: its message goes, and the one left has the line to itself, whole.
    fields.day.selectAll()
    qtbot.keyClicks(fields.day, "1-4-2026" if language == "nl" else "2026-04-01")
    QApplication.processEvents()
    left = messages[1]
    assert not messages[0].isVisible() and left.isVisible()
    assert left.fontMetrics().horizontalAdvance(left.text()) <= left.contentsRect().width()
    assert not left.toolTip()
    assert _list_top(qtbot, tab) == before
