"""Status colours come from the palette: readable in light, dark and high-contrast themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from opleider_desk.ui.widgets.tones import MIN_CONTRAST, Tone, contrast, tone


def _palette(base: str, text: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.Window, base),
        (QPalette.ColorRole.Text, text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


THEMES = {
    "light": _palette("#ffffff", "#000000"),
    "dark": _palette("#1e1e1e", "#e6e6e6"),
    "high contrast dark": _palette("#000000", "#ffffff"),
    "high contrast light": _palette("#ffffff", "#000000"),
    "grey": _palette("#808080", "#000000"),
}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", list(Tone))
def test_every_status_colour_is_readable_on_the_palette_base(qapp, theme, kind):
    palette = THEMES[theme]
    colour = tone(kind, palette)
    assert contrast(colour, palette.color(QPalette.ColorRole.Base)) >= MIN_CONTRAST - 0.05


def test_dark_mode_gets_lighter_status_colours_than_light_mode(qapp):
    assert tone(Tone.BAD, THEMES["dark"]).lightnessF() > tone(Tone.BAD, THEMES["light"]).lightnessF()


def test_a_field_error_follows_a_dark_palette(qapp):
    from opleider_desk.ui.widgets.form_errors import FieldError

    old = qapp.palette()
    qapp.setPalette(THEMES["dark"])
    try:
        label = FieldError()
        colour = QColor(label.styleSheet().split("color:")[1].strip(" ;"))
        assert contrast(colour, THEMES["dark"].color(QPalette.ColorRole.Base)) >= MIN_CONTRAST - 0.05
    finally:
        qapp.setPalette(old)
