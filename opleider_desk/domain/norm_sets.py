"""The one set of norm settings, seen by the rules that each need a part of it.

``Norms`` is what the trainer edits and the data file stores; the due engine
and the obligations keep their own small frozen sets so they can be tested
alone. These functions are the only place the names are matched up.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from .dates import Period, add_months
from .due_norms import DueNorms
from .norms import Norms
from .obligations import ObligationNorms
from .regulations import Regulation


def due_norms(norms: Norms) -> DueNorms:
    return DueNorms(
        progress_interval_months=norms.voortgangsgesprek_interval_months,
        suitability_interval_months=norms.geschiktheidsbeoordeling_interval_months,
        final_meeting_months_before_end=norms.final_meeting_months_before_end,
        kpb_per_year=norms.kpb_per_year,
        coaching_per_year=norms.coaching_min_per_year,
        supervision_minutes_per_week=norms.supervision_minutes_per_week,
        supervision_recent_weeks=norms.supervision_recent_weeks,
        leoh_per_year=norms.leoh_per_year,
        due_soon_days=norms.due_soon_days,
        startgesprek_within_days=norms.startgesprek_within_days,
        diensten_per_hlwp=norms.shifts_per_practice_year,
        hao_evaluations_per_aios=norms.docent_evaluations_per_trainee,
        themed_leergesprek_per_week=norms.themed_leergesprek_per_week,
        part_time_days_per_week=norms.part_time_days_per_week,
        ibt_followup_weeks=norms.ibt_followup_weeks,
        gbt_default_months=norms.gbt_default_months,
        pb_consultation_interval_months=norms.pb_consultation_interval_months,
        span_of_control_max=norms.span_of_control_max,
        institution_notice_months=norms.institution_notice_months,
        specialty_minutes_per_week_min=norms.specialty_minutes_per_week_min,
        pro_rata_part_time=norms.pro_rata_part_time > 0,
        interruptions_move_due=norms.interruptions_move_due > 0,
    )


#: Regulation rule -> the ``DueNorms`` count or interval it sets, where 0 means "not due".
SWITCHABLE: dict[str, str] = {
    "voortgangsgesprek_interval_months": "progress_interval_months",
    "geschiktheidsbeoordeling_interval_months": "suitability_interval_months",
    "kpb_per_year": "kpb_per_year",
    "coaching_min_per_year": "coaching_per_year",
    "supervision_minutes_per_week": "supervision_minutes_per_week",
    "leoh_per_year": "leoh_per_year",
    "shifts_per_practice_year": "diensten_per_hlwp",
    "docent_evaluations_per_trainee": "hao_evaluations_per_aios",
    "themed_leergesprek_per_week": "themed_leergesprek_per_week",
    "part_time_days_per_week": "part_time_days_per_week",
    "pb_consultation_interval_months": "pb_consultation_interval_months",
    "span_of_control_max": "span_of_control_max",
    "institution_notice_months": "institution_notice_months",
    "specialty_minutes_per_week_min": "specialty_minutes_per_week_min",
}


def switched_off(regulation: Regulation) -> frozenset[str]:
    """The due rules ``regulation`` switches off (an M&G aios owes no LEOh).

    ``Regulation.applies`` decides it, as for the hour norms and the trainer's
    obligations: a rule given without a value does not apply (a loaded
    regulation has every rule of ``defaults.json``, so none is just missing).
    """
    return frozenset(key for key in SWITCHABLE if not regulation.applies(key))


def regulated_due_norms(regulation: Regulation, norms: Norms) -> DueNorms:
    """The due engine's values: ``norms`` with what ``regulation`` switches off set to 0.

    The only place that decides it: the due list and the portfolio's checks both come here.
    """
    off = {SWITCHABLE[key]: 0 for key in switched_off(regulation)}
    return dataclasses.replace(due_norms(norms), **off)  # type: ignore[arg-type]  # int fields only


def obligation_norms(norms: Norms) -> ObligationNorms:
    return ObligationNorms(
        training_days_per_year=norms.own_training_days_per_training_year,
        minutes_per_training_day=norms.training_day_minutes,
        leoh_per_year=norms.leoh_per_year,
        docent_evaluations_per_aios=norms.docent_evaluations_per_trainee,
        profiel_max_age_months=norms.profiel_max_age_months,
        joint_surgery_minutes_per_week=norms.joint_surgery_minutes_per_week,
        joint_surgery_weeks_percent=norms.joint_surgery_weeks_percent,
        practice_patients_per_fte_min=norms.practice_patients_per_fte_min,
        practice_patients_per_fte_max=norms.practice_patients_per_fte_max,
        shifts_per_year=norms.shifts_per_practice_year,
        intervision_sessions_per_year=norms.intervision_sessions_per_year,
        recognition_lapse_months=norms.recognition_lapse_months,
    )


def training_year(norms: Norms, day: date) -> Period:
    """The trainer's training year holding ``day``: twelve months from the start month."""
    month = norms.training_year_start_month
    start = date(day.year if day.month >= month else day.year - 1, month, 1)
    return Period(start, add_months(start, 12))
