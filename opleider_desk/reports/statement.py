"""The kwartaalverklaring (quarterly statement, A4 PDF), one or more aios per file.

Every word arrives translated in ``StatementWords`` (built in the UI layer);
this module only lays out. Each aios gets pages of their own, with their own
"page x of y", their own verification code in the footer of every page, and
CONCEPT across every page until the statement is marked signed.

The first page is what a signer checks and signs: the header, the totals per
category against the norm, the meeting contacts with their outcomes, and the
signature block with an empty PDF signature field per signer. The entries
follow as an appendix per month, then the meetings one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import Any

from ..domain.bilingual import Text
from ..domain.durations import format_minutes
from ..domain.entities import Profile
from ..domain.enums import Role
from ..domain.meeting_rules import TEXT_MAX as MEETING_TEXT_MAX
from ..domain.norms import NormStatus
from ..domain.statement import QuarterStatement, SignerRole
from ..domain.validation import NAME_MAX, TEXT_MAX


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementWords:
    """The printed words in the user's language; patterns use ``{name}`` fields."""

    title: str  # the document's one name: "Quarterly statement"
    quarter: str  # "{number}rd quarter of {year}": {number}, {year}
    period: str  # "{start} to {end}"
    trainer: str
    role: str
    practice: str
    employer: str
    institute: str
    aios: str
    part_time: str  # "{percent} %"
    quarter_label: str  # the label before the quarter in the header
    intro: str  # one sentence on what this document is, citing no rule
    intro_no_rule: str  # after ``intro`` when the regulation has no rule for the statement
    follows: str  # "Regulation: {regulation}": {regulation}
    local_text: Callable[[Text], str]  # a data file's text in the user's language
    entries_heading: str
    date_column: str
    category_column: str
    description_column: str
    duration_column: str
    month_total: str  # "Total {month}": {month}
    no_entries: str
    summary_heading: str
    per_category_heading: str
    supervision_column: str  # header of the column marking supervision categories
    hours_column: str
    per_month_heading: str
    month_column: str
    total: str
    norm_heading: str
    supervision_done: str
    norm_expected: str  # "{per_week} per week, {percent} % part-time, pro rata": {per_week}, {percent}
    norm_difference: str
    norm_status: Callable[[NormStatus], str]
    meetings_heading: str
    meeting_kind_column: str
    meeting_count_column: str
    verdicts_column: str
    agreements_column: str
    goals_column: str
    no_meetings: str
    totals_heading: str  # "Hours per category against the norm"
    appendix_entries: str  # "Appendix 1 — hours by date"
    appendix_meetings: str  # "Appendix 2 — meeting contacts and their outcomes"
    meeting_date_column: str
    verdict_column: str
    verdict_name: Callable[[str, str], str]  # (meeting kind, verdict key) -> the verdict's words
    concept: str  # the word across an unsigned page: "CONCEPT"
    concept_note: str  # top of an unsigned page: "Concept: not marked signed"
    signed_note: str  # "Marked signed on {date}"
    unlocked_note: str  # "Concept: unlocked after being signed on {date}"
    subject: str  # "{title} {quarter} of {aios}"
    contacts_title: str = ""  # "Quarterly report on meeting contacts"
    contacts_intro: str = ""  # what the report is and which regulation asks for it
    contacts_declaration: str = ""  # what its signers declare
    contacts_part_of: str = ""  # "Part of the {statement} {quarter}; same verification code."
    outcomes_heading: str = ""  # "Each meeting and its outcomes"
    declaration: str
    signatures_heading: str
    aios_signer: str
    opleider_signer: str  # the opleider who co-signs for a praktijkbegeleider
    name_label: str
    date_label: str
    signature_label: str
    copy_to: str  # "Copy to: {recipient}": {recipient}
    quality_officer: str  # "{name}, policy officer for quality, {institute}": {name}, {institute}
    quality_officer_unnamed: str  # "the policy officer for quality, {institute}": {institute}
    footer: str  # "{title} {quarter} · {aios} · verification code {code}"
    page_label: str  # "Page {page} of {total}"
    format_date: Callable[[date], str]
    cut: str  # after a text cut short: "[… {count} more characters not printed]": {count}
    month_name: Callable[[int], str]  # 1..12 -> "July"
    category: Callable[[str | None, str], str]  # (key, own name) -> name
    meeting_kind: Callable[[str], str]
    role_name: Callable[[Role], str]


