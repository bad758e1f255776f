"""IOP learning goals: set in one meeting, evaluated in a later one.

A goal's wording is frozen once the report of the meeting that set it is
signed; its status can still move on, recorded against the meeting that
evaluates it.
"""

from __future__ import annotations

import builtins
from datetime import date

from sqlalchemy import select

from ...domain.competency_profiles import areas_of, competency_profile
from ...domain.entities import LearningGoal
from ...domain.enums import CompetencyArea
from ...domain.iop import AreaCoverage, coverage
from ...domain.meeting_rules import validate_goal
from ...domain.problems import ValidationFailed
from ..changes import Area, Operation
from ..mapping import column_values, to_entities
from ..models import AiosRow, LearningGoalRow
from ..store import Store
from .agreements import refuse_if_meeting_signed
from .rows import get_or_gone

ADD_GOAL = Operation("add_goal", Area.GOALS)
UPDATE_GOAL = Operation("update_goal", Area.GOALS)
DELETE_GOAL = Operation("delete_goal", Area.GOALS)

_WORDING = ("competency", "statement", "activities", "deadline", "assessment")


class GoalService:
    def __init__(self, store: Store):
        self.store = store

    def list(self, aios_id: int | None = None, *, meeting_id: int | None = None) -> list[LearningGoal]:
        """Goals of an aios; with ``meeting_id`` only those that meeting set or evaluated."""
        query = select(LearningGoalRow).order_by(LearningGoalRow.created_on, LearningGoalRow.id)
        if aios_id is not None:
            query = query.where(LearningGoalRow.aios_id == aios_id)
        if meeting_id is not None:
            query = query.where(
                (LearningGoalRow.set_in_meeting_id == meeting_id)
                | (LearningGoalRow.evaluated_in_meeting_id == meeting_id)
            )
        with self.store.read() as session:
            return to_entities(LearningGoal, session.scalars(query))

    def areas(self, aios_id: int) -> tuple[CompetencyArea, ...]:
        """The areas of the aios's competency profile."""
        with self.store.read() as session:
            row = session.get(AiosRow, aios_id)
            return areas_of(row.competency_profile if row is not None else None)

    def mapping(self, aios_id: int) -> dict[CompetencyArea, CompetencyArea]:
        """Old area -> new area of the aios's profile, to show beside old goals."""
        with self.store.read() as session:
            row = session.get(AiosRow, aios_id)
            return dict(competency_profile(row.competency_profile if row is not None else None).mapping)

    def coverage(self, aios_id: int) -> builtins.list[AreaCoverage]:
        return coverage(self.list(aios_id), self.areas(aios_id))

    def add(self, goal: LearningGoal) -> int:
        problems = validate_goal(goal)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write(ADD_GOAL) as session:
            refuse_if_meeting_signed(session, goal.set_in_meeting_id)
            values = column_values(goal)
            values["statement"] = values["statement"].strip()
            values["created_on"] = goal.created_on or date.today()
            row = LearningGoalRow(**values)
            session.add(row)
            session.flush()
            return row.id

    def update(self, goal: LearningGoal, *, in_meeting: int | None = None) -> None:
        """Save a changed goal; ``in_meeting`` records the meeting that evaluated it."""
        if goal.id is None:
            raise ValueError("update needs a goal with an id")
        problems = validate_goal(goal)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write(UPDATE_GOAL) as session:
            row = self._row(session, goal.id)
            values = column_values(goal, exclude=("id", "aios_id", "set_in_meeting_id", "created_on"))
            if any(getattr(row, name) != values[name] for name in _WORDING):
                refuse_if_meeting_signed(session, row.set_in_meeting_id)
            if in_meeting is not None and in_meeting != row.set_in_meeting_id:
                refuse_if_meeting_signed(session, in_meeting)
                values["evaluated_in_meeting_id"] = in_meeting
            else:
                values["evaluated_in_meeting_id"] = row.evaluated_in_meeting_id
            for name, value in values.items():
                setattr(row, name, value)

    def delete(self, goal_id: int) -> None:
        with self.store.write(DELETE_GOAL) as session:
            row = self._row(session, goal_id)
            refuse_if_meeting_signed(session, row.set_in_meeting_id)
            session.delete(row)

    @staticmethod
    def _row(session, goal_id: int) -> LearningGoalRow:
        return get_or_gone(session, LearningGoalRow, goal_id, "goal.gone")
