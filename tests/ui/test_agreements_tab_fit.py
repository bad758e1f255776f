"""A meeting's Agreements tab shows who and when whole after an agreement was added in the guided form."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.ui.meetings.agreements import AgreementsEditor

NEXT_MONDAY = date.today() + timedelta(days=7 - date.today().weekday() + 7)


@pytest.fixture
def aios_id(window) -> int:
    return window.context.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_an_agreement_added_in_the_guided_form_is_whole_on_the_agreements_tab(qtbot, window, aios_id):
    meeting_id = window.context.service(MeetingService).plan(
        aios_id, "voortgangsgesprek", datetime.combine(NEXT_MONDAY, datetime.min.time()).replace(hour=10), 60
    )
    opened = window.show_tab("meetings").open_meeting(meeting_id)
    qtbot.waitExposed(opened)
    form = opened.form
    opened.tabs.setCurrentWidget(form)
    # Step by step, as a trainer goes: each step's page is deleted when the next is shown.
    step = next(i for i, s in enumerate(form.steps) if s.id == "afspraken")
    for _ in range(step):
        qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
        qtbot.wait(1)  # each page is drawn before the next, as on screen
    [editor] = [w for w in form.field_widgets.values() if isinstance(w, AgreementsEditor)]
    qtbot.keyClicks(editor.text, "Two consultations on video")
    editor.owner.setCurrentIndex(editor.owner.findText("Trainee"))
    qtbot.keyClicks(editor.due, "2027-03-01")
    qtbot.keyClick(editor.due, Qt.Key.Key_Return)

    opened.tabs.setCurrentWidget(opened.agreements_page)
    table = opened.agreements_editor.view
    header = table.horizontalHeader()
    qtbot.wait(50)  # the fit comes on the next turn of the event loop
    for column in (1, 2, 3):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    opened.close_discarding()
