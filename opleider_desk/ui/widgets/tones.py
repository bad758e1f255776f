"""Status colours taken from the palette, so they stay readable in light, dark and high-contrast themes.

A fixed red that reads well on white disappears on a dark background. Each
tone keeps its hue (red for what is missing or late, amber for soon, green
for in order, blue for planned or above the norm) and takes its lightness
from the window's palette: dark on a light base, light on a dark one, and
brighter still until it has a contrast of at least 4.5 : 1 (WCAG AA) with
the base it is drawn on.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(Enum):
    BAD = 4  # hue in degrees
    WARN = 32
    GOOD = 135
    INFO = 212
    MUTED = -1  # the palette's own secondary text


MIN_CONTRAST = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def tone(kind: Tone, palette: QPalette | None = None) -> QColor:
    palette = palette or QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightnessF() < 0.5
    if kind is Tone.MUTED:
        text = palette.color(QPalette.ColorRole.Text)
        muted = QColor.fromRgbF(
            (text.redF() * 2 + base.redF()) / 3,
            (text.greenF() * 2 + base.greenF()) / 3,
            (text.blueF() * 2 + base.blueF()) / 3,
        )
        return muted if contrast(muted, base) >= MIN_CONTRAST else text
    lightness = 0.72 if dark else 0.36
    step = 0.03 if dark else -0.03
    colour = QColor.fromHslF(kind.value / 360, 0.8, lightness)
    while contrast(colour, base) < MIN_CONTRAST and 0.0 < lightness < 1.0:
        lightness = min(max(lightness + step, 0.0), 1.0)
        colour = QColor.fromHslF(kind.value / 360, 0.8, lightness)
    return colour


def tone_css(kind: Tone) -> str:
    """The tone as a style-sheet colour (``#rrggbb``)."""
    return tone(kind).name()


def palette_text() -> str:
    """The palette's own text colour as a style-sheet colour."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Text).name()


def tint(kind: Tone) -> str:
    """A faint background of the tone for a highlighted box, readable under the palette's text."""
    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    colour = tone(kind)
    mixed = QColor.fromRgbF(
        base.redF() * 0.85 + colour.redF() * 0.15,
        base.greenF() * 0.85 + colour.greenF() * 0.15,
        base.blueF() * 0.85 + colour.blueF() * 0.15,
    )
    return mixed.name()
