"""A bar of controls on one row where it fits, and on two where the window is narrow.

A row of a choice and five buttons needs some 900 px: in a narrower window (a laptop
at 125 % or 150 %) it made the whole window wider than the screen. Here the controls
at the end go to a second row instead, under the first, right-aligned as they were.
The controls stay the same widgets, so the Tab order does not change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget


def _least(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


class _Rows(QVBoxLayout):
    """Tells the layout around the bar the height of the placement a width will get, before it
    is made: the bar is given that height in the same pass, and the list under it does not
    move down a moment later when the bar takes its second row."""

    def __init__(self, bar: TwoRowBar):
        super().__init__(bar)
        self.bar = bar

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        bar = self.bar

        def tallest(widgets: Sequence[QWidget]) -> int:
            return max((w.sizeHint().height() for w in widgets), default=0)

        if width >= bar.one_row_width():
            return tallest([*bar.start, *bar.end])
        return tallest(bar.start) + max(self.spacing(), 0) + tallest(bar.end)


class TwoRowBar(QWidget):
    def __init__(self, start: Sequence[QWidget], end: Sequence[QWidget], *, parent: QWidget | None = None):
        super().__init__(parent)
        self.start = list(start)
        self.end = list(end)
        self._rows = _Rows(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._first = QHBoxLayout()
        self._second = QHBoxLayout()
        self._rows.addLayout(self._first)
        self._rows.addLayout(self._second)
        self._two: bool | None = None
        self._place(two=False)

    def _width(self, widgets: Sequence[QWidget]) -> int:
        spacing = max(self._first.spacing(), 0)
        return sum(map(_least, widgets)) + spacing * max(len(widgets) - 1, 0)

    def one_row_width(self) -> int:
        return self._width([*self.start, *self.end]) + max(self._first.spacing(), 0)

    @staticmethod
    def _clear(row: QBoxLayout) -> None:
        while row.count():
            row.takeAt(0)

    def _place(self, *, two: bool) -> None:
        if two == self._two:
            return
        self._two = two
        self._clear(self._first)
        self._clear(self._second)
        for widget in self.start:
            self._first.addWidget(widget)
        self._first.addStretch()
        row = self._second if two else self._first
        if two:
            row.addStretch()
        for widget in self.end:
            row.addWidget(widget)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        width = max(self._width(self.start), self._width(self.end))
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(two=self.width() < self.one_row_width())
