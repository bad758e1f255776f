"""A signed meeting's agenda PDF lists the points it was held with.

The demo gave agendas to three meetings only: the agenda of every signed meeting was a bare
"Agenda" heading. Read back from the real PDF with pypdf, in Dutch and English.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from opleider_desk.domain.enums import MeetingStatus
from opleider_desk.storage.demo import fill_demo
from opleider_desk.storage.services.meetings import MeetingService


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_every_signed_demo_meeting_s_agenda_pdf_lists_its_points(store, ui_language):
    from opleider_desk.reports.meeting_report import agenda_pdf
    from opleider_desk.ui.meetings.document import meeting_document, report_words

    fill_demo(store, date(2026, 12, 2), ui_language)
    meetings = store.service(MeetingService)
    signed = [m for m in meetings.list() if m.status is MeetingStatus.SIGNED]
    assert signed
    words = report_words()
    for meeting in signed:
        doc = meeting_document(store, meeting.id, ui_language)
        pdf = PdfReader(io.BytesIO(agenda_pdf(doc, words)))
        text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
        under = text.split(f" {words.agenda} ", 1)[1]
        assert not under.startswith(words.none), (meeting.kind, text)
        assert doc.agenda, meeting.kind
        for line in doc.agenda:
            assert " ".join(line.split())[:40] in under, (meeting.kind, line)
