import codecs
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opleider_desk.domain.csv_hours import (
    EXPORT_COLUMNS,
    ExportRow,
    ImportRow,
    find_duplicates,
    name_resolver,
    parse_hours_csv,
    write_hours_csv,
)
from opleider_desk.domain.problems import Problem

TODAY = date(2026, 5, 20)
AIOS = {"Eva de Vries": 1, "Jan Bakker": 2}
CATEGORIES = {"Leergesprek": 10, "Patiëntbespreking": 11, "Gezamenlijk spreekuur": 12}

resolve_aios = name_resolver(AIOS, unknown_code="csv.aios_unknown", field="aios", empty_means_none=True)
resolve_category = name_resolver(
    CATEGORIES, unknown_code="csv.category_unknown", field="category", list_known=True
)

DUTCH_HEADERS = {
    "day": "Datum",
    "aios": "Aios",
    "category": "Categorie",
    "hours": "Uren",
    "minutes": "Minuten",
    "description": "Omschrijving",
}
ENGLISH_HEADERS = {
    "day": "Date",
    "aios": "Trainee",
    "category": "Category",
    "hours": "Hours",
    "minutes": "Minutes",
    "description": "Description",
}


def parse(data: bytes | str, encoding: str = "utf-8"):
    raw = data.encode(encoding) if isinstance(data, str) else data
    return parse_hours_csv(raw, today=TODAY, resolve_aios=resolve_aios, resolve_category=resolve_category)


def codes(preview) -> set[tuple[int, str]]:
    return {(error.line_no, error.problem.code) for error in preview.errors}


