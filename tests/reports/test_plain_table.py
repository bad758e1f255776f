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
