"""Hours to and from CSV files as Dutch Excel writes and reads them.

Import (``parse_hours_csv``) never raises on any bytes; what is wrong comes
back as ``Problem`` values:

- Encoding: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
  text"), otherwise Windows-1252 (Excel's "CSV" on a Dutch Windows).
- Separator: ``;`` (Dutch Excel), ``,`` or tab; the one under which the
  header names the most known columns wins, ties in that order. A first line
  ``sep=;`` (which Excel understands) decides outright. With ``,`` between
  columns a decimal comma only works inside quotes (``"1,5"``); a line with
  more filled cells than the header gets ``csv.too_many_cells``.
- Header: names are matched ignoring case, spaces, accents and anything in
  brackets (``Duur (u:mm)``), see ``COLUMN_ALIASES``. Required: a date, a
  category and a duration. The aios column is optional; without it (or with
  an empty cell) the resolver decides, which normally means "the trainer's
  own time".
- Duration: a ``duur``/``tijd`` column goes through ``parse_duration``; a
  ``minuten`` column holds whole minutes; an ``uren`` column holds decimal
  hours, rounded to the nearest minute (``0,33`` is 20 minutes). When a file
  has more than one, the first of duur, minuten, uren decides and the others
  must agree on each line where they are filled in
  (``csv.duration_columns_disagree``), so a sheet that splits 1:30 into an
  ``uren`` 1 and a ``minuten`` 30 column is refused rather than misread.
- More than 24 hours on one day: the total over all lines of that day,
  whoever they were spent with, because the hours are the trainer's own
  time. Every line of such a day gets ``csv.day_over_24h``.

A line with any problem is left out of ``rows``; when ``file_problems`` is
not empty, ``rows`` is empty.

Export (``write_hours_csv``) writes what opens right in Dutch Excel: UTF-8
with BOM, ``;``, dates ``dd-mm-jjjj``, hours with a decimal comma, CRLF.
Text cells that Excel would run as a formula (starting with ``= + - @``)
get a leading apostrophe, which the import takes off again.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO, TypeVar

from .day_limit import days_over_limit, minutes_per_day, over_limit_problem
from .day_text import format_day_nl, parse_day
from .durations import (
    decimal_hours_to_minutes,
    minutes_to_decimal_hours,
    parse_duration,
)
from .problems import ParseError, Problem
from .validation import text_problem

AiosResolver = Callable[[str], int | Problem | None]
CategoryResolver = Callable[[str], int | Problem | None]
_Answer = TypeVar("_Answer")

#: Column key -> header names it is recognised by (already normalised:
#: lower case, no accents, no spaces or punctuation).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "day": ("datum", "date", "dag", "day"),
    "aios": ("aios", "naamaios", "aiosnaam", "naam", "name", "trainee", "aiosname"),
    "category": ("categorie", "category", "soort", "type"),
    "duration": ("duur", "tijd", "duration", "time"),
    "minutes": ("minuten", "minutes", "min", "mins"),
    "hours": ("uren", "uur", "hours", "hrs"),
    "description": ("omschrijving", "beschrijving", "description", "opmerking", "toelichting"),
}
#: Which duration column decides when a file has several.
DURATION_COLUMNS = ("duration", "minutes", "hours")
REQUIRED_COLUMNS = ("day", "category")
#: Columns ``write_hours_csv`` writes, in order; its ``headers`` need each key.
EXPORT_COLUMNS = ("day", "aios", "category", "hours", "minutes", "description")

_SEPARATORS = (";", ",", "\t")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MIDNIGHT = re.compile(r"\s+0?0:00(?::00)?$")
_WHOLE_NUMBER = re.compile(r"-?[0-9]+", re.ASCII)
_DECIMAL_NUMBER = re.compile(r"-?\s*[0-9]*[.,]?[0-9]+", re.ASCII)
_SEP_LINE = re.compile(r'"?sep=(.)"?', re.IGNORECASE)
_SNIFF_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ImportRow:
    line_no: int
    day: date
    aios_name: str  # as written in the file, "" for none
    category_name: str
    minutes: int
    description: str
    aios_id: int | None  # as the resolver gave it
    category_id: int


@dataclass(frozen=True, slots=True)
class RowError:
    line_no: int
    problem: Problem


@dataclass(frozen=True, slots=True)
class ImportPreview:
    rows: tuple[ImportRow, ...]
    errors: tuple[RowError, ...]
    file_problems: tuple[Problem, ...]
    header_mapping: dict[str, str]  # column key -> header as written in the file
    ignored_columns: tuple[str, ...]  # headers that matched no column
    duration_column: str | None  # the key of the column that decides the minutes
    encoding: str
    separator: str


@dataclass(frozen=True, slots=True)
class ExportRow:
    day: date
    aios_name: str
    category_name: str
    minutes: int
    description: str = ""


def parse_hours_csv(
    data: bytes,
    *,
    today: date,
    resolve_aios: AiosResolver,
    resolve_category: CategoryResolver,
) -> ImportPreview:
    """The whole file at once, for files already in memory; ``HoursCsvReader`` streams."""
    reader = HoursCsvReader(
        io.BytesIO(data), today=today, resolve_aios=resolve_aios, resolve_category=resolve_category
    )
    rows: list[ImportRow] = []
    errors: list[RowError] = []
    for line in reader.lines():
        if isinstance(line, ImportRow):
            rows.append(line)
        else:
            errors.append(line)
    if reader.file_problems:
        return _refused(reader, reader.file_problems)
    assert reader.duration_column is not None
    rows, errors = _refuse_days_over_24h(rows, errors, reader.duration_column)
    return ImportPreview(
        tuple(rows),
        tuple(errors),
        (),
        reader.header_mapping,
        reader.ignored_columns,
        reader.duration_column,
        reader.encoding,
        reader.separator,
    )


class HoursCsvReader:
    """A CSV file of hours read line by line, never held whole.

    Construction reads the encoding and the header (``file_problems`` says
    when the file cannot be read as hours at all); ``lines()`` then yields,
    in file order, each data line as an ``ImportRow`` or as one ``RowError``
    per problem. A problem found on the way (a record the csv reader cannot
    read, a file without data lines) is added to ``file_problems`` and ends
    the lines: the file is then refused as a whole.

    The rule that needs the whole file (24 hours a day over all its lines)
    is the caller's: ``parse_hours_csv`` applies it to what it collects, the
    import service to the day totals it keeps.
    """

    def __init__(
        self,
        stream: BinaryIO,
        *,
        today: date,
        resolve_aios: AiosResolver,
        resolve_category: CategoryResolver,
    ):
        self._stream = stream
        self.encoding = _sniff_encoding(stream)
        self.separator = ";"
        self.header_mapping: dict[str, str] = {}
        self.ignored_columns: tuple[str, ...] = ()
        self.duration_column: str | None = None
        self.file_problems: list[Problem] = []
        # The line reading got to; a list the record generator writes into, so the
        # generator holds no reference back to the reader (no cycle left to the collector).
        self._where = [0]
        self._text = io.TextIOWrapper(stream, encoding=self.encoding, errors="replace", newline="")
        self._reader: _LineReader | None = None
        self._records: Iterator[tuple[int, list[str]]] = iter(())
        self._read_header(today, _cached(resolve_aios), _cached(resolve_category))

    @property
    def line_no(self) -> int:
        return self._where[0]

    @property
    def bytes_read(self) -> int:
        """How far into the file reading got, in bytes (for progress)."""
        return self._stream.tell()

    def _read_header(
        self, today: date, resolve_aios: AiosResolver, resolve_category: CategoryResolver
    ) -> None:
        skip, head = _head_lines(self._text)
        forced: str | None = None
        if head:
            hint = _SEP_LINE.fullmatch(head[0].strip())
            if hint and hint.group(1) in _SEPARATORS:
                forced = hint.group(1)
                head = head[1:]
                skip += 1
        candidates = (forced,) if forced else _SEPARATORS
        best: tuple[int, str, list[str] | None] = (-1, candidates[0], None)
        failures = 0
        for separator in candidates:
            try:
                first = next(_records(iter(head), separator, skip), None)
            except csv.Error:
                failures += 1
                continue
            cells = first[1] if first else None
            known = len(_map_header(cells)[0]) if cells else 0
            if known > best[0]:
                best = (known, separator, cells)
        if failures == len(candidates):
            self.file_problems.append(Problem("csv.unreadable", None, {"line": skip + 1}))
            return
        _known, self.separator, header = best
        if header is None:
            self.file_problems.append(Problem("csv.empty"))
            return
        columns, self.header_mapping, self.ignored_columns = _map_header(header)
        duration_keys = [key for key in DURATION_COLUMNS if key in columns]
        missing = [key for key in REQUIRED_COLUMNS if key not in columns]
        if not duration_keys:
            missing.append("duration")
        if missing:
            self.file_problems += [Problem("csv.missing_column", key, {"column": key}) for key in missing]
            return
        self.duration_column = duration_keys[0]
        self._records = _records(itertools.chain(head, self._text), self.separator, skip, self._where)
        next(self._records)  # the header, read again under the separator chosen
        self._reader = _LineReader(
            columns=columns,
            separator=self.separator,
            header_width=len(header),
            duration_keys=duration_keys,
            today=today,
            resolve_aios=resolve_aios,
            resolve_category=resolve_category,
        )

    def lines(self) -> Iterator[ImportRow | RowError]:
        reader = self._reader
        if reader is None:
            return
        read = reader.read
        any_line = False
        try:
            for line_no, cells in self._records:
                any_line = True
                answer = read(line_no, cells)
                if isinstance(answer, ImportRow):
                    yield answer
                else:
                    yield from answer
        except csv.Error:
            self.file_problems.append(Problem("csv.unreadable", None, {"line": self.line_no}))
            return
        if not any_line:
            self.file_problems.append(Problem("csv.empty"))


def find_duplicates(
    rows: Iterable[ImportRow], existing: Collection[tuple[date, int | None, int, int]]
) -> set[int]:
    """Line numbers of rows already in ``existing`` or earlier in the same file.

    Compared on (day, aios id, category id, minutes); the description does
    not count, people retype it differently. Two equal lines in one file may
    be real (two talks of 30 minutes), so this is for the user to decide,
    not an error.
    """
    seen = set(existing)
    duplicates: set[int] = set()
    for row in rows:
        key = (row.day, row.aios_id, row.category_id, row.minutes)
        if key in seen:
            duplicates.add(row.line_no)
        seen.add(key)
    return duplicates


def write_hours_csv(rows: Iterable[ExportRow], headers: Mapping[str, str]) -> bytes:
    """CSV for Dutch Excel; ``headers`` maps each of ``EXPORT_COLUMNS`` to its title."""
    absent = [key for key in EXPORT_COLUMNS if key not in headers]
    if absent:
        raise ValueError(f"headers lack {', '.join(absent)}")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_guard_formula(headers[key]) for key in EXPORT_COLUMNS])
    for row in rows:
        writer.writerow(
            [
                format_day_nl(row.day),
                _guard_formula(row.aios_name),
                _guard_formula(row.category_name),
                minutes_to_decimal_hours(row.minutes),
                str(row.minutes),
                _guard_formula(row.description),
            ]
        )
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def normalize_name(name: str) -> str:
    """How names compare: case, accents and runs of spaces do not matter."""
    return " ".join(_strip_accents(name).casefold().split())


def name_resolver(
    known: Mapping[str, int],
    *,
    unknown_code: str,
    field: str,
    empty_means_none: bool = False,
    list_known: bool = False,
) -> Callable[[str], int | Problem | None]:
    """A resolver for ``parse_hours_csv`` over names the caller knows.

    ``known`` maps each name a user may write (for a category: the user's
    own name and the translated built-in one) to its id. An empty cell
    gives None when ``empty_means_none`` (the aios column: the trainer's own
    time), otherwise ``required``. With ``list_known`` an unknown name's
    problem lists the known names (``known``), so the user can pick one.
    """
    table = {normalize_name(name): ident for name, ident in known.items()}
    # One name per id, as the user knows them: listed when a name is not found.
    names: dict[int, str] = {}
    for name, ident in known.items():
        names.setdefault(ident, name)
    listed = tuple(sorted(names.values(), key=normalize_name))

    def resolve(name: str) -> int | Problem | None:
        normalized = normalize_name(name)
        if not normalized:
            return None if empty_means_none else Problem("required", field)
        found = table.get(normalized)
        if found is not None:
            return found
        return Problem(unknown_code, field, {"name": name, "known": listed} if list_known else {"name": name})

    return resolve


_HEAD_LINES = 64  # lines read ahead to find the header: blank ones, a "sep=" hint, a quoted header


def _head_lines(text: io.TextIOWrapper) -> tuple[int, list[str]]:
    """(blank lines skipped, the next few lines) from the start of the file."""
    skip = 0
    head: list[str] = []
    for line in text:
        if not head and not line.strip():
            skip += 1
            continue
        head.append(line)
        if len(head) >= _HEAD_LINES:
            break
    return skip, head


def _records(
    lines: Iterator[str], separator: str, skip: int, where: list[int] | None = None
) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each non-blank record; ``where[0]`` follows the reading."""
    reader = csv.reader(lines, delimiter=separator)
    while True:
        start = reader.line_num + skip + 1
        if where is not None:
            where[0] = start
        cells = next(reader, None)
        if cells is None:
            return
        for cell in cells:
            if cell and not cell.isspace():
                yield start, cells
                break


