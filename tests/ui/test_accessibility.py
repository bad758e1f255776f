"""A screen reader can use the hours entry and the guided forms: every control has a name,
and Tab goes through the entry row in reading order."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from opleider_desk.domain.entities import Aios, HourEntry
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractButton)


def _heard(widget: QWidget, kind: QAccessible.Text = QAccessible.Text.Name) -> str:
    """What a screen reader reads of ``widget``. The interface is not kept: Qt deletes it
    with its widget, and a Python wrapper kept past that (a loop's variable) stayed in
    PySide's map of objects, so a new widget made at the same address came back as that
    stale QAccessibleWidget (``nextInFocusChain`` in the guided form, in a whole run)."""
    return QAccessible.queryAccessibleInterface(widget).text(kind)


def _planned_voortgangsgesprek(qtbot, window):
    """A voortgangsgesprek planned for a new aios, open on its guided form."""
    from datetime import datetime

    aios_id = window.context.service(AiosService).add(
        Aios(name="Sanne de Vries", start_date=date(2026, 1, 5))
    )
    meeting_id = window.context.service(MeetingService).plan(
        aios_id, "voortgangsgesprek", datetime(2026, 12, 14, 10, 0), 45
    )
    meeting = window.tab_widget("meetings").open_meeting(meeting_id)
    qtbot.waitExposed(meeting)
    meeting.tabs.setCurrentWidget(meeting.form)
    return meeting


def _nameless(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo or spin box: the box itself carries the name
        name = _heard(widget)
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_of_the_hours_entry_has_a_name_and_tab_follows_the_row(qtbot, window):
    window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    tab = window.show_tab("hours")
    row = tab.entry_row
    assert _nameless(row) == []
    fields = row.fields
    order = [fields.day, fields.aios, fields.category, fields.duration, fields.description, row.save_button]
    for before, after in pairwise(order):
        assert before.nextInFocusChain() is after or _next_focusable(before) is after, (before, after)


def _next_focusable(widget: QWidget) -> QWidget:
    from PySide6.QtCore import Qt

    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return candidate
        candidate = candidate.nextInFocusChain()
    return widget


def test_every_control_of_every_guided_form_step_has_a_name(qtbot, window):
    aios_id = window.context.service(AiosService).add(
        Aios(name="Sanne de Vries", start_date=date(2026, 1, 5))
    )
    service = window.context.service(MeetingService)
    tab = window.tab_widget("meetings")
    problems = []
    from datetime import datetime

    for kind in sorted(service.templates()):
        meeting_id = service.plan(aios_id, kind, datetime(2026, 12, 14, 10, 0), 45)
        meeting = tab.open_meeting(meeting_id)
        qtbot.waitExposed(meeting)
        meeting.tabs.setCurrentWidget(meeting.form)
        for step in range(len(meeting.form.steps)):
            meeting.form.go_to(step)
            problems += [f"{kind} step {step}: {p}" for p in _nameless(meeting.form.page_area.widget())]
        meeting.close()
    assert problems == [], "\n".join(problems)


def test_the_message_under_a_field_is_heard_on_the_field(qtbot, window):
    """A screen reader on the Duur field heard its placeholder, never the message under
    it: the message is the field's accessible description while it shows."""
    window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    row = window.show_tab("hours").entry_row
    duration = row.fields.duration
    duration.setText("abc")
    row.save_button.click()
    error = row.fields.error_labels["minutes"]
    qtbot.waitUntil(error.isVisible)
    assert error.text()
    assert duration.accessibleDescription() == error.text()
    assert _heard(duration, QAccessible.Text.Description) == error.text()
    duration.setText("1:30")
    row.save_button.click()
    qtbot.waitUntil(lambda: not error.isVisible())
    assert duration.accessibleDescription() == ""


def test_an_access_key_of_the_edit_hours_dialog_puts_the_cursor_in_its_field(qtbot, window):
    """Alt+U (Duur) went to the box around the field and its message: typing went nowhere,
    and a screen reader heard no label on the field."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hours import HoursService
    from opleider_desk.ui.hours.entry_dialog import EntryDialog

    context = window.context
    aios_id = context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    categories = context.service(CategoryService).list()
    hours = context.service(HoursService)
    category_id = categories[0].id
    assert category_id is not None
    hours.add(HourEntry(aios_id=aios_id, day=date(2026, 12, 1), category_id=category_id, minutes=60))
    entry = hours.entries(None)[0]
    dialog = EntryDialog(hours, entry, context.service(AiosService).list(), categories, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.fields.description.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields.description)
    qtbot.keyClick(dialog.fields.description, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields.duration)
    assert dialog.fields.duration.accessibleName() == "Duur"
    dialog.done(0)


@pytest.fixture
def screen_reader(qapp):
    """Qt's accessibility active, as while a screen reader listens, with the filter that
    ``create_application`` installs (the tests' application is pytest-qt's)."""
    from opleider_desk.ui.widgets.heard_focus import hear_focus_first

    was_active = QAccessible.isActive()
    QAccessible.setActive(True)
    focus_first = hear_focus_first(qapp)
    yield
    qapp.removeEventFilter(focus_first)
    QAccessible.setActive(was_active)


def test_tab_into_a_field_tells_a_screen_reader_of_the_focus_before_the_selection(
    qtbot, qapp, window, screen_reader
):
    """Orca said nothing on Tab into Duur or Omschrijving: the line edit selected its
    text, and Qt told of the selection before the focus, which Orca then passed over.
    The focus now comes first (QApplication.focusChanged goes just before Qt's accessible
    focus event), and Tab still selects what was typed, so typing replaces it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    fields = window.show_tab("hours").entry_row.fields
    qtbot.waitUntil(fields.duration.isVisible)
    window.activateWindow()
    fields.duration.setText("1:30")
    fields.category.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields.category)
    heard: list[tuple[str, QWidget]] = []
    qapp.focusChanged.connect(lambda _old, new: heard.append(("focus", new)))
    for field in (fields.duration, fields.description):
        field.selectionChanged.connect(lambda field=field: heard.append(("selection", field)))

    qtbot.keyClick(fields.category, Qt.Key.Key_Tab)
    qtbot.waitUntil(fields.duration.hasSelectedText)
    assert heard[0] == ("focus", fields.duration), heard
    assert fields.duration.selectedText() == "1:30"

    heard.clear()
    qtbot.keyClick(fields.duration, Qt.Key.Key_Tab)  # into the empty description
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields.description)
    about_it = [what for what, widget in heard if widget is fields.description]
    assert about_it[0] == "focus", heard


