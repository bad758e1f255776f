"""Tab in the order the user reads, where Qt's own order differs from it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def shown_buttons(box: QDialogButtonBox) -> list[QWidget]:
    """The buttons of ``box`` from left to right, as the platform's convention places them."""
    layout = box.layout()
    if layout is None:
        return list(box.buttons())
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [w for item in items if item is not None and (w := item.widget()) is not None]


def buttons_tab_as_shown(box: QDialogButtonBox) -> None:
    """Tab through ``box`` from left to right (call once it is in its window).

    A button box places its buttons by the platform's convention ("Reset all" at
    the far left, Save before Cancel or after) but Tab follows the order they were
    added, so it jumped back to the left edge and then to the right again."""
    for before, after in pairwise(shown_buttons(box)):
        QWidget.setTabOrder(before, after)


def tab_after(page: QWidget, following: Sequence[QWidget]) -> None:
    """Tab goes through ``page``'s fields before ``following`` (the buttons under it).

    A page put into a scroll area after the window was built joins the focus chain
    after every widget made before it, so Tab went from the last button back up to
    the page's first field."""
    last: QWidget | None = None
    widget = page.nextInFocusChain()
    while widget is not None and page.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            last = widget
        widget = widget.nextInFocusChain()
    if last is None:
        return
    for before, after in pairwise([last, *following]):
        QWidget.setTabOrder(before, after)
