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
_MG = "000_… (M&G)"
_LPP = "001_… (LPP)"
_MMV = "003_… (MMV)"
_HA = "004_… (huisartsopleiders)"

#: The source of each rule, by the rule key a due item names (its ``rule``).
RULES: dict[str, RuleSource] = {
    "startgesprek": RuleSource(_MMV, "kaart Introductiegesprek stage/nieuw opleidingsonderdeel"),
    "startgesprek_within_days": _OWN,
    "voortgangsgesprek": RuleSource(
        _MG, "Voortgangsbewaking 2: halfjaarlijks, te beginnen een half jaar na start"
    ),
    "geschiktheidsbeoordeling": RuleSource(_MMV, "kaart Geschiktheidsbeoordeling (jaarlijks)"),
    "eindgesprek": RuleSource(
        _MG, "Voortgangsbewaking 3: eindgesprek met de instituutsopleider aan het eind"
    ),
    "final_meeting_months_before_end": _OWN,
    "kpb": RuleSource(_MMV, "kaart KPB: tien maal per jaar"),
    "coachingsgesprek": RuleSource(_MG, "Begeleiding: jaarlijks zes tot acht coachingsgesprekken"),
    "supervision_recent": RuleSource(_MG, "Bijlage 1 §1: gemiddeld twee uur begeleiding per week"),
    "supervision_year": RuleSource(_MG, "Bijlage 1 §1: gemiddeld twee uur begeleiding per week"),
    "leoh": RuleSource(_HA, "criterium 6: LEOh minimaal 2 x per jaar"),
    "diensten": RuleSource(_HA, "criterium 1: minimaal 20 diensten in elke HLWP"),
    "hao_evaluatie": RuleSource(_HA, "criterium 7: minimaal 2 hao-evaluatiegesprekken"),
    "themed_leergesprek": RuleSource(
        _HA, "criterium 1: minimaal 1 x per week een thema- of persoonsgericht leergesprek"
    ),
    "part_time_spread": RuleSource(_HA, "criterium 1: deeltijd over ten minste drie dagen"),
    "agreement": RuleSource("", agreed=True),
    "ibt_followup": RuleSource(_MMV, "kaart Intern begeleidingstraject"),
    "ibt_followup_weeks": _OWN,
    "gbt_rgs": RuleSource(_MMV, "kaart Geïntensiveerd begeleidingstraject: RGS schriftelijk op de hoogte"),
    "gbt_progress": RuleSource(
        _MMV, "kaart Geïntensiveerd begeleidingstraject: tenminste één voortgangsgesprek"
    ),
    "gbt_closing": RuleSource(
        _MMV, "kaart Geïntensiveerd begeleidingstraject: 3–6 maanden, afgesloten met geschiktheidsbeoordeling"
    ),
    "not_suitable_next_step": RuleSource(
        _MMV, "kaart Intern/Geïntensiveerd begeleidingstraject: volgende stap na niet geschikt"
    ),
    "pb_consultation": RuleSource(_MG, "Bijlage 2 §6: praktijkbegeleider en opleider overleggen maandelijks"),
    "pb_report": RuleSource(
        _MG, "Begeleiding: de praktijkbegeleider rapporteert aan het eind van de periode"
    ),
    "span_of_control": RuleSource(_LPP, "§6 punt 5: span of control maximaal 4 aios", proposal=True),
    "inform_institution": RuleSource(
        _MG, "Bijlage 1 §9b / Bijlage 2 §11b: onderbreking langer dan twee maanden"
    ),
    "inform_institution_task": RuleSource(_MG, "Bijlage 1 §9a / Bijlage 2 §11a: de opleiderstaak neergelegd"),
    "inform_institution_hours": RuleSource(
        _MG, "Bijlage 1 §9c / Bijlage 2 §11c: minder dan 16 uur per week in het specialisme"
    ),
    "end_date_passed": _OWN,
    "check_training_start": _OWN,
    "pro_rata_part_time": _OWN,
    "interruptions_move_due": _OWN,
}


def source_of(rule: str) -> RuleSource:
    return RULES.get(rule, _OWN)
