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


def test_no_fixed_colour_is_left_in_the_interface():
    """Every colour in ui/ comes from the palette (tones.py), never a hex value or a colour literal."""
    import re
    from pathlib import Path

    import opleider_desk.ui as ui

    fixed = re.compile(
        r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*['\"\d]|Qt\.GlobalColor\.(?!transparent)"
    )
    found = [
        f"{path.relative_to(Path(ui.__file__).parent)}:{number}: {line.strip()}"
        for path in Path(ui.__file__).parent.rglob("*.py")
        # The palette itself, set where the platform cannot give a dark one: what every
        # tone is derived from.
        if path.name != "colour_scheme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line.split("  # ")[0]) and not line.lstrip().startswith("#")
    ]
    assert not found, "\n".join(found)


def test_the_verify_dialog_answer_is_readable_in_dark_mode(qapp, qtbot, window):
    import re

    from opleider_desk.ui.statements.verify_dialog import VerifyDialog

    old = qapp.palette()
    qapp.setPalette(THEMES["dark"])
    try:
        from datetime import date, timedelta

        from opleider_desk.domain.quarters import Quarter
        from opleider_desk.storage.services.statements import StatementService
        from tests.statement_data import add_aios, log_hours

        quarter = Quarter.of(date.today()).previous()
        store = window.context.store
        aios_id = add_aios(store, "Sanne de Vries", start=quarter.start - timedelta(days=200))
        log_hours(store, aios_id, quarter.start, 60, description="Leergesprek")
        dialog = VerifyDialog(window.context, window)
        qtbot.addWidget(dialog)
        dialog.code.setText(window.context.service(StatementService).get(quarter, aios_id).verification_code)
        dialog.check()
        colours = [QColor(c) for c in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", dialog.outcome.text())]
        assert colours, dialog.outcome.text() or dialog.error.text()
        base = THEMES["dark"].color(QPalette.ColorRole.Base)
        assert all(contrast(c, base) >= MIN_CONTRAST - 0.05 for c in colours)
    finally:
        qapp.setPalette(old)
