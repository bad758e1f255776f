"""The meeting report (verslag) and the agenda to hand out beforehand.

Both take a ``MeetingDocument`` whose every word is already in the user's
language (the UI builds it, see ``ui/meetings/document.py``) and the
``ReportWords`` for headings and labels; nothing here translates.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Spacer

from ..domain.meeting_rules import TEXT_MAX
from ..domain.validation import NAME_MAX
from .layout import (
    PageMark,
    Signer,
    build_pdf,
    content_width,
    fit,
    grid_table,
    para,
    signature_blocks,
    styles,
)

# A meeting's title (its column holds 300 characters) and a line of its agenda.
_TITLE_MAX = 300


@dataclass(frozen=True)
class ReportWords:
    agenda: str
    preparation: str
    course: str  # heading of the answers per step
    agreements: str
    goals: str
    verdict: str
    explanation: str
    signatures: str
    agreement_headers: tuple[str, str, str]  # agreement, who, due
    goal_headers: tuple[str, str, str, str, str]  # area, goal, activities, deadline / test, status
    empty: str  # shown for a question left unanswered
    none: str  # "None." for an empty section
    name: str
    date: str
    signature: str
    page: str  # "Page {page} of {total}"
    code: str  # "Verification code {code}"
    draft: str  # printed when the report is not signed yet
    concept: str = "CONCEPT"  # across every page of a report not marked signed
    concept_note: str = ""  # top of such a page
    signed_note: str = ""  # "Marked as signed on {date}"
    subject: str = ""  # "Meeting report"
    cut: str = "[… {count}]"  # after a text cut short: "[… {count} more characters not printed]"


@dataclass(frozen=True)
class ReportStep:
    title: str
    speaker: str = ""  # who talks, translated; empty when the method does not say
    answers: tuple[tuple[str, str], ...] = ()  # (label, answer as text)


@dataclass(frozen=True)
class MeetingDocument:
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    agenda: tuple[str, ...]
    preparation: tuple[str, ...] = ()
    steps: tuple[ReportStep, ...] = ()
    agreements: tuple[tuple[str, str, str], ...] = ()
    goals: tuple[tuple[str, str, str, str, str], ...] = ()
    verdict: tuple[str, str, str] | None = None  # label, chosen option, explanation
    signers: tuple[Signer, ...] = ()
    code: str = ""
    signed: bool = False
    signed_on: str = ""  # the day it was marked signed, in words
    author: str = ""
    footer: str = ""  # e.g. practice and trainer; the code is added to it
    aios: str = ""  # whose meeting, and which day (in words): in the PDF's title
    day: str = ""
    agenda_title: str = ""  # "Agenda voortgangsgesprek": the agenda's heading


def printable(doc: MeetingDocument, cut: str) -> MeetingDocument:
    """The document with every text cut to the length the program accepts (``layout.fit``).

    A file from before the length limits may hold far longer answers, titles
    and names; the report prints what fits the rule and marks the rest.
    """

    def short(text: str) -> str:
        return fit(text, cut, NAME_MAX)

    def long(text: str) -> str:
        return fit(text, cut, TEXT_MAX)

    verdict = None
    if doc.verdict is not None:
        label, choice, explanation = doc.verdict
        verdict = (short(label), short(choice), fit(explanation, cut))
    return replace(
        doc,
        title=fit(doc.title, cut, _TITLE_MAX),
        subtitle=fit(doc.subtitle, cut, _TITLE_MAX),
        facts=tuple((short(label), fit(value, cut, _TITLE_MAX)) for label, value in doc.facts),
        agenda=tuple(long(line) for line in doc.agenda),
        preparation=tuple(long(line) for line in doc.preparation),
        steps=tuple(
            replace(
                step,
                title=fit(step.title, cut, _TITLE_MAX),
                answers=tuple(
                    (fit(label, cut, _TITLE_MAX), fit(answer, cut)) for label, answer in step.answers
                ),
            )
            for step in doc.steps
        ),
        agreements=tuple((long(text), short(owner), short(due)) for text, owner, due in doc.agreements),
        goals=tuple(
            (short(area), long(goal), long(activities), short(deadline), short(status))
            for area, goal, activities, deadline, status in doc.goals
        ),
        verdict=verdict,
        signers=tuple(replace(signer, name=short(signer.name)) for signer in doc.signers),
        author=short(doc.author),
        footer=fit(doc.footer, cut, _TITLE_MAX),
        aios=short(doc.aios),
        agenda_title=fit(doc.agenda_title, cut, _TITLE_MAX),
    )


def document_title(name: str, doc: MeetingDocument) -> str:
    """A PDF's title, as a viewer's title bar, tab or document list shows it: what the document
    is, whose meeting and which day ("Agenda voortgangsgesprek — Sanne de Vries — 12-03-2026");
    the kind of meeting alone does not tell one aios's agenda from another's."""
    return " — ".join(part for part in (name, doc.aios, doc.day) if part)


def _heading(doc: MeetingDocument, title: str) -> list:
    s = styles()
    rows = [[para(label, s["cell"]), para(value, s["cell"])] for label, value in doc.facts]
    values = {value for _label, value in doc.facts}
    # The names line says again what the table right under it says: then it is left out.
    repeats = all(part.strip() in values for part in doc.subtitle.split("·"))
    subtitle = [] if not doc.subtitle or repeats else [para(doc.subtitle, s["body"])]
    return [
        para(title, s["title"]),
        *subtitle,
        Spacer(1, 3 * mm),
        grid_table(rows, [45 * mm, content_width() - 45 * mm], header=False),
    ]


def _numbered(lines: tuple[str, ...]) -> ListFlowable:
    s = styles()
    # ListFlowable takes ListItems, which reportlab's stubs do not count as flowables.
    items: list[Any] = [ListItem(para(line, s["body"]), leftIndent=6 * mm) for line in lines]
    return ListFlowable(
        items,
        bulletType="1",
        bulletFontName=s["body"].fontName,
        bulletFontSize=9,
        leftIndent=6 * mm,
    )


def _footer(doc: MeetingDocument, words: ReportWords) -> str:
    code = words.code.format(code=doc.code)
    if not doc.signed:
        code = f"{code} ({words.draft})"
    return f"{doc.footer} · {code}" if doc.footer else code


def _mark(doc: MeetingDocument, words: ReportWords) -> PageMark:
    if doc.signed:
        return PageMark(words.signed_note.format(date=doc.signed_on))
    return PageMark(words.concept_note, concept=True, concept_word=words.concept)


def agenda_pdf(doc: MeetingDocument, words: ReportWords) -> bytes:
    """The agenda handed out beforehand: nothing to sign, so no fields and no mark."""
    doc = printable(doc, words.cut)
    s = styles()
    name = doc.agenda_title or doc.title
    story = _heading(doc, name)
    # An empty agenda says so, as the report does (a bare heading looked like a fault).
    story += [
        para(words.agenda, s["h2"]),
        _numbered(doc.agenda) if doc.agenda else para(words.none, s["body"]),
    ]
    if doc.preparation:
        story += [para(words.preparation, s["h2"])]
        story += [para(f"☐ {line}", s["body"]) for line in doc.preparation]
    return build_pdf(
        story,
        title=document_title(name, doc),
        author=doc.author,
        subject=words.agenda,
        footer=doc.footer,
        page_label=words.page,
        signature_fields=False,
    )


def meeting_report_pdf(doc: MeetingDocument, words: ReportWords) -> bytes:
    doc = printable(doc, words.cut)
    s = styles()
    width = content_width()
    story = _heading(doc, doc.title)
    story += [
        para(words.agenda, s["h2"]),
        _numbered(doc.agenda) if doc.agenda else para(words.none, s["body"]),
    ]

    story.append(para(words.course, s["h2"]))
    for step in doc.steps:
        title = f"{step.title} — {step.speaker}" if step.speaker else step.title
        block: list[Flowable] = [para(title, s["h3"])]
        for label, answer in step.answers:
            block.append(para(label, s["small"]))
            block.append(para(answer or words.empty, s["body"]))
        story.append(KeepTogether(block[:3]))
        story.extend(block[3:])

    if doc.verdict is not None:
        label, choice, explanation = doc.verdict
        # The heading, the question and the verdict itself on one page; a long explanation may run on.
        story += [
            KeepTogether(
                [para(words.verdict, s["h2"]), para(label, s["small"]), para(choice or words.empty, s["h3"])]
            ),
            para(words.explanation, s["small"]),
            para(explanation or words.empty, s["body"]),
        ]

    story.append(para(words.agreements, s["h2"]))
    if doc.agreements:
        rows: list[list[Any]] = [list(words.agreement_headers)]
        rows += [[para(t, s["cell"]), para(o, s["cell"]), para(d, s["cell"])] for t, o, d in doc.agreements]
        story.append(grid_table(rows, [width - 70 * mm, 40 * mm, 30 * mm]))
    else:
        story.append(para(words.none, s["body"]))

    story.append(para(words.goals, s["h2"]))
    if doc.goals:
        rows = [list(words.goal_headers)]
        rows += [[para(cell, s["cell"]) for cell in goal] for goal in doc.goals]
        story.append(grid_table(rows, [28 * mm, width - 117 * mm, 42 * mm, 25 * mm, 22 * mm]))
    else:
        story.append(para(words.none, s["body"]))

    if doc.signers:
        # The heading goes in with the blocks: on its own it ended page 1 above blocks on page 2.
        story.append(
            signature_blocks(
                doc.signers,
                name_label=words.name,
                date_label=words.date,
                signature_label=words.signature,
                width=width,
                lead=[para(words.signatures, s["h2"])],
            )
        )
    return build_pdf(
        story,
        title=document_title(doc.title, doc),
        author=doc.author,
        subject=words.subject or doc.title,
        footer=_footer(doc, words),
        page_label=words.page,
        codes=[doc.code] if doc.code else [],
        mark=_mark(doc, words),
    )
