"""Agreements (afspraken): made in a meeting, on every next agenda until done.

Wording, owner and due date belong to the meeting that made them, so they
are frozen once that meeting's report is signed; marking one done (or
reopening it) stays possible, because that happens later, usually while the
next meeting reviews it.
"""

from __future__ import annotations

import builtins
from datetime import date, datetime

from sqlalchemy import select

from ...domain.entities import Agreement
from ...domain.enums import AgreementStatus, MeetingStatus
from ...domain.meeting_rules import SIGNED, validate_agreement
from ...domain.problems import Problem, ValidationFailed
from ...domain.validation import date_problem
from ..changes import Area, Operation
from ..mapping import column_values, to_entities, to_one
from ..models import AgreementRow, MeetingRow
from ..store import Store
from .rows import get_or_gone

ADD_AGREEMENT = Operation("add_agreement", Area.AGREEMENTS)
UPDATE_AGREEMENT = Operation("update_agreement", Area.AGREEMENTS)
SET_AGREEMENT_STATUS = Operation("set_agreement_status", Area.AGREEMENTS)
DELETE_AGREEMENT = Operation("delete_agreement", Area.AGREEMENTS)


def refuse_if_meeting_signed(session, meeting_id: int | None) -> None:
    if meeting_id is None:
        return
    meeting = session.get(MeetingRow, meeting_id)
    if meeting is not None and meeting.status == MeetingStatus.SIGNED.value:
        raise ValidationFailed([Problem(SIGNED, None, {"signed_on": meeting.signed_on})])


class AgreementService:
    def __init__(self, store: Store):
        self.store = store

    def list(
        self, aios_id: int | None = None, *, meeting_id: int | None = None, open_only: bool = False
    ) -> list[Agreement]:
        query = select(AgreementRow).order_by(AgreementRow.created_at, AgreementRow.id)
        if aios_id is not None:
            query = query.where(AgreementRow.aios_id == aios_id)
        if meeting_id is not None:
            query = query.where(AgreementRow.meeting_id == meeting_id)
        if open_only:
            query = query.where(AgreementRow.status == AgreementStatus.OPEN.value)
        with self.store.read() as session:
            return to_entities(Agreement, session.scalars(query))

    def open_for_next_agenda(
        self, aios_id: int, *, excluding_meeting: int | None = None
    ) -> builtins.list[Agreement]:
        """Open agreements of earlier meetings: what "review previous agreements" goes through."""
        return [
            a
            for a in self.list(aios_id, open_only=True)
            if excluding_meeting is None or a.meeting_id != excluding_meeting
        ]

    def get(self, agreement_id: int) -> Agreement:
        with self.store.read() as session:
            row = session.get(AgreementRow, agreement_id)
            if row is None:
                raise KeyError(agreement_id)
            return to_one(Agreement, row)

    def add(self, agreement: Agreement) -> int:
        problems = validate_agreement(agreement)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write(ADD_AGREEMENT) as session:
            refuse_if_meeting_signed(session, agreement.meeting_id)
            values = column_values(agreement)
            values["text"] = values["text"].strip()
            row = AgreementRow(**values, created_at=datetime.now().replace(microsecond=0))
            session.add(row)
            session.flush()
            return row.id

    def update(self, agreement: Agreement) -> None:
        if agreement.id is None:
            raise ValueError("update needs an agreement with an id")
        problems = validate_agreement(agreement)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write(UPDATE_AGREEMENT) as session:
            row = self._row(session, agreement.id)
            refuse_if_meeting_signed(session, row.meeting_id)
            row.text = agreement.text.strip()
            row.owner = agreement.owner.value
            row.due_date = agreement.due_date
            row.status = agreement.status.value
            row.done_on = agreement.done_on if agreement.status is AgreementStatus.DONE else None

    def set_status(self, agreement_id: int, status: AgreementStatus, on: date | None = None) -> None:
        """Done (on ``on``), cancelled, or open again; allowed after the meeting is signed."""
        if on is not None and (problem := date_problem(on, "done_on")) is not None:
            raise ValidationFailed([problem])
        with self.store.write(SET_AGREEMENT_STATUS) as session:
            row = self._row(session, agreement_id)
            row.status = status.value
            row.done_on = (on or date.today()) if status is AgreementStatus.DONE else None

    def mark_done(self, agreement_id: int, on: date | None = None) -> None:
        self.set_status(agreement_id, AgreementStatus.DONE, on)

    def delete(self, agreement_id: int) -> None:
        with self.store.write(DELETE_AGREEMENT) as session:
            row = self._row(session, agreement_id)
            refuse_if_meeting_signed(session, row.meeting_id)
            session.delete(row)

    @staticmethod
    def _row(session, agreement_id: int) -> AgreementRow:
        return get_or_gone(session, AgreementRow, agreement_id, "agreement.gone")
