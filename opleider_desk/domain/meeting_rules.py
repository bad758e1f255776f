"""Rules for meetings, agreements and learning goals, and what a report's code covers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .entities import Agreement, LearningGoal, Meeting
from .enums import MeetingStatus
from .problems import Problem
from .validation import NAME_MAX, checked, date_problem, nested_text_problems, whole_number_problem

MAX_DURATION_MINUTES = 24 * 60
TEXT_MAX = 2000
# A meeting's title (its column's size) and what is typed in its form, per answer
# and for the verdict's explanation (instelling van OpleiderDesk: as an aios's notes).
TITLE_MAX = 300
ANSWER_MAX = 10_000

SIGNED = "meeting.signed"
NO_DURATION = "meeting.no_duration"
NOT_HELD = "meeting.not_held"
HOURS_LOGGED = "meeting.hours_logged"
UNKNOWN_TYPE = "meeting.unknown_type"
DURATION_RANGE = "meeting.duration_range"
NO_DATE = "meeting.no_date"
TOO_LONG = "text.too_long"


def validate_meeting(meeting: Meeting, known_kinds: Iterable[str]) -> list[Problem]:
    problems = checked(
        meeting,
        texts={"title": TITLE_MAX, "location": NAME_MAX, "participants": TEXT_MAX},
        dates=("planned_at", "held_on", "signed_on"),
        whole=("duration_minutes",),
    )
    if problems:
        return problems  # the checks below assume real dates and whole numbers
    if meeting.kind not in set(known_kinds):
        problems.append(Problem(UNKNOWN_TYPE, "kind", {"kind": meeting.kind}))
    if meeting.planned_at is None and meeting.held_on is None:
        problems.append(Problem(NO_DATE, "date"))
    if not 0 <= meeting.duration_minutes <= MAX_DURATION_MINUTES:
        problems.append(Problem(DURATION_RANGE, "duration", {"max_hours": MAX_DURATION_MINUTES // 60}))
    return problems


def held_problems(held_on: object, duration_minutes: object) -> list[Problem]:
    """Recording that a meeting took place: a day in range, a whole number of minutes."""
    problems = [p for p in (date_problem(held_on, "held_on"),) if p is not None]
    if duration_minutes is not None:
        if (problem := whole_number_problem(duration_minutes, "duration")) is not None:
            problems.append(problem)
        elif not 0 <= duration_minutes <= MAX_DURATION_MINUTES:  # type: ignore[operator]
            problems.append(Problem(DURATION_RANGE, "duration", {"max_hours": MAX_DURATION_MINUTES // 60}))
    return problems


def progress_problems(answers: Mapping[str, Any] | None, verdict_explanation: str | None) -> list[Problem]:
    """What is typed into a meeting's form: text that can be stored, of a length a report prints."""
    problems = nested_text_problems(dict(answers or {}), "answers", ANSWER_MAX)
    if verdict_explanation is not None:
        problems += nested_text_problems(verdict_explanation, "verdict_explanation", ANSWER_MAX)
    return problems


def signed_problem(meeting: Meeting) -> Problem | None:
    """The refusal for any change to a meeting whose report is signed."""
    if meeting.status is MeetingStatus.SIGNED:
        return Problem(SIGNED, None, {"signed_on": meeting.signed_on})
    return None


def validate_agreement(agreement: Agreement) -> list[Problem]:
    problems = checked(agreement, texts={"text": TEXT_MAX}, dates=("due_date", "done_on"))
    if problems:
        return problems
    if not agreement.text.strip():
        problems.append(Problem("required", "text"))
    elif len(agreement.text) > TEXT_MAX:
        problems.append(Problem(TOO_LONG, "text", {"max": TEXT_MAX}))
    return problems


def validate_goal(goal: LearningGoal) -> list[Problem]:
    problems = checked(
        goal,
        texts=dict.fromkeys(("statement", "activities", "assessment"), TEXT_MAX),
        dates=("deadline", "created_on"),
    )
    if not problems and not goal.statement.strip():
        problems.append(Problem("required", "statement"))
    return problems


def meeting_content(
    meeting: Meeting,
    *,
    template_version: int,
    trainer: str,
    aios: str,
    agreements: Iterable[Agreement],
    goals: Iterable[LearningGoal],
) -> dict[str, Any]:
    """What a meeting report's verification code is computed over.

    Everything the report prints about the meeting itself. Agreements and
    goals go in with their wording, owner and dates but without their status:
    an agreement of this meeting marked done next month must not make the
    signed paper disagree with the data.
    """
    return {
        "kind": "meeting_report",
        "template": meeting.kind,
        "template_version": template_version,
        "trainer": trainer,
        "aios": aios,
        "title": meeting.title,
        "planned_at": meeting.planned_at,
        "held_on": meeting.held_on,
        "duration_minutes": meeting.duration_minutes,
        "location": meeting.location,
        "participants": meeting.participants,
        "agenda": [{"text": item.get("text", ""), "done": bool(item.get("done"))} for item in meeting.agenda],
        "answers": _plain(meeting.answers),
        "verdict": meeting.verdict,
        "verdict_explanation": meeting.verdict_explanation,
        "agreements": sorted(
            ({"text": a.text, "owner": a.owner, "due_date": a.due_date} for a in agreements),
            key=lambda a: (a["text"], str(a["due_date"])),
        ),
        "goals": sorted(
            (
                {
                    "competency": g.competency,
                    "statement": g.statement,
                    "activities": g.activities,
                    "deadline": g.deadline,
                    "assessment": g.assessment,
                }
                for g in goals
            ),
            key=lambda g: (g["competency"].value, g["statement"]),
        ),
    }


def _plain(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers as the code can hash them; numbers stored as floats by JSON tools become ints."""
    out: dict[str, Any] = {}
    for key, value in answers.items():
        if isinstance(value, float):
            value = int(value)
        out[key] = value
    return out
