"""A week of hours at 1280×800, in Dutch and English: nothing cut off, nothing out of sight.

Beside tests/ui/test_fit_and_access_keys.py, these screens are also checked for
what a list shows without scrolling sideways: the reason a CSV line cannot be
imported ran off to the right of its list, out of sight.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settled_overview
from tests.ui.test_fit_and_access_keys import LANGUAGES, _check, _open_and_check, demo_window  # noqa: F401

ERRORS_CSV = (
    "Datum;Aios;Categorie;Duur;Omschrijving\n"
    "23-11-2026;Daan Bakker;Leergesprek;1:00;Leergesprek over dermatologie en de wet op de "
    "geneeskundige behandelingsovereenkomst\n"
    "24-11-2026;Sanne de Vries;Supervisie;0:30;Nabespreking\n"
    "25-11-2026;Daan Bakker;Onbekende categorie;abc;Fout\n"
    "26-11-2026;Piet Jansen;Leergesprek;1:00;Onbekende aios\n"
)


def _import_dialog(window, path: Path):
    from opleider_desk.storage.services.hour_import import HourImportService
    from opleider_desk.ui.hours.import_dialog import ImportDialog
    from opleider_desk.words.categories import category_names

    tab = window.show_tab("hours")
    service = window.context.service(HourImportService)
    check = service.check_import(path, today=date(2026, 12, 2), category_names=category_names(tab.categories))
    return ImportDialog(service, check, path.name, tab.aios, tab.categories, parent=window)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_csv_import_shows_each_lines_problem_whole(qtbot, demo_window, tmp_path):  # noqa: F811
    path = tmp_path / "uren.csv"
    path.write_text(ERRORS_CSV, encoding="utf-8")
    dialog = _import_dialog(demo_window, path)
    assert dialog.errors_model.rowCount() == 4
    problems = _open_and_check(demo_window, lambda: dialog, "import", in_view=True)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_overview_and_hours_tabs_show_every_column_without_scrolling_sideways(
    qtbot,
    demo_window,  # noqa: F811
):
    problems = []
    settled_overview(demo_window)  # the due column is filled: the table at its widest
    for key in ("aios", "hours"):
        demo_window.show_tab(key)
        QApplication.processEvents()
        problems += _check(demo_window, f"tab {key}", in_view=True)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_norm_legend_explains_a_green_line_above_its_norm(qtbot, demo_window):  # noqa: F811
    """Joint surgery at 2:00 of 0:51 shows "+1:09" in green beside supervision's "+1:49" in
    blue; the legend said only "green: on the norm, blue: above it"."""
    from datetime import timedelta

    from opleider_desk.domain.entities import HourEntry
    from opleider_desk.domain.norms import NormStatus
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.storage.services.hours import HoursService
    from opleider_desk.ui.hours.fields import category_name
    from opleider_desk.ui.hours.periods import PeriodKind

    tab = demo_window.show_tab("hours")
    joint = next(c for c in tab.categories if category_name(c) == "Gezamenlijk spreekuur")
    daan = next(a for a in demo_window.context.service(AiosService).list() if a.name == "Daan Bakker")
    monday = date.today() - timedelta(days=date.today().weekday() + 7)  # last week, all of it past
    demo_window.context.service(HoursService).add(
        HourEntry(day=monday + timedelta(days=3), minutes=180, aios_id=daan.id, category_id=joint.id)
    )
    tab.set_period(PeriodKind.WEEK, monday)
    qtbot.waitUntil(lambda: bool(tab.totals.lines) and tab.totals.up_to is None)
    above_minimum = [
        line for line in tab.totals.lines if line.status is NormStatus.OK and line.check.difference > 0
    ]
    assert above_minimum, "the demo week has a minimum norm that is exceeded"
    assert all(line.what != "Begeleiding" for line in above_minimum)
    text = tab.totals.text()
    assert "groen: op de norm, of boven een minimum" in text
    assert "blauw: meer begeleiding dan de norm" in text


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_trainee_dialog_shows_every_column_of_the_placements(qtbot, demo_window):  # noqa: F811
    """At its size hint the placements list showed Waar, Plaats and Van; Tot, Deeltijd and
    HLWP were behind a sideways scroll."""
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.ui.aios.dialog import AiosDialog

    service = demo_window.context.service(AiosService)
    daan = next(a for a in service.list() if a.name == "Daan Bakker")
    problems = _open_and_check(
        demo_window, lambda: AiosDialog(service, daan, parent=demo_window), "edit aios", in_view=True
    )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_overview_at_1200_wide_keeps_the_phase_readable(qtbot, demo_window):  # noqa: F811
    """The README's screenshot size: the stretching phase column was left a few letters
    ("J…"), its text one word a line, while the other columns kept a line each."""
    demo_window.resize(1200, 720)
    settled_overview(demo_window)
    demo_window.show_tab("aios")
    QApplication.processEvents()
    qtbot.wait(20)
    problems = _check(demo_window, "tab aios at 1200", in_view=True)
    assert not problems, "\n".join(problems)
