"""The audit log names every action in words, also the demo file's own filling-in."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from tests.ui.test_fit_and_access_keys import demo_window  # noqa: F401  (the fixture)


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_no_action_in_the_audit_log_is_shown_as_a_program_name(qtbot, demo_window):  # noqa: F811
    from opleider_desk.ui.safety.audit_log import AuditLogDialog

    dialog = AuditLogDialog(demo_window.context, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    view = dialog.findChild(QTableView)
    assert view is not None
    model = view.model()
    what = [str(model.index(row, 1).data()) for row in range(model.rowCount())]
    assert what
    raw = [w for w in what if re.fullmatch(r"[a-z]+(_[a-z]+)+", w)]
    assert not raw, raw
    dialog.close()


_RAW = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")  # meeting_id, set_in_meeting_id, evaluatiegesprek_docent
_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
WORDS = {
    "nl": {"competency": "Competentie: Samenwerking", "meeting": "Gesprek: ", "goal": "Leerdoel van "},
    "en": {"competency": "Competency: Collaboration", "meeting": "Meeting: ", "goal": "Learning goal of "},
}


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_fields_enum_values_and_row_ids_in_the_audit_log_are_words(qtbot, demo_window, language):  # noqa: F811
    """Issue 16: the log showed "meeting_id 18", "competency samenwerking", "status open"."""
    from sqlalchemy import select

    from opleider_desk.storage.models import AgreementRow, LearningGoalRow, MeetingRow
    from opleider_desk.ui.safety.audit_log import AuditLogDialog
    from opleider_desk.words.formatting import format_date
    from opleider_desk.words.statements import meeting_kind_name

    store = demo_window.context.store
    with store.read() as session:
        goal = session.scalars(
            select(LearningGoalRow).where(
                LearningGoalRow.competency == "samenwerking", LearningGoalRow.set_in_meeting_id.is_not(None)
            )
        ).first()
        agreement = session.scalars(select(AgreementRow).where(AgreementRow.meeting_id.is_not(None))).first()
        assert goal is not None and agreement is not None
        meeting = session.get(MeetingRow, agreement.meeting_id)
        assert meeting is not None
        meeting_words = (
            f"{meeting_kind_name(meeting.kind)} {format_date(meeting.held_on or meeting.planned_at.date())}"
        )

    dialog = AuditLogDialog(demo_window.context, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.proxy
    rows = [(str(model.index(r, 2).data()), str(model.index(r, 3).data())) for r in range(model.rowCount())]
    words = WORDS[language]
    goal_rows = [d for c, d in rows if c.startswith(words["goal"]) and words["competency"] in d]
    assert goal_rows, rows[:5]
    assert any(f"{words['meeting']}{meeting_words}" in d for _c, d in rows), meeting_words
    assert any(c == f"{words['meeting']}{meeting_words}" for c, _d in rows)
    for concerns, details in rows:
        assert not _RAW.search(concerns + " " + details), (concerns, details)
        assert "samenwerking" not in details  # the stored value; the label is capitalised
        if language == "nl":
            assert not _ISO_DAY.search(details), details
    dialog.close()


def test_the_chosen_entry_is_shown_whole_below_the_one_line_rows(qtbot, demo_window):  # noqa: F811
    from opleider_desk.ui.safety.audit_log import DETAILS_COLUMN, AuditLogDialog

    dialog = AuditLogDialog(demo_window.context, demo_window)
    dialog.show()
    QApplication.processEvents()
    assert not dialog.view.wordWrap()
    longest = max(
        range(dialog.proxy.rowCount()), key=lambda r: len(str(dialog.proxy.index(r, DETAILS_COLUMN).data()))
    )
    dialog.view.selectRow(longest)
    details = str(dialog.proxy.index(longest, DETAILS_COLUMN).data())
    assert dialog.detail.isVisible() and details in dialog.detail.text()
    assert dialog.detail.wordWrap()
    dialog.close()
