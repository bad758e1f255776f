"""The fixed vocabulary of the domain.

Values are stored in the data file, so they are stable identifiers, never
display text: the UI translates them (see ``opleider_desk.words.labels``).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    HUISARTSOPLEIDER = "huisartsopleider"
    PRAKTIJKBEGELEIDER = "praktijkbegeleider"
    OTHER_OPLEIDER = "other_opleider"


class AiosStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class PlacementSetting(StrEnum):
    """Where a part of the training (opleidingsonderdeel) takes place."""

    PRACTICE_OPLEIDER = "practice_opleider"  # this practice, the user as opleider
    PRACTICE_PRAKTIJKBEGELEIDER = "practice_praktijkbegeleider"  # this practice, the user as pb
    HOSPITAL = "hospital"
    GGZ = "ggz"
    ELDERLY_CARE = "elderly_care"
    INSTITUTE = "institute"
    OTHER = "other"

    @property
    def with_user(self) -> bool:
        """A placement the user trains in: their duties run only there."""
        return self in (PlacementSetting.PRACTICE_OPLEIDER, PlacementSetting.PRACTICE_PRAKTIJKBEGELEIDER)


class InterruptionKind(StrEnum):
    """Why the training in the practice stops for a while."""

    AIOS_SICK_LEAVE = "aios_sick_leave"
    AIOS_PARENTAL_LEAVE = "aios_parental_leave"  # pregnancy and parental leave
    AIOS_OTHER = "aios_other"
    TRAINER_ILLNESS = "trainer_illness"
    TRAINER_HOLIDAY = "trainer_holiday"  # holidays of the practice or the trainer
    TRAINER_OTHER = "trainer_other"

    @property
    def of_aios(self) -> bool:
        """The aios's own absence stops the training clock; the trainer's does not."""
        return self.value.startswith("aios_")


class CompetencyArea(StrEnum):
    """The competency areas of every profile, in the order the institutes list them.

    The 2016 profile has the first seven; the 2023 GP profile has
    ``LEIDERSCHAP`` where 2016 had ``ORGANISATIE`` (``domain/competency_profiles``).
    """

    MEDISCH_HANDELEN = "medisch_handelen"
    COMMUNICATIE = "communicatie"
    SAMENWERKING = "samenwerking"
    KENNIS_EN_WETENSCHAP = "kennis_en_wetenschap"
    MAATSCHAPPELIJK_HANDELEN = "maatschappelijk_handelen"
    ORGANISATIE = "organisatie"
    PROFESSIONALITEIT = "professionaliteit"
    LEIDERSCHAP = "leiderschap"


class MeetingKind(StrEnum):
    """Meeting types the rules know about.

    Meeting templates are data (``resources/forms``); a template's ``key``
    names its type. These are the keys the due engine and the reports reason
    about; a user-added template simply has a key not listed here.
    """

    STARTGESPREK = "startgesprek"
    VOORTGANGSGESPREK = "voortgangsgesprek"
    GESCHIKTHEIDSBEOORDELING = "geschiktheidsbeoordeling"
    EINDGESPREK = "eindgesprek"
    TUSSENTIJDSE_BEOORDELING = "tussentijdse_beoordeling"
    COACHINGSGESPREK = "coachingsgesprek"
    LEERGESPREK = "leergesprek"
    FEEDBACKGESPREK = "feedbackgesprek"
    STAR_GESPREK = "star_gesprek"
    KPB = "kpb"
    REFLECTIEGESPREK = "reflectiegesprek"
    INTERN_BEGELEIDINGSTRAJECT = "intern_begeleidingstraject"
    SLECHTNIEUWSGESPREK = "slechtnieuwsgesprek"
    EVALUATIEGESPREK_DOCENT = "evaluatiegesprek_docent"
    LEOH_NABESPREKING = "leoh_nabespreking"
    GEINTENSIVEERD_BEGELEIDINGSTRAJECT = "geintensiveerd_begeleidingstraject"
    OVERLEG_OPLEIDER_PB = "overleg_opleider_pb"  # the praktijkbegeleider's monthly consultation
    VERSLAG_PRAKTIJKBEGELEIDER = "verslag_praktijkbegeleider"  # the pb's report at a period's end


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    SIGNED = "signed"
    CANCELLED = "cancelled"


class AgreementOwner(StrEnum):
    AIOS = "aios"
    OPLEIDER = "opleider"
    PRAKTIJKBEGELEIDER = "praktijkbegeleider"
    BOTH = "both"


class AgreementStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ChecklistStatus(StrEnum):
    MISSING = "missing"  # ontbreekt
    PRESENT = "present"  # aanwezig
    REVIEWED = "reviewed"  # beoordeeld


class StatementStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    UNLOCKED = "unlocked"


class TrainerEventKind(StrEnum):
    """Facts about the trainer's own obligations that hours cannot show."""

    LEOH = "leoh"  # an LEOh evaluation by an aios received
    PROFIEL_LEERWERKPLAN = "profiel_leerwerkplan"  # the profile was updated
    DIENST = "dienst"  # out-of-hours shift(s) done; quantity = number of shifts
    # 000_… Bijlage 1 §9 (Bijlage 2 §11): what the trainer tells the institution directly.
    TASK_LAID_DOWN = "task_laid_down"  # the trainer lays down the task (from the day)
    HOURS_IN_SPECIALTY = "hours_in_specialty"  # from the day; quantity = hours a week in the specialty
    OTHER = "other"


class CategoryKey(StrEnum):
    """Keys of the built-in hour categories (DOMAIN.md).

    Categories are rows the user can rename or add to; the key lets the norms
    find e.g. joint surgery whatever the user calls it.
    """

    LEERGESPREK = "leergesprek"
    GEZAMENLIJK_SPREEKUUR = "gezamenlijk_spreekuur"
    PATIENTBESPREKING = "patientbespreking"
    OBSERVATIE_KPB = "observatie_kpb"
    VOORTGANGSGESPREK = "voortgangsgesprek"
    COACHINGSGESPREK = "coachingsgesprek"
    OVERLEG_INSTITUUT = "overleg_instituut"
    OVERLEG_OPLEIDER_PB = "overleg_opleider_pb"
    EIGEN_SCHOLING = "eigen_scholing"
    INTERVISIE = "intervisie"
    PORTFOLIO_ADMINISTRATIE = "portfolio_administratie"
    OVERIG = "overig"


#: Built-in categories: key -> (counts as supervision of an aios, sort order).
DEFAULT_CATEGORIES: dict[CategoryKey, tuple[bool, int]] = {
    CategoryKey.LEERGESPREK: (True, 10),
    CategoryKey.GEZAMENLIJK_SPREEKUUR: (True, 20),
    CategoryKey.PATIENTBESPREKING: (True, 30),
    CategoryKey.OBSERVATIE_KPB: (True, 40),
    CategoryKey.VOORTGANGSGESPREK: (True, 50),
    CategoryKey.COACHINGSGESPREK: (True, 60),
    CategoryKey.OVERLEG_INSTITUUT: (False, 70),
    CategoryKey.OVERLEG_OPLEIDER_PB: (False, 80),
    CategoryKey.EIGEN_SCHOLING: (False, 90),
    CategoryKey.INTERVISIE: (False, 100),
    CategoryKey.PORTFOLIO_ADMINISTRATIE: (False, 110),
    CategoryKey.OVERIG: (False, 120),
}
