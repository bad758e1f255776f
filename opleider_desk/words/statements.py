"""The statement's printed words in the user's language (also used by the command line).

Only QtCore here: the ``statement`` command builds these words without a
window.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QLocale

from ..reports.statement import StatementWords
from . import labels
from .formatting import current_language, format_date
from .labels import norm_status_text


@cache
def _template_titles(language: str) -> dict[str, str]:
    from ..domain.templates import TemplateError, builtin_forms_dir, load_templates

    try:
        templates = load_templates(builtin_forms_dir())
    except (TemplateError, FileNotFoundError):  # a broken template must not stop a statement
        return {}
    return {key: template.title.get(language) for key, template in templates.items()}


@cache
def _verdicts(language: str) -> dict[tuple[str, str], str]:
    from ..domain.templates import TemplateError, builtin_forms_dir, load_templates

    try:
        templates = load_templates(builtin_forms_dir())
    except (TemplateError, FileNotFoundError):
        return {}
    return {
        (key, option.key): option.label.get(language)
        for key, template in templates.items()
        if template.verdict is not None
        for option in template.verdict.options
    }


def verdict_name(kind: str, verdict: str) -> str:
    """The verdict option's words in the user's language; the key when the form is gone."""
    return _verdicts(current_language()).get((kind, verdict)) or labels.verdict(None, verdict, "")


def meeting_kind_name(kind: str) -> str:
    """The meeting template's title in the user's language; the key when there is none."""
    return _template_titles(current_language()).get(kind) or kind


def month_name(month: int) -> str:
    # Dutch writes month names in lower case; they head sections here.
    name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def statement_name() -> str:
    """The document's one name, in the UI, the PDF, file names and the guide."""
    return Q.translate("StatementPdf", "Quarterly statement")


def contacts_report_name() -> str:
    return Q.translate("StatementPdf", "Quarterly report on meeting contacts")


def quarter_name(quarter) -> str:
    """A quarter the one way it is written in each language: "K1 2026" / "Q1 2026"."""
    return Q.translate("StatementPdf", "Q{number} {year}").format(number=quarter.number, year=quarter.year)


def cut_note() -> str:
    """What a PDF prints after a text it cut short (see ``reports.layout.fit``)."""
    return Q.translate("StatementPdf", "[… {count} more characters not printed]")


