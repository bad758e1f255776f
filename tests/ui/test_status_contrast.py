"""Status colours stay readable on what they are drawn on, in light, dark and high contrast.

WCAG 2.1: text needs a contrast of 4.5 : 1 with its background (1.4.3), a mark
that is not text (a box's edge, a coloured bar) 3 : 1 (1.4.11). A status colour
is drawn as text in a table cell (on Base, every other row on AlternateBase), as
text in a label (on Window), as text on its own faint tint (the SMART hint), and
as the edge of a tinted box (guidance in a guided form); palette text is drawn
on every tint (the IOP's competency cells). The palettes are whole, as a
desktop hands them to Qt: Fusion's light one, a dark one, and Windows' "High
Contrast Black" and "High Contrast White".
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from opleider_desk.ui.widgets.tones import Tone, contrast, tint, tone

TEXT = 4.5
MARK = 3.0
roles = QPalette.ColorRole


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def _light() -> QPalette:
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    return QPalette(style.standardPalette())


def _own_dark() -> QPalette:
    from opleider_desk.ui.widgets.colour_scheme import dark_palette

    return dark_palette()


PALETTES = {
    "light": _light,
    "dark": lambda: _palette(
        {
            roles.Window: "#2b2b2b",
            roles.WindowText: "#e6e6e6",
            roles.Base: "#1e1e1e",
            roles.AlternateBase: "#262626",
            roles.Text: "#e6e6e6",
            roles.Button: "#353535",
            roles.ButtonText: "#e6e6e6",
            roles.Highlight: "#3d6fb4",
            roles.HighlightedText: "#ffffff",
        }
    ),
    # The Dark setting where the platform has no dark palette of its own (Qt's dark Fusion),
    # and what Qt's GTK platform theme gives when a GNOME desktop is dark.
    "own dark": lambda: _own_dark(),
    "gtk dark": lambda: _palette(
        {
            roles.Window: "#323232",
            roles.WindowText: "#f0f0f0",
            roles.Base: "#242424",
            roles.AlternateBase: "#2b2b2b",
            roles.Text: "#f0f0f0",
            roles.Button: "#323232",
            roles.ButtonText: "#f0f0f0",
            roles.Highlight: "#308cc6",
            roles.HighlightedText: "#f0f0f0",
        }
    ),
    # Qt's GTK platform theme under GTK_THEME=Adwaita:dark (fields filled like the window).
    "gtk adwaita dark": lambda: _palette(
        {
            roles.Window: "#323232",
            roles.WindowText: "#ffffff",
            roles.Base: "#323232",
            roles.AlternateBase: "#2f2f2f",
            roles.Text: "#ffffff",
            roles.Button: "#323232",
            roles.ButtonText: "#ffffff",
            roles.Highlight: "#15539e",
            roles.HighlightedText: "#ffffff",
        }
    ),
    # Windows 10/11 "High Contrast Black" / "High Contrast White" (Aquatic/Desert differ a little).
    "high contrast black": lambda: _palette(
        {
            roles.Window: "#000000",
            roles.WindowText: "#ffffff",
            roles.Base: "#000000",
            roles.AlternateBase: "#000000",
            roles.Text: "#ffffff",
            roles.Button: "#000000",
            roles.ButtonText: "#ffffff",
            roles.Highlight: "#1aebff",
            roles.HighlightedText: "#000000",
            roles.Link: "#ffff00",
        }
    ),
    "high contrast white": lambda: _palette(
        {
            roles.Window: "#ffffff",
            roles.WindowText: "#000000",
            roles.Base: "#ffffff",
            roles.AlternateBase: "#ffffff",
            roles.Text: "#000000",
            roles.Button: "#ffffff",
            roles.ButtonText: "#000000",
            roles.Highlight: "#37006e",
            roles.HighlightedText: "#ffffff",
            roles.Link: "#00009f",
        }
    ),
}

STATUS = [Tone.BAD, Tone.WARN, Tone.GOOD, Tone.INFO, Tone.MUTED]


@pytest.fixture(params=list(PALETTES))
def palette(request, qapp):
    old = qapp.palette()
    chosen = PALETTES[request.param]()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(old)


def _ratio(a: QColor, b: QColor) -> float:
    return round(contrast(a, b), 2)


def test_every_status_colour_is_readable_as_text_on_every_background(palette):
    problems = []
    for kind in STATUS:
        colour = tone(kind)
        for role in (roles.Base, roles.AlternateBase, roles.Window):
            ratio = _ratio(colour, palette.color(role))
            if ratio < TEXT:
                problems.append(f"{kind.name} {colour.name()} on {role.name}: {ratio}")
    assert not problems, "\n".join(problems)


def test_text_on_a_tint_and_the_tinted_box_edge_are_readable(palette):
    problems = []
    for kind in STATUS:
        background = QColor(tint(kind))
        for what, colour in (("palette text", palette.color(roles.Text)), (kind.name, tone(kind))):
            if (ratio := _ratio(colour, background)) < TEXT:
                problems.append(f"{what} on the {kind.name} tint {background.name()}: {ratio}")
        # The edge of a tinted box (guidance in a guided form) marks it on the window.
        if kind is not Tone.MUTED and (ratio := _ratio(tone(kind), palette.color(roles.Window))) < MARK:
            problems.append(f"{kind.name} edge on Window: {ratio}")
    assert not problems, "\n".join(problems)


def test_the_hours_totals_and_a_field_message_are_readable(qtbot, palette):
    """Through real widgets: the norm colours of the totals panel and a field's message."""
    from opleider_desk.ui.widgets.form_errors import FieldError

    label = FieldError()
    qtbot.addWidget(label)
    colours = {"field message": QColor(label.styleSheet().split("color:")[1].strip(" ;"))}
    from opleider_desk.ui.hours.totals import TONES

    for status, kind in TONES.items():
        colours[f"norm {status}"] = QColor(tone(kind))
    problems = [
        f"{what} {colour.name()} on Window: {ratio}"
        for what, colour in colours.items()
        if (ratio := _ratio(colour, palette.color(roles.Window))) < TEXT
    ]
    assert not problems, "\n".join(problems)
    assert re.fullmatch(r"#[0-9a-f]{6}", colours["field message"].name())


def _edge_contrast(widget, background: QColor) -> float:
    """The strongest contrast along the left edge of ``widget`` as drawn."""
    image = widget.grab().toImage()
    y = image.height() // 2
    return max(_ratio(QColor(image.pixel(x, y)), background) for x in range(min(3, image.width())))


@pytest.mark.parametrize("name", ["high contrast black", "high contrast white"])
def test_a_field_shows_its_edge_under_a_high_contrast_palette(qapp, qtbot, window, name):
    """Under "High Contrast Black" the hours entry's Duur field, the search box and
    every table were black on black with a black edge: nowhere to be seen."""
    from opleider_desk.ui.widgets.high_contrast import follow_high_contrast

    follow_high_contrast(qapp)
    old = qapp.palette()
    chosen = PALETTES[name]()
    qapp.setPalette(chosen)
    try:
        tab = window.show_tab("hours")
        qtbot.wait(50)
        window_colour = chosen.color(roles.Window)
        for field in (tab.entry_row.fields.duration, tab.search, tab.view):
            assert _edge_contrast(field, window_colour) >= 3.0, field
    finally:
        qapp.setPalette(old)
    qtbot.wait(10)
    assert "palette(window-text)" not in qapp.styleSheet()  # light and dark keep the style's look
