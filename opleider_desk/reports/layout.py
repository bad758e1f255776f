"""What every printed document shares: A4 pages, styles, "page x of y",
the verification code on every page, and signature blocks.

Import this module only when a PDF is made: reportlab costs start-up time
the first window does not need. Texts arrive already translated: reports take
domain objects and words, never a Qt object.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from .field_places import FieldPlace
from .fonts import register_fonts

MARGIN = 18 * mm
FONT, FONT_BOLD, FONT_ITALIC, _FONT_BOLD_ITALIC = register_fonts()

# The most of one free text a document prints (instelling van OpleiderDesk):
# the longest text the program accepts (an aios's notes). A file from before
# the length limits may hold 100,000 characters in a field; a document prints
# the start of it and says how much it left out (``fit``), the data file and
# its exports keep every character.
PRINT_MAX = 10_000
# Where a cut may move back to end at a word.
_WORD_END = 40


def fit(text: str, cut: str, limit: int = PRINT_MAX) -> str:
    """``text`` whole, or its first ``limit`` characters and the note ``cut`` says.

    ``cut`` is a translated pattern with ``{count}``, the characters left out
    ("[… {count} more characters not printed]").
    """
    text = text or ""
    if len(text) <= limit:
        return text
    kept = text[:limit]
    space = kept.rfind(" ", limit - _WORD_END)
    if space > 0:
        kept = kept[:space]
    kept = kept.rstrip()
    return f"{kept} {cut.format(count=len(text) - len(kept))}"


def styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=base["Normal"], fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=12.5
    )
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
    # splitInRow: a row taller than a page goes on over the next, not a LayoutError.
    table = Table(
        [list(row) for row in rows],
        colWidths=list(col_widths),
        repeatRows=1 if header else 0,
        hAlign="LEFT",
        splitInRow=1,
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
    field: str = ""  # the PDF signature field's name; empty: no field


class SignatureBox(Flowable):
    """The space to sign in; records where it landed so a PDF signature field can go there."""

    def __init__(self, width: float, height: float, field: str):
        super().__init__()
        self.width, self.height, self.field = width, height, field

    def wrap(self, _available_width, _available_height):
        return self.width, self.height

    def draw(self) -> None:
        if not self.field:
            return
        x, y = self.canv.absolutePosition(0, 0)
        places = getattr(self.canv, "_field_places", None)
        if places is not None:
            page = self.canv.getPageNumber() - 1
            box = (round(x), round(y), round(x + self.width), round(y + self.height))
            places[self.field] = FieldPlace(self.field, page, box)


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
    one sheet. A signer with a ``field`` gets an empty PDF signature field
    over its signature space, to sign in a PDF reader.
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
                [SignatureBox(column - 2, 14 * mm, signer.field)],
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


@dataclass(frozen=True)
class PageMark:
    """What a page says about the document's state, beside the footer.

    ``concept`` prints CONCEPT across the page (outlined, so the text under
    it stays readable); ``text`` goes at the top right of every page
    ("Concept, not marked signed" or "Marked signed on 2 April 2026").
    """

    text: str = ""
    concept: bool = False
    concept_word: str = "CONCEPT"


class SectionStart(Flowable):
    """Starts a document of its own inside one PDF: its own footer, page count and mark.

    Put it first in the story and right after each ``PageBreak`` that starts
    the next document (e.g. one statement per aios in one file): "page x of y"
    then counts within each, and each page carries its own document's footer.
    """

    def __init__(self, footer: str, mark: PageMark | None = None):
        super().__init__()
        self.footer = footer
        self.mark = mark

    def wrap(self, _available_width, _available_height):
        return 0, 0

    def draw(self) -> None:
        # The canvas keeps these into the page's saved state (see _numbered_canvas).
        setattr(self.canv, "_section", getattr(self.canv, "_section", 0) + 1)  # noqa: B010
        setattr(self.canv, "_section_footer", self.footer)  # noqa: B010
        setattr(self.canv, "_section_mark", self.mark)  # noqa: B010


class Milestone(Flowable):
    """Takes no room; calls ``reached`` when the build draws it: how far a long document
    got (a progress dialog), and where it may stop (``reached`` raising ends the build)."""

    def __init__(self, reached: Callable[[], None]):
        super().__init__()
        self.reached = reached

    def wrap(self, _available_width, _available_height):
        return 0, 0

    def draw(self) -> None:
        self.reached()


def _numbered_canvas(footer_left: str, page_label: str, mark: PageMark | None, places: dict):
    """A canvas that knows the page count when it writes each footer."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # No Helvetica anywhere: reportlab's default font would be referenced, not embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._field_places = places

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, not in its stubs

        def save(self):
            sections = [state.get("_section", 0) for state in self._pages]
            seen: dict[int, int] = {}
            for section, state in zip(sections, self._pages, strict=True):
                seen[section] = seen.get(section, 0) + 1
                self.__dict__.update(state)
                self._mark(state.get("_section_mark", mark))
                self._footer(
                    state.get("_section_footer", footer_left), seen[section], sections.count(section)
                )
                super().showPage()
            super().save()

        def _mark(self, page_mark: PageMark | None) -> None:
            if page_mark is None:
                return
            width, height = A4
            if page_mark.concept:
                self.saveState()
                self.setStrokeColor(colors.HexColor("#c0392b"))
                self.setLineWidth(1.2)
                self.translate(width / 2, height / 2)
                self.rotate(40)
                text = self.beginText()
                text.setTextRenderMode(1)  # outline only: what is under it stays legible
                size = 96
                text.setFont(FONT_BOLD, size)
                word = page_mark.concept_word
                text.setTextOrigin(-pdfmetrics.stringWidth(word, FONT_BOLD, size) / 2, -size / 3)
                text.textLine(word)
                self.drawText(text)
                self.restoreState()
            if page_mark.text:
                self.setFillColor(
                    colors.HexColor("#c0392b") if page_mark.concept else colors.HexColor("#1e6b3a")
                )
                self.setFont(FONT_BOLD, 8.5)
                self.drawRightString(width - MARGIN, height - 11 * mm, page_mark.text)

        def _footer(self, text: str, page: int, total: int) -> None:
            width, _height = A4
            self.setStrokeColor(colors.HexColor("#b0b0b0"))
            self.setLineWidth(0.4)
            self.line(MARGIN, 13.5 * mm, width - MARGIN, 13.5 * mm)
            label = page_label.format(page=page, total=total)
            room = width - 2 * MARGIN - pdfmetrics.stringWidth(label, FONT, 8) - 5 * mm
            size = 8.0
            # A long name must not run into the page number; the code must stay whole.
            while size > 5.0 and pdfmetrics.stringWidth(text, FONT, size) > room:
                size -= 0.5
            text = _shortened_in_the_middle(text, FONT, size, room)
            self.setFillColor(colors.HexColor("#444444"))
            self.setFont(FONT, size)
            self.drawString(MARGIN, 10 * mm, text)
            self.setFont(FONT, 8)
            self.drawRightString(width - MARGIN, 10 * mm, label)

    return NumberedCanvas


