"""Light or dark: the system's colour scheme by default, or the one the user chose.

The user's choice goes to the platform first (``QStyleHints.setColorScheme``,
Qt 6.8 and later): Windows 11, macOS and a GTK desktop then give their own dark
or light palette, and switch back when the user asks for the system's scheme
again. Where the platform cannot (Qt's generic X11 theme, the offscreen
platform of the tests and screenshots, an old Windows style that has no dark
palette) the program sets a palette of its own: Qt's own dark Fusion palette,
with a link colour that reads on it, in the Fusion style (``DarkFusion``), or
Fusion's light one. Every colour the
window computes follows (``tones.follow_palette``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from .high_contrast import EDGE_CONTRAST
from .tones import MIN_CONTRAST, contrast, mix

SYSTEM, LIGHT, DARK = "system", "light", "dark"
SCHEMES = (SYSTEM, LIGHT, DARK)
_QT_SCHEMES = {
    SYSTEM: Qt.ColorScheme.Unknown,
    LIGHT: Qt.ColorScheme.Light,
    DARK: Qt.ColorScheme.Dark,
}
# Application properties: our palette is set; the style it replaced.
_OWN_PALETTE = "opleiderDeskOwnPalette"
_NATIVE_STYLE = "opleiderDeskNativeStyle"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def dark_palette() -> QPalette:
    """Qt's dark Fusion palette (what Qt gives a Fusion window when a GTK desktop is
    dark), made from its window and text colours as Qt makes it."""
    roles = QPalette.ColorRole
    groups = QPalette.ColorGroup
    window = QColor(50, 50, 50)
    text = QColor(240, 240, 240)
    disabled_text = QColor(130, 130, 130)
    highlight = QColor(48, 140, 198)
    base = window.darker(140)
    mid = window.darker(130)
    palette = QPalette()
    for role, colour in (
        (roles.Window, window),
        (roles.Button, window),
        (roles.WindowText, text),
        (roles.Text, text),
        (roles.ButtonText, text),
        (roles.BrightText, window.lighter(150)),
        (roles.Base, base),
        (roles.AlternateBase, window.darker(116)),
        (roles.Light, window.lighter(150)),
        (roles.Midlight, mid.lighter(110)),
        (roles.Mid, mid),
        (roles.Dark, window.darker(150)),
        (roles.Shadow, window.darker(200)),
        (roles.Highlight, highlight),
        (roles.Accent, highlight),
        (roles.HighlightedText, text),
        (roles.ToolTipBase, QColor(255, 255, 220)),
        (roles.ToolTipText, QColor(0, 0, 0)),
        (roles.PlaceholderText, QColor(text.red(), text.green(), text.blue(), 128)),
    ):
        palette.setColor(role, colour)
    # Qt's own link blue has 4.3 : 1 on this base; a lighter one of the same hue reads.
    link = QColor(highlight)
    while contrast(link, base) < MIN_CONTRAST:
        link = link.lighter(108)
    palette.setColor(roles.Link, link)
    palette.setColor(roles.LinkVisited, link.lighter(115))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(groups.Disabled, role, disabled_text)
    palette.setColor(groups.Disabled, roles.Base, window)
    palette.setColor(groups.Disabled, roles.Highlight, QColor(145, 145, 145))
    return palette


class DarkFusion(QProxyStyle):
    """Fusion for our own dark palette: with an edge round a checkbox that reads.

    Fusion draws a checkbox's edge a shade darker than the window, and lighter only
    when the platform says it is in dark mode; under our palette (the platform knows of
    no dark mode) the box stood dark on dark, 1.2 : 1. Other styles (Windows' own,
    macOS's) draw with the platform's colours, not the palette: dark windows with light
    buttons; so the Dark setting on a platform without a dark palette uses Fusion.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(0.5, 0.5)  # on the pixels Fusion's own edge takes
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(edge_colour(option.palette))
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


def edge_colour(palette: QPalette) -> QColor:
    """The window's colour moved toward its text until it marks an edge (WCAG: 3 : 1)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    share = 0.3
    edge = mix(window, text, share)
    while contrast(edge, window) < EDGE_CONTRAST and share < 1.0:
        share = min(share + 0.05, 1.0)
        edge = mix(window, text, share)
    return edge


def light_palette() -> QPalette:
    return QPalette(QStyleFactory.create("Fusion").standardPalette())


def chosen_scheme(value: str) -> str:
    return value if value in SCHEMES else SYSTEM


def apply_colour_scheme(app: QApplication, choice: str) -> None:
    """Ask the platform for ``choice`` (system, light, dark); set our own palette where it
    cannot give it. Takes effect at once in every open window."""
    choice = chosen_scheme(choice)
    if app.property(_OWN_PALETTE):
        # Ours goes first: the platform's palette is what the choice is measured by.
        app.setProperty(_OWN_PALETTE, False)
        if native := app.property(_NATIVE_STYLE):
            app.setProperty(_NATIVE_STYLE, None)
            app.setStyle(str(native))
        app.setPalette(QPalette())
    QGuiApplication.styleHints().setColorScheme(_QT_SCHEMES[choice])
    # Some platforms (Qt's GNOME theme) answer with an event: the palette changes once it is
    # handled, and the check below would otherwise see the one before.
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if choice == SYSTEM or is_dark(app.palette()) == (choice == DARK):
        return
    if choice == DARK:
        # Fusion, made to draw with the palette; the style it replaces comes back with the
        # system's or the light scheme.
        app.setProperty(_NATIVE_STYLE, app.style().name() or "Fusion")
        app.setStyle(DarkFusion())
    app.setPalette(dark_palette() if choice == DARK else light_palette())
    app.setProperty(_OWN_PALETTE, True)
