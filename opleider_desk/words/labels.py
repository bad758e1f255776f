"""Display names for the domain's enum values, in the user's language.

The domain stores stable keys; this is the one place that names them.
Functions rather than module-level dicts, so the text is looked up after the
translators are installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q

from ..domain.enums import (
    AgreementOwner,
    AgreementStatus,
    AiosStatus,
    CategoryKey,
    ChecklistStatus,
    CompetencyArea,
    GoalStatus,
    MeetingStatus,
    Role,
)

if TYPE_CHECKING:
    from ..domain.norms import NormStatus
    from ..domain.templates import Verdict


def role(value: Role) -> str:
    return {
        Role.HUISARTSOPLEIDER: Q.translate("Labels", "GP trainer"),
        Role.PRAKTIJKBEGELEIDER: Q.translate("Labels", "Practice supervisor"),
        Role.OTHER_OPLEIDER: Q.translate("Labels", "Other trainer"),
    }[value]


def role_short(value: Role) -> str:
    return {
        Role.HUISARTSOPLEIDER: Q.translate("Labels", "GP trainer"),
        Role.PRAKTIJKBEGELEIDER: Q.translate("Labels", "Practice supervisor"),
        Role.OTHER_OPLEIDER: Q.translate("Labels", "Trainer"),
    }[value]


def aios_status(value: AiosStatus) -> str:
    return {
        AiosStatus.ACTIVE: Q.translate("Labels", "Active"),
        AiosStatus.PAUSED: Q.translate("Labels", "Paused"),
        AiosStatus.FINISHED: Q.translate("Labels", "Finished"),
        AiosStatus.STOPPED: Q.translate("Labels", "Stopped"),
    }[value]


def competency(value: CompetencyArea) -> str:
    return {
        CompetencyArea.MEDISCH_HANDELEN: Q.translate("Labels", "Medical expertise"),
        CompetencyArea.COMMUNICATIE: Q.translate("Labels", "Communication"),
        CompetencyArea.SAMENWERKING: Q.translate("Labels", "Collaboration"),
        CompetencyArea.KENNIS_EN_WETENSCHAP: Q.translate("Labels", "Knowledge and science"),
        CompetencyArea.MAATSCHAPPELIJK_HANDELEN: Q.translate("Labels", "Social accountability"),
        CompetencyArea.ORGANISATIE: Q.translate("Labels", "Organisation"),
        CompetencyArea.PROFESSIONALITEIT: Q.translate("Labels", "Professionalism"),
        CompetencyArea.LEIDERSCHAP: Q.translate("Labels", "Leadership"),
    }[value]


def category(key: str | None, own_name: str = "") -> str:
    """A category's name: the user's own wording wins over the built-in one."""
    if own_name:
        return own_name
    names = {
        CategoryKey.LEERGESPREK: Q.translate("Labels", "Learning talk"),
        CategoryKey.GEZAMENLIJK_SPREEKUUR: Q.translate("Labels", "Joint surgery"),
        CategoryKey.PATIENTBESPREKING: Q.translate("Labels", "Patient discussion"),
        CategoryKey.OBSERVATIE_KPB: Q.translate("Labels", "Observation / KPB"),
        CategoryKey.VOORTGANGSGESPREK: Q.translate("Labels", "Progress / assessment meeting"),
        CategoryKey.COACHINGSGESPREK: Q.translate("Labels", "Coaching talk"),
        CategoryKey.OVERLEG_INSTITUUT: Q.translate("Labels", "Consultation with the institute"),
        CategoryKey.OVERLEG_OPLEIDER_PB: Q.translate("Labels", "Consultation trainer – practice supervisor"),
        CategoryKey.EIGEN_SCHOLING: Q.translate("Labels", "Own training (trainer days)"),
        CategoryKey.INTERVISIE: Q.translate("Labels", "Intervision"),
        CategoryKey.PORTFOLIO_ADMINISTRATIE: Q.translate("Labels", "Portfolio / administration"),
        CategoryKey.OVERIG: Q.translate("Labels", "Other"),
    }
    try:
        return names[CategoryKey(key or "")]
    except ValueError:
        return key or ""


def meeting_status(value: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: Q.translate("Labels", "Planned"),
        MeetingStatus.HELD: Q.translate("Labels", "Held"),
        MeetingStatus.SIGNED: Q.translate("Labels", "Report signed"),
        MeetingStatus.CANCELLED: Q.translate("Labels", "Cancelled"),
    }[value]


def agreement_owner(value: AgreementOwner) -> str:
    return {
        AgreementOwner.AIOS: Q.translate("Labels", "Trainee"),
        AgreementOwner.OPLEIDER: Q.translate("Labels", "Trainer"),
        AgreementOwner.PRAKTIJKBEGELEIDER: Q.translate("Labels", "Practice supervisor"),
        AgreementOwner.BOTH: Q.translate("Labels", "Trainee and trainer"),
    }[value]


def agreement_status(value: AgreementStatus) -> str:
    return {
        AgreementStatus.OPEN: Q.translate("Labels", "Open"),
        AgreementStatus.DONE: Q.translate("Labels", "Done"),
        AgreementStatus.CANCELLED: Q.translate("Labels", "Cancelled"),
    }[value]


def goal_status(value: GoalStatus) -> str:
    return {
        GoalStatus.OPEN: Q.translate("Labels", "Open"),
        GoalStatus.IN_PROGRESS: Q.translate("Labels", "In progress"),
        GoalStatus.ACHIEVED: Q.translate("Labels", "Achieved"),
        GoalStatus.DROPPED: Q.translate("Labels", "Dropped"),
    }[value]


def checklist_status(value: ChecklistStatus) -> str:
    return {
        ChecklistStatus.MISSING: Q.translate("Labels", "Missing"),
        ChecklistStatus.PRESENT: Q.translate("Labels", "Present"),
        ChecklistStatus.REVIEWED: Q.translate("Labels", "Reviewed"),
    }[value]


def speaker(value) -> str:
    """Who talks in a guided step (``domain.templates.Speaker``)."""
    from ..domain.templates import Speaker

    return {
        Speaker.AIOS: Q.translate("Labels", "Trainee"),
        Speaker.OPLEIDER: Q.translate("Labels", "Trainer"),
        Speaker.BOTH: Q.translate("Labels", "Trainee and trainer"),
    }[value]


def signer(value) -> str:
    """A role that signs a meeting report (``domain.templates.Signer``)."""
    from ..domain.templates import Signer

    return {
        Signer.OPLEIDER: Q.translate("Labels", "Trainer"),
        Signer.AIOS: Q.translate("Labels", "Trainee"),
        Signer.INSTITUUTSOPLEIDER: Q.translate("Labels", "Institute trainer"),
        Signer.PRAKTIJKBEGELEIDER: Q.translate("Labels", "Practice supervisor"),
        Signer.DOCENT: Q.translate("Labels", "Tutor"),
    }[value]


def verdict(options: Verdict | None, key: str, language: str) -> str:
    """A stored verdict in words: the template's option, an old 0.1 value marked as old, else the key."""
    if not key:
        return ""
    if options is not None:
        found = next((o.label.get(language) for o in options.options if o.key == key), None)
        if found:
            return found
    old = {
        "twijfel": Q.translate("Labels", "doubt (old value)"),
        "ongeschikt": Q.translate("Labels", "unsuitable (old value)"),
    }
    return old.get(key, key)


def norm_status_text(status: NormStatus) -> str:
    """Where the hours stand against a norm (the statement's words, and the totals' heard ones)."""
    from ..domain.norms import NormStatus

    return {
        NormStatus.UNDER: Q.translate("StatementPdf", "below the norm"),
        NormStatus.OK: Q.translate("StatementPdf", "in line with the norm"),
        NormStatus.OVER: Q.translate("StatementPdf", "above the norm"),
    }[status]
