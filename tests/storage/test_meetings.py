"""Meetings, agreements and goals through their services: carry-over, autosave, hours, locks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from opleider_desk.domain.entities import Agreement, Aios, LearningGoal, Meeting
from opleider_desk.domain.enums import (
    AgreementStatus,
    CompetencyArea,
    GoalStatus,
    MeetingStatus,
)
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.storage.models import HourCategoryRow, HourEntryRow, StatementRow
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.agreements import AgreementService
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.goals import GoalService
from opleider_desk.storage.services.meetings import MeetingService


@pytest.fixture
def aios_id(store) -> int:
    return store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))


def plan(store, aios_id, kind="voortgangsgesprek", when=datetime(2026, 7, 6, 13, 30), minutes=60) -> int:
    return store.service(MeetingService).plan(aios_id, kind, when, minutes)


def codes(failure) -> list[str]:
    return [p.code for p in failure.value.problems]


def test_agreements_carry_over_to_the_next_agenda_and_disappear_when_done(store, aios_id):
    meetings, agreements = store.service(MeetingService), store.service(AgreementService)
    feedback = plan(store, aios_id, "feedbackgesprek", datetime(2026, 3, 2, 10, 0), 20)
    meetings.hold(feedback, date(2026, 3, 2))
    first = agreements.add(Agreement(aios_id=aios_id, meeting_id=feedback, text="Twee KPB's inleveren"))
    agreements.add(Agreement(aios_id=aios_id, meeting_id=feedback, text="Richtlijn astma lezen"))

    progress = plan(store, aios_id)
    texts = [item["text"] for item in meetings.current_agenda(progress)]
    assert texts[1:4] == ["Afspraken vorige gesprek nalopen", "Twee KPB's inleveren", "Richtlijn astma lezen"]

    agreements.mark_done(first, date(2026, 3, 20))
    texts = [item["text"] for item in meetings.current_agenda(progress)]
    assert "Twee KPB's inleveren" not in texts and "Richtlijn astma lezen" in texts
    # Its own agreements are not "previous" ones for the meeting itself.
    agreements.add(Agreement(aios_id=aios_id, meeting_id=progress, text="IOP bijwerken"))
    assert "IOP bijwerken" not in [item["text"] for item in meetings.current_agenda(progress)]


def test_holding_freezes_the_agenda_as_it_was(store, aios_id):
    meetings, agreements = store.service(MeetingService), store.service(AgreementService)
    agreement = agreements.add(Agreement(aios_id=aios_id, text="Portfolio bijwerken"))
    progress = plan(store, aios_id)
    meetings.hold(progress, date(2026, 7, 6))
    agreements.mark_done(agreement, date(2026, 7, 6))
    assert "Portfolio bijwerken" in [item["text"] for item in meetings.current_agenda(progress)]


def test_autosave_is_no_undo_step_and_an_undo_does_not_roll_the_typing_back(store, aios_id):
    meetings = store.service(MeetingService)
    meeting_id = plan(store, aios_id)
    meetings.hold(meeting_id, date(2026, 7, 6))
    for text in ("G", "Go", "Goed"):
        meetings.save_progress(meeting_id, answers={"sterk_zwak.sterke_punten": text}, current_step=2)
    assert store.history.peek_undo().op == "hold_meeting"
    store.undo()
    meeting = meetings.get(meeting_id)
    assert meeting.status is MeetingStatus.PLANNED
    assert meeting.answers == {"sterk_zwak.sterke_punten": "Goed"} and meeting.current_step == 2


def test_a_held_meeting_logs_its_duration_once_in_the_templates_category(store, aios_id):
    meetings = store.service(MeetingService)
    meeting_id = plan(store, aios_id, "coachingsgesprek", minutes=50)
    with pytest.raises(ValidationFailed) as failure:
        meetings.log_hours(meeting_id, "Coachingsgesprek")
    assert codes(failure) == ["meeting.not_held"]
    meetings.hold(meeting_id, date(2026, 7, 7), 55)
    entry_id = meetings.log_hours(meeting_id, "Coachingsgesprek")
    with store.read() as s:
        entry = s.get(HourEntryRow, entry_id)
        category = s.get(HourCategoryRow, entry.category_id)
        assert (entry.day, entry.minutes, category.key) == (date(2026, 7, 7), 55, "coachingsgesprek")
    assert meetings.hours_logged(meeting_id, "Coachingsgesprek")
    with pytest.raises(ValidationFailed) as failure:
        meetings.log_hours(meeting_id, "Coachingsgesprek")
    assert codes(failure) == ["meeting.hours_logged"]


def test_logging_hours_in_a_signed_quarter_is_refused(store, aios_id):
    meetings = store.service(MeetingService)
    meeting_id = plan(store, aios_id, "coachingsgesprek", datetime(2026, 2, 3, 9, 0))
    meetings.hold(meeting_id, date(2026, 2, 3))
    with store.write("sign_statement_for_test") as s:
        s.add(
            StatementRow(
                aios_id=aios_id,
                year=2026,
                quarter=1,
                status="signed",
                signed_on=date(2026, 4, 2),
                created_at=datetime(2026, 4, 2),
            )
        )
    with pytest.raises(ValidationFailed) as failure:
        meetings.log_hours(meeting_id, "Coachingsgesprek")
    assert codes(failure) == ["hours.locked"]


def test_a_signed_meeting_refuses_every_edit(store, aios_id):
    meetings, agreements, goals = (store.service(c) for c in (MeetingService, AgreementService, GoalService))
    meeting_id = plan(store, aios_id)
    agreement = agreements.add(Agreement(aios_id=aios_id, meeting_id=meeting_id, text="Drie KPB's"))
    goal = goals.add(
        LearningGoal(
            aios_id=aios_id,
            competency=CompetencyArea.COMMUNICATIE,
            statement="Twee gesprekken op video",
            set_in_meeting_id=meeting_id,
        )
    )
    with pytest.raises(ValidationFailed):
        meetings.sign(meeting_id, date(2026, 7, 6))  # not held yet
    meetings.hold(meeting_id, date(2026, 7, 6))
    code = meetings.sign(meeting_id, date(2026, 7, 8))
    assert meetings.current_code(meeting_id) == code

    refused = [
        lambda: meetings.save_progress(meeting_id, answers={"x.y": "later"}),
        lambda: meetings.update(
            Meeting(
                id=meeting_id,
                aios_id=aios_id,
                kind="voortgangsgesprek",
                held_on=date(2026, 7, 6),
                duration_minutes=90,
            )
        ),
        lambda: meetings.hold(meeting_id, date(2026, 7, 7)),
        lambda: meetings.sign(meeting_id, date(2026, 7, 9)),
        lambda: meetings.delete(meeting_id),
        lambda: agreements.add(Agreement(aios_id=aios_id, meeting_id=meeting_id, text="Nog een")),
        lambda: agreements.update(
            Agreement(id=agreement, aios_id=aios_id, meeting_id=meeting_id, text="Vier")
        ),
        lambda: goals.update(
            LearningGoal(
                id=goal,
                aios_id=aios_id,
                competency=CompetencyArea.COMMUNICATIE,
                statement="Anders",
                set_in_meeting_id=meeting_id,
            )
        ),
    ]
    for attempt in refused:
        with pytest.raises(ValidationFailed) as failure:
            attempt()
        assert codes(failure) == ["meeting.signed"]
        assert failure.value.problems[0].params == {"signed_on": date(2026, 7, 8)}

    # Later follow-up is still possible and does not change the signed code.
    agreements.mark_done(agreement, date(2026, 8, 1))
    later = plan(store, aios_id, "coachingsgesprek", datetime(2026, 9, 1, 9, 0))
    [saved] = goals.list(aios_id)
    goals.update(LearningGoal(**{**_fields(saved), "status": GoalStatus.ACHIEVED}), in_meeting=later)
    assert goals.list(aios_id)[0].evaluated_in_meeting_id == later
    assert meetings.current_code(meeting_id) == code
    from opleider_desk.domain.verification import verification_code

    assert verification_code(meetings.report_content(meeting_id)) == code


def _fields(goal: LearningGoal) -> dict:
    return {name: getattr(goal, name) for name in goal.__dataclass_fields__}


def test_planning_checks_type_and_duration(store, aios_id):
    with pytest.raises(ValidationFailed) as failure:
        store.service(MeetingService).plan(aios_id, "kaartspel", datetime(2026, 7, 6, 9, 0), 2000)
    assert codes(failure) == ["meeting.unknown_type", "meeting.duration_range"]


def test_deleting_a_meeting_keeps_its_agreements_and_undo_restores_the_link(store, aios_id, db_path):
    meetings, agreements = store.service(MeetingService), store.service(AgreementService)
    meeting_id = plan(store, aios_id)
    agreements.add(Agreement(aios_id=aios_id, meeting_id=meeting_id, text="Lezen"))
    meetings.delete(meeting_id)
    [kept] = agreements.list(aios_id)
    assert kept.meeting_id is None and kept.status is AgreementStatus.OPEN
    store.undo()
    assert agreements.list(aios_id)[0].meeting_id == meeting_id
    store.close()
    reopened = open_store(db_path)
    assert [m.id for m in reopened.service(MeetingService).list(aios_id)] == [meeting_id]
    reopened.close()


def test_goal_coverage_per_aios(store, aios_id):
    goals = store.service(GoalService)
    goals.add(LearningGoal(aios_id=aios_id, competency=CompetencyArea.ORGANISATIE, statement="Plannen"))
    covered = {c.area for c in goals.coverage(aios_id) if c.covered}
    assert covered == {CompetencyArea.ORGANISATIE}


def test_logging_a_meeting_obeys_the_hours_rules_and_is_its_own_undo_step(store, aios_id):
    from opleider_desk.domain.entities import HourEntry
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hours import HoursService

    meetings, hours = store.service(MeetingService), store.service(HoursService)
    meeting_id = plan(store, aios_id, "coachingsgesprek", minutes=60)
    meetings.hold(meeting_id, date(2026, 7, 7))
    category = store.service(CategoryService).list()[0]
    hours.add(HourEntry(day=date(2026, 7, 7), minutes=23 * 60 + 30, aios_id=None, category_id=category.id))
    with pytest.raises(ValidationFailed) as failure:
        meetings.log_hours(meeting_id, "Coachingsgesprek")
    assert codes(failure) == ["hours.day_over_24h"]
    store.undo()  # the long day goes; now the meeting fits
    meetings.log_hours(meeting_id, "Coachingsgesprek")
    assert store.history.peek_undo().op == "log_meeting_hours"


def test_undo_of_signing_brings_the_meeting_back_to_held_unlocked_without_a_code(store, aios_id):
    meetings = store.service(MeetingService)
    meeting_id = plan(store, aios_id)
    meetings.hold(meeting_id, date(2026, 7, 6))
    meetings.save_progress(meeting_id, answers={"x.y": "typed"})
    code = meetings.sign(meeting_id, date(2026, 7, 8))
    assert meetings.get(meeting_id).content_sha256
    store.undo()
    back = meetings.get(meeting_id)
    assert back.status is MeetingStatus.HELD
    assert (back.signed_on, back.verification_code, back.content_sha256) == (None, "", "")
    store.redo()
    assert meetings.get(meeting_id).verification_code == code
    store.undo()
    meetings.save_progress(meeting_id, answers={"x.y": "changed after undo"})  # unlocked
    # A redo would bring back a code over the answers as they were: typing ends redo.
    assert not store.history.can_redo


def test_a_row_written_twice_in_one_operation_is_one_undo_change(store, aios_id):
    meetings = store.service(MeetingService)
    meeting_id = plan(store, aios_id)
    with store.write("two_flushes") as session:
        from opleider_desk.storage.models import MeetingRow

        row = session.get(MeetingRow, meeting_id)
        row.title = "first"
        session.flush()
        row.title = "second"
    assert [c.table for c in store.history.peek_undo().changes] == ["meeting"]
    store.undo()
    assert meetings.get(meeting_id).title == ""


def test_a_meeting_reports_code_is_found_as_concept_then_as_signed(store, aios_id):
    from opleider_desk.domain.verification import legacy_code

    meetings = store.service(MeetingService)
    meeting_id = plan(store, aios_id)
    meetings.hold(meeting_id, date(2026, 7, 6))
    printed = meetings.current_code(meeting_id)
    concept = meetings.find_code(printed)
    assert concept is not None and concept.meeting.id == meeting_id
    assert not concept.signed_code_matches and concept.data_matches and concept.aios == "Sanne de Vries"
    code = meetings.sign(meeting_id, date(2026, 7, 8))
    signed = meetings.find_code(code.lower())
    assert signed is not None and signed.signed_code_matches and signed.data_matches
    old = legacy_code(meetings.report_content(meeting_id))
    found = meetings.find_code(old)
    assert found is not None and found.legacy and found.data_matches
