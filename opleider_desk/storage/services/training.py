"""Reading an aios's placements and interruptions (the training's structure).

Apart from ``AiosService`` so that what is due can read them without naming
every table an aios owns (``storage/changes.py``: a view reloads on what its
service reads).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.entities import Interruption, Placement, stored_id
from ..mapping import to_entities
from ..models import InterruptionRow, PlacementRow


def placements_of(session: Session, aios_ids: Sequence[int] | None = None) -> dict[int, list[Placement]]:
    """Per aios (all, or those in ``aios_ids``): its placements in order of start."""
    query = select(PlacementRow).order_by(PlacementRow.start, PlacementRow.id)
    if aios_ids is not None:
        query = query.where(PlacementRow.aios_id.in_(aios_ids))
    out: dict[int, list[Placement]] = {}
    for placement in to_entities(Placement, session.scalars(query)):
        out.setdefault(stored_id(placement.aios_id), []).append(placement)
    return out


def interruptions_of(
    session: Session, aios_ids: Sequence[int] | None = None
) -> dict[int, list[Interruption]]:
    query = select(InterruptionRow).order_by(InterruptionRow.start, InterruptionRow.id)
    if aios_ids is not None:
        query = query.where(InterruptionRow.aios_id.in_(aios_ids))
    out: dict[int, list[Interruption]] = {}
    for interruption in to_entities(Interruption, session.scalars(query)):
        out.setdefault(stored_id(interruption.aios_id), []).append(interruption)
    return out