def _shortened_in_the_middle(text: str, font: str, size: float, room: float) -> str:
    """``text`` with its middle left out ("…") until it fits ``room``: the end holds the code."""
    if pdfmetrics.stringWidth(text, font, size) <= room:
        return text
    keep_end = min(len(text) // 2, 60)
    head, tail = text[: len(text) - keep_end], text[len(text) - keep_end :]
    low, high = 0, len(head)
    while low < high:  # the longest start that still fits with the tail
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(head[:middle] + "…" + tail, font, size) <= room:
            low = middle
        else:
            high = middle - 1
    return head[:low].rstrip() + "…" + tail


# reportlab's embedded fonts are shared by every document of the process, and cutting a
# font's subset reads the font file through one shared position: two documents laid
# out at once on worker threads (the report preview and a statement) mixed up their
# glyphs and failed (KeyError / IndexError in ttfonts.makeSubset).
_ONE_DOCUMENT_AT_A_TIME = threading.Lock()


def build_pdf(
    story: list,
    *,
    title: str,
    author: str,
    footer: str,
    page_label: str,
    subject: str = "",
    codes: Sequence[str] = (),
    mark: PageMark | None = None,
    signature_fields: bool = True,
) -> bytes:
    """Render ``story`` to an archivable (PDF/A-2b) A4 PDF.

    ``footer`` is printed on every page (put the verification code in it),
    unless a ``SectionStart`` in the story gives its pages another;
    ``page_label`` is a translated pattern with ``{page}`` and ``{total}``.
    ``codes`` (the verification codes the document prints) go into its
    metadata, so a check of the file finds them without reading the text.
    Every ``Signer`` with a field gets an empty PDF signature field.
    """
    from .archive import finish_pdf

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
        subject=subject,
        creator="OpleiderDesk",
        invariant=1,  # no random id or clock time: the same data gives the same bytes
    )
    places: dict[str, FieldPlace] = {}
    with _ONE_DOCUMENT_AT_A_TIME:
        doc.build(story, canvasmaker=_numbered_canvas(footer, page_label, mark, places))
    return finish_pdf(
        buffer.getvalue(),
        title=title,
        author=author,
        subject=subject,
        codes=codes,
        fields=list(places.values()) if signature_fields else [],
    )


def content_width() -> float:
    return A4[0] - 2 * MARGIN


def content_height() -> float:
    """The height a page's story has: A4 less the margins of ``build_pdf``."""
    from reportlab.lib.units import mm

    return A4[1] - MARGIN - 20 * mm


def fits_on_one_page(flowables: list, width: float) -> bool:
    """Whether ``flowables`` fill at most one page's frame (its 6 pt padding on each side)."""
    from reportlab.pdfgen.canvas import Canvas

    scratch = Canvas(io.BytesIO(), pagesize=A4)  # some flowables measure on a canvas
    available_width, available_height = width - 12, content_height() - 12
    used = 0.0
    for flowable in flowables:
        _w, height = flowable.wrapOn(scratch, available_width, available_height)
        used += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return used <= available_height