def statement_pdf(
    statements: Sequence[QuarterStatement],
    words: StatementWords,
    *,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """The statements one after another, each starting on a new page.

    ``progress`` hears how many statements are laid out as the build goes (forty
    take seconds); it may raise to stop the build.
    """
    from reportlab.platypus import PageBreak

    from .layout import Milestone, SectionStart, build_pdf

    if not statements:
        raise ValueError("no statements to print")
    statements = [printable(statement, words.cut) for statement in statements]
    story: list = []
    for number, statement in enumerate(statements):
        if number:
            story.append(PageBreak())
        story.append(SectionStart(_footer(statement, words), page_mark(statement, words)))
        if progress is not None:
            story.append(Milestone(partial(progress, number)))
        story += _one_statement(statement, words)
    first = statements[0]
    names = ", ".join(s.aios.name for s in statements)
    return build_pdf(
        story,
        title=f"{words.title} {_quarter(first, words)} — {names}",
        author=first.profile.name,
        subject=words.subject.format(title=words.title, quarter=_quarter(first, words), aios=names),
        footer=_footer(first, words),
        page_label=words.page_label,
        codes=[s.verification_code for s in statements],
    )


def printable(statement: QuarterStatement, cut: str) -> QuarterStatement:
    """The statement with every text the user typed cut to the length the program accepts.

    A file from before the length limits may hold far longer names and
    descriptions; a document prints what fits the rule and marks the rest
    (``layout.fit``). The figures and the verification code are the data's own.
    """
    from .layout import fit

    def name(text: str) -> str:
        return fit(text, cut, NAME_MAX)

    profile = statement.profile
    texts: dict[str, Any] = {
        field: fit(getattr(profile, field), cut, TEXT_MAX[field]) for field in _PROFILE_TEXTS
    }
    profile = replace(profile, **texts)
    return replace(
        statement,
        profile=profile,
        aios=replace(statement.aios, name=name(statement.aios.name)),
        entries=tuple(
            replace(
                entry,
                category_name=name(entry.category_name),
                description=fit(entry.description, cut, TEXT_MAX["description"]),
            )
            for entry in statement.entries
        ),
        per_category=tuple(replace(t, category_name=name(t.category_name)) for t in statement.per_category),
        meeting_outcomes=tuple(
            replace(
                outcome,
                agreements=tuple(fit(text, cut, MEETING_TEXT_MAX) for text in outcome.agreements),
                goals=tuple(fit(text, cut, MEETING_TEXT_MAX) for text in outcome.goals),
            )
            for outcome in statement.meeting_outcomes
        ),
        signers=tuple(replace(signer, name=name(signer.name)) for signer in statement.signers),
    )


_PROFILE_TEXTS = ("name", "practice", "employer", "institute", "quality_officer", "supervising_opleider")


def page_mark(statement: QuarterStatement, words: StatementWords):
    """CONCEPT across the page until marked signed; then the day it was."""
    from .layout import PageMark

    if statement.is_signed and statement.signed_on is not None:
        return PageMark(words.signed_note.format(date=words.format_date(statement.signed_on)))
    if statement.signed_on is not None:
        note = words.unlocked_note.format(date=words.format_date(statement.signed_on))
    else:
        note = words.concept_note
    return PageMark(note, concept=True, concept_word=words.concept)


def _quarter(statement: QuarterStatement, words: StatementWords) -> str:
    return words.quarter.format(number=statement.quarter.number, year=statement.quarter.year)


def _footer(statement: QuarterStatement, words: StatementWords) -> str:
    return words.footer.format(
        title=words.title,
        quarter=_quarter(statement, words),
        aios=statement.aios.name,
        code=statement.verification_code,
    )


def _one_statement(statement: QuarterStatement, words: StatementWords) -> list:
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    from .layout import content_width, fits_on_one_page, para, styles

    s = styles()
    width = content_width()
    # Page one: what is signed.
    story: list = [para(words.title, s["title"])]
    story.append(_header(statement, words, width))
    story.append(Spacer(1, 3))
    intro = (
        words.local_text(statement.citation)
        if statement.citation is not None
        else f"{words.intro} {words.intro_no_rule}"
    )
    story.append(para(intro, s["small"]))
    story.append(
        para(words.follows.format(regulation=words.local_text(statement.regulation_title)), s["small"])
    )
    story.append(para(words.totals_heading, s["h2"]))
    story.append(_categories(statement, words, width))
    story.append(KeepTogether([para(words.norm_heading, s["h3"]), _norm(statement, words, width)]))
    meetings = _meetings(statement, words, width)
    signatures = _signatures(statement, words, width)
    if fits_on_one_page(story + meetings + signatures, width):
        story += meetings + signatures
    else:
        # No room for both: the signature block stays on page one with the totals it
        # vouches for, never alone on a page; the meeting contacts follow it.
        story += signatures + meetings
    # The appendix: what the totals are made of.
    story.append(PageBreak())
    story.append(para(words.appendix_entries, s["h2"]))
    story.append(_months(statement, words, width))
    if statement.entries:
        story += _entries_by_month(statement, words, width)
    else:
        story.append(para(words.no_entries, s["body"]))
    if statement.meeting_outcomes:
        story.append(para(words.appendix_meetings, s["h2"]))
        story.append(_outcomes(statement, words, width))
    return story


def _header(statement: QuarterStatement, words: StatementWords, width: float):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    from .layout import FONT, FONT_BOLD

    profile, quarter = statement.profile, statement.quarter
    period = words.period.format(start=words.format_date(quarter.start), end=words.format_date(quarter.end))
    left = [
        (words.trainer, profile.name),
        (words.role, words.role_name(profile.role)),
        (words.practice, profile.practice),
    ]
    if profile.employer:
        left.append((words.employer, profile.employer))
    right = [
        (words.aios, statement.aios.name),
        (words.part_time, f"{statement.aios.part_time_percent} %"),
        (words.quarter_label, f"{_quarter(statement, words)}\n{period}"),
    ]
    if profile.institute:
        right.append((words.institute, profile.institute))
    label_w, gap = 24 * mm, 6 * mm
    value_w = (width - 2 * label_w - gap) / 2
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ("", "")
        b = right[i] if i < len(right) else ("", "")
        rows.append([a[0], _wrapped(a[1]), "", b[0], _wrapped(b[1])])
    table = Table(rows, colWidths=[label_w, value_w, gap, label_w, value_w], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (1, 0), (1, -1), FONT_BOLD),
                ("FONTNAME", (4, 0), (4, -1), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#555555")),
                ("TEXTCOLOR", (3, 0), (3, -1), colors.HexColor("#555555")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#8a96a3")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f8fa")),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (0, -1), 6),
            ]
        )
    )
    return table


