"""The praktijkbegeleider's written report: a meeting template with a signable PDF."""

from __future__ import annotations

import io
from datetime import date, datetime

from pypdf import PdfReader

from opleider_desk.domain.entities import Aios, Profile
from opleider_desk.domain.enums import MeetingKind, Role
from opleider_desk.reports.meeting_report import meeting_report_pdf
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.storage.services.profile import ProfileService
from opleider_desk.ui.meetings.document import meeting_document, report_words


def test_the_pb_report_is_signed_by_the_pb_the_aios_and_the_opleider(qapp, store):
    store.service(ProfileService).save(
        Profile(
            name="Ilse Vermeulen",
            role=Role.PRAKTIJKBEGELEIDER,
            practice="GGD Utrecht",
            supervising_opleider="Marieke Jansen",
        )
    )
    aios_id = store.service(AiosService).add(Aios(name="Noor Visser", start_date=date(2026, 1, 5)))
    meetings = store.service(MeetingService)
    meeting_id = meetings.plan(aios_id, MeetingKind.VERSLAG_PRAKTIJKBEGELEIDER, datetime(2026, 6, 29, 14), 30)
    meetings.hold(meeting_id, date(2026, 6, 29))
    pdf = meeting_report_pdf(meeting_document(store, meeting_id, "nl"), report_words())
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Schriftelijk verslag praktijkbegeleider" in text
    for name in ("Ilse Vermeulen", "Noor Visser", "Marieke Jansen"):
        assert name in text, name
