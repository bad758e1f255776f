"""The agenda PDF is called what it is, whose and which day, as its file name is.

It was titled with the kind of meeting alone ("Voortgangsgesprek"): in a PDF
viewer's title bar, a mail attachment's preview or a printed pile, one aios's
agenda looked like any other's. Read back with pypdf from the file the meeting
window writes.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService

DAY = date(2026, 7, 6)
EXPECTED = {  # the agenda's title, the report's title, the agenda's file
    "nl": (
        "Agenda voortgangsgesprek — Sanne de Vries — 06-07-2026",
        "Voortgangsgesprek — Sanne de Vries — 06-07-2026",
        "Agenda voortgangsgesprek Sanne de Vries 2026-07-06.pdf",
    ),
    "en": (
        "Agenda progress meeting — Sanne de Vries — 2026-07-06",
        "Progress meeting — Sanne de Vries — 2026-07-06",
        "Agenda progress meeting Sanne de Vries 2026-07-06.pdf",
    ),
}


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_agenda_pdf_is_titled_with_the_aios_and_the_day(qtbot, ui_language, window, tmp_path):
    aios_id = window.context.service(AiosService).add(
        Aios(name="Sanne de Vries", start_date=date(2026, 1, 5))
    )
    meeting_id = window.context.service(MeetingService).plan(
        aios_id, "voortgangsgesprek", datetime.combine(DAY, datetime.min.time()).replace(hour=13), 45
    )
    meeting = window.tab_widget("meetings").open_meeting(meeting_id)
    qtbot.waitExposed(meeting)
    agenda_title, report_title, file_name = EXPECTED[ui_language]
    meeting.write_agenda(tmp_path / "agenda.pdf")
    meeting.write_report(tmp_path / "verslag.pdf")
    agenda = PdfReader(tmp_path / "agenda.pdf")
    report = PdfReader(tmp_path / "verslag.pdf")
    assert agenda.metadata is not None and report.metadata is not None
    assert agenda.metadata.title == agenda_title
    # The printed heading says it is an agenda, of which meeting; whose and when are in the table under it.
    heading = agenda.pages[0].extract_text().splitlines()[0]
    assert heading == agenda_title.split(" — ")[0]
    assert report.metadata.title == report_title
    # Its file is named from the same words (words/file_names.py), in the same order.
    assert meeting.file_name(".pdf", document=meeting.tr("Agenda")) == file_name
    meeting.close()


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_an_empty_agenda_says_so(qtbot, ui_language, window, tmp_path):
    """A meeting without agenda points printed a bare "Agenda" heading, as if something was lost."""
    aios_id = window.context.service(AiosService).add(
        Aios(name="Sanne de Vries", start_date=date(2026, 1, 5))
    )
    service = window.context.service(MeetingService)
    meeting_id = service.plan(aios_id, "coachingsgesprek", datetime(2026, 7, 6, 13, 0), 45)
    meeting = window.tab_widget("meetings").open_meeting(meeting_id)
    qtbot.waitExposed(meeting)
    page = meeting.agenda_page
    meeting.tabs.setCurrentWidget(page)
    while page.list.count():
        page.list.setCurrentRow(0)
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    meeting.write_agenda(tmp_path / "agenda.pdf")
    lines = PdfReader(tmp_path / "agenda.pdf").pages[0].extract_text().splitlines()
    assert lines[lines.index("Agenda") + 1] == "Geen."
    meeting.close()
