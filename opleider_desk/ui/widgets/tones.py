"""Status colours taken from the palette, so they stay readable in light, dark and high-contrast themes.

A fixed red that reads well on white disappears on a dark background. Each
tone keeps its hue (red for what is missing or late, amber for soon, green
for in order, blue for planned or above the norm) and takes its lightness
from the window's palette: dark on a light base, light on a dark one, and
brighter still until it has a contrast of at least 4.5 : 1 (WCAG AA) with
every background it is drawn on: Base and AlternateBase (table cells), Window
(labels) and its own faint tint (a hint box). High-contrast palettes (black on
white, white on black) get the same treatment; tests/ui/test_status_contrast.py
checks all four.

The palette can change while the window is open (the desktop switches to dark
mode, the user picks another colour scheme): a colour computed once would stay
the old one. ``follow_palette`` runs a widget's colouring again on each change,
``tone_style`` keeps a widget's style sheet so; a table asks ``tone`` at each
paint and follows by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


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


def _backgrounds(palette: QPalette) -> list[QColor]:
    # A tone is drawn as text in a table cell (Base, and AlternateBase every other row)
    # and in a label (Window): it must read on each of them, not only on Base.
    return [
        palette.color(role)
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Window)
    ]


def mix(base: QColor, colour: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() * (1 - share) + colour.redF() * share,
        base.greenF() * (1 - share) + colour.greenF() * share,
        base.blueF() * (1 - share) + colour.blueF() * share,
    )


TINT_SHARE = 0.15


def _least_contrast(colour: QColor, palette: QPalette) -> float:
    base = palette.color(QPalette.ColorRole.Base)
    # Also on its own tint (the SMART hint's text on its faint box).
    return min(contrast(colour, b) for b in [*_backgrounds(palette), mix(base, colour, TINT_SHARE)])


# The application palette's tones, by its cache key: a table asks for a colour at every
# cell it paints (40 µs each to compute).
_cache: dict[tuple[int, Tone], QColor] = {}


def tone(kind: Tone, palette: QPalette | None = None) -> QColor:
    if palette is None:
        palette = QGuiApplication.palette()
        key = (palette.cacheKey(), kind)
        if (known := _cache.get(key)) is None:
            if len(_cache) > 64:
                _cache.clear()
            known = _cache[key] = _computed(kind, palette)
        return QColor(known)
    return _computed(kind, palette)


def _computed(kind: Tone, palette: QPalette) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = base.lightnessF() < 0.5
    if kind is Tone.MUTED:
        muted = mix(base, text, 2 / 3)
        return muted if _least_contrast(muted, palette) >= MIN_CONTRAST else text
    lightness = 0.72 if dark else 0.36
    step = 0.03 if dark else -0.03
    colour = QColor.fromHslF(kind.value / 360, 0.8, lightness)
    while _least_contrast(colour, palette) < MIN_CONTRAST:
        if not 0.0 < lightness < 1.0:
            # A palette whose backgrounds no shade of the hue reads on (a light window
            # around a dark base): the palette's own text does.
            return text
        lightness = min(max(lightness + step, 0.0), 1.0)
        colour = QColor.fromHslF(kind.value / 360, 0.8, lightness)
    return colour


def tone_css(kind: Tone) -> str:
    """The tone as a style-sheet colour (``#rrggbb``)."""
    return tone(kind).name()


def palette_text() -> str:
    """The palette's own text colour as a style-sheet colour."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Text).name()


def tint(kind: Tone, palette: QPalette | None = None) -> str:
    """A faint background of the tone for a highlighted box, readable under the palette's text."""
    palette = palette or QGuiApplication.palette()
    return mix(palette.color(QPalette.ColorRole.Base), tone(kind, palette), TINT_SHARE).name()


class _Restyler(QObject):
    """Polishes every widget drawn through a style sheet again when the application palette changes.

    Qt gives such a widget the palette of the moment it was polished, and keeps it: after a
    switch to dark mode the guided form's italic questions stood black on the dark window, and
    under a high-contrast palette (fields get edges by a style sheet) switching from black to
    white left every field black.
    """

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        app.paletteChanged.connect(self.restyle)

    def restyle(self, *_: object) -> None:
        if sheet := self.app.styleSheet():
            self.app.setStyleSheet(sheet)  # every widget goes through it: Qt polishes them all again
            return
        for widget in QApplication.allWidgets():
            style = widget.style()
            if style.metaObject().className() == "QStyleSheetStyle":
                style.unpolish(widget)
                style.polish(widget)


_restylers: list[_Restyler] = []  # the one for the application, once made


def follow_palette_in_style_sheets(app: QApplication) -> None:
    """Keep widgets with a style sheet in the application's palette when it changes."""
    # Remembered here, not looked up with app.findChild: that wraps the application's own
    # children (its style, its session manager), and PySide builds their enums for it,
    # 7 ms of the start before the first paint (as in high_contrast).
    if not any(r.app is app and shiboken6.isValid(r) for r in _restylers):
        _restylers[:] = [_Restyler(app)]


class _PaletteFollower(QObject):
    """Runs its widget's colourings again whenever the application palette changes.

    Connected to the application's signal, not an event: a widget with a style
    sheet of its own gets no palette event when the application's palette changes.
    A slot of this child object, so the connection ends with the widget.
    """

    def __init__(self, owner: QObject):
        super().__init__(owner)
        self.actions: dict[str, Callable[[], None]] = {}
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Connected first: every widget with a style sheet is polished in the new palette,
            # then the colourings below make their style sheets again.
            follow_palette_in_style_sheets(app)
            app.paletteChanged.connect(self.follow)

    def follow(self, *_: object) -> None:
        for action in list(self.actions.values()):
            action()


def follow_palette(owner: QObject, apply: Callable[[], None], key: str = "") -> None:
    """Run ``apply`` now and again after every change of the application palette.

    ``key`` names the colouring: a later call with the same key replaces it.
    """
    follower = owner.findChild(_PaletteFollower, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if follower is None:
        follower = _PaletteFollower(owner)
    follower.actions[key] = apply
    apply()


def tone_style(widget: QWidget, sheet: Callable[[], str]) -> None:
    """Give ``widget`` the style sheet ``sheet()`` (made with ``tone_css``, ``tint``), kept
    up with the palette."""

    def apply() -> None:
        text = sheet()
        if widget.styleSheet() != text:
            widget.setStyleSheet(text)

    follow_palette(widget, apply, "style")