def statement_words() -> StatementWords:
    return StatementWords(
        title=statement_name(),
        quarter=Q.translate("StatementPdf", "Q{number} {year}"),
        period=Q.translate("StatementPdf", "{start} to {end}"),
        trainer=Q.translate("StatementPdf", "Trainer"),
        role=Q.translate("StatementPdf", "Role"),
        practice=Q.translate("StatementPdf", "Practice"),
        employer=Q.translate("StatementPdf", "Employer"),
        institute=Q.translate("StatementPdf", "Institute"),
        aios=Q.translate("StatementPdf", "Trainee"),
        part_time=Q.translate("StatementPdf", "Part-time"),
        quarter_label=Q.translate("StatementPdf", "Quarter"),
        intro=Q.translate(
            "StatementPdf",
            "Record of the hours spent on the practice training during working time, kept by "
            "the trainer and signed after the quarter.",
        ),
        intro_no_rule=Q.translate(
            "StatementPdf",
            "The regulation followed has no rule for this statement; it is kept at the request of the "
            "training institute.",
        ),
        follows=Q.translate("StatementPdf", "Regulation: {regulation}"),
        local_text=lambda text: text.get(current_language()),
        entries_heading=Q.translate("StatementPdf", "Hours by date"),
        date_column=Q.translate("StatementPdf", "Date"),
        category_column=Q.translate("StatementPdf", "Category"),
        description_column=Q.translate("StatementPdf", "Description"),
        duration_column=Q.translate("StatementPdf", "Hours"),
        month_total=Q.translate("StatementPdf", "Total {month}"),
        no_entries=Q.translate("StatementPdf", "No hours were recorded for this trainee in this quarter."),
        summary_heading=Q.translate("StatementPdf", "Summary"),
        per_category_heading=Q.translate("StatementPdf", "Per category"),
        supervision_column=Q.translate("StatementPdf", "Supervision"),
        hours_column=Q.translate("StatementPdf", "Hours"),
        per_month_heading=Q.translate("StatementPdf", "Per month"),
        month_column=Q.translate("StatementPdf", "Month"),
        total=Q.translate("StatementPdf", "Total"),
        norm_heading=Q.translate("StatementPdf", "Supervision against the norm"),
        supervision_done=Q.translate("StatementPdf", "Supervision recorded (categories marked ✓)"),
        norm_expected=Q.translate(
            "StatementPdf",
            "Norm for this quarter: {per_week} per week, {percent} % part-time, "
            "pro rata over the days in training",
        ),
        norm_difference=Q.translate("StatementPdf", "Difference"),
        norm_status=norm_status_text,
        meetings_heading=Q.translate("StatementPdf", "Meeting contacts in this quarter"),
        meeting_kind_column=Q.translate("StatementPdf", "Kind of meeting"),
        meeting_count_column=Q.translate("StatementPdf", "Number"),
        verdicts_column=Q.translate("StatementPdf", "Verdicts"),
        agreements_column=Q.translate("StatementPdf", "Agreements made"),
        goals_column=Q.translate("StatementPdf", "IOP goals set"),
        no_meetings=Q.translate("StatementPdf", "No meetings were recorded as held in this quarter."),
        totals_heading=Q.translate("StatementPdf", "Hours per category"),
        appendix_entries=Q.translate("StatementPdf", "Appendix 1 — hours by month and date"),
        appendix_meetings=Q.translate("StatementPdf", "Appendix 2 — meeting contacts and their outcomes"),
        meeting_date_column=Q.translate("StatementPdf", "Date"),
        verdict_column=Q.translate("StatementPdf", "Verdict"),
        verdict_name=verdict_name,
        concept=Q.translate("StatementPdf", "DRAFT"),
        concept_note=Q.translate("StatementPdf", "Draft: not marked as signed"),
        signed_note=Q.translate("StatementPdf", "Marked as signed on {date}"),
        unlocked_note=Q.translate("StatementPdf", "Draft: unlocked after being marked signed on {date}"),
        subject=Q.translate("StatementPdf", "{title} {quarter} of {aios}"),
        contacts_title=contacts_report_name(),
        contacts_intro=Q.translate(
            "StatementPdf",
            "Written report on the nature and number of the meeting contacts in the quarter and their "
            "outcomes: verdicts given, agreements made, IOP learning goals set; for the policy officer "
            "of the training institution (training regulations M&G, appendix 1, 2h).",
        ),
        contacts_declaration=Q.translate(
            "StatementPdf",
            "The undersigned declare that this report correctly reflects the meeting contacts held in "
            "the quarter named above and their outcomes.",
        ),
        outcomes_heading=Q.translate("StatementPdf", "Each meeting and its outcomes"),
        contacts_part_of=Q.translate(
            "StatementPdf",
            "This report is part of the quarterly statement {quarter} and carries its verification code.",
        ),
        declaration=Q.translate(
            "StatementPdf",
            "The undersigned declare that this statement correctly reflects the hours spent on "
            "the practice training during working time in the quarter named above.",
        ),
        signatures_heading=Q.translate("StatementPdf", "Signatures"),
        aios_signer=Q.translate("StatementPdf", "Trainee"),
        opleider_signer=Q.translate("StatementPdf", "Trainer (co-signs)"),
        name_label=Q.translate("StatementPdf", "Name"),
        date_label=Q.translate("StatementPdf", "Date"),
        signature_label=Q.translate("StatementPdf", "Signature"),
        copy_to=Q.translate("StatementPdf", "Copy to: {recipient}"),
        quality_officer=Q.translate("StatementPdf", "{name}, policy officer for quality, {institute}"),
        quality_officer_unnamed=Q.translate("StatementPdf", "the policy officer for quality, {institute}"),
        footer=Q.translate("StatementPdf", "{title} · {quarter} · {aios} · verification code {code}"),
        page_label=Q.translate("StatementPdf", "Page {page} of {total}"),
        format_date=format_date,
        cut=cut_note(),
        month_name=month_name,
        category=labels.category,
        meeting_kind=meeting_kind_name,
        role_name=labels.role_short,
    )
