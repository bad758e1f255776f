"""The statement's printed words in the user's language (also used by the command line).

Only QtCore here: the ``statement`` command builds these words without a
window.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QLocale

from ...domain.norms import NormStatus
from ...reports.statement import StatementWords
from .. import labels
from ..formatting import current_language, format_date


def _tr(text: str) -> str:
    return Q.translate("StatementPdf", text)


@cache
def _template_titles(language: str) -> dict[str, str]:
    from ...domain.templates import builtin_forms_dir, load_templates

    try:
        templates = load_templates(builtin_forms_dir())
    except Exception:  # a broken template file must not stop a statement from printing
        return {}
    return {key: template.title.get(language) for key, template in templates.items()}


def meeting_kind_name(kind: str) -> str:
    """The meeting template's title in the user's language; the key when there is none."""
    return _template_titles(current_language()).get(kind) or kind


def norm_status_text(status: NormStatus) -> str:
    return {
        NormStatus.UNDER: _tr("below the norm"),
        NormStatus.OK: _tr("in line with the norm"),
        NormStatus.OVER: _tr("above the norm"),
    }[status]


def month_name(month: int) -> str:
    # Dutch writes month names in lower case; they head sections here.
    name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def statement_words() -> StatementWords:
    return StatementWords(
        title=_tr("Quarterly statement of training hours"),
        quarter=_tr("Q{number} {year}"),
        period=_tr("{start} to {end}"),
        trainer=_tr("Trainer"),
        role=_tr("Role"),
        practice=_tr("Practice"),
        employer=_tr("Employer"),
        institute=_tr("Institute"),
        aios=_tr("Aios"),
        part_time=_tr("Part-time"),
        quarter_label=_tr("Quarter"),
        intro=_tr(
            "Record of the hours spent on the practice training during working time, kept by "
            "the trainer and signed after the quarter (training regulations, appendix 1 § 5d)."
        ),
        entries_heading=_tr("Hours by date"),
        date_column=_tr("Date"),
        category_column=_tr("Category"),
        description_column=_tr("Description"),
        duration_column=_tr("Hours"),
        month_total=_tr("Total {month}"),
        no_entries=_tr("No hours were recorded for this aios in this quarter."),
        summary_heading=_tr("Summary"),
        per_category_heading=_tr("Per category"),
        supervision_column=_tr("Supervision"),
        hours_column=_tr("Hours"),
        per_month_heading=_tr("Per month"),
        month_column=_tr("Month"),
        total=_tr("Total"),
        norm_heading=_tr("Supervision against the norm"),
        supervision_done=_tr("Supervision recorded (categories marked ✓)"),
        norm_expected=_tr(
            "Norm for this quarter: {per_week} per week, {percent} % part-time, "
            "pro rata over the days in training"
        ),
        norm_difference=_tr("Difference"),
        norm_status=norm_status_text,
        meetings_heading=_tr("Meeting contacts in this quarter"),
        meeting_kind_column=_tr("Kind of meeting"),
        meeting_count_column=_tr("Number"),
        no_meetings=_tr("No meetings were recorded as held in this quarter."),
        declaration=_tr(
            "The undersigned declare that this statement correctly reflects the hours spent on "
            "the practice training during working time in the quarter named above."
        ),
        signatures_heading=_tr("Signatures"),
        employer_signer=_tr("Employer ({employer})"),
        aios_signer=_tr("Aios"),
        opleider_signer=_tr("Trainer (co-signs for the practice supervisor)"),
        name_label=_tr("Name"),
        date_label=_tr("Date"),
        signature_label=_tr("Signature"),
        copy_to=_tr("Copy to: {recipient}"),
        quality_officer=_tr("{name}, policy officer for quality, {institute}"),
        quality_officer_unnamed=_tr("the policy officer for quality, {institute}"),
        footer=_tr("{title} · {quarter} · {aios} · verification code {code}"),
        page_label=_tr("Page {page} of {total}"),
        format_date=format_date,
        month_name=month_name,
        category=labels.category,
        meeting_kind=meeting_kind_name,
        role_name=labels.role_short,
    )
