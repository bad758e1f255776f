"""Coverage of the seven competency areas by learning goals over the training."""

from opleider_desk.domain.competency_profiles import GP_PROFILE_2023, PROFILE_2016, areas_of
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
    assert [c.area for c in cells] == list(areas_of(PROFILE_2016))
    communicatie = cells[1]
    assert (communicatie.goals, communicatie.achieved, communicatie.open) == (2, 1, 1)
    assert not cells[5].covered  # a dropped goal does not cover its area


def test_uncovered_lists_the_areas_still_to_come_up():
    seven = areas_of(PROFILE_2016)
    assert uncovered([goal(area) for area in seven][1:]) == [CompetencyArea.MEDISCH_HANDELEN]
    assert uncovered([]) == list(seven)


def test_on_the_2023_profile_an_old_organisatie_goal_keeps_its_area_and_shows_apart():
    areas = areas_of(GP_PROFILE_2023)
    cells = coverage([goal(CompetencyArea.ORGANISATIE)], areas)
    assert [c.area for c in cells][:7] == list(areas)
    assert cells[-1].area is CompetencyArea.ORGANISATIE and not cells[-1].in_profile
    assert cells[-1].goals == 1
    # Leiderschap is not covered by the old goal: the mapping is shown, not applied.
    assert CompetencyArea.LEIDERSCHAP in uncovered([goal(CompetencyArea.ORGANISATIE)], areas)
