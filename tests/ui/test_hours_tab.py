"""The hours tab driven as a trainer would: typing entries, reading totals, importing files."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from opleider_desk.domain.entities import Aios, HourEntry, RecurringHours
from opleider_desk.domain.enums import CategoryKey, StatementStatus
from opleider_desk.domain.norms import NormStatus
from opleider_desk.domain.quarters import Period
from opleider_desk.storage.models import StatementRow
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.categories import CategoryService
from opleider_desk.storage.services.hour_import import HourImportService
from opleider_desk.storage.services.hour_routines import HourRoutineService
from opleider_desk.storage.services.hours import HoursService
from opleider_desk.ui.hours.entry_dialog import EntryDialog
from opleider_desk.ui.hours.import_dialog import ImportDialog
from opleider_desk.ui.hours.periods import PeriodKind
from opleider_desk.words.formatting import format_date
from tests.table_areas import setup_op

MONDAY = date(2026, 3, 9)


@pytest.fixture
def setup(window):
    """The hours tab with two aios; returns (tab, hours service, aios ids, category ids)."""
    aios = window.context.service(AiosService)
    sanne = aios.add(Aios(name="Sanne de Vries", start_date=date(2025, 9, 1)))
    daan = aios.add(Aios(name="Daan Bakker", start_date=date(2025, 9, 1), part_time_percent=80))
    tab = window.show_tab("hours")
    categories = {c.key: c.id for c in window.context.service(CategoryService).list()}
    return tab, window.context.service(HoursService), {"sanne": sanne, "daan": daan}, categories


@pytest.fixture(autouse=True)
def quick_combo_search(qapp):
    """Typing in a combo box searches the items; a pause starts a new search."""
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(30)
    yield
    QApplication.setKeyboardInputInterval(interval)


def _type_entry(qtbot, tab, day: str, aios: str, category: str, duration: str, text: str = "") -> None:
    fields = tab.entry_row.fields
    qtbot.wait(40)
    fields.day.selectAll()
    qtbot.keyClicks(fields.day, day)
    qtbot.keyClick(fields.day, Qt.Key.Key_Tab)
    if aios:
        qtbot.keyClicks(fields.aios, aios)
        qtbot.wait(40)
    else:  # the trainer's own time is the last choice
        qtbot.keyClick(fields.aios, Qt.Key.Key_End)
    qtbot.wait(40)
    qtbot.keyClicks(fields.category, category)
    qtbot.keyClicks(fields.duration, duration)
    qtbot.keyClicks(fields.description, text)
    qtbot.keyClick(fields.description if text else fields.duration, Qt.Key.Key_Return)


def _when_shown(cls, action):
    """Run ``action`` on the first visible top-level ``cls`` as soon as it appears."""
    done = []

    def poll():
        widget = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None
        )
        if widget is None:
            QTimer.singleShot(20, poll)
            return
        done.append(action(widget))

    QTimer.singleShot(0, poll)
    return done


def test_a_week_logged_by_keyboard_enter_saves_and_returns_to_the_date(qtbot, window, setup):
    tab, hours, ids, cat = setup
    window.activateWindow()
    qtbot.waitUntil(tab.entry_row.fields.day.hasFocus)
    tab.set_period(PeriodKind.WEEK, MONDAY)
    fields = tab.entry_row.fields
    order = [fields.day]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == list(fields.widgets)
    _type_entry(qtbot, tab, "9-3-2026", "Sanne", "Gezamenlijk", "2", "Gezamenlijk spreekuur")
    assert tab.entry_row.fields.day.selectedText() == "09-03-2026"
    assert QApplication.focusWidget() is tab.entry_row.fields.day
    assert tab.entry_row.fields.duration.text() == ""
    _type_entry(qtbot, tab, "10-3", "Daan", "Pati", "0:45")
    _type_entry(qtbot, tab, "12-3-2026", "Sanne", "Leer", "1,5", "Verwijsbeleid")
    _type_entry(qtbot, tab, "12-3-2026", "", "Eigen", "90m", "Nascholing")
    entries = hours.entries(None)
    assert [(e.day, e.aios_id, e.category_id, e.minutes) for e in entries] == [
        (date(2026, 3, 9), ids["sanne"], cat["gezamenlijk_spreekuur"], 120),
        (date(2026, 3, 10), ids["daan"], cat["patientbespreking"], 45),
        (date(2026, 3, 12), ids["sanne"], cat["leergesprek"], 90),
        (date(2026, 3, 12), None, cat["eigen_scholing"], 90),
    ]
    assert tab.model.rowCount() == 4
    assert [tab.proxy.index(3, c).data() for c in range(5)] == [
        "12-03-2026",
        "— uzelf, geen aios —",
        "Eigen scholing (opleidersdagen)",
        "1:30",
        "Nascholing",
    ]
    assert tab.footer.text() == "4 registraties · 5:45"
    # Ctrl+Z right after Enter takes back the save, not the date field's text.
    qtbot.keyClick(tab.entry_row.fields.day, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(hours.entries(None)) == 3 and tab.model.rowCount() == 3


def test_a_bad_duration_is_explained_beside_the_field_and_nothing_typed_is_lost(qtbot, window, setup):
    tab, hours, _ids, _cat = setup
    _type_entry(qtbot, tab, "9-3-2026", "Sanne", "Leer", "90", "Astma")
    fields = tab.entry_row.fields
    error = fields.error_labels["minutes"]
    assert error.isVisible() and "90 uur is meer dan een dag" in error.text() and "90m" in error.text()
    assert (fields.duration.text(), fields.description.text()) == ("90", "Astma")
    assert hours.entries(None) == []
    fields.day.setText("31-4")
    tab.entry_row.save()
    assert "Die dag bestaat niet: maand 4 van 2026 heeft 30 dagen" in fields.error_labels["day"].text()
    assert fields.day.text() == "31-4"
    fields.day.setText("9-3-2026")
    fields.duration.setText("90m")
    assert tab.entry_row.save() is not None
    assert not error.isVisible()


def test_period_totals_and_norms_beside_the_list(qtbot, window, setup):
    tab, hours, ids, cat = setup
    week = [
        (MONDAY, ids["sanne"], "gezamenlijk_spreekuur", 120),
        (MONDAY + timedelta(days=3), ids["sanne"], "leergesprek", 60),
        (MONDAY + timedelta(days=1), ids["daan"], "patientbespreking", 30),
        (MONDAY + timedelta(days=2), None, "eigen_scholing", 480),
    ]
    for day, aios_id, key, minutes in week:
        hours.add(HourEntry(day=day, minutes=minutes, aios_id=aios_id, category_id=cat[key]))
    tab.set_period(PeriodKind.WEEK, MONDAY)
    text = tab.totals.text()
    assert "Totaal: 11:30" in text and "Per categorie" in text and "Gezamenlijk spreekuur" in text
    lines = {(line.who, line.what): line for line in tab.totals.lines}
    sanne = lines[("Sanne de Vries", "Begeleiding")]
    assert (sanne.check.actual_minutes, sanne.check.expected_minutes, sanne.status) == (
        180,
        120,
        NormStatus.OVER,
    )
    daan = lines[("Daan Bakker", "Begeleiding")]
    assert (daan.check.actual_minutes, daan.check.expected_minutes, daan.status) == (30, 96, NormStatus.UNDER)
    assert lines[("Daan Bakker", "Gezamenlijk spreekuur")].status is NormStatus.UNDER
    assert lines[("— uzelf, geen aios —", "Eigen scholing")].status is NormStatus.OK
    from opleider_desk.ui.widgets.tones import Tone, tone_css

    assert tone_css(Tone.BAD) in text  # under the norm in red (from the palette)
    tab.set_period(PeriodKind.QUARTER, MONDAY)
    assert tab.period_label.text() == "K1 2026 (01-01-2026 – 31-03-2026)"
    quarter = {(line.who, line.what): line for line in tab.totals.lines}
    assert quarter[("Sanne de Vries", "Begeleiding")].check.expected_minutes == round(120 * 90 / 7)
    tab.aios_filter.setCurrentIndex(tab.aios_filter.findData(ids["daan"]))
    assert tab.model.rowCount() == 1
    assert tab.entry_row.fields.aios.currentText() == "Daan Bakker"
    assert {line.who for line in tab.totals.lines} == {"Daan Bakker"}


def test_search_and_previous_next_period(qtbot, window, setup):
    tab, hours, ids, cat = setup
    for offset, text in ((0, "Astma"), (1, "Verwijsbeleid"), (7, "Astma bij kinderen")):
        hours.add(
            HourEntry(
                day=MONDAY + timedelta(days=offset),
                minutes=60,
                aios_id=ids["sanne"],
                category_id=cat["leergesprek"],
                description=text,
            )
        )
    tab.set_period(PeriodKind.MONTH, MONDAY)
    assert tab.period_label.text() == "maart 2026"
    qtbot.keyClicks(tab.search, "astm")
    assert tab.model.rowCount() == 2
    qtbot.keyClicks(tab.search, "a kind")
    assert tab.model.rowCount() == 1
    assert tab.footer.text() == "1 van 3 registraties · 1:00"
    tab.search.clear()
    tab.kind.setCurrentIndex(tab.kind.findData(PeriodKind.WEEK))
    assert tab.model.rowCount() == 2
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert [e.description for e in tab.model.visible_entries()] == ["Astma bij kinderen"]
    tab.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(tab.previous_button, Qt.MouseButton.LeftButton)
    assert [e.description for e in tab.model.visible_entries()] == ["Verwijsbeleid", "Astma"]


def test_edit_in_the_dialog_delete_with_the_del_key_and_undo(qtbot, window, setup):
    tab, hours, ids, cat = setup
    entry_id = hours.add(
        HourEntry(day=MONDAY, minutes=60, aios_id=ids["sanne"], category_id=cat["leergesprek"])
    )
    tab.set_period(PeriodKind.WEEK, MONDAY)
    tab.select(entry_id)

    def edit(dialog: EntryDialog):
        dialog.fields.duration.setText("1:15")
        dialog.fields.description.setText("Leergesprek over astma")
        dialog.accept()

    done = _when_shown(EntryDialog, edit)
    tab.edit_selected()
    assert done
    assert (hours.get(entry_id).minutes, hours.get(entry_id).description) == (75, "Leergesprek over astma")
    assert tab.proxy.index(0, 3).data() == "1:15"

    tab.select(entry_id)
    window.activateWindow()
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert hours.entries(None) == [] and tab.model.rowCount() == 0
    assert window.undo_action.text() == "&Ongedaan maken: uren verwijderen"
    window.undo_action.trigger()
    assert tab.model.rowCount() == 1
    window.undo()
    assert hours.get(entry_id).minutes == 60


def _confirm_copy(*, accept: bool) -> list:
    """Answer the "copy last week" preview once it shows; returns the dialogs seen."""
    from opleider_desk.ui.hours.copy_week_dialog import CopyWeekDialog

    seen: list = []

    def answer():
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, CopyWeekDialog) and w.isVisible()),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog)
        if accept:
            dialog.copy_button.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def test_copy_last_week_previews_asks_and_leaves_out_days_to_come(qtbot, window, setup, monkeypatch):
    import opleider_desk.ui.hours.tab as hours_tab

    class Wednesday(date):  # "today" is Wednesday 11 March: Thursday and Friday are still to come
        @classmethod
        def today(cls):
            return date(2026, 3, 11)

    monkeypatch.setattr(hours_tab, "date", Wednesday)
    tab, hours, ids, cat = setup
    for offset in range(5):  # Monday to Friday of the week before
        hours.add(
            HourEntry(
                day=MONDAY - timedelta(days=7 - offset),
                minutes=60,
                aios_id=ids["sanne"],
                category_id=cat["leergesprek"],
            )
        )
    tab.set_period(PeriodKind.WEEK, MONDAY)

    seen = _confirm_copy(accept=False)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].model.rowCount() == 3
    assert "2 registraties op dagen die nog niet geweest zijn" in seen[0].summary.text()
    assert hours.entries(Period.week_of(MONDAY)) == []  # cancelled: nothing written

    seen = _confirm_copy(accept=True)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert [e.day.day for e in hours.entries(Period.week_of(MONDAY))] == [9, 10, 11]
    assert "3 registraties gekopieerd" in window.statusBar().currentMessage()


def test_copy_last_week_with_only_days_to_come_says_so_and_offers_just_close(
    qtbot, window, setup, monkeypatch
):
    """Everything of the week before fell on days still to come: the preview showed an empty
    list, "0 registraties kopiëren" (disabled) and Annuleren, a step that seemed to fail."""
    from PySide6.QtWidgets import QDialogButtonBox

    import opleider_desk.ui.hours.tab as hours_tab
    from tests.ui.test_fit_and_access_keys import cut_off_texts

    class Monday(date):
        @classmethod
        def today(cls):
            return MONDAY

    monkeypatch.setattr(hours_tab, "date", Monday)
    tab, hours, ids, cat = setup
    for offset in (2, 3):  # Wednesday and Thursday of the week before: this week's still to come
        hours.add(
            HourEntry(
                day=MONDAY - timedelta(days=7 - offset),
                minutes=60,
                aios_id=ids["sanne"],
                category_id=cat["leergesprek"],
            )
        )
    tab.set_period(PeriodKind.WEEK, MONDAY)
    shown: list = []

    def look():
        from opleider_desk.ui.hours.copy_week_dialog import CopyWeekDialog

        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, CopyWeekDialog) and w.isVisible()),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        shown.append(
            (
                dialog.view.isVisible(),
                dialog.copy_button.isVisible(),
                [b.text() for b in dialog.buttons.buttons() if b.isVisible()],
                QDialogButtonBox.StandardButton.Close in dialog.buttons.standardButtons(),
                dialog.summary.text(),
                cut_off_texts(dialog),
            )
        )
        if QDialogButtonBox.StandardButton.Close in dialog.buttons.standardButtons():
            dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
        else:
            dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    table, copy, buttons, close, summary, cut = shown[0]
    assert not table and not copy and close and len(buttons) == 1
    # It was sized before it had a layout: a box of a few words a line, the rest cut off.
    assert not cut, cut
    assert "Niets te kopiëren" in summary and "2 registraties op dagen die nog niet geweest zijn" in summary
    assert hours.entries(Period.week_of(MONDAY)) == []


def test_copy_last_week_and_the_routine_are_one_action_each(qtbot, window, setup):
    tab, hours, ids, cat = setup
    hours.add(
        HourEntry(
            day=MONDAY - timedelta(days=7),
            minutes=120,
            aios_id=ids["sanne"],
            category_id=cat["gezamenlijk_spreekuur"],
        )
    )
    hours.add(
        HourEntry(
            day=MONDAY - timedelta(days=4), minutes=60, aios_id=ids["daan"], category_id=cat["leergesprek"]
        )
    )
    tab.set_period(PeriodKind.WEEK, MONDAY)
    seen = _confirm_copy(accept=True)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert seen[0].model.rowCount() == 2
    assert tab.model.rowCount() == 2
    assert "2 registraties gekopieerd" in window.statusBar().currentMessage()
    window.undo()
    assert tab.model.rowCount() == 0

    window.context.service(HourRoutineService).add_routine(
        RecurringHours(
            weekday=1,
            minutes=120,
            aios_id=ids["daan"],
            category_id=cat["gezamenlijk_spreekuur"],
            description="Gezamenlijk spreekuur",
        )
    )
    window.context.service(HourRoutineService).add_routine(
        RecurringHours(weekday=3, minutes=60, aios_id=ids["sanne"], category_id=cat["leergesprek"])
    )
    qtbot.mouseClick(tab.routine_button, Qt.MouseButton.LeftButton)
    assert [(e.day, e.minutes) for e in tab.model.visible_entries()] == [
        (MONDAY + timedelta(days=1), 120),
        (MONDAY + timedelta(days=3), 60),
    ]
    qtbot.mouseClick(tab.routine_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2
    assert "al vastgelegd" in window.statusBar().currentMessage()


def _sign(window, aios_id, year=2026, quarter=1) -> None:
    with window.context.store.write(setup_op("test_sign"), undoable=False) as session:
        session.add(
            StatementRow(
                aios_id=aios_id,
                year=year,
                quarter=quarter,
                status=StatementStatus.SIGNED.value,
                signed_on=date(2026, 4, 2),
                created_at=datetime(2026, 4, 2),
            )
        )


def test_a_signed_quarter_shows_a_lock_and_refuses_changes(qtbot, window, setup):
    tab, hours, ids, cat = setup
    entry_id = hours.add(
        HourEntry(day=MONDAY, minutes=60, aios_id=ids["sanne"], category_id=cat["leergesprek"])
    )
    _sign(window, ids["sanne"])
    tab.set_period(PeriodKind.WEEK, MONDAY)
    index = tab.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "vergrendeld" in index.data(Qt.ItemDataRole.ToolTipRole)
    tab.select(entry_id)

    def try_edit(dialog: EntryDialog):
        shown = dialog.fields.error_labels["day"].text()
        typed = dialog.fields.duration.text()
        dialog.fields.duration.setText("2:00")
        dialog.accept()
        still_open = dialog.isVisible()
        dialog.fields.duration.setText(typed)  # nothing changed: closing does not ask
        dialog.reject()
        return shown, still_open

    done = _when_shown(EntryDialog, try_edit)
    tab.edit_selected()
    shown, still_open = done[0]
    assert "K1 2026" in shown and "02-04-2026" in shown and "ondertekend" in shown
    assert still_open

    def read_and_close(box: QMessageBox):
        text = box.text()
        box.accept()
        return text

    tab.select(entry_id)
    done = _when_shown(QMessageBox, read_and_close)
    tab.delete_selected()
    assert "liggen vast" in done[0]
    assert hours.get(entry_id).minutes == 60
    _type_entry(qtbot, tab, "10-3-2026", "Sanne", "Leer", "1")
    assert "K1 2026" in tab.entry_row.fields.error_labels["day"].text()
    assert len(hours.entries(None)) == 1


NASTY = (
    "\ufeffsep=;\r\n"
    "Datum;Naam aios;Categorie;Uren;Omschrijving\r\n"
    "09-03-2026;Sanne de Vries;Leergesprek;1,5;Astma\r\n"
    "31-02-2026;Sanne de Vries;Leergesprek;1;Geen dag\r\n"
    "10-03-2026;Sanne de Vries;Leergesprek;-1;Negatief\r\n"
    "11-03-2026;Sanne de Vries;Leergesprek;300;Absurd\r\n"
    "12-03-2026;Piet Puk;Leergesprek;1;Onbekend\r\n"
    "13-03-2026;;Eigen scholing / terugkomdag;13;Lange dag\r\n"
    "13-03-2026;;Intervisie;12;Nog langer\r\n"
).encode("utf-8")


def _import(tab, tmp_path, name: str, data: bytes, action):
    """Import through the tab; the file is read, checked and imported on worker threads."""
    import time

    from opleider_desk.ui.widgets.background import busy

    path = tmp_path / name
    path.write_bytes(data)
    done = _when_shown(ImportDialog, action)
    tab.import_csv(str(path))
    deadline = time.monotonic() + 10
    while not (done and not busy(tab.window())) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    return done[0]


def test_a_nasty_file_lists_every_error_by_line_and_imports_nothing(qtbot, window, setup, tmp_path):
    tab, hours, _ids, _cat = setup

    def inspect(dialog: ImportDialog):
        errors = [
            (dialog.errors_model.index(r, 0).data(), dialog.errors_model.index(r, 1).data())
            for r in range(dialog.errors_model.rowCount())
        ]
        seen = (errors, dialog.import_button.isEnabled(), dialog.summary.text(), dialog.errors_title.text())
        dialog.accept()  # refused: the button is disabled
        visible = dialog.isVisible()
        dialog.reject()
        return seen, visible

    (errors, enabled, summary, title), visible = _import(tab, tmp_path, "uren.csv", NASTY, inspect)
    lines = [int(line) for line, _text in errors]
    assert lines == [4, 5, 6, 7, 8, 9]
    texts = dict(errors)
    assert "Die dag bestaat niet: maand 2 van 2026 heeft 28 dagen" in texts["4"]
    assert "negatief" in texts["5"]
    assert "24" in texts["6"]
    assert "Piet Puk" in texts["7"]
    assert "25:00" in texts["8"] and "13-03-2026" in texts["8"]
    assert "UTF-8 (BOM)" in summary and "puntkomma" in summary and "„Naam aios” → aios" in summary
    assert "6 regels kunnen niet worden ingelezen" in title
    assert not enabled and visible
    assert hours.entries(None) == []


def test_import_flags_duplicates_and_the_export_reads_back_the_same(
    qtbot, window, setup, tmp_path, monkeypatch
):
    tab, hours, ids, cat = setup
    hours.add(HourEntry(day=MONDAY, minutes=90, aios_id=ids["sanne"], category_id=cat["leergesprek"]))
    good = (
        "Datum,Aios,Categorie,Duur,Omschrijving\n"
        '09-03-2026,Sanne de Vries,Leergesprek,"1,5",Astma\n'
        "10-03-2026,Daan Bakker,Gezamenlijk spreekuur,2:00,=SOM(A1)\n"
        "11-03-2026,,intervisie,150m,Intervisie\n"
    ).encode("cp1252")

    def take(dialog: ImportDialog):
        notes = [dialog.rows_model.index(r, 6).data() for r in range(dialog.rows_model.rowCount())]
        label = dialog.import_button.text()
        dialog.import_button.click()
        return notes, label

    notes, label = _import(tab, tmp_path, "goed.csv", good, take)
    assert notes == ["al geregistreerd", "", ""]
    assert label == "2 registraties inlezen"
    assert len(hours.entries(None)) == 3
    assert window.undo_action.text() == "&Ongedaan maken: uren inlezen"

    tab.set_period(PeriodKind.MONTH, MONDAY)
    exported = tmp_path / "export.csv"
    monkeypatch.setattr(
        "opleider_desk.ui.safety.file_dialogs.save_file_name", lambda *a, **k: (str(exported), "")
    )
    tab.export_csv()
    assert exported.read_bytes().startswith(b"\xef\xbb\xbfDatum;Aios;Categorie;Uren;Minuten;Omschrijving\r\n")
    other = open_store(tmp_path / "other.sqlite")
    try:
        for name in ("Sanne de Vries", "Daan Bakker"):
            other.service(AiosService).add(Aios(name=name, start_date=date(2025, 9, 1)))
        from opleider_desk.words.categories import category_names

        service = other.service(HoursService)
        check = other.service(HourImportService).check_import(
            exported.read_bytes(),
            today=date(2026, 4, 1),
            category_names=category_names(other.service(CategoryService).list()),
        )
        assert check.can_import
        other.service(HourImportService).import_rows(check.preview.rows)
        names = {a.id: a.name for a in other.service(AiosService).list()}
        copied = [(e.day, names.get(e.aios_id), e.minutes, e.description) for e in service.entries(None)]
    finally:
        other.close()
    original = [
        (
            e.day,
            {ids["sanne"]: "Sanne de Vries", ids["daan"]: "Daan Bakker"}.get(e.aios_id),
            e.minutes,
            e.description,
        )
        for e in hours.entries(None)
    ]
    assert copied == original
    assert "=SOM(A1)" in [c[3] for c in copied]


def test_categories_added_renamed_and_taken_out_of_use(qtbot, window, setup):
    from opleider_desk.ui.hours.categories_dialog import CategoriesDialog

    tab, hours, ids, cat = setup
    entry_id = hours.add(HourEntry(day=MONDAY, minutes=30, aios_id=ids["sanne"], category_id=cat["overig"]))
    tab.set_period(PeriodKind.WEEK, MONDAY)

    def manage(dialog: CategoriesDialog):
        dialog.name.setText("Video-analyse")
        dialog.supervision.setChecked(True)
        dialog.add_button.click()
        dialog.name.setText("video-analyse")
        dialog.add_button.click()
        taken = dialog.name_error.text()
        names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
        row = names.index("Overig")
        dialog.view.selectRow(row)
        dialog.name.setText("Diversen")
        dialog.rename_button.click()
        dialog.view.selectRow(row)
        dialog.active_button.click()
        dialog.reject()
        return taken

    done = _when_shown(CategoriesDialog, manage)
    tab.edit_categories()
    assert "Er is al een categorie" in done[0]
    combo = tab.entry_row.fields.category
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "Video-analyse" in offered and "Diversen" not in offered and "Overig" not in offered
    assert tab.proxy.index(0, 2).data() == "Diversen"
    assert hours.get(entry_id).category_id == cat["overig"]


def test_norms_count_only_the_part_of_the_period_that_has_passed(qapp):
    from opleider_desk.domain.entities import HourCategory
    from opleider_desk.domain.norms import Norms
    from opleider_desk.domain.quarters import Period
    from opleider_desk.storage.services.hours import ALL, HourTotals
    from opleider_desk.ui.hours.totals import norm_lines

    aios = [Aios(id=1, name="Sanne de Vries", start_date=date(2025, 9, 1))]
    categories = [HourCategory(id=1, key=CategoryKey.LEERGESPREK.value, counts_as_supervision=True)]
    week = Period.week_of(MONDAY)
    totals = HourTotals({(1, 1): 60})
    wednesday = norm_lines(week, totals, aios, categories, Norms(), ALL, MONDAY + timedelta(days=2))
    assert wednesday[0].check.expected_minutes == round(120 * 3 / 7)
    assert norm_lines(week, totals, aios, categories, Norms(), ALL, MONDAY - timedelta(days=1)) == []


def test_changes_made_elsewhere_show_when_the_tab_is_shown_again(qtbot, window, setup):
    tab, hours, ids, cat = setup
    tab.set_period(PeriodKind.WEEK, MONDAY)
    window.show_tab("aios")
    hours.add(HourEntry(day=MONDAY, minutes=60, aios_id=ids["sanne"], category_id=cat["leergesprek"]))
    assert tab.model.rowCount() == 0  # not reloaded while hidden
    window.show_tab("hours")
    assert tab.model.rowCount() == 1


def test_each_aios_is_measured_by_their_own_regulation_beside_the_list(qtbot, window, setup):
    import dataclasses

    from opleider_desk.storage.services.norms import NormService

    tab, _hours, ids, _cat = setup
    aios = window.context.service(AiosService)
    # Daan follows the M&G programme: no joint surgery norm; the trainer's GP supervision
    # of 3 hours a week is theirs, not Daan's.
    aios.update(dataclasses.replace(aios.get(ids["daan"]), regulation="maatschappij_en_gezondheid"))
    window.context.service(NormService).set_overrides({"supervision_minutes_per_week": 180})
    tab.set_period(PeriodKind.WEEK, MONDAY)
    lines = {(line.who, line.what): line for line in tab.totals.lines}
    assert lines[("Sanne de Vries", "Begeleiding")].check.expected_minutes == 180
    assert lines[("Daan Bakker", "Begeleiding")].check.expected_minutes == 96
    assert ("Sanne de Vries", "Gezamenlijk spreekuur") in lines
    assert ("Daan Bakker", "Gezamenlijk spreekuur") not in lines


def test_every_entry_shows_its_first_rows_at_once_and_the_rest_from_a_worker(
    qtbot, window, setup, monkeypatch
):
    from opleider_desk.ui.hours import tab as tab_module
    from opleider_desk.ui.widgets.background import busy

    tab, hours, ids, cat = setup
    for weeks in range(6):
        hours.add(
            HourEntry(
                day=MONDAY - timedelta(weeks=52 * weeks),
                minutes=60,
                aios_id=ids["sanne"],
                category_id=cat["leergesprek"],
                description=f"Jaar {weeks}",
            )
        )
    monkeypatch.setattr(tab_module, "_LOAD_AT_ONCE", 3)  # six entries count as a large period
    monkeypatch.setattr(tab_module, "_FIRST_ROWS", 2)
    tab.kind.setCurrentIndex(tab.kind.findData(PeriodKind.ALL))
    assert tab.model.rowCount() == 2  # the oldest two, before the worker is done
    qtbot.waitUntil(lambda: not busy(window))
    assert tab.model.rowCount() == 6
    assert "6 registraties" in tab.footer.text() and "6:00" in tab.footer.text()
    assert tab.period.start == MONDAY - timedelta(weeks=52 * 5)
    tab.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert [tab.model.entry(r).description for r in range(6)] == [f"Jaar {n}" for n in range(5, -1, -1)]


def test_the_preview_shows_how_each_category_was_understood(qtbot, window, setup, tmp_path):
    # Issue 14: "Voortgangsgesprek" was read as the built-in category without saying so,
    # and an unknown category left the user guessing which names there are.
    tab, hours, _ids, _cat = setup
    sheet = (
        b"Datum;Aios;Categorie;Minuten\r\n"
        b"09-03-2026;Sanne de Vries;Voortgangsgesprek;60\r\n"
        b"10-03-2026;Sanne de Vries;voortgangsgesprek;30\r\n"
        b"11-03-2026;Sanne de Vries;Leergesprek;30\r\n"
        b"12-03-2026;Sanne de Vries;Koffie;30\r\n"
    )

    def inspect(dialog: ImportDialog):
        seen = (
            dialog.categories.text(),
            dialog.categories.isVisible(),
            [dialog.errors_model.index(r, 1).data() for r in range(dialog.errors_model.rowCount())],
        )
        dialog.reject()
        return seen

    understood, visible, errors = _import(tab, tmp_path, "uren.csv", sheet, inspect)
    assert visible
    assert "„Voortgangsgesprek” → Voortgangs-/beoordelingsgesprek" in understood
    assert "„Leergesprek” → Leergesprek" in understood
    assert understood.count("Voortgangs-/beoordelingsgesprek") == 1  # one spelling, listed once
    assert len(errors) == 1 and "Koffie" in errors[0]
    assert "De categorieën zijn:" in errors[0]
    for known in ("Leergesprek", "Voortgangs-/beoordelingsgesprek", "Intervisie"):
        assert known in errors[0]
    assert hours.entries(None) == []


def _big_sheet(lines: int) -> bytes:
    rows = "".join(
        f"{(date(2026, 1, 5) + timedelta(days=n // 4)).strftime('%d-%m-%Y')};Sanne de Vries;Leergesprek;30;"
        f"regel {n}\r\n"
        for n in range(lines)
    )
    return ("Datum;Aios;Categorie;Minuten;Omschrijving\r\n" + rows).encode()


def test_a_big_import_shows_its_progress_and_the_first_lines(qtbot, window, setup, tmp_path, monkeypatch):
    from opleider_desk.storage.services import hour_import
    from opleider_desk.ui.widgets import background

    tab, hours, _ids, _cat = setup
    monkeypatch.setattr(hour_import, "PREVIEW_LINES", 50)
    steps: list[tuple[int, int]] = []
    step = background.Progress.step

    def noted(self, done: int, total: int = 0) -> None:
        steps.append((done, total))
        step(self, done, total)

    monkeypatch.setattr(background.Progress, "step", noted)
    data = _big_sheet(4_000)

    def take(dialog: ImportDialog):
        seen = (dialog.rows_model.rowCount(), dialog.shown_note.text(), dialog.import_button.text())
        read = list(steps)
        steps.clear()
        dialog.import_button.click()
        return seen, read

    (rows, note, label), read = _import(tab, tmp_path, "groot.csv", data, take)
    assert rows == 50
    assert "De eerste 50 van 4000 regels" in note
    assert label == "4000 registraties inlezen"
    # Reading and checking, then writing: each reported bytes of the file as it went.
    for reported in (read, steps):
        assert len(reported) >= 3
        assert reported[-1] == (len(data), len(data))
        assert reported[0][0] < len(data)
    assert len(hours.entries(None)) == 4_000


def test_a_bad_last_line_of_a_big_sheet_blocks_the_whole_import(qtbot, window, setup, tmp_path):
    """All or nothing: 3,000 good lines and one impossible date at the very end."""
    tab, hours, _ids, _cat = setup
    data = _big_sheet(3_000) + b"31-02-2026;Sanne de Vries;Leergesprek;30;kapot\r\n"

    def inspect(dialog: ImportDialog):
        seen = (
            [dialog.errors_model.index(r, 0).data() for r in range(dialog.errors_model.rowCount())],
            dialog.import_button.isEnabled(),
        )
        dialog.accept()  # refused: the button is disabled
        dialog.reject()
        return seen

    errors, enabled = _import(tab, tmp_path, "groot.csv", data, inspect)
    assert errors == ["3002"]  # the header is line 1
    assert not enabled
    assert hours.entries(None) == []


def _long_lines_sheet() -> bytes:
    """300 lines whose descriptions wrap onto several lines in the import preview."""
    filler = "besproken: astma, COPD en diabetes; afspraken vastgelegd. " * 4
    rows = "".join(
        f"{(date(2026, 1, 5) + timedelta(days=n // 4)).strftime('%d-%m-%Y')};Sanne de Vries;"
        f'Leergesprek;30;"{n}: {filler}"\r\n'
        for n in range(300)
    )
    return ("Datum;Aios;Categorie;Minuten;Omschrijving\r\n" + rows).encode()


def test_the_import_preview_is_measured_without_calls_into_python(qtbot, window, setup, tmp_path):
    """Each line's height follows its wrapped description, and Qt measures every line
    again whenever the dialog's layout changes (the progress shown, a message): with the
    cells in a Python model that was some 70,000 calls as it opened, and 11,000 at each
    change, each waiting for the interpreter while the import's worker held it."""
    import sys

    tab, _hours, _ids, _cat = setup
    data = _long_lines_sheet()

    from collections import Counter
    from pathlib import Path

    import opleider_desk.ui.hours.import_dialog as dialog_module

    # The preview's own code and the widgets it is made of; in a whole run a timer of an
    # earlier test's window (a due list reloading) also fired now and was counted.
    counted = (
        str(Path(dialog_module.__file__).parent),
        str(Path(dialog_module.__file__).parent.parent / "widgets"),
    )
    where: Counter[str] = Counter()

    def relayout(dialog: ImportDialog):
        calls = [0]

        def count(frame, event, _arg):
            if event == "call" and frame.f_code.co_filename.startswith(counted):
                calls[0] += 1
                where[f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"] += 1

        QApplication.processEvents()
        sys.setprofile(count)
        try:
            for text in ("Een melding die de indeling verandert", ""):
                dialog.general.show_message(text)
                dialog.resize(dialog.width() + 40, dialog.height())
                QApplication.processEvents()
        finally:
            sys.setprofile(None)
        shown = dialog.rows_model.rowCount()
        dialog.reject()
        return calls[0], shown

    calls, shown = _import(tab, tmp_path, "lang.csv", data, relayout)
    assert shown == 50
    assert calls < 300, (
        f"{calls} calls into Python while the preview was laid out again: {where.most_common(8)}"
    )


def test_the_import_preview_measures_its_lines_when_their_width_changes_only(qtbot, window, setup, tmp_path):
    """Sized to contents by the header, every line of the preview was measured again at
    each change of the dialog's layout: 80-120 ms of the window as a preview of 50 long
    lines first showed. Each line is still as high as its wrapped description."""
    from PySide6.QtWidgets import QStyledItemDelegate

    tab, _hours, _ids, _cat = setup
    data = _long_lines_sheet()
    measured = [0]

    class Counting(QStyledItemDelegate):
        def sizeHint(self, option, index):
            measured[0] += 1
            return super().sizeHint(option, index)

    def relayout(dialog: ImportDialog):
        delegate = Counting(dialog.rows_view)
        dialog.rows_view.setItemDelegate(delegate)
        qtbot.waitUntil(lambda: dialog.isVisible())
        QApplication.processEvents()
        view = dialog.rows_view
        metrics = view.fontMetrics()
        column = 5  # the description
        width = view.horizontalHeader().sectionSize(column) - 6

        def fits() -> bool:
            return all(
                view.rowHeight(row)
                >= metrics.boundingRect(
                    0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, view.model().index(row, column).data()
                ).height()
                for row in range(view.model().rowCount())
            )

        dialog.resize(dialog.width() - 60, dialog.height())  # narrower: the lines wrap more
        QApplication.processEvents()
        width = view.horizontalHeader().sectionSize(column) - 6
        fitted = fits()
        measured[0] = 0
        for text in ("Een melding die de indeling verandert", ""):
            dialog.general.show_message(text)
            QApplication.processEvents()
        again = measured[0]
        dialog.reject()
        return fitted, again

    fitted, again = _import(tab, tmp_path, "lang.csv", data, relayout)
    assert fitted
    assert again == 0, f"{again} cells measured again when only a message came and went"


def test_undoing_an_import_in_the_window_takes_every_imported_line_back(qtbot, window, setup, tmp_path):
    from opleider_desk.ui.widgets.background import busy

    tab, hours, ids, cat = setup
    kept = hours.add(HourEntry(day=MONDAY, minutes=45, aios_id=ids["daan"], category_id=cat["leergesprek"]))
    tab.kind.setCurrentIndex(tab.kind.findData(PeriodKind.ALL))

    def take(dialog: ImportDialog):
        dialog.import_button.click()
        return True

    assert _import(tab, tmp_path, "groot.csv", _big_sheet(3_000), take)
    qtbot.waitUntil(lambda: tab.model.total_count() == 3_001, timeout=10_000)
    assert window.undo_action.text() == "&Ongedaan maken: uren inlezen"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not busy(window) and tab.model.total_count() == 1, timeout=20_000)
    assert [e.id for e in hours.entries(None)] == [kept]
    assert tab.model.entry(0).id == kept


