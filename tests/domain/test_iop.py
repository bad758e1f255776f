"""Coverage of the seven competency areas by learning goals over the training."""

from opleider_desk.domain.entities import LearningGoal
from opleider_desk.domain.enums import CompetencyArea, GoalStatus
from opleider_desk.domain.iop import coverage, uncovered


def goal(area, status=GoalStatus.OPEN):
    return LearningGoal(aios_id=1, competency=area, statement="x", status=status)


def test_coverage_counts_goals_per_area_in_the_institutes_order():
    goals = [
        goal(CompetencyArea.COMMUNICATIE),
        goal(CompetencyArea.COMMUNICATIE, GoalStatus.ACHIEVED),
        goal(CompetencyArea.ORGANISATIE, GoalStatus.DROPPED),
    ]
    cells = coverage(goals)
    assert [c.area for c in cells] == list(CompetencyArea)
    communicatie = cells[1]
    assert (communicatie.goals, communicatie.achieved, communicatie.open) == (2, 1, 1)
    assert not cells[5].covered  # a dropped goal does not cover its area


def test_uncovered_lists_the_areas_still_to_come_up():
    assert uncovered([goal(area) for area in CompetencyArea][1:]) == [CompetencyArea.MEDISCH_HANDELEN]
    assert uncovered([]) == list(CompetencyArea)
