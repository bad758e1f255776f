"""A week of hours at 1280×800, in Dutch and English: nothing cut off, nothing out of sight.

Beside tests/ui/test_fit_and_access_keys.py, these screens are also checked for
what a list shows without scrolling sideways: the reason a CSV line cannot be
imported ran off to the right of its list, out of sight.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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
    # On a 1280×800 laptop at 150 % (853 px wide): the Dutch "4 regels kunnen niet worden
    # ingelezen. …" on one line made the dialog 964 px wide.
    assert dialog.minimumSizeHint().width() <= 840, dialog.minimumSizeHint()
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


def entry_row_stays_put(window) -> list[str]:
    """Each bad value the row refuses, one at a time: the list below stays where it was, the
    row as high as it was, and the message is there whole, for the eye and a screen reader.

    Shared with the scaled runs of tests/ui/test_scaling.py."""
    from tests.ui.test_fit_and_access_keys import cut_off_texts

    tab = window.show_tab("hours")
    row = tab.entry_row
    fields = row.fields
    QApplication.processEvents()

    def where() -> tuple[int, int]:
        QApplication.processEvents()
        return tab.view.mapTo(tab, tab.view.rect().topLeft()).y(), row.height()

    before = where()
    problems = []
    bad = [(fields.duration, "minutes", text) for text in ("abc", "90", "1.30")]
    bad.append((fields.day, "day", "31-4-2026"))
    for field, key, text in bad:
        good = field.text()
        field.setText(text)
        row.save()
        label = fields.error_labels[key]
        seen = f"{text!r}: {label.text()!r}"
        if where() != before:
            problems.append(f"{seen} moved the list or the row: {before} -> {where()}")
        if not label.isVisible() or not label.text():
            problems.append(f"{seen} shows no message")
        if label.visibleRegion().boundingRect() != label.rect():
            problems.append(f"{seen} is clipped to {label.visibleRegion().boundingRect()} of {label.rect()}")
        message = label.text().split(": ", 1)[-1]
        if message not in field.accessibleDescription():
            problems.append(f"{seen} is not told to a screen reader: {field.accessibleDescription()!r}")
        problems += [f"{seen}: {p}" for p in cut_off_texts(row) if "fieldError" in p]
        field.setText(good)
        fields.errors.clear()
        if where() != before:
            problems.append(f"{seen} going left the list or the row moved: {before} -> {where()}")
        if field.accessibleDescription():
            problems.append(f"{seen} stays in the screen reader's description")
    return problems


ENTRY_SIZES = {"1280x800": (1280, 800), "960x600": (960, 600)}


@pytest.mark.parametrize("size", ENTRY_SIZES)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_a_message_under_the_entry_row_moves_nothing(qtbot, demo_window, size):  # noqa: F811
    """ "abc" as Duur took three lines under the narrow Duur column at 150 % and pushed the
    list down, and back up when it went."""
    demo_window.resize(*ENTRY_SIZES[size])
    problems = entry_row_stays_put(demo_window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_hours_tab_fits_a_1920x1200_screen_at_200_percent(qtbot, demo_window):  # noqa: F811
    """960×600: the descriptions were cut ("Dagelijkse …") beside roomy date and category
    columns, the totals wrapped "Gezamenlijk spreekuur" away from its hours, and the
    English entry row widened the window."""
    from PySide6.QtGui import QTextDocument

    from tests.ui.test_fit_and_access_keys import cut_off_texts

    demo_window.resize(960, 600)
    tab = demo_window.show_tab("hours")
    qtbot.waitUntil(lambda: bool(tab.totals.tables_html) and tab.model.rowCount() > 0)
    QApplication.processEvents()
    assert demo_window.width() == 960 and demo_window.minimumSizeHint().width() <= 960
    problems = cut_off_texts(demo_window, in_view=True)
    view = tab.view
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    room = view.viewport().width() - header.sectionViewportPosition(4)  # the stretching description
    for row in range(tab.proxy.rowCount()):
        text = tab.proxy.index(row, 4).data()
        if metrics.horizontalAdvance(text) + 6 > room:
            problems.append(f"description {text!r} is cut in {room}px")
        # Narrower still, a long one is shortened to "…": its tooltip has it whole.
        if text not in str(tab.proxy.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)):
            problems.append(f"description {text!r} is not in its tooltip")
    tables = QTextDocument()
    tables.setDefaultFont(tab.totals.font())
    tables.setDocumentMargin(tab.totals.document().documentMargin())
    tables.setHtml(tab.totals.tables_html)
    if tables.idealWidth() > tab.totals.viewport().width():
        problems.append(f"the totals wrap: {tables.idealWidth()} in {tab.totals.viewport().width()}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_a_message_goes_when_its_field_is_retyped(qtbot, demo_window):  # noqa: F811
    """ "Duur: Geen geldige duur" stayed beside a duration retyped as 1:00 until the next Enter."""
    tab = demo_window.show_tab("hours")
    QApplication.processEvents()
    fields = tab.entry_row.fields
    fields.duration.setText("abc")
    fields.day.setText("31-4-2026")
    tab.entry_row.save()
    height = tab.entry_row.height()
    message = fields.error_labels["minutes"]
    assert message.isVisible() and "Geen geldige duur" in fields.duration.accessibleDescription()
    fields.duration.selectAll()
    qtbot.keyClicks(fields.duration, "1:00")
    assert not message.isVisible() and not fields.duration.accessibleDescription()
    # The other field's message is still about what it holds.
    assert (
        fields.error_labels["day"].isVisible() and "Die dag bestaat niet" in fields.error_labels["day"].text()
    )
    assert tab.entry_row.height() == height


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_a_date_typed_on_arriving_at_the_hours_tab_replaces_today(qtbot, demo_window):  # noqa: F811
    """The date field had the focus but not its text selected: "1-12-2026" typed on arrival
    became "02-12-20261-12-2026" and was refused."""
    tab = demo_window.show_tab("hours")
    QApplication.processEvents()
    day = tab.entry_row.fields.day
    assert day.hasFocus()
    qtbot.keyClicks(day, "1-12-2026")
    assert day.text() == "1-12-2026"