def test_a_screen_reader_hears_the_totals_and_where_they_stand_against_the_norm(qtbot, window):
    """Orca said "Totalen, label" on the totals and not one figure of them (a text browser's
    text is no name), and the norms' red, green and blue were never said at all."""
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hours import HoursService

    context = window.context
    aios_id = context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    category = context.service(CategoryService).list()[0]
    assert category.id is not None
    context.service(HoursService).add(
        HourEntry(aios_id=aios_id, day=date.today(), category_id=category.id, minutes=90)
    )
    totals = window.show_tab("hours").totals
    qtbot.waitUntil(lambda: "1:30" in totals.accessibleDescription())
    heard = _heard(totals, QAccessible.Text.Description)
    assert heard.startswith("Totaal: 1:30.")
    assert "Sanne de Vries 1:30" in heard
    assert "onder de norm" in heard or "volgens de norm" in heard or "boven de norm" in heard


def test_a_screen_reader_hears_the_words_above_a_steps_fields_and_which_fields_are_required(qtbot, window):
    """Tab went from the page to its fields, and the guidance and questions above them
    were never heard; a required field's "*" was read out and "required" never said."""

    from PySide6.QtWidgets import QFormLayout

    meeting = _planned_voortgangsgesprek(qtbot, window)
    form = meeting.form
    required_seen = 0
    for index, expanded in enumerate(form.steps):
        form.go_to(index)
        step = expanded.step
        heard = _heard(form.page_area, QAccessible.Text.Description)
        if step.guidance is not None:
            assert step.guidance.get("nl") in heard, index
        for question in step.questions:
            assert question.get("nl") in heard, index
        for field in step.fields:
            if not field.required:
                continue
            widget = form.field_widgets[expanded.answer_key(field.id)]
            assert _heard(widget) == field.label.get("nl")
            assert _heard(widget, QAccessible.Text.Description) == "Verplicht"
            label = form.page_area.widget().findChild(QFormLayout).labelForField(widget)
            assert label.accessibleName() == field.label.get("nl")
            required_seen += 1
    assert required_seen
    meeting.close()


def test_a_message_shown_as_a_button_is_pressed_is_heard_on_the_button(qtbot, window):
    """Toevoegen refused an agreement (a deadline that is no date) with a message under the
    row, and Orca, on the button, said nothing: the message is the button's description
    while it shows, and the button's own description comes back after."""

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from opleider_desk.ui.meetings.agreements import AgreementsEditor

    meeting = _planned_voortgangsgesprek(qtbot, window)
    form = meeting.form
    editor = None
    for index in range(len(form.steps)):
        form.go_to(index)
        if (editor := form.page_area.findChild(AgreementsEditor)) is not None:
            break
    assert editor is not None
    meeting.activateWindow()
    editor.text.setText("Twee slechtnieuwsgesprekken op video nabespreken")
    editor.due.setText("31-02")
    editor.add_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.add_button)
    own = editor.add_button.accessibleDescription()
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(editor.error.isVisible)
    heard = _heard(editor.add_button, QAccessible.Text.Description)
    assert heard == editor.error.text() != ""
    editor.due.setText("")
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not editor.error.isVisible())
    assert editor.add_button.accessibleDescription() == own
    meeting.close()
