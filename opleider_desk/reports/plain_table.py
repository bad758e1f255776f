"""A long table of plain text drawn straight onto the canvas.

reportlab's ``Table`` spends most of its time per cell (a text object, a font
change and a coordinate string each); a quarter of 1,000 entries took longer
than the 0.3 s the statement may cost. This draws each page's rows in one
text object. It looks like ``layout.grid_table`` (header band, thin rules, a
bold total row), wraps long text within its column (breaking a word too long
for it), repeats the header on every page and never cuts a row in two, unless
the row is taller than a whole page: then it goes on over the next.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .layout import FONT, FONT_BOLD, content_height

_SIZE = 9
_LEADING = 11
_PAD_X = 6  # as grid_table: reportlab's default cell padding
_PAD_Y = 2
_RULE = colors.HexColor("#c8c8c8")
_HEADER_BACKGROUND = colors.HexColor("#eef1f4")


class PlainTable(Flowable):
    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        right_aligned: Collection[int] = (),
        total: Sequence[str] | None = None,
        _lines: list[list[tuple[str, ...]]] | None = None,
    ):
        super().__init__()
        self.header = list(header)
        self.widths = list(widths)
        self.right_aligned = set(right_aligned)
        self.total = list(total) if total is not None else None
        # A split hands its parts the lines already measured.
        self._lines = _lines if _lines is not None else [self._split(row, FONT) for row in rows]
        self._total_lines = self._split(self.total, FONT_BOLD) if self.total is not None else None
        self._heights = [self._height(cells) for cells in self._lines]

    def _split(self, row: Sequence[str], font: str) -> list[tuple[str, ...]]:
        return [
            (text,) if column in self.right_aligned else _wrap(text, font, self.widths[column] - 2 * _PAD_X)
            for column, text in enumerate(row)
        ]

    @staticmethod
    def _height(cells: list[tuple[str, ...]]) -> float:
        return max(len(lines) for lines in cells) * _LEADING + 2 * _PAD_Y

    def _header_height(self) -> float:
        return _LEADING + 2 * _PAD_Y

    def wrap(self, available_width, available_height):
        height = self._header_height() + sum(self._heights)
        if self._total_lines is not None:
            height += self._height(self._total_lines)
        self.width, self.height = sum(self.widths), height
        return self.width, self.height

    def split(self, available_width, available_height):
        room = available_height - self._header_height()
        fitting = 0
        for height in self._heights:
            if room - height < 0:
                break
            room -= height
            fitting += 1
        if fitting < len(self._lines) and self._heights[fitting] > self._page_room():
            # A row taller than a page: it starts here, under the rows that fit, and goes on.
            count = int((room - 2 * _PAD_Y) // _LEADING)
            if count >= 1:
                row = self._lines[fitting]
                head = [cell[:count] or ("",) for cell in row]
                tail = [cell[count:] or ("",) for cell in row]
                rest = [tail, *self._lines[fitting + 1 :]]
                return [self._part([*self._lines[:fitting], head]), self._part(rest, total=self.total)]
        if self._total_lines is not None and fitting == len(self._lines):
            fitting -= 1  # only the total row does not fit: it goes over with the last row
        if fitting == 0 or fitting >= len(self._lines):
            return []
        return [self._part(self._lines[:fitting]), self._part(self._lines[fitting:], total=self.total)]

    def _part(self, lines: list[list[tuple[str, ...]]], total: Sequence[str] | None = None) -> PlainTable:
        return PlainTable(
            self.header, (), self.widths, right_aligned=self.right_aligned, total=total, _lines=lines
        )

    def _page_room(self) -> float:
        """The height a row has on a page of its own (a frame's padding and the header off)."""
        return content_height() - 12 - self._header_height()

    def draw(self) -> None:
        canvas = self.canv
        width = sum(self.widths)
        top = self.height
        header_height = self._header_height()
        canvas.saveState()
        canvas.setFillColor(_HEADER_BACKGROUND)
        canvas.rect(0, top - header_height, width, header_height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        text = canvas.beginText()
        text.setFont(FONT_BOLD, _SIZE, _LEADING)
        self._put(text, [[h] for h in self.header], top, FONT_BOLD)
        rules = [(top - header_height, 0.8, colors.black)]
        y = top - header_height
        text.setFont(FONT, _SIZE, _LEADING)
        for cells, height in zip(self._lines, self._heights, strict=True):
            self._put(text, cells, y, FONT)
            y -= height
            rules.append((y, 0.25, _RULE))
        if self._total_lines is not None:
            rules.append((y, 0.8, colors.black))
            text.setFont(FONT_BOLD, _SIZE, _LEADING)
            self._put(text, self._total_lines, y, FONT_BOLD)
            y -= self._height(self._total_lines)
            rules.append((y, 0.25, _RULE))
        canvas.drawText(text)
        for rule_y, thickness, colour in rules:
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(thickness)
            canvas.line(0, rule_y, width, rule_y)
        canvas.restoreState()

    def _put(self, text, cells: Sequence[Sequence[str]], top: float, font: str) -> None:
        x = 0.0
        baseline = top - _PAD_Y - _SIZE
        for column, lines in enumerate(cells):
            for number, line in enumerate(lines):
                left = x + _PAD_X
                if column in self.right_aligned:
                    left = x + self.widths[column] - _PAD_X - _width(line, font)
                text.setTextOrigin(left, baseline - number * _LEADING)
                # textLine, not textOut: textOut measures every string to advance the cursor.
                text.textLine(line)
            x += self.widths[column]


@lru_cache(maxsize=4096)
def _width(text: str, font: str) -> float:
    return stringWidth(text, font, _SIZE)


@lru_cache(maxsize=4096)
def _wrap(text: str, font: str, room: float) -> tuple[str, ...]:
    # Categories and routine descriptions repeat on every page: measure each once.
    if _width(text, font) <= room:
        return (text,)
    lines: list[str] = []
    for line in simpleSplit(text, font, _SIZE, room):
        # simpleSplit breaks at spaces only: a word wider than the whole column (its
        # padding too, which a date may just reach) would run into the next one.
        too_wide = stringWidth(line, font, _SIZE) > room + 2 * _PAD_X
        lines.extend(_broken(line, font, room) if too_wide else [line])
    return tuple(lines) or ("",)


def _broken(word: str, font: str, room: float) -> list[str]:
    """``word`` in pieces that each fit ``room``."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for index, char in enumerate(word):
        width = stringWidth(char, font, _SIZE)
        if used + width > room and index > start:
            pieces.append(word[start:index])
            start, used = index, 0.0
        used += width
    pieces.append(word[start:])
    return pieces
