"""The IOP over the whole training: which competency areas have had goals.

All seven areas must come up over time, not every period (card "IOP"); the
coverage view shows per area how many goals there were and how many were
achieved, so a gap is visible long before the final assessment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .entities import LearningGoal
from .enums import CompetencyArea, GoalStatus


@dataclass(frozen=True, slots=True)
class AreaCoverage:
    area: CompetencyArea
    goals: int = 0
    achieved: int = 0
    open: int = 0  # open or in progress

    @property
    def covered(self) -> bool:
        return self.goals > 0


def coverage(goals: Iterable[LearningGoal]) -> list[AreaCoverage]:
    """One entry per area, in the institutes' order; dropped goals do not count."""
    counts = {area: [0, 0, 0] for area in CompetencyArea}
    for goal in goals:
        if goal.status is GoalStatus.DROPPED:
            continue
        cell = counts[goal.competency]
        cell[0] += 1
        if goal.status is GoalStatus.ACHIEVED:
            cell[1] += 1
        else:
            cell[2] += 1
    return [AreaCoverage(area, *counts[area]) for area in CompetencyArea]


def uncovered(goals: Iterable[LearningGoal]) -> list[CompetencyArea]:
    return [cell.area for cell in coverage(goals) if not cell.covered]
