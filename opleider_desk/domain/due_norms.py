"""The rules the due engine measures an aios against: values and their sources.

``DueNorms`` holds the values; the storage layer builds it from the aios's
regulation (``due_rules.due_rules``), so each number comes from the
regulation file with its source. ``RULES`` is the engine's own account of
where each rule comes from, used where no regulation is at hand (tests, a
caller without a file) and for the rules that carry no number (the GBT card).

A source names the document and section it comes from, or is the program's
own default ("instelling van OpleiderDesk") where no document gives a value.
Program defaults that change how a value is applied (``pro_rata_part_time``,
``interruptions_move_due``) are switches the trainer can turn off.
"""

from __future__ import annotations

from dataclasses import dataclass

from .bilingual import Text
from .regulations import GP, MG, regulation


@dataclass(frozen=True, slots=True, kw_only=True)
class DueNorms:
    #: Voortgangsgesprek: every so many months, counted from the start of the training.
    progress_interval_months: int = 6
    #: Geschiktheidsbeoordeling: every so many months (per training year).
    suitability_interval_months: int = 12
    #: The eindgesprek is due this many months before the expected end of the training.
    final_meeting_months_before_end: int = 2
    #: The startgesprek is due this many days after a placement with the user starts.
    startgesprek_within_days: int = 14
    #: KPBs per year for a full-time aios.
    kpb_per_year: int = 10
    #: Coaching talks per year (the norm is 6–8; 6 is the floor).
    coaching_per_year: int = 6
    #: Supervision minutes per week for a full-time aios.
    supervision_minutes_per_week: int = 120
    #: The recent stretch over which supervision and the weekly checks run, in whole weeks.
    supervision_recent_weeks: int = 4
    #: LEOh evaluations per year.
    leoh_per_year: int = 2
    #: Out-of-hours shifts per aios in each HLWP.
    diensten_per_hlwp: int = 20
    #: Hao-evaluatiegesprekken with the docent per aios over the training.
    hao_evaluations_per_aios: int = 2
    #: Themed/process/person-oriented leergesprekken per week.
    themed_leergesprek_per_week: int = 1
    #: A part-time aios's days in the practice per week, at least.
    part_time_days_per_week: int = 3
    #: Intern begeleidingstraject: the follow-up evaluation this many weeks after the last.
    ibt_followup_weeks: int = 6
    #: Geïntensiveerd begeleidingstraject: months when the form does not say.
    gbt_default_months: int = 3
    #: Praktijkbegeleider and opleider consult every so many months.
    pb_consultation_interval_months: int = 1
    #: Aios at once for one trainer, at most.
    span_of_control_max: int = 4
    #: An interruption this many months long is reported to the institution (0: no such rule).
    institution_notice_months: int = 2
    #: The trainer works at least this much a week in the specialty, else tells the institution.
    specialty_minutes_per_week_min: int = 16 * 60
    #: An item due within this many days is "due soon".
    due_soon_days: int = 28
    #: Counts and supervision scaled by the placement's part-time percentage.
    pro_rata_part_time: bool = True
    #: The aios's own absence moves the schedule by its days; the trainer's moves
    #: a meeting that falls in it to the day after.
    interruptions_move_due: bool = True


@dataclass(frozen=True, slots=True)
class RuleSource:
    """Where a rule comes from: ``document`` "" is the program's own default."""

    document: str
    #: As the document names it; a regulation's rules and cards say it in English too.
    section: str | Text = ""
    proposal: bool = False  # the document proposes it, it is not yet a rule (``001_…``)
    agreed: bool = False  # the date was agreed in a meeting (an agreement's own due date)
    #: The document's short title in both languages, for the user; ``document`` stays the
    #: file reference ("004_…") for whoever checks the reference set.
    title: Text | None = None

    @property
    def program_default(self) -> bool:
        return not self.document and not self.agreed

    @property
    def text(self) -> str:
        """The citation; empty for an agreed date (the UI says so in the user's language)."""
        if self.agreed:
            return ""
        if self.program_default:
            return PROGRAM_DEFAULT
        return f"{self.document} {self.section_in('nl')}".strip()

    def section_in(self, lang: str) -> str:
        """The section in ``lang`` where the source gives it so, else as the document names it."""
        return self.section.get(lang) if isinstance(self.section, Text) else self.section


PROGRAM_DEFAULT = "instelling van OpleiderDesk"
_OWN = RuleSource("")


def _document(regulation_key: str, document_key: str, reference: str) -> tuple[str, Text]:
    """A document the engine's own account cites: its file reference ("004_…", for whoever
    checks the reference set) and the short title its regulation file gives it, for the user."""
    found = next(d for d in regulation(regulation_key).documents if d.key == document_key)
    return reference, found.short_title


_MG = _document(MG, "ssgo_praktijkopleiding", "000_… (M&G)")
_LPP = _document(MG, "lpp", "001_… (LPP)")
_MMV = _document(MG, "mmv_kaartenset", "003_… (MMV)")
_HA = _document(GP, "kwaliteitsplan_leiden", "004_… (huisartsopleiders)")


def _cite(document: tuple[str, Text], nl: str, en: str, *, proposal: bool = False) -> RuleSource:
    reference, title = document
    return RuleSource(reference, Text(nl, en), proposal=proposal, title=title)