def _wrapped(text: str):
    """Plain text for a bold header cell; long values wrap as a paragraph."""
    if len(text) <= 34 and "\n" not in text:
        return text
    from reportlab.lib.styles import ParagraphStyle

    from .layout import FONT_BOLD, para, styles

    return para(text, ParagraphStyle("headerValue", parent=styles()["cell"], fontName=FONT_BOLD))


def _entries_by_month(statement: QuarterStatement, words: StatementWords, width: float) -> list:
    from reportlab.lib.units import mm

    from .layout import para, styles
    from .plain_table import PlainTable

    s = styles()
    widths = [22 * mm, 56 * mm, width - 22 * mm - 56 * mm - 18 * mm, 18 * mm]
    header = [words.date_column, words.category_column, words.description_column, words.duration_column]
    story: list = []
    by_month: dict[int, list] = {}
    for entry in statement.entries:
        by_month.setdefault(entry.day.month, []).append(entry)
    for month in statement.quarter.months():
        entries = by_month.get(month)
        if not entries:
            continue
        rows = [
            [
                words.format_date(entry.day),
                words.category(entry.category_key, entry.category_name),
                entry.description,
                format_minutes(entry.minutes),
            ]
            for entry in entries
        ]
        month_label = f"{words.month_name(month)} {statement.quarter.year}"
        total = [
            "",
            words.month_total.format(month=month_label),
            "",
            format_minutes(sum(e.minutes for e in entries)),
        ]
        story.append(para(month_label, s["h3"]))
        story.append(PlainTable(header, rows, widths, right_aligned=[3], total=total))
    return story


def _categories(statement: QuarterStatement, words: StatementWords, width: float):
    from reportlab.lib.units import mm
    from reportlab.platypus import TableStyle

    from .layout import grid_table, para, styles

    cell = styles()["cell"]
    rows: list[list] = [[words.category_column, words.supervision_column, words.hours_column]]
    for total in statement.per_category:
        rows.append(
            [
                para(words.category(total.category_key, total.category_name), cell),
                "✓" if total.counts_as_supervision else "",
                format_minutes(total.minutes),
            ]
        )
    rows.append([words.total, "", format_minutes(statement.total_minutes)])
    table = grid_table(rows, [width - 52 * mm, 26 * mm, 26 * mm], right_align_from=2, bold_last_row=True)
    table.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "CENTER")]))
    return table


