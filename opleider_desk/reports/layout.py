"""What every printed document shares: A4 pages, styles, "page x of y",
the verification code on every page, and signature blocks.

Import this module only when a PDF is made: reportlab costs start-up time
the first window does not need. Texts arrive already translated: reports take
domain objects and words, never a Qt object.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

MARGIN = 18 * mm
_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "/Library/Fonts/Arial.ttf",
)


def _register_font() -> tuple[str, str]:
    """A TrueType font where available (full Unicode: ë, é, –); else Helvetica."""
    from pathlib import Path

    for candidate in _FONT_CANDIDATES:
        path = Path(candidate)
        if path.exists():
            bold = path.with_name(path.stem + "-Bold" + path.suffix)
            pdfmetrics.registerFont(TTFont("Body", str(path)))
            pdfmetrics.registerFont(TTFont("Body-Bold", str(bold if bold.exists() else path)))
            return "Body", "Body-Bold"
    return "Helvetica", "Helvetica-Bold"


FONT, FONT_BOLD = _register_font()


def styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["Normal"], fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=4 * mm
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.grey),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11, alignment=TA_LEFT),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept)."""
    from xml.sax.saxutils import escape

    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def grid_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    header: bool = True,
    right_align_from: int | None = None,
    bold_last_row: bool = False,
) -> Table:
    table = Table(
        [list(row) for row in rows], colWidths=list(col_widths), repeatRows=1 if header else 0, hAlign="LEFT"
    )
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8c8c8")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style += [
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f4")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ]
    if right_align_from is not None:
        style.append(("ALIGN", (right_align_from, 0), (-1, -1), "RIGHT"))
    if bold_last_row:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ]
    table.setStyle(TableStyle(style))
    return table


@dataclass(frozen=True)
class Signer:
    role: str  # "Opleider", "Aios", "Werkgever", ...
    name: str  # printed name; empty leaves a line to write it on


def signature_blocks(
    signers: Sequence[Signer],
    *,
    name_label: str,
    date_label: str,
    signature_label: str,
    width: float,
    lead: Sequence = (),
    columns: int = 2,
) -> KeepTogether:
    """One block per signer: role, printed name, a date line and a signature line.

    ``lead`` (a heading, the declaration being signed) stays on the same page
    as the blocks: a KeepTogether cannot be nested in another one. Three
    signers fit side by side (``columns=3``), which keeps a short document on
    one sheet.
    """
    s = styles()
    gap = 6 * mm
    column = (width - (columns - 1) * gap) / columns
    cells = []
    for signer in signers:
        block = Table(
            [
                [para(signer.role, s["h3"])],
                [para(f"{name_label}: {signer.name}", s["body"])],
                [para(f"{date_label}:", s["body"])],
                [Spacer(1, 10 * mm)],
                [para(signature_label, s["small"])],
            ],
            colWidths=[column],
        )
        block.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 2), (0, 2), 0.5, colors.black),
                    ("LINEBELOW", (0, 3), (0, 3), 0.5, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        cells.append(block)
    rows = [
        cells[i : i + columns] + [""] * (columns - len(cells[i : i + columns]))
        for i in range(0, len(cells), columns)
    ]
    grid = Table(rows, colWidths=[column + gap] * (columns - 1) + [column], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm),
            ]
        )
    )
    return KeepTogether([*lead, grid])


class SectionStart(Flowable):
    """Starts a document of its own inside one PDF: its own footer and page count.

    Put it first in the story and right after each ``PageBreak`` that starts
    the next document (e.g. one statement per aios in one file): "page x of y"
    then counts within each, and each page carries its own document's footer.
    """

    def __init__(self, footer: str):
        super().__init__()
        self.footer = footer

    def wrap(self, _available_width, _available_height):
        return 0, 0

    def draw(self) -> None:
        # The canvas keeps these into the page's saved state (see _numbered_canvas).
        setattr(self.canv, "_section", getattr(self.canv, "_section", 0) + 1)  # noqa: B010
        setattr(self.canv, "_section_footer", self.footer)  # noqa: B010


def _numbered_canvas(footer_left: str, page_label: str):
    """A canvas that knows the page count when it writes each footer."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, not in its stubs

        def save(self):
            sections = [state.get("_section", 0) for state in self._pages]
            seen: dict[int, int] = {}
            for section, state in zip(sections, self._pages, strict=True):
                seen[section] = seen.get(section, 0) + 1
                self.__dict__.update(state)
                self._footer(
                    state.get("_section_footer", footer_left), seen[section], sections.count(section)
                )
                super().showPage()
            super().save()

        def _footer(self, text: str, page: int, total: int) -> None:
            width, _height = A4
            self.setStrokeColor(colors.HexColor("#b0b0b0"))
            self.setLineWidth(0.4)
            self.line(MARGIN, 13.5 * mm, width - MARGIN, 13.5 * mm)
            label = page_label.format(page=page, total=total)
            room = width - 2 * MARGIN - pdfmetrics.stringWidth(label, FONT, 8) - 5 * mm
            size = 8.0
            # A long name must not run into the page number; the code must stay whole.
            while size > 5.5 and pdfmetrics.stringWidth(text, FONT, size) > room:
                size -= 0.5
            self.setFillColor(colors.HexColor("#444444"))
            self.setFont(FONT, size)
            self.drawString(MARGIN, 10 * mm, text)
            self.setFont(FONT, 8)
            self.drawRightString(width - MARGIN, 10 * mm, label)

    return NumberedCanvas


def build_pdf(story: list, *, title: str, author: str, footer: str, page_label: str) -> bytes:
    """Render ``story`` to A4 PDF bytes.

    ``footer`` is printed on every page (put the verification code in it),
    unless a ``SectionStart`` in the story gives its pages another;
    ``page_label`` is a translated pattern with ``{page}`` and ``{total}``.
    """
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=20 * mm,
        title=title,
        author=author,
        creator="OpleiderDesk",
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer, page_label))
    return buffer.getvalue()


def content_width() -> float:
    return A4[0] - 2 * MARGIN
