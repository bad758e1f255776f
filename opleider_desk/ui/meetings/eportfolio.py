"""A meeting's report as plain text for the e-portfolio: on the clipboard or as a .txt file.

One section per step, headed by the step's title, in the order the template
declares for the e-portfolio (``domain.eportfolio``). Plain text, no markup:
the e-portfolio's text fields show what is pasted as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ...domain.durations import format_minutes
from ...domain.eportfolio import eportfolio_steps
from ...domain.templates import FieldKind
from ...storage.services.agreements import AgreementService
from ...storage.services.aios import AiosService
from ...storage.services.goals import GoalService
from ...storage.services.meetings import MeetingService
from ...storage.services.profile import ProfileService
from ...storage.store import Store
from ...words import labels
from ...words.formatting import format_date
from .document import answer_text
from .guided_form import step_title


def eportfolio_text(store: Store, meeting_id: int, lang: str) -> str:
    service = store.service(MeetingService)
    meeting = service.get(meeting_id)
    template = service.template(meeting.kind)
    aios = store.service(AiosService).get(meeting.aios_id)
    profile = store.service(ProfileService).get()
    agreements = store.service(AgreementService).list(meeting.aios_id, meeting_id=meeting_id)
    goals = store.service(GoalService).list(meeting.aios_id, meeting_id=meeting_id)

    facts = [
        (Q.translate("MeetingReport", "Trainee"), aios.name),
        (Q.translate("MeetingReport", "Trainer"), profile.name),
        (Q.translate("MeetingReport", "Date"), format_date(meeting.date)),
        (
            Q.translate("MeetingReport", "Duration"),
            format_minutes(meeting.duration_minutes) if meeting.duration_minutes else "",
        ),
    ]
    title = meeting.title or template.title.get(lang)
    head = [title] + [f"{label}: {value}" for label, value in facts if value]
    sections = ["\n".join(head)]
    for expanded in eportfolio_steps(template, meeting.answers):
        lines: list[str] = []
        for field in expanded.step.fields:
            if field.kind is FieldKind.AGREEMENTS:
                lines += [
                    f"- {a.text} ({labels.agreement_owner(a.owner)}"
                    + (f", {format_date(a.due_date)})" if a.due_date else ")")
                    for a in agreements
                ]
                continue
            if field.kind is FieldKind.GOALS:
                for goal in goals:
                    lines.append(f"- {labels.competency(goal.competency)}: {goal.statement}")
                    lines += [f"  {part}" for part in (goal.activities, goal.assessment) if part]
                continue
            answer = meeting.answers.get(expanded.answer_key(field.id))
            if field.kind is FieldKind.CHECKBOX and answer is None:
                continue  # a box never touched: the pasted text keeps to what was said
            value = answer_text(field, answer, lang)
            if not value:
                continue
            label = field.label.get(lang)
            lines.append(f"{label}:\n{value}" if "\n" in value or len(value) > 60 else f"{label}: {value}")
        if expanded.step.shows_verdict and template.verdict is not None:
            choice = labels.verdict(template.verdict, meeting.verdict, lang)
            if choice:
                lines.append(f"{template.verdict.label.get(lang)}: {choice}")
            if meeting.verdict_explanation:
                lines.append(meeting.verdict_explanation)
        if lines:
            sections.append("\n".join([step_title(expanded, lang).upper(), *lines]))
    return "\n\n".join(sections) + "\n"


def eportfolio_file_bytes(text: str) -> bytes:
    """The .txt export: UTF-8 with a byte-order mark and Windows line ends, which
    Notepad and the e-portfolio's upload both read as written ("Şeyma", "ë")."""
    return text.replace("\n", "\r\n").encode("utf-8-sig")