class _LineReader:
    """Turns data lines into ImportRows or RowErrors."""

    def __init__(
        self,
        *,
        columns: dict[str, int],
        separator: str,
        header_width: int,
        duration_keys: list[str],
        today: date,
        resolve_aios: AiosResolver,
        resolve_category: CategoryResolver,
    ):
        self._columns = columns
        self._separator = separator
        self._header_width = header_width
        self._duration_keys = duration_keys
        self._today = today
        self._resolve_aios = resolve_aios
        self._resolve_category = resolve_category
        # Dates and durations repeat from line to line (a sheet has many lines a day):
        # each distinct text is read once.
        self._days: dict[str, date | Problem] = {}
        self._durations: dict[tuple[str, str], int | Problem] = {}

    def read(self, line_no: int, cells: list[str]) -> ImportRow | list[RowError]:
        problems: list[Problem] = []
        if len(cells) > self._header_width and any(cell.strip() for cell in cells[self._header_width :]):
            problems.append(Problem("csv.too_many_cells", None, {"columns": self._header_width}))
        joined = "".join(cells)  # one look for a line break, not one per cell
        if ("\n" in joined or "\r" in joined) and any(_swallowed_lines(c, self._separator) for c in cells):
            # A quote that is never closed makes the csv reader take the lines
            # after it into this cell: say so here rather than store them.
            problems.append(Problem("csv.stray_quote", None, {"line": line_no}))
            return [RowError(line_no, problem) for problem in problems]

        day = self._day(self._cell(cells, "day"), problems)
        minutes = self._minutes(cells, problems)
        aios_name = _unguard(self._cell(cells, "aios"))
        aios_id = self._aios(aios_name, problems)
        category_name = _unguard(self._cell(cells, "category"))
        category_id = self._category(category_name, problems)
        description = _unguard(self._cell(cells, "description"))
        # The same length and character rules as the dialog and the service.
        if (problem := text_problem(description, "description")) is not None:
            problems.append(problem)

        if problems:
            return [RowError(line_no, problem) for problem in problems]
        assert day is not None and minutes is not None and category_id is not None
        return ImportRow(line_no, day, aios_name, category_name, minutes, description, aios_id, category_id)

    def _cell(self, cells: list[str], key: str) -> str:
        index = self._columns.get(key)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()

    def _day(self, text: str, problems: list[Problem]) -> date | None:
        day = self._days.get(text)
        if day is None:
            try:
                day = parse_day(_MIDNIGHT.sub("", text), self._today, field="day")
            except ParseError as error:
                day = error.problem
            self._days[text] = day
        if isinstance(day, Problem):
            problems.append(day)
            return None
        return day

    def _duration(self, key: str, text: str) -> int | Problem:
        minutes = self._durations.get((key, text))
        if minutes is None:
            try:
                minutes = _duration_cell(key, text)
            except ParseError as error:
                minutes = error.problem
            self._durations[(key, text)] = minutes
        return minutes

    def _minutes(self, cells: list[str], problems: list[Problem]) -> int | None:
        deciding, *others = self._duration_keys
        minutes = self._duration(deciding, self._cell(cells, deciding))
        if isinstance(minutes, Problem):
            problems.append(minutes)
            return None
        for other in others:
            text = self._cell(cells, other)
            if text and self._duration(other, text) != minutes:
                problems.append(
                    Problem(
                        "csv.duration_columns_disagree",
                        deciding,
                        {"column": deciding, "other": other},
                    )
                )
        return minutes

    def _aios(self, name: str, problems: list[Problem]) -> int | None:
        result = self._resolve_aios(name)
        if isinstance(result, Problem):
            problems.append(result)
            return None
        return result

    def _category(self, name: str, problems: list[Problem]) -> int | None:
        if not name:
            problems.append(Problem("required", "category"))
            return None
        result = self._resolve_category(name)
        if result is None:
            problems.append(Problem("required", "category"))
        elif isinstance(result, Problem):
            problems.append(result)
            return None
        return result


