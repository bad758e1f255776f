"""The hours list: a table model over a period's entries that sorts and searches in bulk.

A large practice has 200,000 entries. ``QSortFilterProxyModel`` asks
Python once per row to filter (``filterAcceptsRow``) and per comparison to
sort (``data``/``lessThan``); measured on 200,000 rows that is 0.2–3.7 s per
keystroke and half a minute per sort. So the model does both itself, over
plain lists. An entry's searchable text is its date and the rest of its row
(aios, category, duration, description), in lower case; both are built once
when the period is loaded, and each distinct text is kept once, so entries
refer to them by number. A word is looked for in every distinct text in one
C-level pass (``map(contains, texts, repeat(word))``: a few milliseconds for
200,000 texts, also when no two descriptions are alike, where a Python loop
over the rows took 30–50 ms), and the entries are then sorted out by their
numbers in C-level passes (``map`` and ``compress``): a word cannot span the
tab between two fields, so it lies in the row exactly when it lies in the
date or the rest. The search narrows the current result while the user
types on and reuses earlier results when a letter is deleted; a result
carries its sum of minutes for the footer. A sort is one C-level ``sorted``
of the date order by a per-entry rank (see ``_sorted_order``).

``HoursProxy`` is what the view talks to: an identity proxy, so a new result
costs it nothing (a ``QSortFilterProxyModel`` rebuilt its row mapping for
every keystroke, about 12 ms on 200,000 rows), and it passes sorting and
searching on to the model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from heapq import merge
from itertools import compress, islice, repeat
from operator import contains, le, or_
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QIcon, QPainter, QPixmap

from ...domain.durations import format_minutes
from ...domain.entities import HourEntry
from ...words.formatting import format_date
from ..widgets.table_models import ROW_ROLE
from ..widgets.tones import Tone, tone

Index = QModelIndex | QPersistentModelIndex
DAY, AIOS, CATEGORY, DURATION, DESCRIPTION = range(5)
_HEADERS: tuple[Callable[[], str], ...] = (
    lambda: Q.translate("HoursModel", "Date"),
    lambda: Q.translate("HoursModel", "Trainee"),
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
    """Entries a search leaves, in the sort order, and the sum of their minutes."""

    rows: list[int]
    minutes: int


def own_time_label() -> str:
    return Q.translate("HoursModel", "— own time —")


def lock_icon() -> QIcon:
    """A small padlock, drawn so it needs no icon theme."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = tone(Tone.MUTED)
    painter.setPen(color)
    painter.drawArc(4, 1, 8, 10, 0, 180 * 16)
    painter.drawLine(4, 6, 4, 8)
    painter.drawLine(12, 6, 12, 8)
    painter.fillRect(2, 7, 12, 8, color)
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True, slots=True)
class LoadedEntries:
    """A period's entries with everything the model derives from them, built by
    ``load_entries`` on any thread, so a large period loads off the GUI thread."""

    entries: list[HourEntry]
    aios_names: Mapping[int | None, str]
    category_names: Mapping[int, str]
    texts: list[str]  # distinct row texts but the date, lower case
    text_number: list[int]  # per entry: its row text in texts
    entry_minutes: list[int]  # per entry its minutes, one int object per value
    day_texts: list[str]  # distinct dates as shown, lower case
    day_number: list[int]  # per entry: its date in day_texts
    day_text: Mapping[date, str]
    minutes_text: Mapping[int, str]
    locked: frozenset[int]  # positions of the entries in a signed quarter
    total_minutes: int
    by_day: list[int]  # positions in date order (then id): every sort starts from it
    description_rank: list[int]  # per entry: its description's place in the sorted descriptions
    description_order: list[int]  # positions sorted by description, then date: a header click's order


