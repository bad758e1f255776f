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
