"""A meeting in words of the user's language, for the report and agenda PDFs.

The reports package prints what it is given; here the facts, template texts
(``Text.get(lang)``), enum names and headings are put into words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from ...domain.agenda import in_language
from ...domain.durations import format_minutes
from ...domain.enums import MeetingStatus, Role
from ...domain.problems import ValidationFailed
from ...domain.templates import Field, FieldKind, Signer, Template, expand_steps
from ...storage.services.agreements import AgreementService
from ...storage.services.aios import AiosService
from ...storage.services.goals import GoalService
from ...storage.services.meetings import MeetingService
from ...storage.services.norms import NormService
from ...storage.services.profile import ProfileService
from ...storage.store import Store
from ...words import labels
from ...words.file_names import meeting_document_name
from ...words.formatting import format_date
from .guided_form import step_title

# Fields whose content are rows of their own (agreements, goals): printed in their own sections.
_EDITED_IN_PLACE = (FieldKind.AGREEMENTS, FieldKind.GOALS, FieldKind.EARLIER_AGREEMENTS)


def report_words():
    from ...reports.meeting_report import ReportWords
    from ...words.statements import cut_note

    return ReportWords(
        agenda=Q.translate("MeetingReport", "Agenda"),
        preparation=Q.translate("MeetingReport", "Preparation"),
        course=Q.translate("MeetingReport", "Course of the meeting"),
        agreements=Q.translate("MeetingReport", "Agreements"),
        goals=Q.translate("MeetingReport", "Learning goals (IOP) set or evaluated"),
        verdict=Q.translate("MeetingReport", "Verdict"),
        explanation=Q.translate("MeetingReport", "Explanation"),
        signatures=Q.translate("MeetingReport", "Signatures"),
        agreement_headers=(
            Q.translate("MeetingReport", "Agreement"),
            Q.translate("MeetingReport", "Who"),
            Q.translate("MeetingReport", "Due"),
        ),
        goal_headers=(
            Q.translate("MeetingReport", "Area"),
            Q.translate("MeetingReport", "Learning goal"),
            Q.translate("MeetingReport", "Activities / how tested"),
            Q.translate("MeetingReport", "Deadline"),
            Q.translate("MeetingReport", "Status"),
        ),
        empty=Q.translate("MeetingReport", "—"),
        none=Q.translate("MeetingReport", "None."),
        name=Q.translate("MeetingReport", "Name"),
        date=Q.translate("MeetingReport", "Date"),
        signature=Q.translate("MeetingReport", "Signature"),
        page=Q.translate("MeetingReport", "Page {page} of {total}"),
        code=Q.translate("MeetingReport", "Verification code {code}"),
        draft=Q.translate("MeetingReport", "draft, not signed"),
        concept=Q.translate("StatementPdf", "DRAFT"),
        concept_note=Q.translate("StatementPdf", "Draft: not marked as signed"),
        signed_note=Q.translate("StatementPdf", "Marked as signed on {date}"),
        subject=Q.translate("MeetingReport", "Meeting report"),
        cut=cut_note(),
    )


def answer_text(field: Field, value: Any, lang: str, *, boxes: bool = False) -> str:
    """What the form shows for the answer, in words; "" where nothing was answered.

    A tick box has no "not answered": the form shows it unticked, so the report says No
    (with the box as the form drew it, ``boxes``, where the font prints ☐ and ☑)."""
    if field.kind is FieldKind.CHECKBOX:
        words = Q.translate("MeetingReport", "Yes") if value else Q.translate("MeetingReport", "No")
        return f"{'☑' if value else '☐'} {words}" if boxes else words
    if value is None or value == "" or value == []:
        return ""
    if field.kind is FieldKind.CHOICE:
        return next((o.label.get(lang) for o in field.options if o.key == value), str(value))
    if field.kind is FieldKind.COMPETENCIES:
        from ...domain.enums import CompetencyArea

        known = {a.value: a for a in CompetencyArea}
        return ", ".join(labels.competency(known[v]) for v in value if v in known)
    return str(value)


def _signers(template: Template, profile, aios) -> list:
    from ...reports.layout import Signer as PrintedSigner

    names = {
        Signer.OPLEIDER: profile.name,
        Signer.AIOS: aios.name,
        Signer.INSTITUUTSOPLEIDER: aios.institute_contact,
        Signer.PRAKTIJKBEGELEIDER: aios.praktijkbegeleider,
        Signer.DOCENT: "",
    }
    if profile.role is Role.PRAKTIJKBEGELEIDER:
        # The user is the praktijkbegeleider; the opleider is the one who co-signs.
        names[Signer.PRAKTIJKBEGELEIDER] = profile.name
        names[Signer.OPLEIDER] = profile.supervising_opleider
    # One empty PDF signature field per signer, named by role (unique within a report).
    return [PrintedSigner(labels.signer(s), names[s], f"{s.value}") for s in template.signers]


def _agenda_line(store: Store, item: dict) -> str:
    """An agenda point; one carried over from an earlier meeting says so, with its owner and due date."""
    text = item.get("text", "")
    if item.get("source") != "agreement" or item.get("agreement_id") is None:
        return text
    try:
        agreement = store.service(AgreementService).get(item["agreement_id"])
    except ValidationFailed:
        return text
    owner = labels.agreement_owner(agreement.owner)
    if agreement.due_date is None:
        return Q.translate("MeetingReport", "{text} (agreement from an earlier meeting · {owner})").format(
            text=text, owner=owner
        )
    return Q.translate(
        "MeetingReport", "{text} (agreement from an earlier meeting · {owner} · due {due})"
    ).format(text=text, owner=owner, due=format_date(agreement.due_date))


def meeting_document(store: Store, meeting_id: int, lang: str):
    from ...reports.meeting_report import MeetingDocument, ReportStep

    service = store.service(MeetingService)
    meeting = service.get(meeting_id)
    template = service.template(meeting.kind)
    aios = store.service(AiosService).get(meeting.aios_id)
    profile = store.service(ProfileService).get()
    title = meeting.title or template.title.get(lang)

    when = format_date(meeting.date)
    if meeting.held_on is None and meeting.planned_at is not None:
        when += " " + meeting.planned_at.strftime("%H:%M")
    facts = [
        (Q.translate("MeetingReport", "Trainee"), aios.name),
        (Q.translate("MeetingReport", "Trainer"), profile.name),
        (Q.translate("MeetingReport", "Practice"), profile.practice),
        # The programme whose rules this meeting belongs to (the aios's, else the trainer's).
        (
            Q.translate("MeetingReport", "Regulation"),
            store.service(NormService).regulation_of(aios).title.get(lang),
        ),
        (Q.translate("MeetingReport", "Meeting"), template.title.get(lang)),
        (Q.translate("MeetingReport", "Date"), when),
        (
            Q.translate("MeetingReport", "Duration"),
            format_minutes(meeting.duration_minutes) if meeting.duration_minutes else "",
        ),
        (Q.translate("MeetingReport", "Status"), labels.meeting_status(meeting.status)),
    ]
    if meeting.location:
        facts.append((Q.translate("MeetingReport", "Location"), meeting.location))
    if meeting.signed_on:
        facts.append((Q.translate("MeetingReport", "Signed on"), format_date(meeting.signed_on)))

    steps = []
    for expanded in expand_steps(template, meeting.answers):
        printable = [f for f in expanded.step.fields if f.kind not in _EDITED_IN_PLACE]
        if not printable:
            continue
        answers = tuple(
            (
                f.label.get(lang),
                answer_text(f, meeting.answers.get(expanded.answer_key(f.id)), lang, boxes=True),
            )
            for f in printable
        )
        speaker = labels.speaker(expanded.step.speaker) if expanded.step.speaker else ""
        steps.append(ReportStep(step_title(expanded, lang), speaker, answers))

    verdict = None
    if template.verdict is not None:
        choice = labels.verdict(template.verdict, meeting.verdict, lang)
        verdict = (template.verdict.label.get(lang), choice, meeting.verdict_explanation)

    agreements = tuple(
        (a.text, labels.agreement_owner(a.owner), format_date(a.due_date))
        for a in store.service(AgreementService).list(meeting.aios_id, meeting_id=meeting_id)
    )
    goals = tuple(
        (
            labels.competency(g.competency),
            g.statement,
            " / ".join(part for part in (g.activities, g.assessment) if part),
            format_date(g.deadline),
            labels.goal_status(g.status),
        )
        for g in store.service(GoalService).list(meeting.aios_id, meeting_id=meeting_id)
    )
    agenda = in_language(service.current_agenda(meeting_id), template, lang)
    return MeetingDocument(
        title=title,
        subtitle=f"{aios.name} · {profile.name}" + (f" · {profile.practice}" if profile.practice else ""),
        facts=tuple(facts),
        agenda=tuple(_agenda_line(store, item) for item in agenda),
        preparation=tuple(item.text.get(lang) for item in template.preparation),
        steps=tuple(steps),
        agreements=agreements,
        goals=goals,
        verdict=verdict,
        signers=tuple(_signers(template, profile, aios)),
        code=service.current_code(meeting_id),
        signed=meeting.status is MeetingStatus.SIGNED,
        signed_on=format_date(meeting.signed_on) if meeting.signed_on else "",
        author=profile.name,
        footer=f"{title} · {aios.name}",
        aios=aios.name,
        day=format_date(meeting.date),
        agenda_title=meeting_document_name(Q.translate("MeetingReport", "Agenda"), title),
    )
