"""Planning, holding, autosaving and signing meetings.

The guided form writes often (every pause in typing): those writes go
through ``save_progress``, which does not push an undo step, so Ctrl+Z
undoes what the trainer *did* (planned, held, signed) rather than the last
few keystrokes; the store carries autosaved columns into older undo steps
so that undoing one of those never rolls the typing back. A signed report
locks its meeting: every change is refused with ``meeting.signed``.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from ...domain.agenda import OpenPoint, build_agenda, follow_agreements
from ...domain.entities import Agreement, HourEntry, LearningGoal, Meeting
from ...domain.enums import AgreementStatus, MeetingStatus
from ...domain.meeting_rules import (
    HOURS_LOGGED,
    NO_DURATION,
    NOT_HELD,
    held_problems,
    meeting_content,
    progress_problems,
    signed_problem,
    validate_meeting,
)
from ...domain.problems import Problem, ValidationFailed
from ...domain.templates import Template
from ...domain.validation import date_problem
from ...domain.verification import codes_match, content_digest, legacy_code, parse_code, verification_code
from ..changes import Area, Operation
from ..mapping import to_entities, to_one
from ..models import (
    AgreementRow,
    AiosRow,
    HourCategoryRow,
    HourEntryRow,
    LearningGoalRow,
    MeetingRow,
    ProfileRow,
)
from ..store import Audit, Store
from .hours import HoursService
from .templates import TemplateService

PLAN_MEETING = Operation("plan_meeting", Area.MEETINGS, Area.MEETING_NOTES)
UPDATE_MEETING = Operation("update_meeting", Area.MEETINGS, Area.MEETING_NOTES)
HOLD_MEETING = Operation("hold_meeting", Area.MEETINGS, Area.MEETING_NOTES)
LOG_MEETING_HOURS = Operation("log_meeting_hours", Area.HOURS)
SAVE_MEETING_PROGRESS = Operation("save_meeting_progress", Area.MEETING_NOTES)
SIGN_MEETING = Operation("sign_meeting", Area.MEETINGS, Area.MEETING_NOTES)
SIGN_REPORT_DIGITALLY = Operation("sign_meeting_report_digitally", Area.MEETINGS)
DELETE_MEETING = Operation("delete_meeting", Area.MEETINGS, Area.MEETING_NOTES, Area.AGREEMENTS, Area.GOALS)

_UNSET: Any = object()


@dataclass(frozen=True, slots=True)
class ReportCodeCheck:
    """What a code typed from a meeting report belongs to."""

    meeting: Meeting
    aios: str
    signed_code_matches: bool  # the code recorded at signing
    data_matches: bool  # the report's data today still gives the code
    legacy: bool = False  # a 10-character code of version 0.1


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _read_as_is(row: MeetingRow) -> dict[str, Any]:
    return {"agenda": tuple(dict(i) for i in row.agenda or ()), "answers": dict(row.answers or {})}


def _meeting(row: MeetingRow) -> Meeting:
    return to_one(Meeting, row, **_read_as_is(row))


def _refuse_if_signed(row: MeetingRow) -> None:
    problem = signed_problem(_meeting(row))
    if problem is not None:
        raise ValidationFailed([problem])


def _get(session, meeting_id: int) -> MeetingRow:
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise ValidationFailed([Problem("meeting.gone")])
    return row


def open_points(session, aios_id: int, *, excluding_meeting: int | None = None) -> list[OpenPoint]:
    """Open agreements of the aios from other meetings, oldest first."""
    query = (
        select(AgreementRow)
        .where(AgreementRow.aios_id == aios_id, AgreementRow.status == AgreementStatus.OPEN.value)
        .order_by(AgreementRow.created_at, AgreementRow.id)
    )
    if excluding_meeting is not None:
        query = query.where(
            (AgreementRow.meeting_id.is_(None)) | (AgreementRow.meeting_id != excluding_meeting)
        )
    return [OpenPoint(row.id, row.text) for row in session.scalars(query)]


def report_content(session, row: MeetingRow, templates: dict[str, Template]) -> dict[str, Any]:
    """What the report's verification code covers, read inside ``session``."""
    profile = session.get(ProfileRow, 1)
    # What the code covers must be read whole: a row this version cannot read refuses the code.
    agreements = [
        to_one(Agreement, a)
        for a in session.scalars(select(AgreementRow).where(AgreementRow.meeting_id == row.id))
    ]
    goals = [
        to_one(LearningGoal, g)
        for g in session.scalars(
            select(LearningGoalRow).where(
                (LearningGoalRow.set_in_meeting_id == row.id)
                | (LearningGoalRow.evaluated_in_meeting_id == row.id)
            )
        )
    ]
    version = templates[row.kind].version if row.kind in templates else 0
    return meeting_content(
        _meeting(row),
        template_version=version,
        trainer=profile.name if profile else "",
        aios=row.aios.name,
        agreements=agreements,
        goals=goals,
    )


