"""A screen reader can use the hours entry and the guided forms: every control has a name,
and Tab goes through the entry row in reading order."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractButton)


def _nameless(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo or spin box: the box itself carries the name
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name)
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
