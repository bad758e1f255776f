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
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

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
    text, encoding = _decode(data)
    records = _Records(text)
    try:
        separator, header = records.header()
    except csv.Error:
        unreadable = Problem("csv.unreadable", None, {"line": records.line_no})
        return _refused(encoding, ";", [unreadable])
    if header is None:
        return _refused(encoding, separator, [Problem("csv.empty")])
    columns, mapping, ignored = _map_header(header)
    duration_keys = [key for key in DURATION_COLUMNS if key in columns]
    missing = [key for key in REQUIRED_COLUMNS if key not in columns]
    if not duration_keys:
        missing.append("duration")
    if missing:
        problems = [Problem("csv.missing_column", key, {"column": key}) for key in missing]
        return _refused(encoding, separator, problems, mapping, ignored)

    reader = _LineReader(
        columns=columns,
        separator=separator,
        header_width=len(header),
        duration_keys=duration_keys,
        today=today,
        resolve_aios=_cached(resolve_aios),
        resolve_category=_cached(resolve_category),
    )
    try:
        for line_no, cells in records.rows(separator):
            reader.read(line_no, cells)
    except csv.Error:
        unreadable = Problem("csv.unreadable", None, {"line": records.line_no})
        return _refused(encoding, separator, [unreadable], mapping, ignored)
    if not reader.rows and not reader.errors:
        return _refused(encoding, separator, [Problem("csv.empty")], mapping, ignored)
    rows, errors = _refuse_days_over_24h(reader.rows, reader.errors, duration_keys[0])
    return ImportPreview(
        tuple(rows), tuple(errors), (), mapping, ignored, duration_keys[0], encoding, separator
    )


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


class _Records:
    """The file's CSV records with the line each one starts on."""

    def __init__(self, text: str):
        self._text = text
        self.line_no = 0  # where reading got to, for csv.unreadable
        # Split as the csv reader will, not as str.splitlines (which also splits on \x0c ...).
        lines = io.StringIO(text, newline="").readlines()
        self._skip = 0  # lines before the header: blank ones and a "sep=" hint
        while self._skip < len(lines) and not lines[self._skip].strip():
            self._skip += 1
        self._forced: str | None = None
        if self._skip < len(lines):
            hint = _SEP_LINE.fullmatch(lines[self._skip].strip())
            if hint and hint.group(1) in _SEPARATORS:
                self._forced = hint.group(1)
                self._skip += 1

    def header(self) -> tuple[str, list[str] | None]:
        """The separator and the header's cells (None: the file has no lines).

        Raises ``csv.Error`` when no separator can read the header.
        """
        candidates = (self._forced,) if self._forced else _SEPARATORS
        best: tuple[int, str, list[str] | None] = (-1, candidates[0], None)
        failures = 0
        for separator in candidates:
            try:
                first = next(self.rows(separator, header=True), None)
            except csv.Error:
                failures += 1
                continue
            cells = first[1] if first else None
            known = len(_map_header(cells)[0]) if cells else 0
            if known > best[0]:
                best = (known, separator, cells)
        if failures == len(candidates):
            raise csv.Error("no separator reads the header")
        return best[1], best[2]

    def rows(self, separator: str, *, header: bool = False) -> Iterator[tuple[int, list[str]]]:
        """(line number, cells) of each non-blank record, header first only if asked."""
        stream = io.StringIO(self._text, newline="")
        for _ in range(self._skip):
            stream.readline()
        reader = csv.reader(stream, delimiter=separator)
        past_header = False
        while True:
            start = reader.line_num + self._skip + 1
            self.line_no = start
            cells = next(reader, None)
            if cells is None:
                return
            if not any(cell.strip() for cell in cells):
                continue
            if header or past_header:
                yield start, cells
            past_header = True


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
        self.rows: list[ImportRow] = []
        self.errors: list[RowError] = []

    def read(self, line_no: int, cells: list[str]) -> None:
        problems: list[Problem] = []
        if any(cell.strip() for cell in cells[self._header_width :]):
            problems.append(Problem("csv.too_many_cells", None, {"columns": self._header_width}))
        if any(_swallowed_lines(cell, self._separator) for cell in cells):
            # A quote that is never closed makes the csv reader take the lines
            # after it into this cell: say so here rather than store them.
            problems.append(Problem("csv.stray_quote", None, {"line": line_no}))
            self.errors.extend(RowError(line_no, problem) for problem in problems)
            return

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
            self.errors.extend(RowError(line_no, problem) for problem in problems)
            return
        assert day is not None and minutes is not None and category_id is not None
        self.rows.append(
            ImportRow(line_no, day, aios_name, category_name, minutes, description, aios_id, category_id)
        )

    def _cell(self, cells: list[str], key: str) -> str:
        index = self._columns.get(key)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()

    def _day(self, text: str, problems: list[Problem]) -> date | None:
        try:
            return parse_day(_MIDNIGHT.sub("", text), self._today, field="day")
        except ParseError as error:
            problems.append(error.problem)
            return None

    def _minutes(self, cells: list[str], problems: list[Problem]) -> int | None:
        deciding, *others = self._duration_keys
        try:
            minutes = _duration_cell(deciding, self._cell(cells, deciding))
        except ParseError as error:
            problems.append(error.problem)
            return None
        for other in others:
            text = self._cell(cells, other)
            if not text:
                continue
            try:
                agrees = _duration_cell(other, text) == minutes
            except ParseError:
                agrees = False
            if not agrees:
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


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Five byte values are undefined in Windows-1252; they become U+FFFD.
        return data.decode("cp1252", errors="replace"), "windows-1252"


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


def _refused(
    encoding: str,
    separator: str,
    problems: list[Problem],
    mapping: dict[str, str] | None = None,
    ignored: tuple[str, ...] = (),
) -> ImportPreview:
    return ImportPreview((), (), tuple(problems), mapping or {}, ignored, None, encoding, separator)
