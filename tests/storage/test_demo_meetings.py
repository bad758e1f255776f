"""The demo's meetings look as the app would have made them."""

from datetime import date

from opleider_desk.domain.enums import MeetingStatus
from opleider_desk.domain.verification import verification_code
from opleider_desk.storage.demo import fill_demo
from opleider_desk.storage.services.agreements import AgreementService
from opleider_desk.storage.services.meetings import MeetingService


def test_demo_meetings_have_agendas_answers_and_valid_codes(store):
    fill_demo(store, date(2026, 11, 22))
    meetings = store.service(MeetingService)
    all_meetings = meetings.list()
    for meeting in all_meetings:
        if meeting.status is MeetingStatus.SIGNED:
            assert meeting.verification_code == verification_code(meetings.report_content(meeting.id))
    planned = next(m for m in all_meetings if m.status is MeetingStatus.PLANNED)
    open_texts = {a.text for a in store.service(AgreementService).list(planned.aios_id, open_only=True)}
    assert open_texts <= {item["text"] for item in meetings.current_agenda(planned.id)}
    feedback = next(m for m in all_meetings if m.kind == "feedbackgesprek")
    assert feedback.answers["goed_aios.goed_aios"]
