"""Quarterly statements: gathering one, marking it signed, unlocking it, checking a code.

Signing records the code that was printed on the paper; from then on
``locks.ensure_unlocked`` refuses changes to that aios's entries in that
quarter. Signing and unlocking are deliberate, audited acts, so neither is
on the undo stack, and signing clears the stack: an undo of an earlier edit
would otherwise change a signed quarter behind the lock's back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.entities import Aios, Profile
from ...domain.enums import MeetingStatus, StatementStatus
from ...domain.in_training import in_training_during
from ...domain.problems import Problem, ValidationFailed
from ...domain.quarters import Quarter
from ...domain.regulations import Regulation, builtin_regulations, regulation
from ...domain.statement import MeetingOutcome, QuarterStatement, StatementEntry, build_statement
from ...domain.verification import codes_match, parse_code
from ..changes import Area, Operation
from ..mapping import to_entities, to_one
from ..models import (
    AgreementRow,
    AiosRow,
    HourCategoryRow,
    HourEntryRow,
    LearningGoalRow,
    MeetingRow,
    NormSettingRow,
    ProfileRow,
    StatementRow,
)
from ..store import Audit, Store
from .rows import get_or_gone

SIGN_STATEMENT = Operation("sign_statement", Area.STATEMENTS)
UNLOCK_STATEMENT = Operation("unlock_statement", Area.STATEMENTS)
SIGN_DIGITALLY = Operation("sign_statement_digitally", Area.STATEMENTS)


@dataclass(frozen=True, slots=True)
class CodeCheck:
    """What a code typed from paper belongs to."""

    statement: QuarterStatement  # as the data stands now
    signed_code_matches: bool  # the typed code is the one recorded at signing
    data_matches: bool  # the data today still gives the typed code
    legacy: bool = False  # a 10-character code of version 0.1

    @property
    def concept(self) -> bool:
        """The code is of a printout that was never marked signed."""
        return not self.signed_code_matches


class StatementService:
    def __init__(self, store: Store):
        self.store = store

    # ----------------------------------------------------------------- reading
    def aios_for(self, quarter: Quarter) -> list[Aios]:
        """Who a statement for ``quarter`` is about: aios in training then, or with hours in it."""
        with self.store.read() as session:
            return to_entities(Aios, self._aios_rows(session, quarter))

    def gather(self, quarter: Quarter, aios_id: int | None = None) -> list[QuarterStatement]:
        """One statement for ``aios_id``, or one per aios of the quarter (``aios_for``).

        Raises ``ValidationFailed`` (``aios.gone``) for an unknown id.
        """
        with self.store.read() as session:
            if aios_id is None:
                rows = self._aios_rows(session, quarter)
            else:
                row = get_or_gone(session, AiosRow, aios_id, "aios.gone")
                rows = [row]
            return self._gather(session, quarter, rows)

    def quarters_of(self, aios_id: int) -> list[Quarter]:
        """The quarters a statement of ``aios_id`` exists for: with hours logged, or signed."""
        with self.store.read() as session:
            days = session.scalars(select(HourEntryRow.day).where(HourEntryRow.aios_id == aios_id).distinct())
            quarters = {Quarter.of(day) for day in days}
            signed = session.execute(
                select(StatementRow.year, StatementRow.quarter).where(
                    StatementRow.aios_id == aios_id, StatementRow.status == StatementStatus.SIGNED.value
                )
            )
            quarters.update(Quarter(year, number) for year, number in signed)
        return sorted(quarters, key=lambda q: (q.year, q.number))

    def get(self, quarter: Quarter, aios_id: int) -> QuarterStatement:
        [statement] = self.gather(quarter, aios_id)
        return statement

    # ----------------------------------------------------------------- signing
    def mark_signed(
        self, quarter: Quarter, aios_id: int, signed_on: date, *, today: date | None = None
    ) -> QuarterStatement:
        """Record that the printed statement was signed on ``signed_on``; locks the quarter."""
        today = today or date.today()
        problems = []
        if signed_on < quarter.end:
            problems.append(Problem("statement.signed_before_end", "signed_on", {"end": quarter.end}))
        if signed_on > today:
            problems.append(Problem("statement.signed_in_future", "signed_on"))
        if problems:
            raise ValidationFailed(problems)
        audit = Audit(entity="statement", summary=str(quarter))
        with self.store.write(SIGN_STATEMENT, audit=audit, undoable=False) as session:
            aios = get_or_gone(session, AiosRow, aios_id, "aios.gone")
            [statement] = self._gather(session, quarter, [aios])
            row = self._row(session, quarter, aios_id)
            if row is not None and row.status == StatementStatus.SIGNED.value:
                raise ValidationFailed(
                    [
                        Problem(
                            "statement.already_signed",
                            None,
                            {"quarter": str(quarter), "signed_on": row.signed_on},
                        )
                    ]
                )
            if row is None:
                row = StatementRow(
                    aios_id=aios_id,
                    year=quarter.year,
                    quarter=quarter.number,
                    created_at=datetime.now().replace(microsecond=0),
                )
                session.add(row)
            row.status = StatementStatus.SIGNED.value
            row.signed_on = signed_on
            row.verification_code = statement.verification_code
            row.content_sha256 = statement.content_sha256
            row.signed_paper = {**statement.paper(), "signed_on": signed_on.isoformat()}
            session.flush()
            audit.entity_id = row.id
            audit.details = {
                "aios_id": aios_id,
                "quarter": str(quarter),
                "signed_on": signed_on.isoformat(),
                "code": statement.verification_code,
                "sha256": statement.content_sha256,
            }
            self.store.history.clear()
        return self.get(quarter, aios_id)

    def unlock(self, quarter: Quarter, aios_id: int, reason: str) -> None:
        """Lift the lock of a signed quarter; ``reason`` goes into the audit log."""
        reason = reason.strip()
        if not reason:
            raise ValidationFailed([Problem("required", "reason")])
        audit = Audit(entity="statement", summary=reason)
        with self.store.write(UNLOCK_STATEMENT, audit=audit, undoable=False) as session:
            row = self._row(session, quarter, aios_id)
            if row is None or row.status != StatementStatus.SIGNED.value:
                raise ValidationFailed([Problem("statement.not_signed", None, {"quarter": str(quarter)})])
            row.status = StatementStatus.UNLOCKED.value
            audit.entity_id = row.id
            audit.details = {
                "aios_id": aios_id,
                "quarter": str(quarter),
                "reason": reason,
                "signed_on": row.signed_on.isoformat() if row.signed_on else None,
                "code": row.verification_code,
            }

    def record_digital_signature(self, quarter: Quarter, aios_id: int, field: str) -> None:
        """The trainer signed a PDF of the statement with their certificate: in the log.

        The PDF itself is a file outside the data file; the log keeps that it
        was signed, which field, and the code the statement had then.
        """
        with self.store.read() as session:
            aios = get_or_gone(session, AiosRow, aios_id, "aios.gone")
            [statement] = self._gather(session, quarter, [aios])
        audit = Audit(
            entity="statement",
            summary=str(quarter),
            details={
                "aios_id": aios_id,
                "quarter": str(quarter),
                "field": field,
                "code": statement.verification_code,
                "sha256": statement.content_sha256,
            },
        )
        with self.store.write(SIGN_DIGITALLY, audit=audit, undoable=False):
            pass

    def verify(self, typed: str) -> CodeCheck | None:
        """The statement a code from paper belongs to, or None.

        A code matches a statement when it is the one recorded at signing, or
        the one its data gives today, signed or not (a concept printout).
        A 10-character code of version 0.1 is matched the same way against the
        old codes. Raises ``ParseError`` when ``typed`` is not a code at all
        (``verification.invalid``) or has a typing error (``verification.typo``).
        """
        parsed = parse_code(typed)
        code = parsed.code

        def gives(statement: QuarterStatement) -> bool:
            return codes_match(statement.legacy_code if parsed.legacy else statement.verification_code, code)

        with self.store.read() as session:
            rows = session.scalars(
                select(StatementRow)
                .where(StatementRow.aios_id.is_not(None), StatementRow.verification_code != "")
                .order_by(StatementRow.year.desc(), StatementRow.quarter.desc())
            ).all()
            for row in rows:
                if codes_match(row.verification_code, code):
                    aios = session.get(AiosRow, row.aios_id)
                    if aios is None:
                        continue
                    [statement] = self._gather(session, Quarter(row.year, row.quarter), [aios])
                    return CodeCheck(statement, True, gives(statement), parsed.legacy)
            # Not recorded at signing: the data of some quarter may give it today.
            for quarter, aios_rows in self._candidates(session).items():
                for statement in self._gather(session, quarter, aios_rows):
                    if gives(statement):
                        return CodeCheck(statement, False, True, parsed.legacy)
        return None

    @staticmethod
    def _candidates(session: Session) -> dict[Quarter, list[AiosRow]]:
        """Every quarter a statement of an aios could have been printed for, newest first."""
        found: dict[Quarter, set[int]] = {}
        today = date.today()
        for aios_id, day in session.execute(select(HourEntryRow.aios_id, HourEntryRow.day).distinct()):
            if aios_id is not None:
                found.setdefault(Quarter.of(day), set()).add(aios_id)
        for meeting_aios, held_on in session.execute(
            select(MeetingRow.aios_id, MeetingRow.held_on).where(MeetingRow.held_on.is_not(None))
        ):
            if held_on is not None:
                found.setdefault(Quarter.of(held_on), set()).add(meeting_aios)
        aios = {row.id: row for row in session.scalars(select(AiosRow))}
        for row in aios.values():
            last = min(row.expected_end_date or today, today)
            quarter = Quarter.of(row.start_date)
            while quarter.start <= last:
                found.setdefault(quarter, set()).add(row.id)
                quarter = quarter.next()
        return {
            quarter: sorted((aios[i] for i in ids if i in aios), key=lambda r: r.id)
            for quarter, ids in sorted(found.items(), key=lambda item: (-item[0].year, -item[0].number))
        }

    # ----------------------------------------------------------------- helpers
    @staticmethod
    def _row(session: Session, quarter: Quarter, aios_id: int) -> StatementRow | None:
        return session.scalars(
            select(StatementRow).where(
                StatementRow.aios_id == aios_id,
                StatementRow.year == quarter.year,
                StatementRow.quarter == quarter.number,
            )
        ).first()

    @staticmethod
    def _aios_rows(session: Session, quarter: Quarter) -> list[AiosRow]:
        with_hours = set(
            session.scalars(
                # Distinct in SQL: a quarter of a large practice has thousands of entries.
                select(HourEntryRow.aios_id)
                .where(HourEntryRow.day.between(quarter.start, quarter.end))
                .distinct()
            )
        )
        started = select(AiosRow).where(AiosRow.start_date <= quarter.end)
        rows = list(session.scalars(started.order_by(AiosRow.name, AiosRow.id)))
        # An aios this version cannot read is left out (and recorded), as from every list.
        readable = {aios.id: aios for aios in to_entities(Aios, rows)}
        return [
            row
            for row in rows
            if row.id in readable
            and (row.id in with_hours or in_training_during(readable[row.id], quarter.start, quarter.end))
        ]

    @staticmethod
    def _gather(session: Session, quarter: Quarter, aios_rows: Sequence[AiosRow]) -> list[QuarterStatement]:
        ids = [row.id for row in aios_rows]
        profile_row = session.get(ProfileRow, 1)
        profile = to_one(Profile, profile_row) if profile_row is not None else Profile()
        overrides: dict[str, dict[str, int]] = {}
        for setting in session.scalars(select(NormSettingRow)):
            overrides.setdefault(setting.regulation, {})[setting.key] = setting.value

        def rules_of(row: AiosRow) -> Regulation:
            # The aios's own regulation, else the trainer's (as NormService.regulation_key_of).
            known = builtin_regulations()
            return regulation(row.regulation if row.regulation in known else profile.regulation)

        categories = {row.id: row for row in session.scalars(select(HourCategoryRow))}
        order = {cid: row.sort_order for cid, row in categories.items()}
        entries: dict[int, list[StatementEntry]] = {i: [] for i in ids}
        for aios_id, day, minutes, category_id, description in session.execute(
            select(
                HourEntryRow.aios_id,
                HourEntryRow.day,
                HourEntryRow.minutes,
                HourEntryRow.category_id,
                HourEntryRow.description,
            ).where(HourEntryRow.aios_id.in_(ids), HourEntryRow.day.between(quarter.start, quarter.end))
        ):
            category = categories[category_id]
            assert aios_id is not None  # the query asks for these aios only
            entries[aios_id].append(
                StatementEntry(
                    day=day,
                    minutes=minutes,
                    category_id=category_id,
                    category_key=category.key,
                    category_name=category.name,
                    counts_as_supervision=category.counts_as_supervision,
                    description=description,
                )
            )
        meetings = _meeting_outcomes(session, quarter, ids)
        records = {
            row.aios_id: row
            for row in session.scalars(
                select(StatementRow).where(
                    StatementRow.aios_id.in_(ids),
                    StatementRow.year == quarter.year,
                    StatementRow.quarter == quarter.number,
                )
            )
        }
        statements = []
        for row in aios_rows:
            record = records.get(row.id)
            rules = rules_of(row)
            statements.append(
                build_statement(
                    profile=profile,
                    aios=to_one(Aios, row),
                    quarter=quarter,
                    entries=entries[row.id],
                    category_order=order,
                    meeting_outcomes=meetings[row.id],
                    norms=rules.norms(overrides.get(rules.key, {})),
                    rules=rules,
                    status=StatementStatus(record.status) if record else StatementStatus.DRAFT,
                    signed_on=record.signed_on if record else None,
                    signed_code=record.verification_code if record else "",
                    signed_sha256=record.content_sha256 if record else "",
                    signed_paper=record.signed_paper if record else None,
                )
            )
        return statements


def _meeting_outcomes(
    session: Session, quarter: Quarter, aios_ids: Sequence[int]
) -> dict[int, list[MeetingOutcome]]:
    """The meetings held in ``quarter`` per aios, with verdict, agreements and goals set in each."""
    rows = session.scalars(
        select(MeetingRow).where(
            MeetingRow.aios_id.in_(aios_ids),
            MeetingRow.held_on.between(quarter.start, quarter.end),
            MeetingRow.status != MeetingStatus.CANCELLED.value,
        )
    ).all()
    meeting_ids = [row.id for row in rows]
    agreements: dict[int | None, list[str]] = {}
    for meeting_id, text in session.execute(
        select(AgreementRow.meeting_id, AgreementRow.text)
        .where(AgreementRow.meeting_id.in_(meeting_ids))
        .order_by(AgreementRow.created_at, AgreementRow.id)
    ):
        agreements.setdefault(meeting_id, []).append(text)
    goals: dict[int | None, list[str]] = {}
    for meeting_id, text in session.execute(
        select(LearningGoalRow.set_in_meeting_id, LearningGoalRow.statement)
        .where(LearningGoalRow.set_in_meeting_id.in_(meeting_ids))
        .order_by(LearningGoalRow.id)
    ):
        goals.setdefault(meeting_id, []).append(text)
    outcomes: dict[int, list[MeetingOutcome]] = {i: [] for i in aios_ids}
    for row in rows:
        if row.held_on is None:  # the query asks for held ones; keeps the type checker sure
            continue
        outcomes[row.aios_id].append(
            MeetingOutcome(
                kind=row.kind,
                held_on=row.held_on,
                signed=row.status == MeetingStatus.SIGNED.value,
                verdict=row.verdict or "",
                agreements=tuple(agreements.get(row.id, ())),
                goals=tuple(goals.get(row.id, ())),
            )
        )
    return outcomes
