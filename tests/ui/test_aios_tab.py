"""The aios overview driven as a trainer would: keyboard in the real dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox, QTableView

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.ui.aios.dialog import AiosDialog
from tests.ui.conftest import settled_overview
from tests.ui.test_fit_and_access_keys import demo_window  # noqa: F401 (a fixture)


def _aios_tab(window):
    return window.tab_widget("aios")


def _fill_dialog(qtbot, dialog: AiosDialog, *, name: str, start: str, end: str, part_time: str):
    qtbot.keyClicks(dialog.name, name)
    dialog.start_date.selectAll()
    qtbot.keyClicks(dialog.start_date, start)
    qtbot.keyClicks(dialog.end_date, end)
    dialog.part_time.selectAll()
    qtbot.keyClicks(dialog.part_time, part_time)


def _when_dialog_opens(qtbot, action):
    """Run ``action`` on the modal aios dialog as soon as it is shown."""
    done = []

    def poll():
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, AiosDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        action(dialog)
        done.append(dialog)

    QTimer.singleShot(0, poll)
    return done


def test_add_an_aios_by_keyboard_and_find_it_after_reopening(qtbot, window, db_path):
    tab = _aios_tab(window)

    def fill(dialog):
        _fill_dialog(qtbot, dialog, name="Sanne de Vries", start="2-3-2026", end="1-3-2029", part_time="80")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    done = _when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert done
    assert tab.model.rowCount() == 1
    assert tab.selected().name == "Sanne de Vries"
    view_text = [tab.proxy.index(0, c).data() for c in range(tab.proxy.columnCount())]
    assert view_text[:1] + view_text[3:4] + view_text[5:8] == [
        "Sanne de Vries",
        "Jaar 1",
        "02-03-2026",
        "01-03-2029",
        "80 %",
    ]
    # Added without placements, the whole training is one in this practice.
    assert view_text[4].startswith(("In de praktijk", "In the practice"))

    window.close_store()
    reopened = open_store(db_path)
    [aios] = reopened.service(AiosService).list()
    reopened.close()
    assert (aios.name, aios.start_date, aios.expected_end_date, aios.part_time_percent) == (
        "Sanne de Vries",
        date(2026, 3, 2),
        date(2029, 3, 1),
        80,
    )


def test_invalid_input_shows_messages_beside_the_fields_and_keeps_the_text(qtbot, window):
    service = window.context.service(AiosService)
    dialog = AiosDialog(service, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_dialog(qtbot, dialog, name="Daan Bakker", start="1-9-2026", end="31-13-2026", part_time="5")
    dialog.accept()
    assert dialog.isVisible()
    end_error = dialog.errors.fields["expected_end_date"][1]
    assert end_error.isVisible()
    assert "Geen geldige datum" in end_error.text()
    assert dialog.end_date.text() == "31-13-2026"
    assert "tussen 10 en 100" in dialog.errors.fields["part_time_percent"][1].text()
    dialog.end_date.setText("1-8-2026")
    dialog.accept()
    assert dialog.isVisible()
    assert "na de startdatum" in dialog.errors.fields["expected_end_date"][1].text()
    part_time_error = dialog.errors.fields["part_time_percent"][1]
    assert "tussen 10 en 100" in part_time_error.text()
    assert (dialog.name.text(), dialog.start_date.text()) == ("Daan Bakker", "01-09-2026")
    assert service.list() == []
    dialog.end_date.setText("1-9-2029")
    dialog.part_time.setValue(60)
    dialog.accept()
    assert not dialog.isVisible()
    assert [a.name for a in service.list()] == ["Daan Bakker"]


def test_search_and_the_inactive_filter(qtbot, window):
    service = window.context.service(AiosService)
    for name in ("Sanne de Vries", "Daan Bakker", "Fatima El Amrani"):
        service.add(Aios(name=name, start_date=date(2026, 1, 5)))
    tab = _aios_tab(window)
    tab.show_inactive.setChecked(False)
    assert tab.proxy.rowCount() == 3
    qtbot.keyClicks(tab.search, "bak")
    assert tab.proxy.rowCount() == 1
    tab.search.clear()
    tab.select(service.find_by_name("Daan Bakker").id)
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == 2
    tab.show_inactive.setChecked(True)
    assert tab.proxy.rowCount() == 3
    window.undo()
    assert service.find_by_name("Daan Bakker").status.value == "active"


def test_sorting_by_start_date(qtbot, window):
    service = window.context.service(AiosService)
    service.add(Aios(name="B", start_date=date(2025, 9, 1)))
    service.add(Aios(name="A", start_date=date(2026, 3, 1)))
    tab = _aios_tab(window)
    headers = [tab.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.proxy.columnCount())]
    tab.view.sortByColumn(headers.index("Start"), Qt.SortOrder.AscendingOrder)
    assert [tab.proxy.index(r, 0).data() for r in range(2)] == ["B", "A"]


def test_delete_asks_and_names_what_goes(qtbot, window, monkeypatch):
    service = window.context.service(AiosService)
    aios_id = service.add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    tab = _aios_tab(window)
    tab.select(aios_id)
    seen = {}

    def answer():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["text"] = box.text() + box.informativeText()
        delete = next(b for b in box.buttons() if b.text() == "Verwijderen")
        delete.click()

    QTimer.singleShot(50, answer)
    tab.delete_selected()
    assert "Sanne de Vries" in seen["text"] and "0 gesprekken" in seen["text"]
    assert service.list() == []
    window.undo()
    assert [a.name for a in service.list()] == ["Sanne de Vries"]


def test_double_click_opens_the_edit_dialog(qtbot, window):
    service = window.context.service(AiosService)
    aios_id = service.add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    tab = _aios_tab(window)
    tab.reload()

    def rename(dialog):
        assert dialog.windowTitle() == "Aios bewerken"
        dialog.name.setText("Sanne de Vries-Jansen")
        dialog.accept()

    done = _when_dialog_opens(qtbot, rename)
    qtbot.waitUntil(lambda: tab.view.visualRect(tab.proxy.index(0, 0)).isValid())
    rect = tab.view.visualRect(tab.proxy.index(0, 0))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert done
    assert service.get(aios_id).name == "Sanne de Vries-Jansen"


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("nl", ["&Bestand", "Be&werken", "Beel&d", "&Verklaringen", "&Help"]),
        ("en", ["&File", "&Edit", "&View", "&Statements", "&Help"]),
    ],
    indirect=["language"],
)
def test_menu_titles_are_translated(window, titles):
    assert [action.text() for action in window.menuBar().actions()] == titles


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_qt_standard_buttons_are_dutch(qtbot, window):
    dialog = AiosDialog(window.context.service(AiosService), parent=window)
    qtbot.addWidget(dialog)
    texts = {b.text().replace("&", "") for b in dialog.buttons.buttons()}
    assert texts == {"Opslaan", "Annuleren"}


def test_first_run_asks_for_the_profile(qtbot, ui_language, settings, tmp_path):
    from opleider_desk.ui.main_window import MainWindow
    from opleider_desk.ui.profile_dialog import ProfileDialog

    win = MainWindow(settings, ui_language)
    qtbot.addWidget(win)
    win.show()
    win.open_store(tmp_path / "new.sqlite")
    qtbot.waitUntil(
        lambda: any(isinstance(w, ProfileDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProfileDialog))
    dialog.accept()
    assert dialog.isVisible(), "an empty profile is refused"
    assert dialog.errors.fields["name"][1].text() == "Dit veld is verplicht."
    qtbot.keyClicks(dialog.name, "Marieke Jansen")
    qtbot.keyClicks(dialog.practice, "Huisartsenpraktijk De Linde")
    dialog.accept()
    assert not dialog.isVisible()
    win.close_store()


def test_a_new_empty_file_says_what_to_do_first(qtbot, window):
    from opleider_desk.domain.entities import Aios as _Aios
    from opleider_desk.storage.services.aios import AiosService as _AiosService

    tab = window.show_tab("aios")
    assert tab.first_steps.isVisible() and "Nieuwe aios" in tab.first_steps.text()
    window.context.service(_AiosService).add(_Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    qtbot.waitUntil(lambda: not tab.first_steps.isVisible())


OPEN_LIST_WIDTHS = {"1280x800 at 150 %": (853, 533), "1920x1200": (1920, 1200)}


@pytest.mark.parametrize("size", OPEN_LIST_WIDTHS)
@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_open_list_shares_its_width_between_the_details_and_the_rule(qtbot, demo_window, size):  # noqa: F811
    """A long agreement text never pushes the rule and its source away, nor a long source the
    details: at 853 px (a 1280 px laptop at 150 %) the rule's fixed 340 px left Details a word
    a line, the rule off to the right behind a sideways scroll."""
    from opleider_desk.ui.aios.open_items import DETAILS_COLUMN, DETAILS_SHARE, RULE_COLUMN
    from tests.ui.test_narrow_windows import columns_not_whole

    demo_window.resize(*OPEN_LIST_WIDTHS[size])
    view = demo_window.findChild(QTableView, "openItems")
    settled_overview(demo_window)
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    qtbot.wait(20)  # the columns are fitted one event after the rows arrive
    assert columns_not_whole(view) == []
    header = view.horizontalHeader()
    assert header.sectionSize(DETAILS_COLUMN) >= int(view.viewport().width() * DETAILS_SHARE) - 1
    assert header.sectionResizeMode(RULE_COLUMN) == QHeaderView.ResizeMode.Interactive  # the user's to drag
    assert view.model().headerData(RULE_COLUMN, Qt.Orientation.Horizontal) in ("Regel", "Rule")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("nl", "Kwaliteitsplan huisartsopleiders Leiden, Criterium 1"),
        ("en", "Quality plan GP trainers, Leiden, Criterion 1"),
    ],
    indirect=["language"],
)
def test_the_open_list_names_the_rules_document_as_the_norms_dialog_does(qtbot, demo_window, title):  # noqa: F811
    """It said "004_… Criterium 1: …" (a file name's first digits) where the norms dialog
    says "Kwaliteitsplan huisartsopleiders Leiden, Criterium 1: …"; and the row showed only
    the lines of it that fit."""
    from opleider_desk.ui.aios.open_items import RULE_COLUMN

    view = demo_window.findChild(QTableView, "openItems")
    settled_overview(demo_window)
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    QApplication.processEvents()
    rules = [view.model().index(row, RULE_COLUMN).data() for row in range(view.model().rowCount())]
    assert not [r for r in rules if "_…" in r], rules
    assert any(r.startswith(title) for r in rules), rules
    width = view.horizontalHeader().sectionSize(RULE_COLUMN) - 6
    metrics = view.fontMetrics()
    for row, text in enumerate(rules):
        shown = metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text)
        assert view.rowHeight(row) >= shown.height(), (
            f"{text!r} is cut: {view.rowHeight(row)} < {shown.height()}"
        )


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_overview_fits_a_narrow_screen_and_the_header_menu_brings_back_what_it_leaves_out(
    qtbot,
    demo_window,  # noqa: F811
):
    """At 853 px (a 1280 px laptop at 150 %) the Dutch columns need 894 px even with their text
    wrapped: the table scrolled sideways, "Praktijkbegeleider" half out of view. The start
    date gives way there (the expected end stays); the header's menu brings it back."""
    from opleider_desk.ui.aios.model import START_COLUMN
    from tests.ui.test_narrow_windows import columns_not_whole

    tab = settled_overview(demo_window)
    view, header = tab.view, tab.view.horizontalHeader()
    demo_window.resize(853, 533)
    qtbot.wait(20)  # the columns are fitted one event after the resize
    assert columns_not_whole(view) == []
    hidden = header.isSectionHidden(START_COLUMN)
    dutch = view.model().headerData(header.count() - 1, Qt.Orientation.Horizontal) == "Praktijkbegeleider"
    assert hidden == dutch  # English fits whole
    demo_window.resize(1920, 1200)
    qtbot.wait(20)
    assert not header.isSectionHidden(START_COLUMN), "back once there is room"
    assert columns_not_whole(view) == []
    demo_window.resize(853, 533)
    qtbot.wait(20)
    menu = tab.column_menu()
    titles = [a.text().replace("&", "") for a in menu.actions()]
    assert titles == [
        str(view.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())
    ]
    start = menu.actions()[START_COLUMN]
    assert start.isChecked() == (not hidden)
    start.trigger()  # the trainer's choice, kept: no longer fitted away
    assert header.isSectionHidden(START_COLUMN) == (not hidden)
    demo_window.resize(1000, 600)
    qtbot.wait(20)
    assert header.isSectionHidden(START_COLUMN) == (not hidden)


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_on_a_narrow_screen_the_training_goes_under_the_form_with_its_tables_whole(qtbot, demo_window):  # noqa: F811
    """The offscreen screen is 800 px wide, narrower still than 853 (150 % on a 1280 px
    laptop): beside the form the placements and interruptions scrolled sideways (366 px of
    the 390 they need). Under it they have the dialog's width; the two scroll together.
    test_scaling opens it on the 853 and 960 px screens themselves."""
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.test_narrow_windows import columns_not_whole

    service = demo_window.context.service(AiosService)
    aios = next(a for a in service.list() if len(service.placements([a.id])[a.id]) > 1)
    dialog = AiosDialog(service, aios, parent=demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the columns are fitted one event after the rows arrive
    assert dialog.stacked
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    scroll = dialog.findChild(QScrollArea, "aiosScroll")
    assert scroll is not None
    page = scroll.widget()
    assert page is not None and page.width() <= scroll.viewport().width()
    for view in (dialog.training.placements.view, dialog.training.interruptions.view):
        assert view.model().rowCount() or view is dialog.training.interruptions.view
        assert columns_not_whole(view) == [], view.objectName()
    dialog.done(0)


def test_the_rows_menu_holds_the_column_menu_for_the_keyboard(qtbot, demo_window):  # noqa: F811
    """The header takes no focus: the menu key on a row reaches the columns too."""
    from opleider_desk.ui.aios.model import START_COLUMN

    tab = settled_overview(demo_window)
    tab.view.selectRow(0)
    menu = tab.context_menu(tab.selected())
    columns = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == "Kolommen")
    header = tab.view.horizontalHeader()
    shown = not header.isSectionHidden(START_COLUMN)
    columns.actions()[START_COLUMN].trigger()
    assert header.isSectionHidden(START_COLUMN) == shown