def load_entries(
    entries: Sequence[HourEntry],
    aios_names: Mapping[int, str],
    category_names: Mapping[int, str],
    locked: frozenset[LockKey] = frozenset(),
) -> LoadedEntries:
    """What ``HoursTableModel.show_loaded`` shows; touches no Qt object."""
    entries = list(entries)
    aios_name: dict[int | None, str] = {None: own_time_label()}
    aios_name.update(aios_names.items())
    day_text: dict[date, str] = {}
    minutes_text: dict[int, str] = {}
    texts: dict[str, int] = {}
    days: dict[date, int] = {}
    text_number: list[int] = []
    day_number: list[int] = []
    entry_minutes: list[int] = []
    # One object per distinct value: summing the minutes of rows in any order then
    # reads a few objects, not 200,000 scattered over memory.
    same_minutes: dict[int, int] = {}
    for e in entries:
        day = days.get(e.day)
        if day is None:
            day_text[e.day] = format_date(e.day)
            day = days[e.day] = len(days)
        duration = minutes_text.get(e.minutes)
        if duration is None:
            duration = minutes_text[e.minutes] = format_minutes(e.minutes)
        text = (
            f"{aios_name.get(e.aios_id, '')}\t{category_names.get(e.category_id, '')}"
            f"\t{duration}\t{e.description}".lower()
        )
        number = texts.get(text)
        if number is None:
            number = texts[text] = len(texts)
        text_number.append(number)
        entry_minutes.append(same_minutes.setdefault(e.minutes, e.minutes))
        day_number.append(day)
    keys = [(e.day, e.id or 0) for e in entries]
    by_day = list(range(len(entries)))
    if not all(map(le, keys, islice(keys, 1, None))):  # the service hands them over in date order
        by_day.sort(key=keys.__getitem__)
    folded = [e.description.casefold() for e in entries]
    rank = {text: place for place, text in enumerate(_sorted_in_parts(set(folded)))}
    description_rank = list(map(rank.__getitem__, folded))
    return LoadedEntries(
        entries=entries,
        aios_names=aios_name,
        category_names=category_names,
        texts=list(texts),
        text_number=text_number,
        entry_minutes=entry_minutes,
        day_texts=[day_text[d].lower() for d in days],
        day_number=day_number,
        day_text=day_text,
        minutes_text=minutes_text,
        locked=frozenset(
            i for i, e in enumerate(entries) if (e.aios_id, e.day.year, (e.day.month - 1) // 3 + 1) in locked
        )
        if locked
        else frozenset(),
        total_minutes=sum(e.minutes for e in entries),
        by_day=by_day,
        description_rank=description_rank,
        description_order=_order_in_parts(by_day, description_rank),
    )


def _sorted_in_parts(texts: set[str], part: int = 10_000) -> Iterator[str]:
    """``sorted(texts)`` in short C-level steps: on a worker thread one sort of
    200,000 strings holds the interpreter long enough to freeze the window."""
    every = list(texts)
    return merge(*(sorted(every[start : start + part]) for start in range(0, len(every), part)))


def _order_in_parts(by_day: list[int], rank: list[int], part: int = 10_000) -> list[int]:
    """``sorted(by_day, key=rank.__getitem__)`` in short steps, for the same reason:
    made here, where the entries load, a sort by description is a list copy on the
    GUI thread (one sort of 200,000 distinct descriptions took over 100 ms there).
    ``merge`` breaks ties by part, and the parts follow the date order: stable."""
    key = rank.__getitem__
    parts = [sorted(by_day[start : start + part], key=key) for start in range(0, len(by_day), part)]
    return parts[0] if len(parts) == 1 else list(merge(*parts, key=key))


_NOTHING = load_entries([], {}, {})


class HoursTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded = _NOTHING
        self._entries: list[HourEntry] = []
        self._aios_names: Mapping[int | None, str] = {}
        self._category_names: Mapping[int, str] = {}
        self._texts: list[str] = []
        self._text_number: list[int] = []
        self._entry_minutes: list[int] = []
        self._day_texts: list[str] = []
        self._day_number: list[int] = []
        self._everything = _Result([], 0)  # all entries in the sort order
        self._shown = self._everything  # what the search leaves
        self._visible: list[int] = []  # = self._shown.rows: what the rows are
        self._needle = ""
        self._results: dict[str, _Result] = {}  # needle -> result, while entries and order stay
        self._sort: tuple[int, Qt.SortOrder] = (DAY, Qt.SortOrder.AscendingOrder)
        self._ranks: dict[int, list[int]] = {}  # column -> per entry its place, while entries stay
        self._orders: dict[int, list[int]] = {}  # column -> positions in ascending order, likewise
        self._locked: frozenset[int] = frozenset()
        self._lock_icon: QIcon | None = None
        self._day_text: Mapping[date, str] = {}
        self._minutes_text: Mapping[int, str] = {}

    # ------------------------------------------------------------ loading
    def set_entries(
        self,
        entries: Sequence[HourEntry],
        aios_names: Mapping[int, str],
        category_names: Mapping[int, str],
        locked: frozenset[LockKey] = frozenset(),
    ) -> None:
        self.show_loaded(load_entries(entries, aios_names, category_names, locked))

    def show_loaded(self, loaded: LoadedEntries) -> None:
        """Show what ``load_entries`` built (perhaps on a worker thread); the current
        search and sort order stay."""
        self.beginResetModel()
        self._loaded = loaded
        self._entries = loaded.entries
        self._aios_names, self._category_names = loaded.aios_names, loaded.category_names
        self._texts, self._text_number = loaded.texts, loaded.text_number
        self._entry_minutes = loaded.entry_minutes
        self._day_texts, self._day_number = loaded.day_texts, loaded.day_number
        self._day_text, self._minutes_text = loaded.day_text, loaded.minutes_text
        self._locked = loaded.locked
        self._ranks = {DESCRIPTION: loaded.description_rank}
        self._orders = {DESCRIPTION: loaded.description_order}
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
        rows = source.rows
        texts, text_number, day_number = self._texts, self._text_number, self._day_number
        for word in needle.split():
            day_hits = list(map(contains, self._day_texts, repeat(word)))
            if len(rows) * 2 < len(texts):  # narrowed: look at the rows' own texts
                hits: Iterable[bool] = map(
                    contains, map(texts.__getitem__, map(text_number.__getitem__, rows)), repeat(word)
                )
                if any(day_hits):
                    hits = map(or_, hits, map(day_hits.__getitem__, map(day_number.__getitem__, rows)))
                rows = list(compress(rows, hits))
                continue
            # Each distinct text once, then per entry in the entries' own order (reading
            # the per-entry lists front to back), then the rows in the sort order pick
            # theirs out of a list of True and False: no per-row list to keep in step
            # with the sort order, so a header click makes none.
            text_hits = list(map(contains, texts, repeat(word)))
            entry_hits: Iterable[bool] = map(text_hits.__getitem__, text_number)
            if any(day_hits):
                entry_hits = map(or_, entry_hits, map(day_hits.__getitem__, day_number))
            rows = list(compress(rows, map(list(entry_hits).__getitem__, rows)))
        minutes = sum(map(self._entry_minutes.__getitem__, rows))
        remembered = sum(len(r.rows) for r in self._results.values())
        if len(self._results) >= _KEPT_RESULTS or remembered + len(rows) > _KEPT_ROWS:
            self._results.clear()
        result = self._results[needle] = _Result(rows, minutes)
        return result

    def _show(self, result: _Result) -> None:
        self._shown = result
        self._visible = result.rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sort:
            return  # the view asks again when its header shows the order
        self.beginResetModel()
        self._sort = (column, order)
        self._set_order(self._sorted_order())
        self._show(self._search(self._needle, self._everything))
        self.endResetModel()

    def _set_order(self, order: list[int]) -> None:
        self._everything = _Result(order, self._loaded.total_minutes)
        self._results.clear()

    def _sorted_order(self) -> list[int]:
        """One C-level sort of the date order by a per-entry rank, once per column while
        the entries stay: Python's sort is stable, so equal ranks stay in date order, and
        the descending order is the ascending one reversed (equal ranks newest first, as
        a descending sort of the reversed date order would give)."""
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        ascending = self._loaded.by_day
        if column in (AIOS, CATEGORY, DURATION, DESCRIPTION):
            found = self._orders.get(column)
            if found is None:
                found = self._orders[column] = sorted(ascending, key=self._rank(column).__getitem__)
            ascending = found
        return ascending[::-1] if descending else list(ascending)

    def _rank(self, column: int) -> list[int]:
        rank = self._ranks.get(column)
        if rank is None:
            entries = self._entries
            if column == DURATION:
                rank = [e.minutes for e in entries]
            else:
                names: Mapping[Any, str] = self._aios_names if column == AIOS else self._category_names
                ids = [e.aios_id for e in entries] if column == AIOS else [e.category_id for e in entries]
                folded = {ident: names.get(ident, "").casefold() for ident in set(ids)}
                place = {ident: sorted(folded.values()).index(name) for ident, name in folded.items()}
                rank = list(map(place.__getitem__, ids))
            self._ranks[column] = rank
        return rank

    # ------------------------------------------------------------ reading
    def entry(self, row: int) -> HourEntry:
        return self._entries[self._visible[row]]

    def visible_entries(self) -> list[HourEntry]:
        return [self._entries[i] for i in self._visible]

    def visible_minutes(self) -> int:
        return self._shown.minutes

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
                return tone(Tone.MUTED)
        return None


class HoursProxy(QIdentityProxyModel):
    """The view's model; sorting and searching are the source model's bulk work."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_search(self, text: str) -> None:
        source = self.sourceModel()
        if isinstance(source, HoursTableModel):
            source.set_search(text)
