"""The CSV import's preview follows a switch of light and dark while it is open.

Its warning column and its error title were coloured once with the light palette's tones
(dark amber, dark red): after the desktop switched to dark they stood dark on dark.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from opleider_desk.domain.entities import HourEntry
from opleider_desk.ui.widgets.colour_scheme import dark_palette, light_palette
from opleider_desk.ui.widgets.tones import Tone, tone, tone_css
from tests.ui.test_hours_tab import MONDAY, _import, setup  # noqa: F401 (a fixture)
from tests.ui.test_palette_switch import palette_restored  # noqa: F401 (a fixture)


def test_the_import_preview_takes_the_new_palette_s_tones(
    qapp,
    qtbot,
    window,
    setup,  # noqa: F811
    tmp_path,
    palette_restored,  # noqa: F811
):
    tab, hours, ids, cat = setup
    hours.add(HourEntry(day=MONDAY, minutes=90, aios_id=ids["sanne"], category_id=cat["leergesprek"]))
    sheet = (
        b"Datum,Aios,Categorie,Duur,Omschrijving\n"
        b'09-03-2026,Sanne de Vries,Leergesprek,"1,5",Astma\n'
        b"31-02-2026,Sanne de Vries,Leergesprek,1:00,Geen dag\n"
    )
    qapp.setPalette(light_palette())

    def switch(dialog):
        note = dialog.rows_model.index(0, 6)
        seen = []
        for palette in (light_palette(), dark_palette(), light_palette()):
            qapp.setPalette(palette)
            qtbot.wait(10)
            brush = note.data(Qt.ItemDataRole.ForegroundRole)
            colour = brush.color() if isinstance(brush, QBrush) else brush
            seen.append(
                (
                    colour.name() == tone(Tone.WARN).name(),
                    tone_css(Tone.BAD) in dialog.errors_title.styleSheet(),
                    tone(Tone.WARN).name(),
                )
            )
        dialog.reject()
        return seen

    seen = _import(tab, tmp_path, "uren.csv", sheet, switch)
    assert [(a, b) for a, b, _ in seen] == [(True, True)] * 3, seen
    assert seen[0][2] != seen[1][2]  # the tones do differ between light and dark
