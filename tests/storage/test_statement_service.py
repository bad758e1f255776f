"""Gathering, signing, locking, unlocking and checking quarterly statements on a real file."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from opleider_desk.domain.enums import AiosStatus, CategoryKey, MeetingStatus, StatementStatus
from opleider_desk.domain.problems import ParseError, ValidationFailed
from opleider_desk.domain.quarters import Quarter
from opleider_desk.storage.models import AuditLogRow, HourEntryRow
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.statements import StatementService
from tests.statement_data import (
    add_aios,
    change_hours,
    delete_hours,
    hold_meeting,
    log_hours,
    save_profile,
)

Q1, Q2 = Quarter(2026, 1), Quarter(2026, 2)
AFTER_Q1 = date(2026, 4, 2)


@pytest.fixture
def practice(store):
    save_profile(store)
    sanne = add_aios(store, "Sanne de Vries")
    daan = add_aios(store, "Daan Bakker", part_time=80)
    log_hours(store, sanne, date(2026, 3, 31), 60, description="last day of Q1")
    log_hours(store, sanne, date(2026, 4, 1), 90, description="first day of Q2")
    log_hours(store, sanne, date(2026, 1, 1), 30, CategoryKey.EIGEN_SCHOLING)
    log_hours(store, daan, date(2026, 2, 10), 120, CategoryKey.GEZAMENLIJK_SPREEKUUR)
    log_hours(store, None, date(2026, 2, 11), 480, CategoryKey.EIGEN_SCHOLING)
    hold_meeting(store, sanne, "kpb", date(2026, 3, 31))
    hold_meeting(store, sanne, "kpb", date(2026, 4, 1))
    hold_meeting(store, sanne, "voortgangsgesprek", date(2026, 2, 2), MeetingStatus.SIGNED)
    hold_meeting(store, sanne, "coachingsgesprek", date(2026, 2, 3), MeetingStatus.CANCELLED)
    return {"sanne": sanne, "daan": daan}


def test_a_quarter_runs_up_to_and_including_its_last_day(store, practice):
    service = store.service(StatementService)
    q1 = service.get(Q1, practice["sanne"])
    q2 = service.get(Q2, practice["sanne"])
    assert [(e.day, e.minutes) for e in q1.entries] == [(date(2026, 1, 1), 30), (date(2026, 3, 31), 60)]
    assert [(e.day, e.minutes) for e in q2.entries] == [(date(2026, 4, 1), 90)]
    assert (q1.total_minutes, q1.supervision_minutes) == (90, 60)
    assert [(c.kind, c.count) for c in q1.meeting_contacts] == [("kpb", 1), ("voortgangsgesprek", 1)]
    assert [(c.kind, c.count) for c in q2.meeting_contacts] == [("kpb", 1)]


def test_all_aios_gives_one_statement_each_and_leaves_out_the_trainers_own_hours(store, practice):
    statements = store.service(StatementService).gather(Q1)
    assert [s.aios.name for s in statements] == ["Daan Bakker", "Sanne de Vries"]
    assert [s.total_minutes for s in statements] == [120, 90]


def test_an_archived_aios_appears_only_in_quarters_with_hours(store, practice):
    store.service(AiosService).set_status(practice["daan"], AiosStatus.FINISHED)
    service = store.service(StatementService)
    assert [a.name for a in service.aios_for(Q1)] == ["Daan Bakker", "Sanne de Vries"]
    assert [a.name for a in service.aios_for(Q2)] == ["Sanne de Vries"]


def test_a_leap_day_is_in_the_first_quarter(store):
    save_profile(store)
    aios = add_aios(store, "Eva Jansen", start=date(2027, 9, 1))
    log_hours(store, aios, date(2028, 2, 29), 45)
    statement = store.service(StatementService).get(Quarter(2028, 1), aios)
    assert [e.day for e in statement.entries] == [date(2028, 2, 29)]
    assert [m.minutes for m in statement.per_month] == [0, 45, 0]


def test_printing_again_gives_the_same_code_and_any_change_a_different_one(store, practice):
    service = store.service(StatementService)
    sanne = practice["sanne"]
    code = service.get(Q1, sanne).verification_code
    assert service.get(Q1, sanne).verification_code == code
    with store.read() as session:
        entry_id = session.scalar(select(HourEntryRow.id).where(HourEntryRow.day == date(2026, 3, 31)))
    change_hours(store, entry_id, minutes=61)
    assert service.get(Q1, sanne).verification_code != code
    change_hours(store, entry_id, minutes=60)
    assert service.get(Q1, sanne).verification_code == code
    log_hours(store, sanne, date(2026, 4, 2), 30)  # another quarter: no change here
    assert service.get(Q1, sanne).verification_code == code


def test_signing_locks_the_quarters_entries_of_that_aios_only(store, practice):
    service = store.service(StatementService)
    sanne = practice["sanne"]
    signed = service.mark_signed(Q1, sanne, AFTER_Q1, today=AFTER_Q1)
    assert signed.is_signed and signed.matches_signed and signed.signed_on == AFTER_Q1
    with store.read() as session:
        entry_id = session.scalar(select(HourEntryRow.id).where(HourEntryRow.day == date(2026, 3, 31)))
    for attempt in (
        lambda: log_hours(store, sanne, date(2026, 2, 1), 30),
        lambda: change_hours(store, entry_id, minutes=45),
        lambda: change_hours(store, entry_id, day=date(2026, 4, 3)),
        lambda: delete_hours(store, entry_id),
    ):
        with pytest.raises(ValidationFailed) as refused:
            attempt()
        [problem] = refused.value.problems
        assert problem.code == "hours.locked"
        assert problem.params == {"quarter": "2026-Q1", "signed_on": AFTER_Q1}
    assert service.get(Q1, sanne).verification_code == signed.verification_code
    log_hours(store, practice["daan"], date(2026, 2, 1), 30)  # another aios
    log_hours(store, sanne, date(2026, 4, 3), 30)  # another quarter


def test_signing_is_audited_and_cannot_be_undone(store, practice):
    log_hours(store, practice["sanne"], date(2026, 3, 2), 15)
    assert store.history.can_undo
    code = (
        store.service(StatementService)
        .mark_signed(Q1, practice["sanne"], AFTER_Q1, today=AFTER_Q1)
        .verification_code
    )
    assert not store.history.can_undo  # an undo would change the signed quarter
    with store.read() as session:
        audit = session.scalars(
            select(AuditLogRow).where(AuditLogRow.action == "sign_statement", AuditLogRow.summary != "")
        ).one()
    assert audit.details == {
        "aios_id": practice["sanne"],
        "quarter": "2026-Q1",
        "signed_on": "2026-04-02",
        "code": code,
        "sha256": store.service(StatementService).get(Q1, practice["sanne"]).content_sha256,
    }


def test_when_it_can_be_marked_as_signed(store, practice):
    service = store.service(StatementService)
    sanne = practice["sanne"]
    with pytest.raises(ValidationFailed) as early:
        service.mark_signed(Q1, sanne, date(2026, 3, 30), today=AFTER_Q1)
    assert [p.code for p in early.value.problems] == ["statement.signed_before_end"]
    with pytest.raises(ValidationFailed) as future:
        service.mark_signed(Q1, sanne, date(2026, 4, 3), today=AFTER_Q1)
    assert [p.code for p in future.value.problems] == ["statement.signed_in_future"]
    service.mark_signed(Q1, sanne, date(2026, 3, 31), today=AFTER_Q1)
    with pytest.raises(ValidationFailed) as twice:
        service.mark_signed(Q1, sanne, AFTER_Q1, today=AFTER_Q1)
    assert [p.code for p in twice.value.problems] == ["statement.already_signed"]


def test_unlock_needs_a_reason_and_writes_it_to_the_audit_log(store, practice):
    service = store.service(StatementService)
    sanne = practice["sanne"]
    with pytest.raises(ValidationFailed) as not_signed:
        service.unlock(Q1, sanne, "typo")
    assert [p.code for p in not_signed.value.problems] == ["statement.not_signed"]
    service.mark_signed(Q1, sanne, AFTER_Q1, today=AFTER_Q1)
    with pytest.raises(ValidationFailed) as no_reason:
        service.unlock(Q1, sanne, "  \n ")
    assert [(p.code, p.field) for p in no_reason.value.problems] == [("required", "reason")]
    service.unlock(Q1, sanne, "Coaching talk of 2 March was logged twice")
    with store.read() as session:
        audit = session.scalars(
            select(AuditLogRow).where(AuditLogRow.action == "unlock_statement", AuditLogRow.summary != "")
        ).one()
    assert audit.summary == "Coaching talk of 2 March was logged twice"
    assert audit.details["reason"] == "Coaching talk of 2 March was logged twice"
    assert audit.details["quarter"] == "2026-Q1"
    statement = service.get(Q1, sanne)
    assert statement.status is StatementStatus.UNLOCKED and statement.signed_on == AFTER_Q1
    log_hours(store, sanne, date(2026, 2, 1), 30)  # unlocked: allowed again
    assert service.mark_signed(Q1, sanne, AFTER_Q1, today=AFTER_Q1).is_signed


def test_a_code_typed_from_paper_names_its_statement(store, practice):
    service = store.service(StatementService)
    sanne = practice["sanne"]
    code = service.mark_signed(Q1, sanne, AFTER_Q1, today=AFTER_Q1).verification_code
    typed = code.replace("-", "").lower()
    found = service.verify(typed)
    assert found is not None
    assert (found.statement.aios.name, found.statement.quarter) == ("Sanne de Vries", Q1)
    assert found.statement.signed_on == AFTER_Q1
    assert found.signed_code_matches and found.data_matches

    service.unlock(Q1, sanne, "correction")
    log_hours(store, sanne, date(2026, 2, 1), 30)
    changed = service.verify(typed)
    assert changed.signed_code_matches and not changed.data_matches
    assert service.verify("0000-0000-00") is None  # an old code nothing has
    with pytest.raises(ParseError):
        service.verify("not a code")


def test_the_code_of_an_unsigned_printout_is_found_as_a_concept(store, practice):
    service = store.service(StatementService)
    printed = service.get(Q1, practice["daan"])
    found = service.verify(printed.verification_code)
    assert found is not None and found.concept
    assert found.statement.aios.name == "Daan Bakker" and found.statement.quarter == Q1
    assert not found.statement.is_signed and found.data_matches


def test_a_typing_error_is_told_apart_from_a_code_nobody_has(store, practice):
    service = store.service(StatementService)
    code = service.mark_signed(Q1, practice["sanne"], AFTER_Q1, today=AFTER_Q1).verification_code
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(ParseError) as typo:
        service.verify(wrong)
    assert typo.value.problem.code == "verification.typo"


def test_signing_records_the_full_hash_and_what_the_paper_said(store, practice):
    service = store.service(StatementService)
    signed = service.mark_signed(Q1, practice["sanne"], AFTER_Q1, today=AFTER_Q1)
    assert signed.signed_sha256 == signed.content_sha256 and len(signed.content_sha256) == 64
    paper = signed.signed_paper
    assert paper["aios"] == "Sanne de Vries" and paper["period"] == ["2026-01-01", "2026-03-31"]
    assert paper["total_minutes"] == 90 and paper["signed_on"] == "2026-04-02"
    assert [s["role"] for s in paper["signers"]] == ["trainer", "aios", "employer"]
    assert sum(c["minutes"] for c in paper["per_category"]) == 90


def test_a_statement_signed_with_a_0_1_code_still_verifies_as_an_old_code(store, practice):
    from opleider_desk.storage.models import StatementRow

    service = store.service(StatementService)
    sanne = practice["sanne"]
    service.mark_signed(Q1, sanne, AFTER_Q1, today=AFTER_Q1)
    old = service.get(Q1, sanne).legacy_code
    with store.database.sessions() as session, session.begin():  # as version 0.1 left the row
        row = session.scalars(select(StatementRow)).one()
        row.verification_code, row.content_sha256, row.signed_paper = old, "", {}
    found = service.verify(old.lower())
    assert found is not None and found.legacy and found.signed_code_matches and found.data_matches
    assert service.get(Q1, sanne).matches_signed
    service.unlock(Q1, sanne, "correction")
    log_hours(store, sanne, date(2026, 2, 1), 30)
    changed = service.verify(old)
    assert changed.legacy and changed.signed_code_matches and not changed.data_matches
