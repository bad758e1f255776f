"""Every choice box and number box has a visible label; the filters' labels have access keys.

A combo box read by its value alone ("Deze week", "Alle aios") tells a new
user, and a screen reader going by what is on screen (packaging/atspi_walk.py),
nothing of what it chooses. Every visible QComboBox and spin box (a time, a
number of minutes) in every tab, dialog and meeting page has a shown QLabel
whose buddy it is. The filters above a list (hours, audit log) and the IOP's
fields have access keys too: Alt+key puts the cursor in the box.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLabel, QWidget

from tests.ui.test_fit_and_access_keys import (  # noqa: F401
    LANGUAGES,
    _controls,
    _mnemonic,
    demo_window,
    dialog_openers,
    each_dialog,
    each_page_and_step,
    each_tab,
)


def unlabelled(window: QWidget, where: str) -> list[str]:
    """The choice and number boxes shown in ``window`` that no shown label names."""
    QApplication.processEvents()
    controls = list(_controls(window))
    labelled = {
        id(label.buddy()): label.text()
        for label in controls
        if isinstance(label, QLabel) and label.buddy() is not None and label.text().strip()
    }
    found = []
    for widget in controls:
        if not isinstance(widget, QComboBox | QAbstractSpinBox):
            continue
        text = labelled.get(id(widget))
        current = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        name = f"{type(widget).__name__} {widget.objectName()!r} showing {current!r}"
        if text is None:
            found.append(f"{where}: {name} has no visible label")
    return found


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_choice_box_of_every_tab_has_a_visible_label(qtbot, demo_window):  # noqa: F811

    problems = []
    for key in each_tab(qtbot, demo_window):
        problems += unlabelled(demo_window, f"tab {key}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_choice_box_of_every_dialog_has_a_visible_label(qtbot, demo_window):  # noqa: F811
    problems = []
    for where, dialog in each_dialog(dialog_openers(demo_window)):
        qtbot.waitExposed(dialog)
        problems += unlabelled(dialog, where)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_choice_box_of_a_meeting_window_has_a_visible_label(qtbot, demo_window):  # noqa: F811
    from opleider_desk.storage.services.meetings import MeetingService

    tab = demo_window.show_tab("meetings")
    kinds_seen: set[str] = set()
    problems = []
    for meeting in demo_window.context.service(MeetingService).list():
        if meeting.kind in kinds_seen:
            continue
        kinds_seen.add(meeting.kind)
        window = tab.open_meeting(meeting.id)
        qtbot.waitExposed(window)
        for page, step in each_page_and_step(window):
            problems += unlabelled(window, f"{meeting.kind} page {window.tabs.tabText(page)} step {step}")
        window.close()
    assert not problems, "\n".join(sorted(set(problems)))


def _alt_keys_reach(qtbot, window: QWidget, fields: list[QWidget]) -> list[str]:
    """Press each field's label's Alt+key in ``window``: the cursor must land in that field."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    labels = {id(label.buddy()): label for label in window.findChildren(QLabel) if label.buddy() is not None}
    problems = []
    for field in fields:
        label = labels.get(id(field))
        key = _mnemonic(label.text()) if label is not None else None
        if label is None or key is None or not label.isVisible():
            problems.append(f"{field.accessibleName()!r}: no shown label with an access key")
            continue
        start = window.focusWidget() or window
        QTest.keyClick(start, Qt.Key(ord(key.upper())), Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        if focused is None or (focused is not field and not field.isAncestorOf(focused)):
            problems.append(f"Alt+{key.upper()} ({label.text()!r}) went to {focused!r}, not {field!r}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_hours_filters_are_labelled_and_reached_by_their_access_keys(qtbot, demo_window):  # noqa: F811
    tab = demo_window.show_tab("hours")
    QApplication.processEvents()
    problems = _alt_keys_reach(qtbot, demo_window, [tab.kind, tab.aios_filter])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_audit_log_filters_are_labelled_and_reached_by_their_access_keys(qtbot, demo_window):  # noqa: F811
    from opleider_desk.ui.safety.audit_log import AuditLogDialog

    dialog = AuditLogDialog(demo_window.context, demo_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = _alt_keys_reach(qtbot, dialog, [dialog.aios_filter, dialog.quarter_filter])
    dialog.done(0)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_field_of_the_iop_form_has_its_own_access_key(qtbot, demo_window):  # noqa: F811
    from opleider_desk.storage.services.meetings import MeetingService

    meeting = demo_window.context.service(MeetingService).list()[0]
    window = demo_window.show_tab("meetings").open_meeting(meeting.id)
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(window.tabs.count() - 2)  # the IOP page
    editor = window.goals_editor
    fields = [
        editor.area,
        editor.statement,
        editor.activities,
        editor.deadline,
        editor.status,
        editor.assessment,
    ]
    problems = _alt_keys_reach(qtbot, window, fields)
    window.close()
    assert not problems, "\n".join(problems)
