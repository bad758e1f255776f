"""The plain row table: split over pages without losing, repeating or cutting a row."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.units import mm

from opleider_desk.reports.layout import build_pdf
from opleider_desk.reports.plain_table import PlainTable

LONG = "begin{n} " + "lange omschrijving die over meerdere regels loopt " * 3 + "eind{n}"


def _pages(rows, total=None) -> list[str]:
    table = PlainTable(
        ["Datum", "Omschrijving", "Uren"], rows, [25 * mm, 110 * mm, 20 * mm], right_aligned=[2], total=total
    )
    pdf = build_pdf([table], title="t", author="a", footer="voet", page_label="{page}/{total}")
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_rows_split_over_pages_each_once_and_whole_with_the_header_on_every_page():
    rows = [[f"@{n:03d}", LONG.format(n=n) if n % 4 == 0 else f"kort{n}", "0:30"] for n in range(200)]
    pages = _pages(rows, total=["", "Totaal", "100:00"])
    assert len(pages) > 3
    text = "\n".join(pages)
    for n in range(200):
        assert text.count(f"@{n:03d}") == 1
    for n in range(0, 200, 4):
        page = next(p for p in pages if f"begin{n}" in p)
        assert f"eind{n}" in page  # a wrapped row is never cut in two
    assert all(p.count("Omschrijving") == 1 for p in pages)
    assert "Totaal" in pages[-1] and "@199" in pages[-1]


def test_the_total_row_never_stands_alone_on_a_page():
    for count in range(40, 60):  # around the number of rows that fill one page
        pages = _pages([[f"r{n}", "x", "0:30"] for n in range(count)], total=["", "Totaal", "20:00"])
        last = pages[-1]
        assert "Totaal" in last and f"r{count - 1}" in last


def test_a_row_taller_than_a_page_goes_on_over_the_next_pages_and_words_are_broken():
    """A 0.1 file may hold a description far longer than a page (issue 14): no LayoutError."""
    tall = " ".join(f"w{n:04d}" for n in range(3000)) + " " + "X" * 5000
    pages = _pages(
        [["01-07-2026", "kort", "0:30"], ["06-07-2026", tall, "1:00"], ["07-07-2026", "na", "0:15"]]
    )
    assert len(pages) > 2
    text = "\n".join(pages)
    assert all(f"w{n:04d}" in text for n in range(0, 3000, 97))  # every line printed, none lost
    assert max(len(run) for run in text.replace("\n", " ").split(" ") if run.startswith("XX")) < 80
    assert all(p.count("Omschrijving") == 1 for p in pages)  # the header on every page
    assert text.count("1:00") == 1 and "07-07-2026" in pages[-1]


def test_a_date_that_just_fits_its_column_stays_whole():
    pages = _pages([["06-07-2026", "x", "0:30"]])
    table = PlainTable(["Datum", "O", "U"], [["06-07-2026", "x", "0:30"]], [22 * mm, 100 * mm, 18 * mm])
    assert table._lines[0][0] == ("06-07-2026",)
    assert "06-07-2026" in pages[0]
