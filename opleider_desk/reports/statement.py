"""The signable quarterly hour statement (A4 PDF), one or more aios per file.

Every word arrives translated in ``StatementWords`` (built in the UI layer);
this module only lays out. Each aios gets pages of their own, with their own
"page x of y" and their own verification code in the footer of every page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.durations import format_minutes
from ..domain.entities import Profile
from ..domain.enums import Role
from ..domain.norms import NormStatus
from ..domain.statement import QuarterStatement


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementWords:
    """The printed words in the user's language; patterns use ``{name}`` fields."""

    title: str  # "Quarterly statement of training hours"
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
    intro: str  # one sentence on what this document is
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
    no_meetings: str
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
    month_name: Callable[[int], str]  # 1..12 -> "July"
    category: Callable[[str | None, str], str]  # (key, own name) -> name
    meeting_kind: Callable[[str], str]
    role_name: Callable[[Role], str]


def statement_pdf(statements: Sequence[QuarterStatement], words: StatementWords) -> bytes:
    """The statements one after another, each starting on a new page."""
    from reportlab.platypus import PageBreak

    from .layout import SectionStart, build_pdf

    if not statements:
        raise ValueError("no statements to print")
    story: list = []
    for number, statement in enumerate(statements):
        if number:
            story.append(PageBreak())
        story.append(SectionStart(_footer(statement, words)))
        story += _one_statement(statement, words)
    first = statements[0]
    names = ", ".join(s.aios.name for s in statements)
    return build_pdf(
        story,
        title=f"{words.title} {_quarter(first, words)} — {names}",
        author=first.profile.name,
        footer=_footer(first, words),
        page_label=words.page_label,
    )


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
    from reportlab.platypus import KeepTogether, Spacer

    from .layout import content_width, para, styles

    s = styles()
    width = content_width()
    story: list = [para(words.title, s["title"])]
    story.append(_header(statement, words, width))
    story.append(Spacer(1, 3))
    story.append(para(words.intro, s["small"]))
    story.append(para(words.entries_heading, s["h2"]))
    if statement.entries:
        story += _entries_by_month(statement, words, width)
    else:
        story.append(para(words.no_entries, s["body"]))
    story.append(para(words.summary_heading, s["h2"]))
    story.append(_summary(statement, words, width))
    story.append(KeepTogether([para(words.norm_heading, s["h3"]), _norm(statement, words, width)]))
    story.append(KeepTogether(_meetings(statement, words, width)))
    story += _signatures(statement, words, width)
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
    table = Table(rows, colWidths=[label_w, value_w, gap, label_w, value_w], hAlign="LEFT")
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


def _summary(statement: QuarterStatement, words: StatementWords, width: float):
    """Per category and per month side by side, each with the quarter's total."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    from .layout import grid_table, para, styles

    cell = styles()["cell"]
    gap = 8 * mm
    left_w = (width - gap) * 0.62
    right_w = width - gap - left_w
    category_rows: list[list] = [[words.category_column, words.supervision_column, words.hours_column]]
    for total in statement.per_category:
        category_rows.append(
            [
                para(words.category(total.category_key, total.category_name), cell),
                "✓" if total.counts_as_supervision else "",
                format_minutes(total.minutes),
            ]
        )
    category_rows.append([words.total, "", format_minutes(statement.total_minutes)])
    categories = grid_table(
        category_rows, [left_w - 40 * mm, 22 * mm, 18 * mm], right_align_from=2, bold_last_row=True
    )
    categories.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "CENTER")]))
    month_rows: list[list] = [[words.month_column, words.hours_column]]
    for month in statement.per_month:
        month_rows.append([f"{words.month_name(month.month)} {month.year}", format_minutes(month.minutes)])
    month_rows.append([words.total, format_minutes(statement.total_minutes)])
    months = grid_table(month_rows, [right_w - 20 * mm, 20 * mm], right_align_from=1, bold_last_row=True)
    both = Table(
        [
            [
                [para(words.per_category_heading, styles()["h3"]), categories],
                [para(words.per_month_heading, styles()["h3"]), months],
            ]
        ],
        colWidths=[left_w + gap, right_w],
        hAlign="LEFT",
    )
    both.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return both


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
    from reportlab.lib.units import mm

    from .layout import grid_table, para, styles

    s = styles()
    story: list = [para(words.meetings_heading, s["h2"])]
    if not statement.meeting_contacts:
        story.append(para(words.no_meetings, s["body"]))
        return story
    rows: list[list] = [[words.meeting_kind_column, words.meeting_count_column]]
    for contact in statement.meeting_contacts:
        rows.append([words.meeting_kind(contact.kind), str(contact.count)])
    rows.append([words.total, str(statement.meeting_count)])
    story.append(grid_table(rows, [width * 0.62 - 20 * mm, 20 * mm], right_align_from=1, bold_last_row=True))
    return story


def _signers(profile: Profile, statement: QuarterStatement, words: StatementWords) -> list:
    from .layout import Signer

    signers = [
        Signer(words.role_name(profile.role), profile.name),
        Signer(words.aios_signer, statement.aios.name),
    ]
    if profile.employer:
        # The name is left open: whoever signs for the employer writes it.
        signers.append(Signer(words.employer, ""))
    if profile.role is Role.PRAKTIJKBEGELEIDER:
        signers.append(Signer(words.opleider_signer, profile.supervising_opleider))
    return signers


def _signatures(statement: QuarterStatement, words: StatementWords, width: float) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from .layout import para, signature_blocks, styles

    s = styles()
    profile = statement.profile
    lead = [para(words.signatures_heading, s["h2"]), para(words.declaration, s["body"]), Spacer(1, 4 * mm)]
    signers = _signers(profile, statement, words)
    story: list = [
        signature_blocks(
            signers,
            name_label=words.name_label,
            date_label=words.date_label,
            signature_label=words.signature_label,
            width=width,
            lead=lead,
            columns=3 if len(signers) == 3 else 2,
        ),
    ]
    if profile.quality_officer:
        recipient = words.quality_officer.format(name=profile.quality_officer, institute=profile.institute)
        recipient = recipient.rstrip(", ")
    elif profile.institute:
        recipient = words.quality_officer_unnamed.format(institute=profile.institute)
    else:
        recipient = ""
    if recipient:
        story.append(para(words.copy_to.format(recipient=recipient), s["body"]))
    return story
