"""Planning on a taken slot warns, Esc asks before dropping typing, meeting windows obey the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from opleider_desk.domain.entities import Aios, HourEntry
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.categories import CategoryService
from opleider_desk.storage.services.hours import HoursService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.ui.hours.entry_dialog import EntryDialog
from opleider_desk.ui.meetings.agreements import AgreementsEditor
from opleider_desk.ui.meetings.plan_dialog import PlanMeetingDialog
from opleider_desk.ui.meetings.window import MeetingWindow

NEXT_MONDAY = date.today() + timedelta(days=7 - date.today().weekday() + 7)


@pytest.fixture
def aios_id(window) -> int:
    return window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))


def _answer_box(button: QMessageBox.StandardButton, seen: list[str], *, tries: int | None = None) -> None:
    """Answer the next message box with ``button``, noting its text (give up after ``tries``)."""

    def press(left: int | None = tries):
        box = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None
        )
        if box is None:
            if left is None or left > 0:
                QTimer.singleShot(20, lambda: press(None if left is None else left - 1))
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


def _esc_asks_then_discards(qtbot, dialog, widget, asked: str) -> None:
    """Esc asks (its question naming ``asked``); Cancel keeps the dialog and what was typed,
    Discard closes it."""
    typed = widget.text()
    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert seen and asked in seen[0]
    assert dialog.isVisible() and widget.text() == typed
    _answer_box(QMessageBox.StandardButton.Discard, seen)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _plan_dialog(window) -> PlanMeetingDialog:
    dialog = window.tab_widget("meetings").plan_meeting()
    assert dialog is not None
    return dialog


def test_the_plan_dialog_proposes_a_free_slot_and_warns_about_a_taken_one(qtbot, window, aios_id):
    service = window.context.service(MeetingService)
    window.show_tab("meetings")
    taken = datetime.combine(date.today() + timedelta(days=7), datetime.min.time()).replace(
        hour=13, minute=30
    )
    while taken.weekday() >= 5:
        taken += timedelta(days=1)
    service.plan(aios_id, "coachingsgesprek", taken, 60)

    dialog = _plan_dialog(window)
    proposed = dialog._when()
    assert proposed is not None and proposed != taken and not dialog.clashing()
    assert not dialog.clash.isVisible()

    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, taken.strftime("%d-%m-%Y"))
    dialog.time.setTime(QTime(14, 0))  # half an hour into the coaching talk
    assert dialog.clash.isVisible() and "Coachingsgesprek" in dialog.clash.text()
    assert "Sanne de Vries" in dialog.clash.text()

    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.No, seen)
    dialog.accept()
    assert "Toch op dit tijdstip plannen?" in seen[0]
    assert dialog.isVisible() and len(service.list(aios_id)) == 1

    _answer_box(QMessageBox.StandardButton.Yes, seen)
    dialog.accept()
    assert not dialog.isVisible() and len(service.list(aios_id)) == 2


def test_esc_in_the_plan_dialog_asks_before_dropping_what_was_typed(qtbot, window, aios_id):
    window.show_tab("meetings")
    dialog = _plan_dialog(window)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.location, "Spreekkamer 2")
    assert dialog.location.text() == "Spreekkamer 2"
    _esc_asks_then_discards(qtbot, dialog, dialog.location, "gesprek dat u aan het plannen was")


def test_esc_in_an_untouched_plan_dialog_closes_without_asking(qtbot, window, aios_id):
    window.show_tab("meetings")
    dialog = _plan_dialog(window)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.location, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_in_edit_hours_asks_before_dropping_the_change(qtbot, window, aios_id):
    hours = window.context.service(HoursService)
    category = window.context.service(CategoryService).list()[0]
    entry_id = hours.add(
        HourEntry(day=date(2026, 3, 9), minutes=60, aios_id=aios_id, category_id=category.id)
    )
    entry = hours.get(entry_id)
    dialog = EntryDialog(hours, entry, window.context.service(AiosService).list(), [category], parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fields.duration.selectAll()
    qtbot.keyClicks(dialog.fields.duration, "1:45")
    assert dialog.fields.duration.text() == "1:45"
    _esc_asks_then_discards(qtbot, dialog, dialog.fields.duration, "wijzigingen")
    assert hours.get(entry_id).minutes == 60


def _meeting_windows() -> list[MeetingWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingWindow) and w.isVisible()]


def test_a_newly_planned_meeting_opens_and_esc_or_ctrl_w_close_it(qtbot, window, aios_id):
    window.show_tab("meetings")
    dialog = _plan_dialog(window)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(_meeting_windows()))
    [opened] = _meeting_windows()
    assert opened.meeting_id == dialog.saved_id
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.keyClick(opened.tabs, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _meeting_windows())

    tab = window.tab_widget("meetings")
    opened = tab.open_meeting(dialog.saved_id)
    qtbot.waitExposed(opened)
    qtbot.keyClick(opened.tabs, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not _meeting_windows())


def test_enter_on_a_meeting_row_opens_it(qtbot, window, aios_id):
    service = window.context.service(MeetingService)
    meeting_id = service.plan(
        aios_id, "coachingsgesprek", datetime.combine(NEXT_MONDAY, datetime.min.time()), 45
    )
    tab = window.show_tab("meetings")
    tab.select(meeting_id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_meeting_windows()))
    assert _meeting_windows()[0].meeting_id == meeting_id
    _meeting_windows()[0].close()


def _planned_meeting(window, aios_id, kind: str = "voortgangsgesprek") -> MeetingWindow:
    meeting_id = window.context.service(MeetingService).plan(
        aios_id, kind, datetime.combine(NEXT_MONDAY, datetime.min.time()).replace(hour=10), 60
    )
    return window.show_tab("meetings").open_meeting(meeting_id)


@pytest.mark.parametrize("where", ["agreement", "goal", "agenda point"])
def test_esc_on_a_meeting_window_asks_before_dropping_a_row_typed_but_not_added(
    qtbot, window, aios_id, where
):
    opened = _planned_meeting(window, aios_id)
    qtbot.waitExposed(opened)
    field: QWidget
    typed: Callable[[], str]
    if where == "agreement":
        opened.tabs.setCurrentWidget(opened.agreements_page)
        field = opened.agreements_editor.text
        qtbot.keyClicks(field, "Casus meenemen naar de terugkomdag")
        typed = field.text
    elif where == "goal":
        opened.tabs.setCurrentIndex(3)
        field = opened.goals_editor.statement
        qtbot.keyClicks(field, "Binnen drie maanden zelfstandig een slechtnieuwsgesprek voeren")
        typed = field.toPlainText
    else:
        opened.tabs.setCurrentWidget(opened.agenda_page)
        field = opened.agenda_page.new_point
        qtbot.keyClicks(field, "Vakantieplanning")
        typed = field.text
    before = typed()
    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Cancel, seen)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert seen and "Nog niet toegevoegd" in seen[0], seen
    assert opened.isVisible() and typed() == before

    _answer_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(opened.tabs, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 2 and opened.isVisible()

    _answer_box(QMessageBox.StandardButton.Discard, seen)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _meeting_windows())


def test_closing_the_file_names_a_row_typed_in_an_open_meeting(qtbot, window, aios_id):
    from opleider_desk.ui.main_window import MainWindow

    opened = _planned_meeting(window, aios_id)
    opened.tabs.setCurrentWidget(opened.agreements_page)
    qtbot.keyClicks(opened.agreements_editor.text, "Casus meenemen naar de terugkomdag")
    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Cancel, seen)
    assert MainWindow.confirm_discard_unsaved(window) is False
    assert "afspraak" in seen[0] and "Voortgangsgesprek — Sanne de Vries" in seen[0]
    # Once the trainer chose to close the file, the meeting window does not ask again.
    window.tab_widget("meetings").flush()
    qtbot.waitUntil(lambda: not _meeting_windows())


def test_a_row_typed_in_a_guided_step_survives_going_to_another_step_and_holding(qtbot, window, aios_id):
    opened = _planned_meeting(window, aios_id)
    form = opened.form
    opened.tabs.setCurrentWidget(form)
    step = next(i for i, s in enumerate(form.steps) if s.id == "afspraken")
    form.go_to(step)
    [editor] = [w for w in form.field_widgets.values() if isinstance(w, AgreementsEditor)]
    qtbot.keyClicks(editor.text, "Twee consulten op video opnemen")
    editor.due.setFocus()
    qtbot.keyClicks(editor.due, "01-03-2027")

    qtbot.mouseClick(form.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    [editor] = [w for w in form.field_widgets.values() if isinstance(w, AgreementsEditor)]
    assert (editor.text.text(), editor.due.text()) == ("Twee consulten op video opnemen", "01-03-2027")

    # Held rebuilds every page; the row typed comes along.
    opened.hold(date.today(), 60, log_hours=False)
    form = opened.form
    assert form.current == step
    [editor] = [w for w in form.field_widgets.values() if isinstance(w, AgreementsEditor)]
    assert editor.text.text() == "Twee consulten op video opnemen"
    opened.close_discarding()


def test_deleting_a_meeting_asks_once_even_with_a_row_typed_in_its_window(qtbot, window, aios_id):
    opened = _planned_meeting(window, aios_id)
    opened.tabs.setCurrentWidget(opened.agreements_page)
    qtbot.keyClicks(opened.agreements_editor.text, "Casus meenemen naar de terugkomdag")
    tab = window.tab_widget("meetings")
    tab.select(opened.meeting_id)
    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Yes, seen)  # "Delete the … with everything typed in it?"
    # A second question would block; it is answered (and counted) rather than hang the test.
    QTimer.singleShot(50, lambda: _answer_box(QMessageBox.StandardButton.Discard, seen, tries=50))
    tab.delete_selected()
    qtbot.waitUntil(lambda: not _meeting_windows())
    assert len(seen) == 1 and window.context.service(MeetingService).list(aios_id) == []


def _routine_dialog(window):
    from opleider_desk.storage.services.hour_routines import HourRoutineService
    from opleider_desk.ui.hours.routine_dialog import RoutineDialog

    context = window.context
    return RoutineDialog(
        context.service(HourRoutineService),
        context.service(AiosService).list(),
        context.service(CategoryService).list(),
        parent=window,
    )


def test_esc_in_the_routine_dialog_asks_before_dropping_a_routine_not_yet_added(qtbot, window, aios_id):
    dialog = _routine_dialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.duration, "1:00")
    qtbot.keyClicks(dialog.description, "Huisbezoeken")
    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)
    assert "vaste" in seen[0]
    assert dialog.isVisible() and dialog.description.text() == "Huisbezoeken"

    # Once added, closing drops nothing: no question.
    dialog.add_button.click()
    assert dialog.model.rowCount() == 1
    qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(seen) == 1


def test_esc_in_an_untouched_routine_dialog_closes_without_asking(qtbot, window, aios_id):
    dialog = _routine_dialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_in_the_categories_dialog_asks_before_dropping_a_typed_name(qtbot, window):
    from opleider_desk.ui.hours.categories_dialog import CategoriesDialog

    dialog = CategoriesDialog(window.context.service(CategoryService), parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Huisbezoek")
    assert dialog.name.text() == "Huisbezoek"
    _esc_asks_then_discards(qtbot, dialog, dialog.name, "categorie")


def _opened(window, action) -> QDialog:
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    action.trigger()
    QApplication.processEvents()
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
    )


@pytest.mark.parametrize(
    ("action", "field", "asked"),
    [
        ("profile_action", "practice", "profiel"),
        ("settings_action", "backup_folder", "instellingen"),
        ("norms_action", None, "normen"),
    ],
)
def test_esc_in_the_file_menus_forms_asks_before_dropping_a_change(qtbot, window, action, field, asked):
    """Profile, settings and norms dropped a change on Esc or Cancel without a word, where
    "Edit hours" and "New trainee" ask."""
    from PySide6.QtWidgets import QSpinBox

    dialog = _opened(window, getattr(window, action))
    qtbot.waitExposed(dialog)
    if field is None:
        widget = dialog.findChildren(QSpinBox)[0]
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Up)
    else:
        widget = getattr(dialog, field)
        widget.setFocus()
        qtbot.keyClicks(widget, " Oost")
    _esc_asks_then_discards(qtbot, dialog, widget, asked)


@pytest.mark.parametrize("action", ["profile_action", "settings_action", "norms_action"])
def test_esc_in_an_untouched_file_menu_form_closes_without_asking(qtbot, window, action):
    dialog = _opened(window, getattr(window, action))
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