def _months(statement: QuarterStatement, words: StatementWords, width: float):
    from reportlab.lib.units import mm

    from .layout import grid_table

    rows: list[list] = [[words.month_column, words.hours_column]]
    for month in statement.per_month:
        rows.append([f"{words.month_name(month.month)} {month.year}", format_minutes(month.minutes)])
    rows.append([words.total, format_minutes(statement.total_minutes)])
    return grid_table(rows, [width * 0.5 - 26 * mm, 26 * mm], right_align_from=1, bold_last_row=True)


def _norm(statement: QuarterStatement, words: StatementWords, width: float):
    from reportlab.lib.units import mm

    from .layout import grid_table, para, styles

    norm = statement.norm
    difference = format_minutes(norm.difference)
    if norm.difference > 0:
        difference = "+" + difference
    expected = words.norm_expected.format(
        per_week=format_minutes(statement.norm_minutes_per_week),
        percent=statement.aios.part_time_percent,
    )
    rows: list[list[Any]] = [
        [words.supervision_done, format_minutes(norm.actual_minutes)],
        [para(expected, styles()["cell"]), format_minutes(norm.expected_minutes)],
        [f"{words.norm_difference} — {words.norm_status(norm.status)}", difference],
    ]
    return grid_table(rows, [width - 30 * mm, 30 * mm], header=False, right_align_from=1, bold_last_row=True)


def _meetings(statement: QuarterStatement, words: StatementWords, width: float) -> list:
    """Nature and number of the meeting contacts, and their outcomes (`000_…` asks for both)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether

    from .layout import grid_table, para, styles

    s = styles()
    heading = para(words.meetings_heading, s["h2"])
    if not statement.meeting_contacts:
        return [KeepTogether([heading, para(words.no_meetings, s["body"])])]
    rows: list[list] = [
        _header_cells(
            [
                words.meeting_kind_column,
                words.meeting_count_column,
                words.verdicts_column,
                words.agreements_column,
                words.goals_column,
            ],
            right_from=1,
        )
    ]
    for contact in statement.meeting_contacts:
        rows.append(
            [
                para(words.meeting_kind(contact.kind), styles()["cell"]),
                str(contact.count),
                str(contact.verdicts),
                str(contact.agreements),
                str(contact.goals),
            ]
        )
    rows.append(
        [
            words.total,
            str(statement.meeting_count),
            str(sum(c.verdicts for c in statement.meeting_contacts)),
            str(sum(c.agreements for c in statement.meeting_contacts)),
            str(sum(c.goals for c in statement.meeting_contacts)),
        ]
    )
    number = (width - 66 * mm) / 4  # wide enough for "Gemaakte afspraken" on two whole lines
    table = grid_table(
        rows, [width - 4 * number, number, number, number, number], right_align_from=1, bold_last_row=True
    )
    return [KeepTogether([heading, table])]


def _header_cells(texts: list[str], right_from: int | None = None) -> list:
    """Bold header cells that wrap instead of running into the next column."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from .layout import FONT_BOLD, para, styles

    left = ParagraphStyle("headLeft", parent=styles()["cell"], fontName=FONT_BOLD)
    right = ParagraphStyle("headRight", parent=left, alignment=TA_RIGHT)
    return [
        para(text, right if right_from is not None and i >= right_from else left)
        for i, text in enumerate(texts)
    ]


def _outcomes(statement: QuarterStatement, words: StatementWords, width: float):
    """Each meeting held: when, what kind, the verdict, the agreements made and goals set."""
    from reportlab.lib.units import mm

    from .layout import grid_table, para, styles

    cell = styles()["cell"]
    rows: list[list] = [
        [
            words.meeting_date_column,
            words.meeting_kind_column,
            words.verdict_column,
            words.agreements_column,
            words.goals_column,
        ]
    ]
    for outcome in statement.meeting_outcomes:
        rows.append(
            [
                words.format_date(outcome.held_on),
                para(words.meeting_kind(outcome.kind), cell),
                para(words.verdict_name(outcome.kind, outcome.verdict) if outcome.verdict else "—", cell),
                para("\n".join(f"• {text}" for text in outcome.agreements) or "—", cell),
                para("\n".join(f"• {text}" for text in outcome.goals) or "—", cell),
            ]
        )
    rest = width - 22 * mm - 38 * mm - 30 * mm
    return grid_table(rows, [22 * mm, 38 * mm, 30 * mm, rest / 2, rest / 2])


