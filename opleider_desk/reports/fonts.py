"""The fonts every PDF is set in: DejaVu Sans, shipped in ``resources/fonts``.

Shipped rather than looked up on the system so that a statement printed on
Windows, macOS or Linux is the same document, bold prints as bold everywhere,
and every glyph is embedded (PDF/A asks for it). ``resources/fonts/README.md``
lists the files.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..shipped import shipped_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)


class FontMissing(RuntimeError):
    """A shipped font file is missing or unreadable; names the file."""


def fonts_dir() -> Path:
    return shipped_dir("resources") / "fonts"


@cache
def register_fonts() -> tuple[str, str, str, str]:
    """Register the family once per process; returns the four font names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for name in FAMILY:
        path = fonts_dir() / f"{name}.ttf"
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise FontMissing(f"{path}: {exc}") from exc
    # <b> and <i> in paragraphs pick the right file of the family.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    # A table cell without a FONTNAME of its own would be set in Helvetica,
    # which is referenced, not embedded: make our font the default there too.
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = FONT
    return FAMILY
