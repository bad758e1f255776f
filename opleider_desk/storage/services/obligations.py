"""The trainer's own obligations per training year, measured from the data file."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ...domain.dates import Period, add_months
from ...domain.entities import Aios, Meeting, Statement, TrainerEvent, stored_id
from ...domain.enums import CategoryKey, MeetingKind
from ...domain.hour_statements_check import StatementCheck, statement_check
from ...domain.norm_sets import training_year
from ...domain.obligations import ObligationResult
from ...domain.regulation_obligations import obligations_by_regulation
from ...domain.ruled import Ruled
from ..mapping import to_entities
from ..models import AiosRow, MeetingRow, StatementRow, TrainerEventRow
from ..store import Store
from .hour_totals import longest_session_per_week, own_minutes_per_day
from .norms import NormService
from .profile import ProfileService


class ObligationService:
    def __init__(self, store: Store):
        self.store = store

    def training_year(self, day: date) -> Period:
        return training_year(self.store.service(NormService).norms(), day)

    def training_years(self, today: date, count: int = 4) -> list[Period]:
        """The current training year and the ``count - 1`` before it, newest first."""
        current = self.training_year(today)
        return [Period.twelve_months(add_months(current.start, -12 * n)) for n in range(count)]

    def results(self, period: Period, today: date) -> list[ObligationResult]:
        """Each obligation by the regulation it belongs to (``domain.regulation_obligations``)."""
        norm_service = self.store.service(NormService)
        ruled: dict[str, Ruled] = {}

        def ruled_by(key: str) -> Ruled:
            if key not in ruled:
                ruled[key] = Ruled(norm_service.regulation(key), norm_service.norms(key))
            return ruled[key]

        trainer = ruled_by(norm_service.trainer_regulation_key())
        profile = self.store.service(ProfileService).get_or_default()
        with self.store.read() as session:
            aios = to_entities(Aios, session.scalars(select(AiosRow)))
            ids = [stored_id(a.id) for a in aios]
            meetings = to_entities(
                Meeting,
                session.scalars(
                    select(MeetingRow).where(MeetingRow.kind == MeetingKind.EVALUATIEGESPREK_DOCENT.value)
                ),
            )
            events = to_entities(TrainerEvent, session.scalars(select(TrainerEventRow)))
            own = own_minutes_per_day(
                session, (CategoryKey.EIGEN_SCHOLING, CategoryKey.INTERVISIE), period.start, period.end
            )
            joint = longest_session_per_week(
                session, CategoryKey.GEZAMENLIJK_SPREEKUUR, ids, period.start, period.end
            )
        return obligations_by_regulation(
            trainer=trainer,
            of_aios=lambda a: ruled_by(norm_service.regulation_key_of(a)),
            aios=aios,
            period=period,
            today=today,
            profile=profile,
            meetings=meetings,
            trainer_events=events,
            own_minutes_per_day=own,
            joint_surgery_per_week=joint,
        )

    def statements(self, period: Period, today: date) -> StatementCheck:
        with self.store.read() as session:
            aios = to_entities(Aios, session.scalars(select(AiosRow)))
            statements = to_entities(Statement, session.scalars(select(StatementRow)))
        return statement_check(period, today, aios, statements)