class MeetingService:
    def __init__(self, store: Store):
        self.store = store

    # ------------------------------------------------------------ templates
    def templates(self) -> dict[str, Template]:
        """The shipped templates with the user's own over them (``TemplateService``)."""
        return self.store.service(TemplateService).templates()

    def use_templates(self, templates: dict[str, Template]) -> None:
        """Meet with these templates instead of the shipped ones (an institute's own set)."""
        self.store.service(TemplateService).use_templates(templates)

    def template(self, kind: str) -> Template:
        return self.templates()[kind]

    # ------------------------------------------------------------ reading
    def list(self, aios_id: int | None = None) -> list[Meeting]:
        query = select(MeetingRow).order_by(MeetingRow.planned_at, MeetingRow.held_on, MeetingRow.id)
        if aios_id is not None:
            query = query.where(MeetingRow.aios_id == aios_id)
        with self.store.read() as session:
            return sorted(
                to_entities(Meeting, session.scalars(query), _read_as_is),
                key=lambda m: (m.date or date.max, m.id or 0),
            )

    def planned(self, aios_id: int | None = None) -> builtins.list[Meeting]:
        """Meetings still to be held that have a time: what goes into the calendar."""
        return [
            m for m in self.list(aios_id) if m.status is MeetingStatus.PLANNED and m.planned_at is not None
        ]

    def get(self, meeting_id: int) -> Meeting:
        with self.store.read() as session:
            return _meeting(_get(session, meeting_id))

    def current_agenda(self, meeting_id: int) -> builtins.list[dict[str, Any]]:
        """The agenda to show: before the meeting is held it follows the open agreements."""
        with self.store.read() as session:
            row = _get(session, meeting_id)
            agenda = [dict(item) for item in row.agenda or ()]
            if row.status != MeetingStatus.PLANNED.value or row.kind not in self.templates():
                return agenda
            points = open_points(session, row.aios_id, excluding_meeting=row.id)
            return follow_agreements(agenda, self.template(row.kind), points)

    # ------------------------------------------------------------ writing
    def plan(
        self,
        aios_id: int,
        kind: str,
        planned_at: datetime,
        duration_minutes: int,
        *,
        lang: str = "nl",
        title: str = "",
        location: str = "",
    ) -> int:
        """Plan a meeting; its agenda starts from the template and the open agreements."""
        draft = Meeting(
            aios_id=aios_id,
            kind=kind,
            title=title,
            planned_at=planned_at,
            duration_minutes=duration_minutes,
            location=location,
        )
        problems = validate_meeting(draft, self.templates())
        if problems:
            raise ValidationFailed(problems)
        now = _now()
        with self.store.write(PLAN_MEETING, audit=Audit(entity="meeting")) as session:
            if session.get(AiosRow, aios_id) is None:
                raise ValidationFailed([Problem("aios.gone")])
            agenda = build_agenda(self.template(kind), open_points(session, aios_id), lang)
            row = MeetingRow(
                aios_id=aios_id,
                kind=kind,
                title=title.strip(),
                planned_at=planned_at,
                duration_minutes=duration_minutes,
                status=MeetingStatus.PLANNED.value,
                location=location.strip(),
                agenda=agenda,
                answers={},
                current_step=0,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return row.id

    def update(self, meeting: Meeting) -> None:
        """Change the facts: date and time, duration, title, place, who takes part."""
        if meeting.id is None:
            raise ValueError("update needs a meeting with an id")
        problems = validate_meeting(meeting, self.templates())
        if problems:
            raise ValidationFailed(problems)
        with self.store.write(UPDATE_MEETING) as session:
            row = _get(session, meeting.id)
            _refuse_if_signed(row)
            # What a calendar shows of the event: a change makes its SEQUENCE
            # rise, so Outlook and Google replace the old time instead of keeping it.
            seen = (row.planned_at, row.duration_minutes, row.location, row.participants)
            row.planned_at = meeting.planned_at
            row.held_on = meeting.held_on
            row.duration_minutes = meeting.duration_minutes
            row.title = meeting.title.strip()
            row.location = meeting.location.strip()
            row.participants = meeting.participants.strip()
            if (row.planned_at, row.duration_minutes, row.location, row.participants) != seen:
                row.sequence = (row.sequence or 0) + 1
            row.updated_at = _now()

    def hold(self, meeting_id: int, held_on: date, duration_minutes: int | None = None) -> None:
        """Record that the meeting took place (on ``held_on``, taking ``duration_minutes``)."""
        if problems := held_problems(held_on, duration_minutes):
            raise ValidationFailed(problems)
        with self.store.write(HOLD_MEETING) as session:
            row = _get(session, meeting_id)
            _refuse_if_signed(row)
            if row.status == MeetingStatus.PLANNED.value:
                # The agenda as it was on the day is what the report shows.
                row.agenda = self._followed(session, row)
            row.held_on = held_on
            row.status = MeetingStatus.HELD.value
            if duration_minutes is not None:
                row.duration_minutes = duration_minutes
            row.updated_at = _now()

    def _followed(self, session, row: MeetingRow) -> builtins.list[dict[str, Any]]:
        agenda = [dict(item) for item in row.agenda or ()]
        if row.kind not in self.templates():
            return agenda
        points = open_points(session, row.aios_id, excluding_meeting=row.id)
        return follow_agreements(agenda, self.template(row.kind), points)

    def hours_logged(self, meeting_id: int, description: str) -> bool:
        with self.store.read() as session:
            return self._logged_entry(session, _get(session, meeting_id), description) is not None

    def _category_id(self, session, row: MeetingRow) -> int:
        key = self.template(row.kind).hour_category.value
        category = session.scalars(select(HourCategoryRow).where(HourCategoryRow.key == key)).first()
        if category is None:
            raise ValidationFailed([Problem("meeting.no_category", None, {"category": key})])
        return category.id

    def _logged_entry(self, session, row: MeetingRow, description: str) -> HourEntryRow | None:
        if row.held_on is None:
            return None
        return session.scalars(
            select(HourEntryRow).where(
                HourEntryRow.aios_id == row.aios_id,
                HourEntryRow.day == row.held_on,
                HourEntryRow.category_id == self._category_id(session, row),
                HourEntryRow.minutes == row.duration_minutes,
                HourEntryRow.description == description,
            )
        ).first()

    def log_hours(self, meeting_id: int, description: str) -> int:
        """Log a held meeting's duration as one hour entry in its template's category.

        ``description`` is the meeting's name in the user's language; an entry
        with the same day, category, minutes and description counts as already
        logged, so a second click does not count the meeting twice.
        """
        with self.store.read() as session:
            row = _get(session, meeting_id)
            if row.held_on is None:
                raise ValidationFailed([Problem(NOT_HELD)])
            if row.duration_minutes <= 0:
                raise ValidationFailed([Problem(NO_DURATION, "duration")])
            entry = HourEntry(
                day=row.held_on,
                minutes=row.duration_minutes,
                aios_id=row.aios_id,
                category_id=self._category_id(session, row),
                description=description,
            )

        def not_logged_yet(session) -> None:
            if self._logged_entry(session, _get(session, meeting_id), description) is not None:
                raise ValidationFailed([Problem(HOURS_LOGGED)])

        # Through the hours service: its validation, 24-hour day and signed-quarter lock.
        return HoursService(self.store).add(entry, op=LOG_MEETING_HOURS, precheck=not_logged_yet)

    def save_progress(
        self,
        meeting_id: int,
        *,
        answers: dict[str, Any] | None = None,
        agenda: Iterable[dict[str, Any]] | None = None,
        current_step: int | None = None,
        verdict: str | None = None,
        verdict_explanation: str | None = None,
    ) -> None:
        """Autosave what is being typed; not an undo step (see the module docstring)."""
        if problems := progress_problems(answers, verdict_explanation):
            raise ValidationFailed(problems)
        # Typed notes move no date and change no status: only the meeting's notes.
        with self.store.write(SAVE_MEETING_PROGRESS, undoable=False) as session:
            row = _get(session, meeting_id)
            _refuse_if_signed(row)
            changed = False
            for name, value in (
                ("answers", None if answers is None else dict(answers)),
                ("agenda", None if agenda is None else [dict(i) for i in agenda]),
                ("current_step", current_step),
                ("verdict", verdict),
                ("verdict_explanation", verdict_explanation),
            ):
                if value is not None and getattr(row, name) != value:
                    setattr(row, name, value)
                    changed = True
            if changed:
                row.updated_at = _now()

    def report_content(self, meeting_id: int) -> dict[str, Any]:
        with self.store.read() as session:
            return report_content(session, _get(session, meeting_id), self.templates())

    def _content(self, session, row: MeetingRow) -> dict[str, Any]:
        return report_content(session, row, self.templates())

    def current_code(self, meeting_id: int) -> str:
        """The signed code, or what the code would be if the report were signed now."""
        with self.store.read() as session:
            row = _get(session, meeting_id)
            return row.verification_code or verification_code(self._content(session, row))

    def record_digital_signature(self, meeting_id: int, field: str) -> None:
        """The trainer signed a PDF of the report with their certificate: in the audit log."""
        code = self.current_code(meeting_id)
        with self.store.read() as session:
            aios_id = _get(session, meeting_id).aios_id
        audit = Audit(
            entity="meeting",
            entity_id=meeting_id,
            details={"aios_id": aios_id, "field": field, "code": code},
        )
        with self.store.write(SIGN_REPORT_DIGITALLY, audit=audit, undoable=False):
            pass

    def find_code(self, typed: str) -> ReportCodeCheck | None:
        """The meeting report a code from paper belongs to: signed, or a concept printout.

        Raises ``ParseError`` as ``StatementService.verify`` does.
        """
        parsed = parse_code(typed)
        with self.store.read() as session:
            rows = session.scalars(
                select(MeetingRow)
                .where(MeetingRow.status.in_([MeetingStatus.HELD.value, MeetingStatus.SIGNED.value]))
                .order_by(MeetingRow.held_on.desc(), MeetingRow.id.desc())
            ).all()
            for row in rows:
                content = self._content(session, row)
                now = legacy_code(content) if parsed.legacy else verification_code(content)
                recorded = bool(row.verification_code) and codes_match(row.verification_code, parsed.code)
                if recorded or codes_match(now, parsed.code):
                    return ReportCodeCheck(
                        _meeting(row), row.aios.name, recorded, codes_match(now, parsed.code), parsed.legacy
                    )
        return None

    def sign(self, meeting_id: int, signed_on: date) -> str:
        """Mark the report as signed: computes and keeps its code, and locks the meeting."""
        if (problem := date_problem(signed_on, "signed_on")) is not None:
            raise ValidationFailed([problem])
        with self.store.write(SIGN_MEETING, audit=Audit(entity="meeting", entity_id=meeting_id)) as s:
            row = _get(s, meeting_id)
            _refuse_if_signed(row)
            if row.held_on is None:
                raise ValidationFailed([Problem(NOT_HELD)])
            # The content is read before the row changes: reading it flushes.
            content = self._content(s, row)
            row.status = MeetingStatus.SIGNED.value
            row.signed_on = signed_on
            row.verification_code = verification_code(content)
            row.content_sha256 = content_digest(content)
            return row.verification_code

    def delete(self, meeting_id: int) -> None:
        with self.store.write(DELETE_MEETING, audit=Audit(entity="meeting", entity_id=meeting_id)) as s:
            row = _get(s, meeting_id)
            _refuse_if_signed(row)
            # Through the ORM rather than ON DELETE SET NULL, so undo sees it.
            for agreement in s.scalars(select(AgreementRow).where(AgreementRow.meeting_id == row.id)):
                agreement.meeting_id = None
            for goal in s.scalars(
                select(LearningGoalRow).where(
                    (LearningGoalRow.set_in_meeting_id == row.id)
                    | (LearningGoalRow.evaluated_in_meeting_id == row.id)
                )
            ):
                if goal.set_in_meeting_id == row.id:
                    goal.set_in_meeting_id = None
                if goal.evaluated_in_meeting_id == row.id:
                    goal.evaluated_in_meeting_id = None
            s.flush()
            s.delete(row)