def test_dutch_excel_with_bom_and_semicolons():
    text = "Datum;Naam aios;Categorie;Uren;Omschrijving\r\n12-03-2026;Eva de Vries;Leergesprek;1,5;thema\r\n"
    preview = parse(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert (preview.encoding, preview.separator) == ("utf-8-sig", ";")
    assert preview.header_mapping["aios"] == "Naam aios"
    assert preview.duration_column == "hours"
    assert preview.rows == (
        ImportRow(2, date(2026, 3, 12), "Eva de Vries", "Leergesprek", 90, "thema", 1, 10),
    )
    assert not preview.errors and not preview.file_problems


def test_comma_separator_with_quoted_decimal_commas():
    preview = parse('Datum,Aios,Categorie,Uren\n12-03-2026,Eva de Vries,Leergesprek,"1,5"\n')
    assert preview.separator == ","
    assert [row.minutes for row in preview.rows] == [90]


def test_comma_separator_with_an_unquoted_decimal_comma_is_flagged():
    preview = parse("Datum,Aios,Categorie,Uren\n12-03-2026,Eva de Vries,Leergesprek,1,5\n")
    assert (2, "csv.too_many_cells") in codes(preview)
    assert preview.rows == ()


def test_windows_1252_patientbespreking():
    text = "Datum;Categorie;Minuten\r\n12-3-2026;Patiëntbespreking;30\r\n"
    preview = parse(text, "cp1252")
    assert preview.encoding == "windows-1252"
    assert preview.rows[0].category_name == "Patiëntbespreking"
    assert preview.rows[0].category_id == 11
    assert preview.rows[0].aios_id is None  # no aios column: the trainer's own time


def test_utf16_tab_separated_as_excel_unicode_text():
    text = "Datum\tCategorie\tDuur\r\n12-3-2026\tLeergesprek\t0:45\r\n"
    preview = parse(text.encode("utf-16"))
    assert (preview.encoding, preview.separator) == ("utf-16", "\t")
    assert preview.rows[0].minutes == 45


def test_headers_match_without_case_accents_spaces_or_brackets():
    preview = parse(
        "DATUM;  Catégorie ;Duur (u:mm);Naam AIOS;Notitie\n12-3;leergesprek;1u30;eva  de vries;x\n"
    )
    assert set(preview.header_mapping) == {"day", "category", "duration", "aios"}
    assert preview.ignored_columns == ("Notitie",)
    assert preview.rows[0].minutes == 90
    assert preview.rows[0].day == date(2026, 3, 12)
    assert preview.rows[0].aios_id == 1


def test_bad_dates_negative_and_absurd_durations_unknown_aios_and_category():
    text = (
        "Datum;Aios;Categorie;Minuten\n"
        "31-04-2026;Eva de Vries;Leergesprek;30\n"
        "12-03-2026;Eva de Vries;Leergesprek;-30\n"
        "12-03-2026;Eva de Vries;Leergesprek;0\n"
        "12-03-2026;Eva de Vries;Leergesprek;100000\n"
        "12-03-2026;Piet Onbekend;Leergesprek;30\n"
        "12-03-2026;Eva de Vries;Yoga;30\n"
        "12-03-2026;Eva de Vries;;30\n"
        ";Eva de Vries;Leergesprek;30\n"
        "13-03-2026;Eva de Vries;Leergesprek;45\n"
    )
    preview = parse(text)
    assert codes(preview) == {
        (2, "date.no_such_day"),  # 31 April: that day does not exist, not "type dd-mm-jjjj"
        (3, "duration.negative"),
        (4, "duration.zero"),
        (5, "duration.too_long"),
        (6, "csv.aios_unknown"),
        (7, "csv.category_unknown"),
        (8, "required"),
        (9, "required"),
    }
    assert [row.line_no for row in preview.rows] == [10]
    unknown = next(e.problem for e in preview.errors if e.line_no == 6)
    assert unknown == Problem("csv.aios_unknown", "aios", {"name": "Piet Onbekend"})


def test_one_line_can_have_several_problems():
    preview = parse("Datum;Aios;Categorie;Uren\nmorgenochtend;Piet;Leergesprek;-1\n")
    assert codes(preview) == {(2, "date.invalid"), (2, "duration.negative"), (2, "csv.aios_unknown")}


def test_more_than_24_hours_on_one_day():
    text = (
        "Datum;Aios;Categorie;Uren\n"
        "12-03-2026;Eva de Vries;Leergesprek;13\n"
        "12-03-2026;Jan Bakker;Leergesprek;12\n"
        "13-03-2026;Eva de Vries;Leergesprek;24\n"
    )
    preview = parse(text)
    assert codes(preview) == {(2, "csv.day_over_24h"), (3, "csv.day_over_24h")}
    assert preview.errors[0].problem.params == {"day": date(2026, 3, 12), "total_minutes": 1500}
    assert [row.line_no for row in preview.rows] == [4]


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        ("Aios;Categorie;Uren", ["day"]),
        ("Datum;Aios;Uren", ["category"]),
        ("Datum;Categorie;Omschrijving", ["duration"]),
        ("Naam;Soort", ["day", "duration"]),
    ],
)
def test_missing_columns_are_a_file_problem(header, missing):
    preview = parse(f"{header}\n12-03-2026;x;y\n")
    assert [p.code for p in preview.file_problems] == ["csv.missing_column"] * len(missing)
    assert [p.params["column"] for p in preview.file_problems] == missing
    assert preview.rows == () and preview.errors == ()


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", codecs.BOM_UTF8, b"Datum;Categorie;Uren\r\n"])
def test_a_file_without_hours(data):
    assert [p.code for p in parse(data).file_problems] == ["csv.empty"]


def test_blank_lines_and_a_sep_hint_keep_line_numbers_true():
    text = "sep=,\r\n\r\nDatum,Categorie,Uren\r\n\r\n12-3,Leergesprek,1\r\n\r\n13-3,Leergesprek,x\r\n"
    preview = parse(text)
    assert preview.separator == ","
    assert [row.line_no for row in preview.rows] == [5]
    assert codes(preview) == {(7, "duration.invalid")}


