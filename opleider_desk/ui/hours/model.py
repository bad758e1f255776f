"""The hours list: a table model over a period's entries that sorts and searches in bulk.

A large practice has 200,000 entries, and an imported whole-career sheet as
many again. ``QSortFilterProxyModel`` asks Python once per row to filter and
per comparison to sort (0.2–3.7 s per keystroke, half a minute per sort on
200,000 rows), so the model does both itself. It holds no object per entry:
each entry is a place in a few arrays of numbers (its id, day, minutes, aios,
category, description), and every text (a date as shown, a description, a
row's searchable text) is kept once however many entries share it. Python
objects per entry cost about 400 bytes each (190 MB more at rest for every
entry of the big file) and made every full garbage collection walk them all
(a stall of the window after each worker's task); arrays cost about 60 bytes
an entry and the collector does not look into them.

An entry's searchable text is its row as shown (date, aios, category,
duration, description) in lower case. A word cannot span two fields, so it
lies in the row exactly when it lies in one of them: a word is looked for in
each column's distinct texts once, in one C-level pass (``map(contains,
texts, repeat(word))``), and each column's answer is spread over the rows as a
row of bytes, one per row in the sort order (``bytes.translate`` where the
column has at most 256 values, else ``map``); the columns' answers are or-ed,
and the words' and-ed, as whole numbers, and ``compress`` picks the rows. The
search narrows the current result while the user types on and reuses earlier
results when a letter is deleted; a result carries its sum of minutes for the
footer. With 200,000 descriptions none alike a keystroke took 38 ms when each
row's whole text was kept for the search; a description alone is a quarter as
long to look through, and spreading an answer costs a fraction of a pass.

Each distinct description is kept once, in lower case, for the search; the
text as shown is that with its capitals put back (``_Descriptions``: where
they stand, two numbers per run of capitals), and only a description whose
capitals cannot be put back that way (a non-ASCII capital within it) is kept a
second time as typed. Before, every description with a capital past its first
letter was kept twice: a whole-career sheet of 200,000 lines ("… COPD …")
held 58 MB of text twice over, and the loading held the texts as typed, and a
case-folded copy for the sort, all at once (a peak of 350 MB after an import).

A list holds its descriptions only up to a bound (``tab.HELD_TEXT``, 16
million characters: every entry of a large practice is a third of that). After
a whole-career sheet is imported, every entry is 400,000 entries and 56 million
characters, none alike; held, they kept the window at 320 MB at rest, so such
a list holds none (``stored_descriptions``): it reads the texts of the rows it
shows from the file, a screenful at a time, sorts by a rank SQLite gives each
entry's description as the entries load, and looks a searched word up in the
file on a worker thread (a few hundred ms for 400,000), one byte an entry per
word kept for the keystrokes that follow. No index was added for that: an FTS5
trigram index made the file three quarters larger, took 50–100 ms for a common word (all 75,000
rows holding "gesprek") and cannot look up a word shorter than three letters.

A search that leaves most rows does not make their positions at once: its rows
are the order picked by one byte per row (``_Chosen``), made a block at a time
as the view reads them.

Every column's ascending order is made where the entries load (on a worker
thread for a large period), so a header click is the order, or its reverse,
handed to the view: no sort on the GUI thread.

``HoursProxy`` is what the view talks to: an identity proxy, so a new result
costs it nothing (a ``QSortFilterProxyModel`` rebuilt its row mapping for
every keystroke, about 12 ms on 200,000 rows), and it passes sorting and
searching on to the model.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from heapq import merge
from itertools import accumulate, compress, repeat
from operator import contains, or_
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap

from ...domain.durations import format_minutes
from ...domain.entities import HourEntry
from ...words.formatting import format_date
from ..widgets.table_models import ROW_ROLE
from ..widgets.tones import Tone, tone

if TYPE_CHECKING:  # a list holds its descriptions but for a whole career's: imported then
    from .stored_descriptions import StoredDescriptions

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
#: One entry as the hours service reads it: id, day, minutes, category id, aios id, description.
EntryRow = tuple[int | None, date, int, int, int | None, str]
# Searches remembered while entries and order stay: four bytes a row each.
_KEPT_RESULTS = 16
_KEPT_ROWS = 1_600_000
# Ranks with at most this many values (aios, categories, durations) are ordered by
# bucket: one pass, where a sort in one call would hold the interpreter (see below).
_BUCKETS = 5_000
_STEP = 20_000  # entries per C-level step where a worker loads them
# A description this long or shorter is looked up by its text while the rows load.
_KEYED_BY_TEXT = 64
_BLOCK = 4_096  # rows of a search's result made at a time (``_Chosen``)
# Descriptions read from the file (``StoredDescriptions``) around a row first shown.
_READ_BEFORE, _READ_AFTER = 32, 96
_READ_AT_ONCE = 4_000


def _positions(values: Iterable[int] = ()) -> array:
    """Places of entries: four bytes each."""
    return array("i", values)


class _Chosen:
    """The positions of ``order`` whose byte in ``mask`` is 1, in that order, made a block
    at a time when a row of it is read: the view reads a screenful, and making every
    position of a search that leaves most of 200,000 entries (an array from a
    ``compress`` over them) took 9 ms of the keystroke."""

    __slots__ = ("_blocks", "_mask", "_order", "_starts")

    def __init__(self, order: array, mask: bytes) -> None:
        self._order, self._mask = order, mask
        counts = (mask.count(1, start, start + _BLOCK) for start in range(0, len(mask), _BLOCK))
        self._starts = list(accumulate(counts, initial=0))  # per block: its first row
        self._blocks: dict[int, array] = {}

    def __len__(self) -> int:
        return self._starts[-1]

    def __getitem__(self, row: int) -> int:
        if not 0 <= row < len(self):
            raise IndexError(row)
        # An empty block starts where the next one does: the last block starting at or
        # before the row is the one that holds it.
        block = bisect_right(self._starts, row) - 1
        positions = self._blocks.get(block)
        if positions is None:
            start = block * _BLOCK
            chosen = compress(self._order[start : start + _BLOCK], self._mask[start : start + _BLOCK])
            positions = self._blocks[block] = _positions(chosen)
        return positions[row - self._starts[block]]

    def __iter__(self) -> Iterator[int]:
        return compress(self._order, self._mask)


Rows = array | _Chosen


class _Result(NamedTuple):
    """Entries a search leaves, in the sort order, and the sum of their minutes."""

    rows: Rows
    minutes: int


def own_time_label() -> str:
    return Q.translate("HoursModel", "— yourself, no trainee —")


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
    """A period's entries as arrays, with everything the model derives from them, built
    by ``load_rows`` on any thread, so a large period loads off the GUI thread."""

    ids: array  # per entry its id ("q"; 0: none)
    day_number: array  # per entry: its date in days
    minutes: array  # per entry its minutes
    aios: array  # per entry its aios id ("q"; 0: the trainer's own time)
    category: array  # per entry its category id
    description_number: array  # per entry: its description in folded
    aios_number: array  # per entry: its aios in aios_texts
    category_number: array  # per entry: its category in category_texts
    duration_number: array  # per entry: its duration in duration_texts
    days: list[date]  # distinct dates
    day_shown: list[str]  # distinct dates as shown
    day_texts: list[str]  # distinct dates as shown, lower case
    folded: list[str]  # distinct descriptions, lower case
    capitals: _Capitals  # how to show each of them as typed
    aios_texts: list[str]  # distinct aios names as shown, lower case
    category_texts: list[str]  # distinct category names, lower case
    duration_texts: list[str]  # distinct durations as shown
    aios_names: Mapping[int | None, str]
    category_names: Mapping[int, str]
    minutes_text: Mapping[int, str]
    locked: frozenset[LockKey]  # the signed quarters
    total_minutes: int
    by_day: array  # positions in date order (then id): every sort starts from it
    in_date_order: bool  # by_day is 0, 1, 2, …: the entries came in date order
    orders: Mapping[int, array]  # column -> positions in its ascending order, ties by date
    # A list too large to hold its descriptions reads them here (``folded`` is empty).
    stored: StoredDescriptions | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def description(self, position: int) -> str:
        if self.stored is not None:
            return self.stored.text(self.ids[position])
        number = self.description_number[position]
        return self.capitals.typed(number, self.folded[number])


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# Per byte of an ASCII text: 1 for a capital, else 0 (``bytes.translate``).
_CAPITAL_BYTES = bytes(1 if 65 <= b <= 90 else 0 for b in range(256))


class _Capitals:
    """Where each distinct description has its capitals: runs (start, end) of its
    lower-case text to put in upper case, a few numbers each in two arrays, rather
    than the text again as typed. A description whose capitals no run can put back
    (``"ÉÉN".lower()`` is ``"één"``, but ``"İ".lower()`` is two characters) is kept
    as typed."""

    def __init__(self) -> None:
        self.starts = array("I", [0])  # per description: where its runs begin in ``runs``
        self.runs = array("I")  # start, end, start, end, …
        self.kept: dict[int, str] = {}  # number -> as typed, where runs cannot tell

    def add(self, typed: str, lower: str) -> None:
        """The next description: ``typed`` as typed, ``lower`` its ``lower()``."""
        runs = self.runs
        if lower is not typed and lower != typed:
            if typed.isascii():  # each capital one letter of A-Z, each at its own place
                marks = typed.encode("ascii").translate(_CAPITAL_BYTES)
                start = marks.find(1)
                while start >= 0:
                    end = marks.find(0, start)
                    end = len(marks) if end < 0 else end
                    runs.append(start)
                    runs.append(end)
                    start = marks.find(1, end)
            elif typed == _capitalised(lower):
                runs.append(0)
                runs.append(1)
            else:
                self.kept[len(self.starts) - 1] = typed
        self.starts.append(len(runs))

    def typed(self, number: int, lower: str) -> str:
        kept = self.kept.get(number)
        if kept is not None:
            return kept
        first, last = self.starts[number], self.starts[number + 1]
        if first == last:
            return lower
        runs, parts, done = self.runs, [], 0
        for at in range(first, last, 2):
            start, end = runs[at], runs[at + 1]
            parts.append(lower[done:start])
            parts.append(lower[start:end].upper())
            done = end
        parts.append(lower[done:])
        return "".join(parts)

    def compacted(self) -> _Capitals:
        self.starts, self.runs = _compact(self.starts), _compact(self.runs)
        return self


def load_entries(
    entries: Iterable[HourEntry],
    aios_names: Mapping[int, str],
    category_names: Mapping[int, str],
    locked: frozenset[LockKey] = frozenset(),
) -> LoadedEntries:
    """``load_rows`` for entities."""
    return load_rows(
        ((e.id, e.day, e.minutes, e.category_id, e.aios_id, e.description) for e in entries),
        aios_names,
        category_names,
        locked,
    )


def load_rows(
    rows: Iterable[EntryRow],
    aios_names: Mapping[int, str],
    category_names: Mapping[int, str],
    locked: frozenset[LockKey] = frozenset(),
    previous: LoadedEntries | None = None,
    stored: StoredDescriptions | None = None,
) -> LoadedEntries:
    """What ``HoursTableModel.show_loaded`` shows; touches no Qt object. ``rows`` may be
    a stream (the service's parts): nothing but the arrays is kept of them.

    ``previous``: the entries shown until now (a reload after a change). A description
    they hold is shared, not made again: while the new list loads the old one is still
    shown, and each of 200,000 long descriptions would otherwise be held twice.

    ``stored``: the descriptions are not held but read from there; each row ends in its
    description's rank among the rows' (``HoursService.entry_parts(ranked=True)``)."""
    reused = {} if previous is None or stored is not None else {text: text for text in previous.folded}
    aios_name: dict[int | None, str] = {None: own_time_label()}
    aios_name.update(aios_names.items())
    minutes_text: dict[int, str] = {}
    days: dict[date, int] = {}
    # Each distinct description by its text as typed, a long one by that text's hash
    # (checked at a hit): a long text as typed is not kept while the rows load.
    descriptions: dict[str, int] = {}
    long_ones: dict[int, int] = {}
    folded: list[str] = []
    capitals = _Capitals()
    aios_index: dict[int | None, int] = {}
    category_index: dict[int, int] = {}
    duration_index: dict[int, int] = {}
    ids, day_number, minutes_of = array("q"), array("I"), array("I")
    aios_of, category_of = array("q"), array("q")
    description_number = array("I")
    description_rank = array("I")  # ``stored``: per entry the rank it came with
    aios_number, category_number, duration_number = array("I"), array("I"), array("I")
    total = 0
    in_date_order, last = True, (date.min, 0)
    for ident, day, minutes, category_id, aios_id, description in rows:
        number = days.get(day)
        if number is None:
            number = days[day] = len(days)
        day_number.append(number)
        if in_date_order:
            key = (day, ident or 0)
            in_date_order, last = last <= key, key
        number = duration_index.get(minutes)
        if number is None:
            number = duration_index[minutes] = len(duration_index)
            minutes_text[minutes] = format_minutes(minutes)
        duration_number.append(number)
        number = aios_index.get(aios_id)
        if number is None:
            number = aios_index[aios_id] = len(aios_index)
        aios_number.append(number)
        number = category_index.get(category_id)
        if number is None:
            number = category_index[category_id] = len(category_index)
        category_number.append(number)
        if stored is not None:
            description_rank.append(description)  # type: ignore[arg-type]  # its rank, not its text
        elif len(description) <= _KEYED_BY_TEXT:
            number = descriptions.get(description)
            hashed: int | None = None
        else:
            hashed = hash(description)
            number = long_ones.get(hashed)
            if number is not None and capitals.typed(number, folded[number]) != description:
                number, hashed = descriptions.get(description), None  # another text, the same hash
        if number is None:
            number = len(folded)
            if hashed is None:
                descriptions[description] = number
            else:
                long_ones[hashed] = number
            lower = description.lower()
            # A text already in lower case is kept as it came (one string, not two).
            lower = reused.get(lower) or (description if lower == description else lower)
            folded.append(lower)
            capitals.add(description, lower)
        if stored is None:
            description_number.append(number)
        ids.append(ident or 0)
        minutes_of.append(minutes)
        aios_of.append(aios_id or 0)
        category_of.append(category_id)
        total += minutes
    del descriptions, long_ones, reused  # short texts as typed: only folded and capitals stay

    by_day = _positions()
    for start in range(0, len(ids), _STEP):
        by_day.extend(range(start, min(start + _STEP, len(ids))))
    if not in_date_order:  # the service hands them over in date order; a caller may not
        ordinal = [d.toordinal() for d in days]
        keys = [ordinal[day_number[i]] << 40 | ids[i] for i in range(len(ids))]
        by_day = _positions(sorted(by_day, key=keys.__getitem__))
        del keys
    if stored is None:
        # Each column's rank per entry: its shown text's place among the column's sorted texts.
        # Lower-case ASCII is its own case-folded form: no copy of every description.
        casefolded = [text if text.isascii() else text.casefold() for text in folded]
        ranks = _ranks(casefolded)
        del casefolded
        description_order = _stable_order(by_day, _mapped(ranks, description_number), len(ranks))
    else:
        description_order = _stable_order(by_day, description_rank, _largest(description_rank) + 1)
        ids = stored.ids = _compact(ids)  # one array for both
    del description_rank
    orders = {
        DESCRIPTION: description_order,
        AIOS: _order_by_text(by_day, aios_of, {k or 0: v for k, v in aios_name.items()}),
        CATEGORY: _order_by_text(by_day, category_of, category_names),
    }
    durations = {m: n for n, m in enumerate(sorted(minutes_text))}
    orders[DURATION] = _stable_order(by_day, _mapped(durations, minutes_of), len(durations))
    return LoadedEntries(
        ids=_compact(ids),
        day_number=_compact(day_number),
        minutes=_compact(minutes_of),
        aios=_compact(aios_of),
        category=_compact(category_of),
        description_number=_compact(description_number),
        aios_number=_compact(aios_number),
        category_number=_compact(category_number),
        duration_number=_compact(duration_number),
        days=list(days),
        day_shown=(day_shown := [format_date(d) for d in days]),
        day_texts=[text.lower() for text in day_shown],
        folded=folded,
        capitals=capitals.compacted(),
        aios_texts=[aios_name.get(a, "").lower() for a in aios_index],
        category_texts=[category_names.get(c, "").lower() for c in category_index],
        duration_texts=[minutes_text[m] for m in duration_index],
        aios_names=aios_name,
        category_names=category_names,
        minutes_text=minutes_text,
        locked=frozenset(locked),
        total_minutes=total,
        by_day=by_day,
        in_date_order=in_date_order,
        orders=orders,
        stored=stored,
    )


def _order_by_text(by_day: array, ident_of: array, names: Mapping[Any, str]) -> array:
    """The date order sorted by the shown name of each entry's aios or category."""
    present: set[int] = set()
    for start in range(0, len(ident_of), _STEP):
        present.update(ident_of[start : start + _STEP])
    folded = {ident: names.get(ident, "").casefold() for ident in present}
    place_of = {text: n for n, text in enumerate(sorted(set(folded.values())))}
    place = {ident: place_of[text] for ident, text in folded.items()}  # names that fold alike rank alike
    return _stable_order(by_day, _mapped(place, ident_of), len(place_of))


def _compact(numbers: array) -> array:
    """``numbers`` (none negative) in the fewest bytes each that hold the largest: a
    file's ten years have 3,650 days and a few hundred texts, two bytes each.

    In steps, like ``_mapped``: ``max`` and the copy of 400,000 numbers are 8-20 ms each,
    eleven of them per load, in which a worker held the window from the interpreter."""
    largest = _largest(numbers)
    for code in "BHIQ":
        if largest < 1 << 8 * array(code).itemsize:
            if code == numbers.typecode:
                return numbers
            out = array(code)
            for start in range(0, len(numbers), _STEP):
                out += array(code, numbers[start : start + _STEP])
            return out
    return numbers


def _largest(numbers: array) -> int:
    """``max(numbers, default=0)`` in steps (see ``_compact``)."""
    return max((max(numbers[start : start + _STEP]) for start in range(0, len(numbers), _STEP)), default=0)


def _mapped(table: Mapping[int, int] | Sequence[int], numbers: array) -> array:
    """``array(table[n] for n in numbers)`` in steps: on a worker thread one C-level pass
    over 400,000 entries holds the interpreter, and so the window, for tens of ms."""
    out = _positions()
    for start in range(0, len(numbers), _STEP):
        out.extend(map(table.__getitem__, numbers[start : start + _STEP]))
    return out


def _stable_order(by_day: array, rank: array, distinct: int) -> array:
    """``by_day`` sorted by the entries' ranks (0 ≤ rank < ``distinct``), ties in date order."""
    if distinct <= _BUCKETS:
        # One pass in bytecode, which lets the GUI thread in between: a C-level sort of
        # 200,000 positions holds the interpreter for tens of milliseconds on a worker.
        buckets = [_positions() for _ in range(distinct)]
        for position in by_day:
            buckets[rank[position]].append(position)
        ordered = _positions()
        for bucket in buckets:
            ordered += bucket
        return ordered
    # Counted: where each rank's entries begin, then each entry put in its place. A sort
    # in parts made a Python number of every position (16 MB more for 400,000 entries).
    starts = array("I", bytes(4 * (distinct + 1)))
    for position in by_day:
        starts[rank[position] + 1] += 1
    for at in range(1, distinct + 1):
        starts[at] += starts[at - 1]
    ordered = _positions(bytes(4 * len(by_day)))
    for position in by_day:
        at = rank[position]
        ordered[starts[at]] = position
        starts[at] += 1
    return ordered


def _ranks(texts: Sequence[str]) -> array:
    """Per text its place among the distinct ``texts`` sorted (equal texts one place).

    The texts' numbers are sorted, not the texts: a set, a sorted copy and a dict of
    200,000 long descriptions held some 30 MB more while the list loaded."""
    ranks = array("I", bytes(4 * len(texts)))
    rank, last = -1, None
    for number in _order_in_parts(range(len(texts)), texts):
        text = texts[number]
        if text != last:
            rank, last = rank + 1, text
        ranks[number] = rank
    return ranks


def _order_in_parts(by_day: Sequence[int], rank: Sequence[Any], part: int = 10_000) -> list[int]:
    """``sorted(by_day, key=rank.__getitem__)`` in short C-level steps: on a worker thread
    one sort of 200,000 holds the interpreter long enough to freeze the window.
    ``merge`` breaks ties by part, and the parts follow the date order: stable."""
    key = rank.__getitem__
    parts = [sorted(by_day[start : start + part], key=key) for start in range(0, len(by_day), part)]
    return parts[0] if len(parts) == 1 else list(merge(*parts, key=key))


_NOTHING = load_rows([], {}, {})


class HoursTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded = _NOTHING
        self._everything = _Result(_positions(), 0)  # all entries in the sort order
        self._shown = self._everything  # what the search leaves
        self._visible: Rows = self._everything.rows  # = self._shown.rows: what the rows are
        self._needle = ""
        self._results: dict[str, _Result] = {}  # needle -> result, while entries and order stay
        self._aligned: dict[str, array] = {}  # see _in_order, while entries and order stay
        self._sort: tuple[int, Qt.SortOrder] = (DAY, Qt.SortOrder.AscendingOrder)
        # Drawn in the palette's muted tone: again once the palette changes (dark mode).
        self._lock_icon: tuple[int, QIcon] | None = None

    # ------------------------------------------------------------ loading
    def set_entries(
        self,
        entries: Iterable[HourEntry],
        aios_names: Mapping[int, str],
        category_names: Mapping[int, str],
        locked: frozenset[LockKey] = frozenset(),
    ) -> None:
        self.show_loaded(load_entries(entries, aios_names, category_names, locked))

    def loaded(self) -> LoadedEntries:
        """What is shown: for ``load_rows(previous=…)`` on a reload (it is never changed)."""
        return self._loaded

    def show_loaded(self, loaded: LoadedEntries) -> None:
        """Show what ``load_rows`` built (perhaps on a worker thread); the current
        search and sort order stay."""
        self.beginResetModel()
        self._loaded = loaded
        self._set_order(self._sorted_order())
        self._show(self._search(self._needle, self._everything))
        self.endResetModel()

    @property
    def _order(self) -> array:
        """All entries in the sort order: the rows of ``_everything``, always an array."""
        rows = self._everything.rows
        assert isinstance(rows, array)
        return rows

    # ------------------------------------------------------------ search and sort
    def words_to_find(self, text: str) -> list[str]:
        """Words of ``text`` a search would first look up in the file (a list too large to
        hold its descriptions): the tab has them found on a worker thread beforehand."""
        stored = self._loaded.stored
        if stored is None:
            return []
        return [word for word in dict.fromkeys(text.lower().split()) if not stored.knows(word)]

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
        if len(source.rows) * 4 < len(self._everything.rows):
            result = self._search_within(needle, source.rows)
        else:  # all of them, or most: each distinct text once
            result = self._search_everything(needle)
        remembered = sum(len(r.rows) for r in self._results.values())
        if len(self._results) >= _KEPT_RESULTS or remembered + len(result.rows) > _KEPT_ROWS:
            self._results.clear()
        self._results[needle] = result
        return result

    def _columns(self) -> tuple[tuple[list[str], str], ...]:
        """Each column's distinct texts (lower case) and the name of its numbers per entry."""
        loaded = self._loaded
        return (
            (loaded.day_texts, "day_number"),
            (loaded.aios_texts, "aios_number"),
            (loaded.category_texts, "category_number"),
            (loaded.duration_texts, "duration_number"),
        ) + (((loaded.folded, "description_number"),) if loaded.stored is None else ())

    def _search_within(self, needle: str, rows: Rows) -> _Result:
        """A few rows (the user typed on): each row's own texts."""
        loaded = self._loaded
        rows = rows if isinstance(rows, array) else _positions(rows)  # read once per column
        for word in needle.split():
            keep: list[Any] = []  # per row: truthy where the word lies in one of its texts
            for texts, name in self._columns():
                numbers: array = getattr(loaded, name)
                if texts is loaded.folded:  # as many as the rows, or more: look at these rows' own
                    column: Iterable[bool] = map(
                        contains, map(texts.__getitem__, map(numbers.__getitem__, rows)), repeat(word)
                    )
                else:
                    hits = list(map(contains, texts, repeat(word)))
                    if not any(hits):
                        continue
                    column = map(hits.__getitem__, map(numbers.__getitem__, rows))
                keep = list(map(or_, keep, column)) if keep else list(column)
            if loaded.stored is not None:
                described = map(loaded.stored.hits(word).__getitem__, rows)
                keep = list(map(or_, keep, described)) if keep else list(described)
            rows = _positions(compress(rows, keep))
        return _Result(rows, sum(map(loaded.minutes.__getitem__, rows)))

    def _search_everything(self, needle: str) -> _Result:
        """Each column's distinct texts once per word; the answers spread over the rows in
        the sort order (``_spread``), one byte a row, and combined as whole numbers."""
        order = self._order
        every = int.from_bytes(b"\x01" * len(order), "little")
        keep = every
        for word in needle.split():
            found = 0
            for texts, name in self._columns():
                hits = bytes(map(contains, texts, repeat(word)))
                if 1 in hits:  # a search of the bytes, where any() looked at each in turn
                    found |= self._spread(hits, name)
            if self._loaded.stored is not None:
                found |= int.from_bytes(self._by_row(self._loaded.stored.hits(word)), "little")
            keep &= found
            if not keep:
                break
        if keep == every:
            return self._everything
        chosen = keep.to_bytes(len(order), "little")
        minutes = self._in_order("minutes")
        rows = _Chosen(order, chosen)
        if len(rows) * 2 < len(order):
            return _Result(rows, sum(compress(minutes, chosen)))
        # Most rows are left: the minutes of the few that go are fewer to add up.
        gone = sum(compress(minutes, (every ^ keep).to_bytes(len(order), "little")))
        return _Result(rows, self._loaded.total_minutes - gone)

    def _spread(self, hits: bytes, name: str) -> int:
        """Per row in the sort order the answer (0 or 1) of its value in ``hits``, as the
        bytes of a whole number."""
        loaded = self._loaded
        if name == "description_number" and len(loaded.folded) == len(loaded) and self._in_date_order():
            # No two alike, numbered as they came in date order: each answer is its row's.
            return int.from_bytes(
                hits if self._sort[1] == Qt.SortOrder.AscendingOrder else hits[::-1], "little"
            )
        numbers = self._in_order(name)
        if numbers.typecode == "B":  # at most 256 values: one C-level copy
            spread = numbers.tobytes().translate(hits.ljust(256, b"\0"))
        else:
            spread = bytes(map(hits.__getitem__, numbers))
        return int.from_bytes(spread, "little")

    def _by_row(self, per_position: bytes) -> bytes:
        """A byte per entry, as they loaded, put in the sort order."""
        if self._in_date_order():
            ascending = self._sort[1] == Qt.SortOrder.AscendingOrder
            return per_position if ascending else per_position[::-1]
        return bytes(map(per_position.__getitem__, self._order))

    def _in_order(self, name: str) -> array:
        """Per row in the sort order its number in the column ``name`` of the entries (or its
        minutes); made at the first search after a load or a header click."""
        known = self._aligned.get(name)
        if known is None:
            loaded = self._loaded
            numbers = getattr(loaded, name)
            if self._in_date_order():
                known = numbers if self._sort[1] == Qt.SortOrder.AscendingOrder else numbers[::-1]
            else:
                known = array(numbers.typecode, map(numbers.__getitem__, self._order))
            self._aligned[name] = known
        return known

    def _in_date_order(self) -> bool:
        """Sorted by date, and the entries came in date order (the service's own order)."""
        return self._sort[0] == DAY and self._loaded.in_date_order

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

    def _set_order(self, order: array) -> None:
        self._everything = _Result(order, self._loaded.total_minutes)
        self._results.clear()
        self._aligned.clear()

    def _sorted_order(self) -> array:
        """The column's ascending order, made where the entries loaded, or its reverse:
        equal ranks keep the date order, newest first when descending (as a descending
        sort of the reversed date order would give)."""
        column, order = self._sort
        ascending = self._loaded.orders.get(column, self._loaded.by_day)
        return ascending[::-1] if order == Qt.SortOrder.DescendingOrder else ascending

    # ------------------------------------------------------------ reading
    def _entry(self, position: int, texts: Mapping[int, str] | None = None) -> HourEntry:
        loaded = self._loaded
        ident = loaded.ids[position]
        return HourEntry(
            id=ident or None,
            day=loaded.days[loaded.day_number[position]],
            minutes=loaded.minutes[position],
            category_id=loaded.category[position],
            aios_id=loaded.aios[position] or None,
            description=loaded.description(position) if texts is None else texts.get(ident, ""),
        )

    def _shown_description(self, row: int, position: int) -> str:
        stored = self._loaded.stored
        if stored is not None and not stored.keeps(self._loaded.ids[position]):
            # The rows about to be painted or scrolled to, in one read of the file.
            visible, ids = self._visible, self._loaded.ids
            around = range(max(0, row - _READ_BEFORE), min(len(visible), row + _READ_AFTER))
            stored.read([ids[visible[r]] for r in around])
        return self._loaded.description(position)

    def entry(self, row: int) -> HourEntry:
        return self._entry(self._visible[row])

    def visible_entries(self) -> list[HourEntry]:
        stored = self._loaded.stored
        if stored is None:
            return [self._entry(p) for p in self._visible]
        # Read a part at a time, not kept: an export of every entry.
        entries, positions = [], list(self._visible)
        for start in range(0, len(positions), _READ_AT_ONCE):
            part = positions[start : start + _READ_AT_ONCE]
            texts = stored.texts([self._loaded.ids[p] for p in part])
            entries += [self._entry(p, texts) for p in part]
        return entries

    def visible_minutes(self) -> int:
        return self._shown.minutes

    def total_count(self) -> int:
        return len(self._loaded)

    def row_of(self, entry_id: int) -> int | None:
        rows = self.rows_of({entry_id})
        return rows[0] if rows else None

    def rows_of(self, entry_ids: set[int]) -> list[int]:
        """The visible rows of these entries, in C-level passes over the arrays."""
        ids = self._loaded.ids
        positions = set(compress(range(len(ids)), map(entry_ids.__contains__, ids)))
        if not positions:
            return []
        return list(compress(range(len(self._visible)), map(positions.__contains__, self._visible)))

    def _locked(self, position: int) -> bool:
        loaded = self._loaded
        if not loaded.locked:
            return False
        day = loaded.days[loaded.day_number[position]]
        return (loaded.aios[position] or None, day.year, (day.month - 1) // 3 + 1) in loaded.locked

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # the view asks for a dozen roles per cell
            return None
        position = self._visible[index.row()]
        loaded = self._loaded
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DAY:
                return loaded.day_shown[loaded.day_number[position]]
            if column == AIOS:
                return loaded.aios_names.get(loaded.aios[position] or None, "")
            if column == CATEGORY:
                return loaded.category_names.get(loaded.category[position], "")
            if column == DURATION:
                return loaded.minutes_text[loaded.minutes[position]]
            return self._shown_description(index.row(), position)
        if role == ROW_ROLE:
            return self._entry(position)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A narrow window shortens a long description (or name) to "…": the tooltip has it whole.
            shown = str(self.data(index)) if column in (AIOS, CATEGORY, DESCRIPTION) else ""
            lock = (
                Q.translate("HoursModel", "In a signed quarter: locked. Unlock the quarter to change it.")
                if self._locked(position)
                else ""
            )
            return "\n".join(part for part in (shown, lock) if part) or None
        if role in _LOCK_ROLES and self._locked(position):
            if role == Qt.ItemDataRole.DecorationRole:
                if column != DAY:
                    return None
                palette = QGuiApplication.palette().cacheKey()
                if self._lock_icon is None or self._lock_icon[0] != palette:
                    self._lock_icon = (palette, lock_icon())
                return self._lock_icon[1]
            return tone(Tone.MUTED)
        return None


_LOCK_ROLES = frozenset(
    {Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole}
)
_ROLES = _LOCK_ROLES | {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, ROW_ROLE}


class HoursProxy(QIdentityProxyModel):
    """The view's model; sorting and searching are the source model's bulk work."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_search(self, text: str) -> None:
        source = self.sourceModel()
        if isinstance(source, HoursTableModel):
            source.set_search(text)