def _swallowed_lines(cell: str, separator: str) -> bool:
    """A cell that holds a line break followed by what looks like more cells."""
    return any(separator in line for line in cell.splitlines()[1:])


def _duration_cell(key: str, text: str) -> int:
    if key == "minutes" and _WHOLE_NUMBER.fullmatch(text):
        # A whole number here is minutes; parse_duration would read it as hours.
        return parse_duration(f"{text}m", field=key)
    if key == "hours" and _DECIMAL_NUMBER.fullmatch(text):
        return decimal_hours_to_minutes(text, field=key)
    return parse_duration(text, field=key)


def _refuse_days_over_24h(
    rows: list[ImportRow], errors: list[RowError], field_key: str
) -> tuple[list[ImportRow], list[RowError]]:
    totals = minutes_per_day((row.day, row.minutes) for row in rows)
    over = days_over_limit(totals)
    if not over:
        return rows, errors
    kept = [row for row in rows if row.day not in over]
    refused = [
        RowError(row.line_no, problem)
        for row in rows
        if row.day in over
        and (
            problem := over_limit_problem(row.day, totals[row.day], code="csv.day_over_24h", field=field_key)
        )
    ]
    return kept, sorted(errors + refused, key=lambda error: error.line_no)


def _sniff_encoding(stream: BinaryIO) -> str:
    """The file's encoding, read without holding it: a byte order mark decides, otherwise
    UTF-8 if all of it is, otherwise Windows-1252. Leaves ``stream`` at its start."""
    start = stream.read(4)
    stream.seek(0)
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while chunk := stream.read(_SNIFF_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
        return "utf-8"
    except UnicodeDecodeError:
        # Five byte values are undefined in Windows-1252; they become U+FFFD.
        return "windows-1252"
    finally:
        stream.seek(0)


def _map_header(cells: list[str]) -> tuple[dict[str, int], dict[str, str], tuple[str, ...]]:
    """(column key -> index, column key -> header text, headers not used)."""
    lookup = {alias: key for key, aliases in COLUMN_ALIASES.items() for alias in aliases}
    columns: dict[str, int] = {}
    mapping: dict[str, str] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        key = lookup.get(_header_key(cell))
        if key is None or key in columns:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        columns[key] = index
        mapping[key] = cell.strip()
    return columns, mapping, tuple(ignored)


def _header_key(cell: str) -> str:
    without_brackets = re.sub(r"\([^)]*\)|\[[^]]*\]", "", cell)
    return "".join(c for c in _strip_accents(without_brackets).casefold() if c.isalnum())


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _cached(resolve: Callable[[str], _Answer]) -> Callable[[str], _Answer]:
    """Ask the resolver once per distinct name: it may query the database."""
    answers: dict[str, _Answer] = {}

    def ask(name: str) -> _Answer:
        if name not in answers:
            answers[name] = resolve(name)
        return answers[name]

    return ask


def _guard_formula(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _unguard(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def _refused(reader: HoursCsvReader, problems: list[Problem]) -> ImportPreview:
    return ImportPreview(
        (),
        (),
        tuple(problems),
        reader.header_mapping,
        reader.ignored_columns,
        None,
        reader.encoding,
        reader.separator,
    )
