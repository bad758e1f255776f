"""How a due item reads and looks: the words (``words/due.py``) in the window's date format, and a colour.

Shared by the aios overview's "next due" column and its "open items" list.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from ..domain.due import DueItem, DueStatus
from ..words import due as words
from ..words.due import default_name, kind_name, rule_text, source_text, status_name, tooltip
from ..words.formatting import format_date
from .widgets.tones import Tone, tone

__all__ = ["default_name", "kind_name", "rule_text", "source_text", "status_name", "tooltip"]

_TONES = {"OVERDUE_COLOUR": Tone.BAD, "DUE_SOON_COLOUR": Tone.WARN, "OK_COLOUR": Tone.GOOD}


def __getattr__(name: str) -> QColor:
    # OVERDUE_COLOUR and friends follow the palette (dark mode): computed when asked for.
    if name in _TONES:
        return tone(_TONES[name])
    raise AttributeError(name)


def status_colour(status: DueStatus) -> QColor:
    if status is DueStatus.OVERDUE:
        return tone(Tone.BAD)
    if status is DueStatus.DUE_SOON:
        return tone(Tone.WARN)
    return tone(Tone.GOOD)


def short_text(item: DueItem) -> str:
    """For the overview column: what and when."""
    return words.short_text(item, format_date)


def details(item: DueItem, agreement_text: str = "") -> str:
    """A sentence with the item's numbers, for the open-items list."""
    return words.details(item, agreement_text, format_date)
