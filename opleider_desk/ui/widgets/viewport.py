"""A scroll area's viewport, found by its name instead of asked for.

``QAbstractScrollArea.viewport()`` hands back a plain ``QWidget`` that Qt made: for the
first such widget PySide builds every kind of widget it knows, with its enums, to find
the widget's type, 12-20 ms of CPU on the GUI thread (the first column fit as the
file opened, the hours tab's totals before the window was ready). Qt names every
viewport it makes; looking for that child of its own type costs a tenth of a
millisecond and gives the same object.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

#: The object name ``QAbstractScrollArea`` gives the viewport it makes.
_VIEWPORT = "qt_scrollarea_viewport"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    found = area.findChild(QWidget, _VIEWPORT, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()  # one set with setViewport