_SUPERVISION = _cite(
    _MG,
    "Bijlage 1 §1: gemiddeld twee uur begeleiding per week",
    "Appendix 1 §1: on average two hours of supervision a week",
)

#: The source of each rule, by the rule key a due item names (its ``rule``).
RULES: dict[str, RuleSource] = {
    "startgesprek": _cite(
        _MMV,
        "kaart Introductiegesprek stage/nieuw opleidingsonderdeel",
        "card Introductory meeting for a placement or new part of the training",
    ),
    "startgesprek_within_days": _OWN,
    "voortgangsgesprek": _cite(
        _MG,
        "Voortgangsbewaking 2: halfjaarlijks, te beginnen een half jaar na start",
        "Monitoring progress 2: every six months, starting six months after the start",
    ),
    "geschiktheidsbeoordeling": _cite(
        _MMV, "kaart Geschiktheidsbeoordeling (jaarlijks)", "card Suitability assessment (yearly)"
    ),
    "eindgesprek": _cite(
        _MG,
        "Voortgangsbewaking 3: eindgesprek met de instituutsopleider aan het eind",
        "Monitoring progress 3: a final meeting with the institute trainer at the end",
    ),
    "final_meeting_months_before_end": _OWN,
    "kpb": _cite(_MMV, "kaart KPB: tien maal per jaar", "card KPB: ten times a year"),
    "coachingsgesprek": _cite(
        _MG,
        "Begeleiding: jaarlijks zes tot acht coachingsgesprekken",
        "Supervision: six to eight coaching talks a year",
    ),
    "supervision_recent": _SUPERVISION,
    "supervision_year": _SUPERVISION,
    "leoh": _cite(_HA, "criterium 6: LEOh minimaal 2 x per jaar", "criterion 6: LEOh at least twice a year"),
    "diensten": _cite(
        _HA,
        "criterium 1: minimaal 20 diensten in elke HLWP",
        "criterion 1: at least 20 out-of-hours shifts in each HLWP",
    ),
    "hao_evaluatie": _cite(
        _HA,
        "criterium 7: minimaal 2 hao-evaluatiegesprekken",
        "criterion 7: at least 2 evaluations with the tutor",
    ),
    "themed_leergesprek": _cite(
        _HA,
        "criterium 1: minimaal 1 x per week een thema- of persoonsgericht leergesprek",
        "criterion 1: at least once a week a themed or person-oriented learning talk",
    ),
    "part_time_spread": _cite(
        _HA,
        "criterium 1: deeltijd over ten minste drie dagen",
        "criterion 1: part-time spread over at least three days",
    ),
    "agreement": RuleSource("", agreed=True),
    "ibt_followup": _cite(_MMV, "kaart Intern begeleidingstraject", "card Internal supervision plan"),
    "ibt_followup_weeks": _OWN,
    "gbt_rgs": _cite(
        _MMV,
        "kaart Geïntensiveerd begeleidingstraject: RGS schriftelijk op de hoogte",
        "card Intensified supervision plan: the RGS informed in writing",
    ),
    "gbt_progress": _cite(
        _MMV,
        "kaart Geïntensiveerd begeleidingstraject: tenminste één voortgangsgesprek",
        "card Intensified supervision plan: at least one progress meeting",
    ),
    "gbt_closing": _cite(
        _MMV,
        "kaart Geïntensiveerd begeleidingstraject: 3–6 maanden, afgesloten met geschiktheidsbeoordeling",
        "card Intensified supervision plan: 3–6 months, closed with a suitability assessment",
    ),
    "not_suitable_next_step": _cite(
        _MMV,
        "kaart Intern/Geïntensiveerd begeleidingstraject: volgende stap na niet geschikt",
        "card Internal/Intensified supervision plan: the next step after “not suitable”",
    ),
    "pb_consultation": _cite(
        _MG,
        "Bijlage 2 §6: praktijkbegeleider en opleider overleggen maandelijks",
        "Appendix 2 §6: the practice supervisor and the trainer consult monthly",
    ),
    "pb_report": _cite(
        _MG,
        "Begeleiding: de praktijkbegeleider rapporteert aan het eind van de periode",
        "Supervision: the practice supervisor reports at the end of the period",
    ),
    "span_of_control": _cite(
        _LPP,
        "§6 punt 5: span of control maximaal 4 aios",
        "§6 point 5: span of control at most 4 trainees",
        proposal=True,
    ),
    "inform_institution": _cite(
        _MG,
        "Bijlage 1 §9b / Bijlage 2 §11b: onderbreking langer dan twee maanden",
        "Appendix 1 §9b / Appendix 2 §11b: an interruption longer than two months",
    ),
    "inform_institution_task": _cite(
        _MG,
        "Bijlage 1 §9a / Bijlage 2 §11a: de opleiderstaak neergelegd",
        "Appendix 1 §9a / Appendix 2 §11a: the training task laid down",
    ),
    "inform_institution_hours": _cite(
        _MG,
        "Bijlage 1 §9c / Bijlage 2 §11c: minder dan 16 uur per week in het specialisme",
        "Appendix 1 §9c / Appendix 2 §11c: fewer than 16 hours a week in the specialty",
    ),
    "end_date_passed": _OWN,
    "check_training_start": _OWN,
    "pro_rata_part_time": _OWN,
    "interruptions_move_due": _OWN,
}


def source_of(rule: str) -> RuleSource:
    return RULES.get(rule, _OWN)
