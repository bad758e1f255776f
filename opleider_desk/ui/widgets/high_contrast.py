"""The edges of fields under a high-contrast palette, which Qt's Fusion style leaves out.

Fusion draws a field's edge a shade darker than the window and fills it with
Base. Under Windows' "High Contrast Black" colours (Base and Window both black)
that edge is black too: the hours entry's Duur and Omschrijving, the search box,
an agreement's text and date, every table stood invisible until typed in. Under
"High Contrast White" the edge is a pale grey (2 : 1, where WCAG asks 3 : 1 for
the edge of a control). With such a palette, or when the system asks for high
contrast, fields and lists get an edge in the palette's text colour; other
palettes (light, dark) keep the style's own look.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .tones import contrast, follow_palette_in_style_sheets

#: WCAG 2.1, 1.4.11: the edge of a control against what surrounds it.
EDGE_CONTRAST = 3.0

_FIELDS = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QAbstractSpinBox", "QAbstractItemView")
EDGES = (
    f"{', '.join(_FIELDS)} {{ border: 1px solid palette(window-text); }}\n"
    # The field with the cursor keeps standing out, as Fusion's own focus frame did.
    f"{', '.join(f'{f}:focus' for f in _FIELDS)} {{ border-color: palette(highlight); }}"
)


def needs_edges(
    palette: QPalette, preference: Qt.ContrastPreference = Qt.ContrastPreference.NoPreference
) -> bool:
    """Whether Fusion's field edges vanish on ``palette`` (or the system asks for high contrast)."""
    if preference == Qt.ContrastPreference.HighContrast:
        return True
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    # A field that is filled like the window shows only by its edge.
    return contrast(base, window) < 1.1 and contrast(window.darker(140), window) < EDGE_CONTRAST


class _FollowPalette(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.applied = False
        # Both kept: PySide 6.12 takes the accessibility hints for gone ("already
        # deleted") once the style hints' wrapper they came from is collected.
        self.style_hints = QGuiApplication.styleHints()
        self.hints = self.style_hints.accessibility()
        self.update()
        # A signal, not an event filter on the application: that would call into Python
        # for every event of every widget.
        app.paletteChanged.connect(lambda *_: self.update())
        self.hints.contrastPreferenceChanged.connect(lambda *_: self.update())

    def update(self) -> None:
        wanted = needs_edges(self.app.palette(), self.hints.contrastPreference())
        if wanted == self.applied:
            return
        self.applied = wanted
        sheet = self.app.styleSheet().replace(EDGES, "").strip()
        self.app.setStyleSheet(f"{sheet}\n{EDGES}".strip() if wanted else sheet)


_following: list[_FollowPalette] = []  # the one for the application, once made


def follow_high_contrast(app: QApplication) -> None:
    """Give fields visible edges whenever the palette needs them (also when it changes)."""
    follow_palette_in_style_sheets(app)  # with the edges, every widget is drawn through a style sheet
    # Remembered here, not looked up with app.findChild: that wraps the application's own
    # children (its style, its session manager), and PySide builds their enums for it,
    # 7 ms of the start before the first paint.
    if not any(follower.app is app and shiboken6.isValid(follower) for follower in _following):
        _following[:] = [_FollowPalette(app)]
