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


def test_demo_meetings_fall_on_weekdays_whatever_day_it_is_started(tmp_path):
    """Started on 2 December 2026 the demo planned a voortgangsgesprek on Saturday 12-12-2026;
    the plan dialog never proposes a weekend day (domain/meeting_slots.py)."""
    from opleider_desk.storage.open import open_store

    wrong = []
    for offset in range(7):  # every day of a week, so each relative date meets a weekend once
        today = date(2026, 11, 30 + offset) if offset == 0 else date(2026, 12, offset)
        store = open_store(tmp_path / f"demo{offset}.sqlite")
        try:
            fill_demo(store, today)
            for meeting in store.service(MeetingService).list():
                day = meeting.planned_at.date() if meeting.planned_at else meeting.date
                for when in (day, meeting.held_on, meeting.signed_on):
                    if when is not None and when.weekday() >= 5:
                        wrong.append(
                            f"started {today}: {meeting.kind} {meeting.status} on {when:%A %d-%m-%Y}"
                        )
        finally:
            store.close()
    assert not wrong, "\n".join(wrong)
