"""What is due per aios: gathers the inputs of ``domain.due.due_items``.

Meetings, agreements and trainer events are read as entities; supervision
comes summed per ISO week from the database. Each aios is measured by the
norms of their own regulation (``NormService.norms_for``) with the trainer's
own values over them, so an institute's own interval moves every date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select

from ...domain.due import DueItem, due_items, next_due
from ...domain.due_norms import DueNorms
from ...domain.entities import Agreement, Aios, Meeting, TrainerEvent, stored_id
from ...domain.enums import AgreementStatus, AiosStatus, MeetingStatus, TrainerEventKind
from ...domain.norm_sets import regulated_due_norms
from ..mapping import to_entity
from ..models import AgreementRow, AiosRow, MeetingRow, TrainerEventRow
from ..store import Store
from .hour_totals import supervision_per_week
from .norms import NormService


class DueService:
    def __init__(self, store: Store):
        self.store = store

    def items(self, today: date, aios_ids: Sequence[int] | None = None) -> dict[int, list[DueItem]]:
        """Per active aios (all, or those in ``aios_ids``): its due items, most urgent first."""
        norm_service = self.store.service(NormService)
        by_regulation: dict[str, DueNorms] = {}

        def norms_of(a: Aios) -> DueNorms:
            key = norm_service.regulation_key_of(a)
            if key not in by_regulation:
                by_regulation[key] = regulated_due_norms(
                    norm_service.regulation(key), norm_service.norms(key)
                )
            return by_regulation[key]

        with self.store.read() as session:
            query = select(AiosRow).where(AiosRow.status == AiosStatus.ACTIVE.value)
            if aios_ids is not None:
                query = query.where(AiosRow.id.in_(aios_ids))
            aios = [to_entity(Aios, row) for row in session.scalars(query)]
            ids = [stored_id(a.id) for a in aios]
            if not ids:
                return {}
            meetings = [
                to_entity(Meeting, row)
                for row in session.scalars(
                    select(MeetingRow).where(
                        MeetingRow.aios_id.in_(ids),
                        MeetingRow.status != MeetingStatus.CANCELLED.value,
                    )
                )
            ]
            agreements = [
                to_entity(Agreement, row)
                for row in session.scalars(
                    select(AgreementRow).where(
                        AgreementRow.aios_id.in_(ids),
                        AgreementRow.status == AgreementStatus.OPEN.value,
                    )
                )
            ]
            events = [
                to_entity(TrainerEvent, row)
                for row in session.scalars(
                    select(TrainerEventRow).where(TrainerEventRow.kind == TrainerEventKind.LEOH.value)
                )
            ]
            # The due engine looks at this placement year at most; a year and a week covers it.
            weekly = supervision_per_week(session, ids, today - timedelta(days=373))
        by_aios: dict[int, list[Meeting]] = {}
        for meeting in meetings:
            by_aios.setdefault(meeting.aios_id, []).append(meeting)
        return {
            stored_id(a.id): due_items(
                a,
                today,
                meetings=by_aios.get(stored_id(a.id), ()),
                agreements=agreements,
                supervision_per_week=weekly.get(stored_id(a.id), {}),
                trainer_events=events,
                norms=norms_of(a),
            )
            for a in aios
        }

    def next_due(self, today: date) -> dict[int, DueItem | None]:
        """Per active aios: the one item for the overview's "next due" column."""
        return {aios_id: next_due(items) for aios_id, items in self.items(today).items()}

    def agreement_texts(self, agreement_ids: Sequence[int]) -> dict[int, str]:
        """What the open-items list says for an agreement item."""
        with self.store.read() as session:
            rows = session.execute(
                select(AgreementRow.id, AgreementRow.text).where(AgreementRow.id.in_(agreement_ids))
            )
            return {row[0]: row[1] for row in rows}
