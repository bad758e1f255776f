"""What is due, measured by the aios's own regulation: its values and their sources.

The due engine names its rules by what is due (``voortgangsgesprek``,
``diensten``); a regulation names them by the number it sets
(``voortgangsgesprek_interval_months``, ``shifts_per_practice_year``).
``REGULATION_KEYS`` matches the two up, once. A rule the regulation gives
without a value (``null``) switches the item off (``norm_sets.switched_off``,
which the portfolio's checks use too); its source (document and section,
a proposal, or OpleiderDesk's own setting) goes on the item.
"""

from __future__ import annotations

from .bilingual import Text
from .due_norms import DueNorms, RuleSource
from .norm_sets import regulated_due_norms
from .norms import Norms
from .regulations import Regulation, Rule, RuleKind

#: Due rule key -> the regulation rule that sets its number (and so gives its source).
REGULATION_KEYS: dict[str, str] = {
    "startgesprek_within_days": "startgesprek_within_days",
    "voortgangsgesprek": "voortgangsgesprek_interval_months",
    "geschiktheidsbeoordeling": "geschiktheidsbeoordeling_interval_months",
    "final_meeting_months_before_end": "final_meeting_months_before_end",
    "kpb": "kpb_per_year",
    "coachingsgesprek": "coaching_min_per_year",
    "supervision_recent": "supervision_minutes_per_week",
    "supervision_year": "supervision_minutes_per_week",
    "leoh": "leoh_per_year",
    "diensten": "shifts_per_practice_year",
    "hao_evaluatie": "docent_evaluations_per_trainee",
    "themed_leergesprek": "themed_leergesprek_per_week",
    "part_time_spread": "part_time_days_per_week",
    "ibt_followup_weeks": "ibt_followup_weeks",
    "gbt_closing": "gbt_default_months",
    "gbt_default_months": "gbt_default_months",
    "pb_consultation": "pb_consultation_interval_months",
    "span_of_control": "span_of_control_max",
    "inform_institution": "institution_notice_months",
    "inform_institution_hours": "specialty_minutes_per_week_min",
    "pro_rata_part_time": "pro_rata_part_time",
    "interruptions_move_due": "interruptions_move_due",
}

#: Rules without a number of their own (a meeting the cycle asks for, a card's step): their
#: source is the first of these documents the regulation cites; none: OpleiderDesk's own.
CARD_SOURCES: dict[str, tuple[tuple[str, Text], ...]] = {
    "startgesprek": (
        (
            "ssgo_praktijkopleiding",
            Text(
                "Voortgangsbewaking, punt 1: een startgesprek bij aanvang van de opleiding",
                "Monitoring progress, point 1: a start meeting at the beginning of the training",
            ),
        ),
        (
            "mmv_kaartenset",
            Text(
                "Kaart Introductiegesprek stage/nieuw opleidingsonderdeel",
                "Card Introductory meeting for a placement or new part of the training",
            ),
        ),
    ),
    "eindgesprek": (
        (
            "ssgo_praktijkopleiding",
            Text(
                "Voortgangsbewaking, punt 3: samen met de instituutsopleider een eindgesprek aan het eind",
                "Monitoring progress, point 3: a final meeting at the end, together with the institute trainer",
            ),
        ),
    ),
    "pb_report": (
        (
            "ssgo_praktijkopleiding",
            Text(
                "Begeleiding: de praktijkbegeleider rapporteert aan het eind van de periode schriftelijk",
                "Supervision: the practice supervisor reports in writing at the end of the period",
            ),
        ),
    ),
    "ibt_followup": (
        ("mmv_kaartenset", Text("Kaart Intern begeleidingstraject", "Card Internal supervision plan")),
    ),
    "gbt_rgs": (
        (
            "mmv_kaartenset",
            Text(
                "Kaart Geïntensiveerd begeleidingstraject: de RGS schriftelijk op de hoogte",
                "Card Intensified supervision plan: the RGS informed in writing",
            ),
        ),
    ),
    "gbt_progress": (
        (
            "mmv_kaartenset",
            Text(
                "Kaart Geïntensiveerd begeleidingstraject: tenminste één voortgangsgesprek",
                "Card Intensified supervision plan: at least one progress meeting",
            ),
        ),
    ),
    "not_suitable_next_step": (
        (
            "mmv_kaartenset",
            Text(
                "Kaart Geïntensiveerd begeleidingstraject: na onvoldoende verbetering",
                "Card Intensified supervision plan: after insufficient improvement",
            ),
        ),
    ),
    # Asked wherever the regulation has § 9 at all (its interruption rule applies).
    "inform_institution_task": (
        (
            "ssgo_praktijkopleiding",
            Text(
                "Bijlage 1 punt 9a en Bijlage 2 punt 11a: de opleiderstaak (praktijkbegeleidingstaak) neergelegd",
                "Appendix 1 point 9a and Appendix 2 point 11a: the training task (practice supervision task) laid down",
            ),
        ),
    ),
}


def rule_source(rule: Rule) -> RuleSource:
    """A regulation rule's source as a due item carries it."""
    if rule.kind is RuleKind.DEFAULT or rule.source.document is None:
        return RuleSource("")
    document = rule.source.document
    name = f"{document.file[:3]}_…" if document.file else document.title.nl
    return RuleSource(
        name, rule.source.section, proposal=rule.kind is RuleKind.PROPOSAL, title=document.short_title
    )


def due_rules(regulation: Regulation, norms: Norms) -> tuple[DueNorms, dict[str, RuleSource]]:
    """The due engine's values (``norms``: the regulation's with the trainer's own over them)
    and, per due rule key, where it comes from in ``regulation``."""
    values = regulated_due_norms(regulation, norms)
    sources = {
        due_key: rule_source(rule)
        for due_key, key in REGULATION_KEYS.items()
        if (rule := regulation.get(key)) is not None
    }
    cited = {d.key: d for d in regulation.documents}
    for due_key, candidates in CARD_SOURCES.items():
        found = next(((cited[doc], section) for doc, section in candidates if doc in cited), None)
        if found is None:
            sources[due_key] = RuleSource("")
        else:
            document, section = found
            name = f"{document.file[:3]}_…" if document.file else document.title.nl
            sources[due_key] = RuleSource(name, section, title=document.short_title)
    return values, sources
