"""The IOP over the whole training: which competency areas have had goals.

All seven areas must come up over time, not every period (card "IOP"); the
coverage view shows per area how many goals there were and how many were
achieved, so a gap is visible long before the final assessment.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .competency_profiles import areas_of
from .entities import LearningGoal
from .enums import CompetencyArea, GoalStatus


@dataclass(frozen=True, slots=True)
class AreaCoverage:
    area: CompetencyArea
    goals: int = 0
    achieved: int = 0
    open: int = 0  # open or in progress

    in_profile: bool = True  # False: an older profile's area that goals still carry

    @property
    def covered(self) -> bool:
        return self.goals > 0


def coverage(
    goals: Iterable[LearningGoal], areas: Sequence[CompetencyArea] | None = None
) -> list[AreaCoverage]:
    """One entry per area of the aios's profile, in its order; dropped goals do not count.

    ``areas`` defaults to the 2016 profile. A goal filed under an area the
    profile no longer has (Organisatie after a move to 2023) keeps its area:
    that area follows the profile's, marked ``in_profile=False``.
    """
    profile = tuple(areas) if areas is not None else areas_of(None)
    counts = {area: [0, 0, 0] for area in profile}
    for goal in goals:
        if goal.status is GoalStatus.DROPPED:
            continue
        cell = counts.setdefault(goal.competency, [0, 0, 0])
        cell[0] += 1
        if goal.status is GoalStatus.ACHIEVED:
            cell[1] += 1
        else:
            cell[2] += 1
    order = list(CompetencyArea)
    extra = sorted((a for a in counts if a not in profile), key=order.index)
    return [_entry(area, counts[area], in_profile=True) for area in profile] + [
        _entry(area, counts[area], in_profile=False) for area in extra
    ]


def _entry(area: CompetencyArea, count: list[int], *, in_profile: bool) -> AreaCoverage:
    goals, achieved, still_open = count
    return AreaCoverage(area, goals, achieved, still_open, in_profile=in_profile)


def uncovered(
    goals: Iterable[LearningGoal], areas: Sequence[CompetencyArea] | None = None
) -> list[CompetencyArea]:
    return [cell.area for cell in coverage(goals, areas) if cell.in_profile and not cell.covered]
