"""The hours list: a table model over a period's entries that sorts and searches in bulk.

A large practice has 200,000 entries. ``QSortFilterProxyModel`` asks
Python once per row to filter (``filterAcceptsRow``) and per comparison to
sort (``data``/``lessThan``); measured on 200,000 rows that is 0.2–3.7 s per
keystroke and half a minute per sort. So the model does both itself, over
plain lists. An entry's searchable text is its date and the rest of its row
(aios, category, duration, description), in lower case; both are built once
when the period is loaded, and each distinct text is kept once, so entries
refer to them by number. Scanning 200,000 rows of text with ``in`` costs
30–40 ms for a two-letter word, while the distinct texts of a practice are
far fewer (the same aios, categories and routine descriptions recur week
after week). So a word is looked for in the distinct texts of the rows
shown, and the entries are then sorted out by their numbers in C-level
passes (``map`` and ``compress``): a word cannot span the tab between two
fields, so it lies in the row exactly when it lies in the date or the rest.
When no two descriptions are alike this is no faster than scanning every
row, and no slower. The search narrows the current result while the user
types on and reuses earlier results when a letter is deleted. A result
also counts its entries per row text, and a row text fixes the duration,
so the footer's sum of minutes is a sum over the distinct texts, not over
the rows. A sort is one ``sorted`` with a key.

``HoursProxy`` is what the view talks to: an identity proxy, so a new result
costs it nothing (a ``QSortFilterProxyModel`` rebuilt its row mapping for
every keystroke, about 12 ms on 200,000 rows), and it passes sorting and
searching on to the model.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from itertools import compress
from operator import or_
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...domain.durations import format_minutes
from ...domain.entities import HourEntry
from ..formatting import format_date
from ..widgets.table_models import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
DAY, AIOS, CATEGORY, DURATION, DESCRIPTION = range(5)
_HEADERS: tuple[Callable[[], str], ...] = (
    lambda: Q.translate("HoursModel", "Date"),
    lambda: Q.translate("HoursModel", "Aios"),
    lambda: Q.translate("HoursModel", "Category"),
    lambda: Q.translate("HoursModel", "Duration"),
    lambda: Q.translate("HoursModel", "Description"),
)
LockKey = tuple[int | None, int, int]  # aios id, year, quarter
# Searches remembered while entries and order stay. A result holds two lists
# and a dict that, when no two descriptions are alike, are each as long as
# the result: ~100 bytes a row, so the rows kept are bounded as well.
_KEPT_RESULTS = 16
_KEPT_ROWS = 400_000


class _Result(NamedTuple):
    """Entries a search leaves, in the sort order, with the numbers of their
    row texts alongside, so narrowing it further needs no indexing per row,
    and how many of them have each row text."""

    rows: list[int]
    text_numbers: list[int]
    counts: Mapping[int, int]


def own_time_label() -> str:
    return Q.translate("HoursModel", "— own time —")


def lock_icon() -> QIcon:
    """A small padlock, drawn so it needs no icon theme."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor("#6b6b6b")
    painter.setPen(color)
    painter.drawArc(4, 1, 8, 10, 0, 180 * 16)
    painter.drawLine(4, 6, 4, 8)
    painter.drawLine(12, 6, 12, 8)
    painter.fillRect(2, 7, 12, 8, color)
    painter.end()
    return QIcon(pixmap)


class HoursTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[HourEntry] = []
        self._aios_names: Mapping[int | None, str] = {}
        self._category_names: Mapping[int, str] = {}
        self._texts: list[str] = []  # distinct row texts but the date, lower case
        self._text_number: list[int] = []  # per entry: its row text in _texts
        self._text_minutes: list[int] = []  # per row text: the duration it shows
        self._day_texts: list[str] = []  # distinct dates as shown, lower case
        self._day_number: list[int] = []  # per entry: its date in _day_texts
        self._everything = _Result([], [], {})  # all entries in the sort order
        self._shown = self._everything  # what the search leaves
        self._visible: list[int] = []  # = self._shown.rows: what the rows are
        self._needle = ""
        self._results: dict[str, _Result] = {}  # needle -> result, while entries and order stay
        self._sort: tuple[int, Qt.SortOrder] = (DAY, Qt.SortOrder.AscendingOrder)
        self._locked: set[int] = set()
        self._lock_icon: QIcon | None = None
        self._day_text: dict[date, str] = {}
        self._minutes_text: dict[int, str] = {}

    # ------------------------------------------------------------ loading
    def set_entries(
        self,
        entries: Sequence[HourEntry],
        aios_names: Mapping[int, str],
        category_names: Mapping[int, str],
        locked: frozenset[LockKey] = frozenset(),
    ) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        names: dict[int | None, str] = {None: own_time_label()}
        names.update(aios_names.items())
        self._aios_names = names
        self._category_names = category_names
        day_text, minutes_text = self._day_text, self._minutes_text
        aios_name, category_name = self._aios_names, self._category_names
        texts: dict[str, int] = {}
        days: dict[date, int] = {}
        text_number, day_number, text_minutes = [], [], []
        for e in self._entries:
            day = days.get(e.day)
            if day is None:
                if e.day not in day_text:
                    day_text[e.day] = format_date(e.day)
                day = days[e.day] = len(days)
            duration = minutes_text.get(e.minutes)
            if duration is None:
                duration = minutes_text[e.minutes] = format_minutes(e.minutes)
            text = (
                f"{aios_name.get(e.aios_id, '')}\t{category_name.get(e.category_id, '')}"
                f"\t{duration}\t{e.description}".lower()
            )
            number = texts.get(text)
            if number is None:
                number = texts[text] = len(texts)
                text_minutes.append(e.minutes)
            text_number.append(number)
            day_number.append(day)
        self._texts, self._text_number, self._text_minutes = list(texts), text_number, text_minutes
        self._day_texts, self._day_number = [day_text[d].lower() for d in days], day_number
        self._locked = (
            {
                i
                for i, e in enumerate(self._entries)
                if (e.aios_id, e.day.year, (e.day.month - 1) // 3 + 1) in locked
            }
            if locked
            else set()
        )
        self._set_order(self._sorted_order())
        self._show(self._search(self._needle, self._everything))
        self.endResetModel()

    # ------------------------------------------------------------ search and sort
    def set_search(self, text: str) -> None:
        needle = " ".join(text.lower().split())
        if needle == self._needle:
            return
        # While the user types on, the new result lies within the current one.
        narrowing = bool(self._needle) and self._needle in needle
        result = self._search(needle, self._shown if narrowing else self._everything)
        # A reset, not row removals: the rows that go are scattered over the whole
        # list, and with the identity proxy and fixed row heights a reset is no
        # dearer for the view than the repaint any new result needs.
        self.beginResetModel()
        self._show(result)
        self._needle = needle
        self.endResetModel()

    def _search(self, needle: str, source: _Result) -> _Result:
        """The entries of ``source`` whose text holds every word of ``needle``."""
        if not needle:
            return self._everything
        known = self._results.get(needle)
        if known is not None:
            return known
        rows, numbers, counts = source
        texts = self._texts
        for word in needle.split():
            day_hits = [word in text for text in self._day_texts]
            if any(day_hits):
                text_hits = {t for t in counts if word in texts[t]}
                days = map(self._day_number.__getitem__, rows)
                hits = list(map(or_, map(text_hits.__contains__, numbers), map(day_hits.__getitem__, days)))
                rows, numbers = list(compress(rows, hits)), list(compress(numbers, hits))
                counts = Counter(numbers)
                continue
            # Only the texts of the rows still shown are looked at, and without a
            # date among the hits a row stays exactly when its text does.
            kept = {t: n for t, n in counts.items() if word in texts[t]}
            if len(kept) < len(counts):
                hits = list(map(kept.__contains__, numbers))
                rows, numbers, counts = list(compress(rows, hits)), list(compress(numbers, hits)), kept
        remembered = sum(len(r.rows) for r in self._results.values())
        if len(self._results) >= _KEPT_RESULTS or remembered + len(rows) > _KEPT_ROWS:
            self._results.clear()
        result = self._results[needle] = _Result(rows, numbers, counts)
        return result

    def _show(self, result: _Result) -> None:
        self._shown = result
        self._visible = result.rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._set_order(self._sorted_order())
        self._show(self._search(self._needle, self._everything))
        self.endResetModel()

    def _set_order(self, order: list[int]) -> None:
        numbers = list(map(self._text_number.__getitem__, order))
        self._everything = _Result(order, numbers, Counter(numbers))
        self._results.clear()

    def _sorted_order(self) -> list[int]:
        column, order = self._sort
        entries = self._entries
        key: Callable[[int], Any]
        if column == AIOS:
            aios_names = {k: v.casefold() for k, v in self._aios_names.items()}

            def key(i: int) -> Any:
                return (aios_names.get(entries[i].aios_id, ""), entries[i].day)

        elif column == CATEGORY:
            category_names = {k: v.casefold() for k, v in self._category_names.items()}

            def key(i: int) -> Any:
                return (category_names.get(entries[i].category_id, ""), entries[i].day)

        elif column == DURATION:

            def key(i: int) -> Any:
                return (entries[i].minutes, entries[i].day)

        elif column == DESCRIPTION:

            def key(i: int) -> Any:
                return entries[i].description.casefold()

        else:

            def key(i: int) -> Any:
                return (entries[i].day, entries[i].id or 0)

        return sorted(range(len(entries)), key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # ------------------------------------------------------------ reading
    def entry(self, row: int) -> HourEntry:
        return self._entries[self._visible[row]]

    def visible_entries(self) -> list[HourEntry]:
        return [self._entries[i] for i in self._visible]

    def visible_minutes(self) -> int:
        minutes = self._text_minutes
        return sum(n * minutes[t] for t, n in self._shown.counts.items())

    def total_count(self) -> int:
        return len(self._entries)

    def row_of(self, entry_id: int) -> int | None:
        rows = self.rows_of({entry_id})
        return rows[0] if rows else None

    def rows_of(self, entry_ids: set[int]) -> list[int]:
        """The visible rows of these entries, in one pass over the list."""
        entries = self._entries
        return [row for row, i in enumerate(self._visible) if entries[i].id in entry_ids]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        position = self._visible[index.row()]
        entry = self._entries[position]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DAY:
                return self._day_text[entry.day]
            if column == AIOS:
                return self._aios_names.get(entry.aios_id, "")
            if column == CATEGORY:
                return self._category_names.get(entry.category_id, "")
            if column == DURATION:
                return self._minutes_text[entry.minutes]
            return entry.description
        if role == ROW_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if position in self._locked:
            if role == Qt.ItemDataRole.DecorationRole and column == DAY:
                if self._lock_icon is None:
                    self._lock_icon = lock_icon()
                return self._lock_icon
            if role == Qt.ItemDataRole.ToolTipRole:
                return Q.translate(
                    "HoursModel", "In a signed quarter: locked. Unlock the quarter to change it."
                )
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#6b6b6b")
        return None


class HoursProxy(QIdentityProxyModel):
    """The view's model; sorting and searching are the source model's bulk work."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_search(self, text: str) -> None:
        source = self.sourceModel()
        if isinstance(source, HoursTableModel):
            source.set_search(text)