def test_cancelling_the_import_in_the_dialog_imports_nothing(qtbot, window, setup, tmp_path, monkeypatch):
    from opleider_desk.ui.widgets import background

    tab, hours, _ids, _cat = setup
    step = background.Progress.step

    def cancel_half_way(self, done: int, total: int = 0) -> None:
        if total and done > total // 2 and self._task.label.startswith("4000"):
            self._cancel.set()  # as the progress dialog's Cancel button does
        step(self, done, total)

    def take(dialog: ImportDialog):
        monkeypatch.setattr(background.Progress, "step", cancel_half_way)
        dialog.import_button.click()
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
        seen = dialog.isVisible(), dialog.import_button.isEnabled(), dialog.general.text()
        dialog.reject()
        return seen

    visible, enabled, message = _import(tab, tmp_path, "groot.csv", _big_sheet(4_000), take)
    assert visible and enabled
    assert "niets ingelezen" in message
    assert hours.entries(None) == []
    assert window.undo_action.text() != "&Ongedaan maken: uren inlezen"


def test_undoing_an_import_runs_on_a_worker_and_takes_every_line_back(qtbot, window, setup, monkeypatch):
    """An import of 200,000 lines took seconds to take back, the window frozen meanwhile."""
    import threading

    from opleider_desk.domain.csv_hours import ImportRow
    from opleider_desk.storage.store import Store
    from opleider_desk.ui.widgets.background import busy

    _tab, hours, aios, categories = setup
    category = categories[CategoryKey.LEERGESPREK]
    rows = [
        ImportRow(
            line_no=n + 2,
            day=MONDAY + timedelta(days=n),
            aios_id=aios["sanne"],
            category_id=category,
            aios_name="Sanne de Vries",
            category_name="leergesprek",
            minutes=30,
            description=f"Regel {n}",
        )
        for n in range(5)
    ]
    assert window.context.service(HourImportService).import_rows(rows) == 5
    replayed_on: list[str] = []
    original = Store._replay

    def recorded(self, *args, **kwargs):
        replayed_on.append(threading.current_thread().name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_replay", recorded)
    window.undo_action.trigger()
    assert not window.undo_action.isEnabled()  # one replay at a time
    qtbot.waitUntil(lambda: not busy(window), timeout=10_000)
    assert replayed_on and threading.main_thread().name not in replayed_on
    assert hours.entries(Period(MONDAY, MONDAY + timedelta(days=10))) == []
    assert "Ongedaan gemaakt" in window.statusBar().currentMessage()
    assert window.redo_action.isEnabled()


def test_the_totals_follow_a_save_and_are_not_laid_out_again_when_unchanged(
    qtbot, window, setup, monkeypatch
):
    """The totals are a text view laid out once per change: a word-wrapped rich-text label laid
    its whole table out again for every size the layout asked (with 40 aios 100–260 ms after
    every save); a reload that changes no total sets nothing."""
    from PySide6.QtWidgets import QLabel, QTextBrowser

    tab, hours, ids, cat = setup
    tab.set_period(PeriodKind.WEEK, MONDAY)
    assert not tab.totals.findChildren(QLabel)  # it scrolls its own document
    hours.add(HourEntry(day=MONDAY, minutes=60, aios_id=ids["sanne"], category_id=cat["leergesprek"]))
    qtbot.waitUntil(lambda: "Totaal: 1:00" in tab.totals.text())
    set_texts: list[str] = []

    def set_html(html: str) -> None:
        set_texts.append(html)
        QTextBrowser.setHtml(tab.totals, html)

    monkeypatch.setattr(tab.totals, "setHtml", set_html)
    tab.reload(changed=True)
    assert set_texts == []
    hours.add(HourEntry(day=MONDAY, minutes=30, aios_id=ids["daan"], category_id=cat["leergesprek"]))
    qtbot.waitUntil(lambda: "Totaal: 1:30" in tab.totals.text())
    assert len(set_texts) == 1
    assert "Totaal: 1:30" in tab.totals.toPlainText()


def test_one_refresh_of_the_totals_lays_them_out_once(qtbot, window, setup, monkeypatch):
    """The panel laid its tables out twice a refresh: once to show them and once more, in a
    document of its own, to measure how wide they are. Counted here: every document laid
    out, and every change of the panel's width (which lays its document out again)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QResizeEvent, QTextDocument
    from PySide6.QtWidgets import QTextBrowser

    tab, hours, ids, cat = setup
    tab.set_period(PeriodKind.WEEK, MONDAY)
    hours.add(HourEntry(day=MONDAY, minutes=60, aios_id=ids["sanne"], category_id=cat["leergesprek"]))
    qtbot.waitUntil(lambda: "Totaal: 1:00" in tab.totals.text())
    qtbot.wait(20)  # a measuring left for the next event has run
    layouts: list[str] = []
    panel = tab.totals

    def set_html(html: str) -> None:
        layouts.append("panel")
        QTextBrowser.setHtml(panel, html)

    original = QTextDocument.setHtml

    def document_html(self: QTextDocument, html: str) -> None:
        layouts.append("another document")
        original(self, html)

    class Widths(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QResizeEvent) and event.oldSize().width() != event.size().width():
                layouts.append("new width")
            return False

    widths = Widths(panel)
    panel.viewport().installEventFilter(widths)
    monkeypatch.setattr(panel, "setHtml", set_html)
    monkeypatch.setattr(QTextDocument, "setHtml", document_html)
    hours.add(HourEntry(day=MONDAY, minutes=30, aios_id=ids["daan"], category_id=cat["leergesprek"]))
    qtbot.waitUntil(lambda: "Totaal: 1:30" in panel.text())
    qtbot.wait(50)
    assert layouts == ["panel"]
    # And it is still as wide as its tables: "Leergesprek" beside its hours, on one line.
    tables = QTextDocument()
    tables.setDefaultFont(panel.font())
    tables.setDocumentMargin(panel.document().documentMargin())
    original(tables, panel.tables_html)
    assert tables.idealWidth() <= panel.viewport().width()


def test_a_day_still_to_come_is_asked_before_it_is_logged(qtbot, window, setup):
    """10-12-2026 typed for 02-12-2026 was logged without a word, and counted toward the
    norm before it happened: the row asks, and its default (Enter, Cancel) logs nothing and
    keeps what was typed."""
    tab, _hours, _ids, _cat = setup
    fields = tab.entry_row.fields
    coming = date.today() + timedelta(days=8)
    fields.day.set_date(coming)
    fields.duration.setText("1:30")
    fields.description.setText("Supervisie")
    before = tab.service.count(None)
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    _when_shown(QMessageBox, cancel)
    assert tab.entry_row.save() is None
    assert asked and format_date(coming) in asked[0] and "1:30" in asked[0]
    assert tab.service.count(None) == before
    assert (fields.duration.text(), fields.description.text()) == ("1:30", "Supervisie")

    _when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert tab.entry_row.save() is not None
    assert tab.service.count(None) == before + 1
    # A day gone by or today is logged without a question, as before.
    fields.day.set_date(date.today())
    fields.duration.setText("0:30")
    assert tab.entry_row.save() is not None