def test_a_quoted_line_break_spans_two_lines():
    text = 'Datum;Categorie;Uren;Omschrijving\n12-3;Leergesprek;1;"twee\nregels"\n13-3;Leergesprek;x;\n'
    preview = parse(text)
    assert preview.rows[0].description == "twee\nregels"
    assert codes(preview) == {(4, "duration.invalid")}


def test_a_spreadsheet_date_with_midnight_time():
    preview = parse("Datum;Categorie;Duur\n12-3-2026 0:00;Leergesprek;1:00:00\n")
    assert (preview.rows[0].day, preview.rows[0].minutes) == (date(2026, 3, 12), 60)


def test_duration_columns_that_agree_are_fine_and_disagreeing_ones_refused():
    text = (
        "Datum;Categorie;Uren;Minuten\n"
        "12-3;Leergesprek;1,5;90\n"
        "13-3;Leergesprek;0,33;20\n"
        "14-3;Leergesprek;1;30\n"
        "15-3;Leergesprek;;45\n"
    )
    preview = parse(text)
    assert preview.duration_column == "minutes"
    assert [(row.line_no, row.minutes) for row in preview.rows] == [(2, 90), (3, 20), (5, 45)]
    assert codes(preview) == {(4, "csv.duration_columns_disagree")}


def test_minutes_column_reads_whole_numbers_as_minutes():
    preview = parse("Datum;Categorie;Minuten\n12-3;Leergesprek;90\n13-3;Leergesprek;1:30\n")
    assert [row.minutes for row in preview.rows] == [90, 90]


def test_a_minutes_column_refuses_a_fraction_instead_of_reading_it_as_hours():
    # "1,5" under Minuten was imported as 90 minutes: the column says minutes, the
    # number says a fraction, and neither reading can be sure.
    preview = parse("Datum;Categorie;Minuten\n12-3;Leergesprek;1,5\n13-3;Leergesprek;45\n")
    assert [row.minutes for row in preview.rows] == [45]
    [error] = preview.errors
    assert (error.line_no, error.problem.code) == (2, "csv.minutes_not_whole")


def test_resolvers_are_asked_once_per_name():
    asked: list[str] = []

    def category(name: str) -> int:
        asked.append(name)
        return 10

    text = "Datum;Categorie;Uren\n12-3;Leergesprek;1\n13-3;Leergesprek;1\n14-3;Overig;1\n"
    parse_hours_csv(text.encode(), today=TODAY, resolve_aios=lambda name: None, resolve_category=category)
    assert asked == ["Leergesprek", "Overig"]


def test_find_duplicates_against_the_database_and_within_the_file():
    rows = [
        ImportRow(2, date(2026, 3, 12), "Eva de Vries", "Leergesprek", 30, "", 1, 10),
        ImportRow(3, date(2026, 3, 12), "Eva de Vries", "Leergesprek", 45, "", 1, 10),
        ImportRow(4, date(2026, 3, 13), "", "Leergesprek", 30, "a", None, 10),
        ImportRow(5, date(2026, 3, 13), "", "Leergesprek", 30, "b", None, 10),
    ]
    existing = {(date(2026, 3, 12), 1, 10, 30)}
    assert find_duplicates(rows, existing) == {2, 5}


@pytest.mark.parametrize("headers", [DUTCH_HEADERS, ENGLISH_HEADERS])
def test_export_opens_in_dutch_excel_and_imports_back(headers):
    rows = [
        ExportRow(date(2026, 3, 12), "Eva de Vries", "Patiëntbespreking", 20, "=1+1; met puntkomma"),
        ExportRow(date(2026, 3, 13), "", "Leergesprek", 90, '"quote"\nen regel'),
    ]
    data = write_hours_csv(rows, headers)
    assert data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :].decode("utf-8")
    first, second = body.split("\r\n")[:2]
    assert first == ";".join(headers[key] for key in EXPORT_COLUMNS)
    assert second.startswith("12-03-2026;Eva de Vries;Patiëntbespreking;0,33;20;")
    assert "'=1+1" in second  # Excel would run it as a formula otherwise
    assert body.endswith("\r\n") and body.count("\r\n") == 3  # the quoted line break stays inside

    preview = parse(data)
    assert not preview.errors and not preview.file_problems
    assert [(r.day, r.aios_name, r.category_name, r.minutes, r.description) for r in preview.rows] == [
        (row.day, row.aios_name, row.category_name, row.minutes, row.description) for row in rows
    ]


