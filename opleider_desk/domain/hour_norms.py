"""Which hour norms apply to whom in a period, and how the logged hours measure up.

The rules behind the hours tab's norm lines: supervision and joint surgery per
aios in training (or with hours logged) during the period, own training for the
trainer; each measured by the norms of the aios's own regulation, and a norm
that regulation does not have gives no line. Only the part of the period that
has passed counts, so no one is behind on next month. The UI adds the names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from .entities import Aios, HourCategory, stored_id
from .enums import CategoryKey
from .in_training import in_training_during
from .norms import (
    NormCheck,
    Norms,
    NormStatus,
    expected_joint_surgery_minutes,
    expected_own_training_minutes,
    expected_supervision_minutes,
)
from .quarters import Period
from .ruled import Ruled

#: ``aios`` filter value for "every aios and the trainer's own time".
ALL: Literal["all"] = "all"
AiosFilter = int | None | Literal["all"]


@dataclass(frozen=True, slots=True)
class HourTotals:
    """Minutes in a period per (aios id or None, category id)."""

    minutes: Mapping[tuple[int | None, int], int]

    @property
    def total(self) -> int:
        return sum(self.minutes.values())

    def per_category(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for (_aios, category), minutes in self.minutes.items():
            out[category] = out.get(category, 0) + minutes
        return out

    def per_aios(self) -> dict[int | None, int]:
        out: dict[int | None, int] = {}
        for (aios, _category), minutes in self.minutes.items():
            out[aios] = out.get(aios, 0) + minutes
        return out

    def for_aios(self, aios_id: int | None, categories: Iterable[int]) -> int:
        wanted = set(categories)
        return sum(m for (a, c), m in self.minutes.items() if a == aios_id and c in wanted)


class HourNorm(StrEnum):
    SUPERVISION = "supervision_minutes_per_week"
    JOINT_SURGERY = "joint_surgery_minutes_per_week"
    OWN_TRAINING = "own_training_days_per_training_year"


#: More than expected of these is simply on target.
AT_LEAST = frozenset({HourNorm.JOINT_SURGERY, HourNorm.OWN_TRAINING})


@dataclass(frozen=True, slots=True)
class HourNormLine:
    aios: Aios | None  # None: the trainer's own time
    norm: HourNorm
    check: NormCheck

    @property
    def status(self) -> NormStatus:
        status = self.check.status
        return NormStatus.OK if self.norm in AT_LEAST and status is NormStatus.OVER else status


def _counted(aios: Aios, period: Period, totals: HourTotals) -> bool:
    # Hours logged for an aios show their norms too, whatever the dates say.
    return aios.id in totals.per_aios() or in_training_during(aios, period.start, period.end)


def hour_norm_lines(
    period: Period,
    totals: HourTotals,
    aios: Sequence[Aios],
    categories: Sequence[HourCategory],
    norms: Norms,
    shown: AiosFilter,
    today: date,
    *,
    ruled: Callable[[Aios | None], Ruled] | None = None,
) -> list[HourNormLine]:
    """``ruled`` gives an aios's (None: the trainer's) regulation and norms; without it
    everyone is measured by ``norms``."""
    passed = period.clip(None, today)
    if passed is None:
        return []
    period = passed
    supervision = [stored_id(c.id) for c in categories if c.counts_as_supervision]
    joint = [stored_id(c.id) for c in categories if c.key == CategoryKey.GEZAMENLIJK_SPREEKUUR.value]
    training = [stored_id(c.id) for c in categories if c.key == CategoryKey.EIGEN_SCHOLING.value]

    def rules_of(a: Aios | None) -> tuple[Norms, Callable[[str], bool]]:
        if ruled is None:
            return norms, lambda _key: True
        found = ruled(a)
        return found.norms, found.regulation.applies

    lines = []
    for a in aios:
        if shown not in (ALL, a.id) or not _counted(a, period, totals):
            continue
        own, applies = rules_of(a)
        if applies(HourNorm.SUPERVISION):
            expected = expected_supervision_minutes(
                period, a.part_time_percent, own, a.start_date, a.expected_end_date
            )
            checked = totals.for_aios(stored_id(a.id), supervision)
            check = NormCheck(HourNorm.SUPERVISION.value, checked, expected, own.tolerance_percent)
            lines.append(HourNormLine(a, HourNorm.SUPERVISION, check))
        if applies(HourNorm.JOINT_SURGERY):
            expected = expected_joint_surgery_minutes(period, own, a.start_date, a.expected_end_date)
            check = NormCheck(HourNorm.JOINT_SURGERY.value, totals.for_aios(stored_id(a.id), joint), expected)
            lines.append(HourNormLine(a, HourNorm.JOINT_SURGERY, check))
    trainer, trainer_applies = rules_of(None)
    if shown in (ALL, None) and trainer_applies(HourNorm.OWN_TRAINING):
        check = NormCheck(
            HourNorm.OWN_TRAINING.value,
            totals.for_aios(None, training),
            expected_own_training_minutes(period, trainer),
        )
        lines.append(HourNormLine(None, HourNorm.OWN_TRAINING, check))
    return lines
