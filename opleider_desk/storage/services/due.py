"""What is due per aios: gathers the inputs of ``domain.due.due_items``.

Each aios's placements and interruptions, meetings, agreements and trainer
events are read as entities; supervision, the themed leergesprekken and the
days in the practice come summed per ISO week from the database. The norms are
the ones in use (``NormService``), and which slots a meeting fills comes from
``counts_as`` of the templates the meetings use (``TemplateService``: shipped and the user's own).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select

from ...domain.due import DueItem, due_items, next_due, trainer_items
from ...domain.due_rules import due_rules
from ...domain.entities import Agreement, Aios, Meeting, TrainerEvent
from ...domain.enums import (
    AgreementStatus,
    AiosStatus,
    CategoryKey,
    MeetingKind,
    MeetingStatus,
    TrainerEventKind,
)
from ..mapping import to_entities
from ..models import AgreementRow, AiosRow, MeetingRow, TrainerEventRow
from ..store import Store
from .hour_totals import category_per_week, days_per_week, supervision_per_week
from .norms import NormService
from .templates import TemplateService
from .training import interruptions_of, placements_of

#: The trainer's events the engine reads: LEOh and diensten, and what § 9 wants told.
DUE_EVENT_KINDS = (
    TrainerEventKind.LEOH,
    TrainerEventKind.DIENST,
    TrainerEventKind.TASK_LAID_DOWN,
    TrainerEventKind.HOURS_IN_SPECIALTY,
)
#: The key of the items about the user rather than one aios (the span of control).
TRAINER = None


class DueService:
    def __init__(self, store: Store):
        self.store = store

    def counts_as(self) -> dict[str, tuple[str, ...]]:
        """Which slots each meeting type fills: ``counts_as`` of the templates the meetings use.

        The same templates the meetings use (shipped and the user's own), so a
        user's own progress meeting fills the slot a shipped one would.
        """
        return self.store.service(TemplateService).counts_as()

    def items(
        self, today: date, aios_ids: Sequence[int] | None = None, *, trainer: bool = False
    ) -> dict[int | None, list[DueItem]]:
        """Per active aios (all, or those in ``aios_ids``): its due items, most urgent first.

        With ``trainer`` the items about the user (key ``TRAINER``) come too, when there are any.
        """
        norm_service = self.store.service(NormService)
        counts_as = self.counts_as()
        with self.store.read() as session:
            query = select(AiosRow).where(AiosRow.status == AiosStatus.ACTIVE.value)
            if aios_ids is not None:
                query = query.where(AiosRow.id.in_(aios_ids))
            aios = to_entities(Aios, session.scalars(query))
            ids = [a.id for a in aios if a.id is not None]
            if not ids:
                return {}
            meetings = to_entities(
                Meeting,
                session.scalars(
                    select(MeetingRow).where(
                        MeetingRow.aios_id.in_(ids),
                        MeetingRow.status != MeetingStatus.CANCELLED.value,
                    )
                ),
            )
            agreements = to_entities(
                Agreement,
                session.scalars(
                    select(AgreementRow).where(
                        AgreementRow.aios_id.in_(ids),
                        AgreementRow.status == AgreementStatus.OPEN.value,
                    )
                ),
            )
            events = to_entities(
                TrainerEvent,
                session.scalars(
                    select(TrainerEventRow).where(
                        TrainerEventRow.kind.in_([k.value for k in DUE_EVENT_KINDS])
                    )
                ),
            )
            # The engine looks at this placement year at most; a year and a week covers it.
            since = today - timedelta(days=373)
            weekly = supervision_per_week(session, ids, since)
            leer = category_per_week(session, CategoryKey.LEERGESPREK, ids, since, today + timedelta(days=1))
            days = days_per_week(session, ids, since)
            placements = placements_of(session, ids)
            interruptions = interruptions_of(session, ids)
        by_aios: dict[int, list[Meeting]] = {}
        for meeting in meetings:
            by_aios.setdefault(meeting.aios_id, []).append(meeting)
        # A consultation of praktijkbegeleider and opleider counts for all their aios.
        consultations = [m for m in meetings if m.kind == MeetingKind.OVERLEG_OPLEIDER_PB]
        # Each aios is measured by their own regulation (the trainer's unless set otherwise).
        rules = {}
        for key in {norm_service.regulation_key_of(a) for a in aios}:
            rules[key] = due_rules(norm_service.regulation(key), norm_service.norms(key))
        rules_of = {a.id: rules[norm_service.regulation_key_of(a)] for a in aios}
        out: dict[int | None, list[DueItem]] = {
            a.id: due_items(
                a,
                today,
                placements=placements.get(a.id, []),
                interruptions=interruptions.get(a.id, []),
                meetings=[*by_aios.get(a.id, ()), *(m for m in consultations if m.aios_id != a.id)],
                agreements=agreements,
                supervision_per_week=weekly.get(a.id, {}),
                leergesprek_per_week=leer.get(a.id, {}),
                days_per_week=days.get(a.id, {}),
                trainer_events=events,
                counts_as=counts_as,
                norms=rules_of[a.id][0],
                sources=rules_of[a.id][1],
            )
            for a in aios
            if a.id is not None
        }
        if trainer:
            key = norm_service.trainer_regulation_key()
            if key not in rules:
                rules[key] = due_rules(norm_service.regulation(key), norm_service.norms(key))
            norms, sources = rules[key]
            mine = trainer_items(aios, placements, today, norms, sources)
            if mine:
                out[TRAINER] = mine
        return out

    def next_due(self, today: date) -> dict[int, DueItem | None]:
        """Per active aios: the one item for the overview's "next due" column."""
        return {
            aios_id: next_due(items) for aios_id, items in self.items(today).items() if aios_id is not None
        }

    def agreement_texts(self, agreement_ids: Sequence[int]) -> dict[int, str]:
        """What the open-items list says for an agreement item."""
        with self.store.read() as session:
            rows = session.execute(
                select(AgreementRow.id, AgreementRow.text).where(AgreementRow.id.in_(agreement_ids))
            )
            return {row[0]: row[1] for row in rows}