def test_export_needs_every_header():
    with pytest.raises(ValueError):
        write_hours_csv([], {"day": "Datum"})


def test_name_resolver():
    assert resolve_aios("  EVA DE  VRIES ") == 1
    assert resolve_aios("") is None
    assert resolve_category("") == Problem("required", "category")
    assert resolve_category("patientbespreking") == 11
    # An unknown category lists the known ones (issue 14).
    assert resolve_category("Yoga") == Problem(
        "csv.category_unknown",
        "category",
        {"name": "Yoga", "known": ("Gezamenlijk spreekuur", "Leergesprek", "Patiëntbespreking")},
    )


def _never_raise_check(data: bytes) -> None:
    preview = parse(data)
    assert preview.encoding in {"utf-8", "utf-8-sig", "utf-16", "windows-1252"}
    assert preview.separator in {";", ",", "\t"}
    if preview.file_problems:
        assert preview.rows == ()
    for row in preview.rows:
        assert 1 <= row.minutes <= 1440


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_csv_parser_never_raises_on_arbitrary_bytes(data):
    _never_raise_check(data)


_CELL = st.text(alphabet="0123456789-,;:.\"'\t\r\n uma=Datumcegori\u00eb\x00", max_size=12)


@settings(max_examples=300)
@given(
    st.lists(st.lists(_CELL, max_size=6), max_size=8),
    st.sampled_from([";", ",", "\t"]),
    st.sampled_from(["utf-8", "cp1252", "utf-16"]),
)
def test_csv_parser_never_raises_on_csv_like_files(lines, separator, encoding):
    header = separator.join(["Datum", "Aios", "Categorie", "Uren", "Minuten", "Duur"])
    text = header + "\r\n" + "\r\n".join(separator.join(cells) for cells in lines)
    _never_raise_check(text.encode(encoding, errors="replace"))


def test_a_stray_quote_is_an_error_on_its_line_not_a_merged_description():
    # Issue 14: the quote swallowed the next lines into one description, silently.
    text = (
        "Datum;Categorie;Minuten;Omschrijving\n"
        '12-03-2026;Leergesprek;30;"thema zelfzorg\n'
        "13-03-2026;Leergesprek;45;intervisie\n"
        "14-03-2026;Leergesprek;60;nascholing\n"
    )
    preview = parse(text)
    assert (2, "csv.stray_quote") in codes(preview)
    assert not preview.rows


def test_a_quoted_description_over_two_lines_is_still_fine():
    text = 'Datum;Categorie;Minuten;Omschrijving\n12-03-2026;Leergesprek;30;"eerste regel\ntweede regel"\n'
    preview = parse(text)
    assert not preview.errors and preview.rows[0].description == "eerste regel\ntweede regel"


def test_the_csv_import_applies_the_description_length_of_the_domain():
    text = "Datum;Categorie;Minuten;Omschrijving\n12-03-2026;Leergesprek;30;" + "x" * 100_000 + "\n"
    assert codes(parse(text)) == {(2, "text.too_long")}


def test_an_impossible_or_far_date_in_a_csv_line_is_named():
    text = "Datum;Categorie;Minuten\n30-02-2026;Leergesprek;30\n31-12-9999;Leergesprek;30\n"
    assert codes(parse(text)) == {(2, "date.no_such_day"), (3, "date.out_of_range")}
