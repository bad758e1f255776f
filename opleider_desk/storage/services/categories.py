"""Hour categories: built-ins seeded once, the user's own added beside them."""

from __future__ import annotations

from sqlalchemy import select

from ...domain.entities import HourCategory
from ...domain.enums import DEFAULT_CATEGORIES
from ..mapping import to_entity
from ..models import HourCategoryRow
from ..store import Store

SEED_CATEGORIES = "seed_categories"


class CategoryService:
    def __init__(self, store: Store):
        self.store = store

    def list(self, *, include_inactive: bool = False) -> list[HourCategory]:
        query = select(HourCategoryRow).order_by(HourCategoryRow.sort_order, HourCategoryRow.id)
        if not include_inactive:
            query = query.where(HourCategoryRow.active.is_(True))
        with self.store.read() as session:
            return [to_entity(HourCategory, row) for row in session.scalars(query)]

    def ensure_defaults(self) -> None:
        """Add any built-in category the file lacks; never touches the user's."""
        with self.store.read() as session:
            present = set(session.scalars(select(HourCategoryRow.key)))
        missing = [key for key in DEFAULT_CATEGORIES if key.value not in present]
        if not missing:
            return
        with self.store.write(SEED_CATEGORIES, undoable=False) as session:
            for key in missing:
                supervision, order = DEFAULT_CATEGORIES[key]
                session.add(
                    HourCategoryRow(
                        key=key.value, name="", counts_as_supervision=supervision, sort_order=order
                    )
                )
