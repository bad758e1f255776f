"""The trainer's obligations when the trainer and the aios follow different regulations.

The trainer's own obligations (training days, intervision, practice size,
Profiel Leerwerkplan, recognition) are those of the trainer's regulation.
The obligations that come with an aios (LEOh, diensten, hao-evaluations with
the docent, joint surgery) are owed for the aios whose regulation has the
rule, measured by that regulation's values: an M&G praktijkbegeleider with a
GP aios owes that aios the joint surgery, an M&G aios brings no diensten.
Where no regulation involved has the rule the result is ``unknown`` with the
reason ``not_in_regulation``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .entities import Aios
from .norm_sets import obligation_norms
from .obligations import ObligationKey, ObligationResult, ObligationStatus, trainer_obligations
from .ruled import Ruled

#: Which rule decides whether an obligation is owed at all.
RULE_OF: dict[ObligationKey, str] = {
    ObligationKey.TRAINING_DAYS: "own_training_days_per_training_year",
    ObligationKey.LEOH: "leoh_per_year",
    ObligationKey.DOCENT_EVALUATIONS: "docent_evaluations_per_trainee",
    ObligationKey.PROFIEL_LEERWERKPLAN: "profiel_max_age_months",
    ObligationKey.JOINT_SURGERY: "joint_surgery_minutes_per_week",
    ObligationKey.PRACTICE_SIZE: "practice_patients_per_fte_min",
    ObligationKey.OUT_OF_HOURS_SHIFTS: "shifts_per_practice_year",
    ObligationKey.INTERVISION: "intervision_sessions_per_year",
    ObligationKey.RECOGNITION: "recognition_lapse_months",
}
#: Owed per aios, by the aios's regulation.
WITH_AN_AIOS = frozenset(
    {
        ObligationKey.LEOH,
        ObligationKey.DOCENT_EVALUATIONS,
        ObligationKey.JOINT_SURGERY,
        ObligationKey.OUT_OF_HOURS_SHIFTS,
    }
)


def obligations_by_regulation(
    *,
    trainer: Ruled,
    of_aios: Callable[[Aios], Ruled],
    aios: Sequence[Aios],
    measure: Callable[..., list[ObligationResult]] = trainer_obligations,
    **facts: Any,
) -> list[ObligationResult]:
    """``trainer_obligations`` per regulation involved, each obligation from the one it belongs to.

    ``facts`` are passed to ``measure`` as they are (period, today, profile, meetings, …).
    """
    groups: dict[str, tuple[Ruled, list[Aios]]] = {}
    for a in aios:
        ruled = of_aios(a)
        groups.setdefault(ruled.regulation.key, (ruled, []))[1].append(a)
    own = _by_key(measure(aios=aios, norms=obligation_norms(trainer.norms), **facts))
    per_group = {
        key: (ruled, _by_key(measure(aios=members, norms=obligation_norms(ruled.norms), **facts)))
        for key, (ruled, members) in groups.items()
    }
    results = []
    for key, result in own.items():
        rule = RULE_OF[key]
        if key not in WITH_AN_AIOS:
            results.append(result if trainer.regulation.applies(rule) else _not_in_regulation(key))
            continue
        owed = [(ruled, found[key]) for ruled, found in per_group.values() if ruled.regulation.applies(rule)]
        results.append(_combine(key, [r for _, r in owed]) if owed else _not_in_regulation(key))
    return results


def _by_key(results: list[ObligationResult]) -> Mapping[ObligationKey, ObligationResult]:
    return {r.key: r for r in results}


def _not_in_regulation(key: ObligationKey) -> ObligationResult:
    return ObligationResult(
        key=key,
        status=ObligationStatus.UNKNOWN,
        actual=None,
        required=None,
        params={"reason": "not_in_regulation"},
    )


def _combine(key: ObligationKey, results: list[ObligationResult]) -> ObligationResult:
    """One result from the groups of aios that owe it: counts per aios add up."""
    known = [r for r in results if r.status is not ObligationStatus.UNKNOWN]
    if len(results) == 1 or not known:
        return results[0]
    if len(known) == 1:
        return known[0]
    unit = known[0].params.get("unit")
    if unit in ("aios", "weeks"):
        params: dict[str, Any] = dict(known[0].params)
        params["per_aios"] = {k: v for r in known for k, v in r.params.get("per_aios", {}).items()}
        if unit == "weeks":
            params["weeks"] = sum(r.params.get("weeks", 0) for r in known)
        actual = sum(r.actual or 0 for r in known)
        required = sum(r.required for r in known if isinstance(r.required, int))
        met = all(r.status is ObligationStatus.MET for r in known)
        status = ObligationStatus.MET if met else ObligationStatus.NOT_MET
        return ObligationResult(key=key, status=status, actual=actual, required=required, params=params)
    # Counted over the trainer (LEOh, diensten today): the strictest requirement holds.
    return max(known, key=lambda r: r.required if isinstance(r.required, int) else 0)