def signature_field_name(statement: QuarterStatement, role: SignerRole, document: str = "") -> str:
    """The PDF signature field of one signer: unique per aios and quarter within a file."""
    prefix = f"{document}_" if document else ""
    return (
        f"{prefix}{role.value}_{statement.aios.id or 0}_{statement.quarter.year}Q{statement.quarter.number}"
    )


def _signers(
    profile: Profile, statement: QuarterStatement, words: StatementWords, document: str = ""
) -> list:
    from .layout import Signer

    names = {
        SignerRole.TRAINER: words.role_name(profile.role),
        SignerRole.AIOS: words.aios_signer,
        SignerRole.EMPLOYER: words.employer,
        SignerRole.OPLEIDER: words.opleider_signer,
    }
    return [
        Signer(names[signer.role], signer.name, signature_field_name(statement, signer.role, document))
        for signer in statement.signers
        if not document or signer.role in (SignerRole.TRAINER, SignerRole.AIOS, SignerRole.OPLEIDER)
    ]


def _signatures(statement: QuarterStatement, words: StatementWords, width: float, document: str = "") -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from .layout import para, signature_blocks, styles

    s = styles()
    profile = statement.profile
    declaration = words.contacts_declaration if document else words.declaration
    lead = [para(words.signatures_heading, s["h2"]), para(declaration, s["body"]), Spacer(1, 4 * mm)]
    signers = _signers(profile, statement, words, document)
    story: list = [
        signature_blocks(
            signers,
            name_label=words.name_label,
            date_label=words.date_label,
            signature_label=words.signature_label,
            width=width,
            lead=lead,
            columns=3 if len(signers) >= 3 else 2,
        ),
    ]
    if statement.copy_to is not None:
        named = ", ".join(part for part in (profile.quality_officer, profile.institute) if part)
        recipient = words.local_text(statement.copy_to) + (f" ({named})" if named else "")
    elif profile.quality_officer:
        recipient = words.quality_officer.format(name=profile.quality_officer, institute=profile.institute)
        recipient = recipient.rstrip(", ")
    elif profile.institute:
        recipient = words.quality_officer_unnamed.format(institute=profile.institute)
    else:
        recipient = ""
    if recipient:
        story.append(para(words.copy_to.format(recipient=recipient), s["body"]))
    return story


CONTACTS = "contacts"  # the signature fields' prefix in the meeting contacts report


def meeting_contacts_pdf(statements: Sequence[QuarterStatement], words: StatementWords) -> bytes:
    """The quarterly report on meeting contacts (`000_…`: nature, number and outcomes), signable.

    Its figures are those of the statement's section, so it carries the
    statement's verification code and its CONCEPT mark or signed date.
    """
    from reportlab.platypus import PageBreak, Spacer

    from .layout import SectionStart, build_pdf, content_width, para, styles

    if not statements:
        raise ValueError("no statements to print")
    statements = [printable(statement, words.cut) for statement in statements]
    s = styles()
    width = content_width()
    story: list = []
    for number, statement in enumerate(statements):
        if number:
            story.append(PageBreak())
        story.append(SectionStart(_contacts_footer(statement, words), page_mark(statement, words)))
        story.append(para(words.contacts_title, s["title"]))
        story.append(_header(statement, words, width))
        story.append(Spacer(1, 3))
        story.append(para(words.contacts_intro, s["small"]))
        story.append(para(words.contacts_part_of.format(quarter=_quarter(statement, words)), s["small"]))
        story += _meetings(statement, words, width)
        if statement.meeting_outcomes:
            story.append(para(words.outcomes_heading, s["h3"]))
            story.append(_outcomes(statement, words, width))
        story += _signatures(statement, words, width, CONTACTS)
    first = statements[0]
    names = ", ".join(st.aios.name for st in statements)
    return build_pdf(
        story,
        title=f"{words.contacts_title} {_quarter(first, words)} — {names}",
        author=first.profile.name,
        subject=words.subject.format(title=words.contacts_title, quarter=_quarter(first, words), aios=names),
        footer=_contacts_footer(first, words),
        page_label=words.page_label,
        codes=[st.verification_code for st in statements],
    )


def _contacts_footer(statement: QuarterStatement, words: StatementWords) -> str:
    return words.footer.format(
        title=words.contacts_title,
        quarter=_quarter(statement, words),
        aios=statement.aios.name,
        code=statement.verification_code,
    )
