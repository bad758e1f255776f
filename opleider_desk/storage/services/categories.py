"""Hour categories: built-ins seeded once, the user's own added beside them.

Categories are renamed or deactivated, never deleted: every entry keeps
the category it was logged in.
"""

from __future__ import annotations

from sqlalchemy import func, select

from ...domain.entities import HourCategory
from ...domain.enums import DEFAULT_CATEGORIES
from ...domain.problems import Problem, ValidationFailed
from ...domain.validation import NAME_MAX, text_problem
from ..changes import Area, Operation
from ..mapping import to_entities, to_one
from ..models import HourCategoryRow
from ..store import Store

SEED_CATEGORIES = Operation("seed_categories", Area.CATEGORIES)
ADD_CATEGORY = Operation("add_category", Area.CATEGORIES)
RENAME_CATEGORY = Operation("rename_category", Area.CATEGORIES)
SET_CATEGORY_ACTIVE = Operation("set_category_active", Area.CATEGORIES)


class CategoryService:
    def __init__(self, store: Store):
        self.store = store

    def list(self, *, include_inactive: bool = False) -> list[HourCategory]:
        query = select(HourCategoryRow).order_by(HourCategoryRow.sort_order, HourCategoryRow.id)
        if not include_inactive:
            query = query.where(HourCategoryRow.active.is_(True))
        with self.store.read() as session:
            return to_entities(HourCategory, session.scalars(query))

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

    def get(self, category_id: int) -> HourCategory:
        with self.store.read() as session:
            row = session.get(HourCategoryRow, category_id)
            if row is None:
                raise KeyError(category_id)
            return to_one(HourCategory, row)

    def _check_name(self, session, name: str, category_id: int | None, *, required: bool) -> str:
        name = " ".join(name.split())
        if not name:
            if required:
                raise ValidationFailed([Problem("required", "name")])
            return name
        if (problem := text_problem(name, "name", NAME_MAX)) is not None:
            raise ValidationFailed([problem])
        taken = session.scalars(
            select(HourCategoryRow.id).where(func.lower(HourCategoryRow.name) == name.lower())
        ).first()
        if taken is not None and taken != category_id:
            raise ValidationFailed([Problem("category.name_taken", "name", {"name": name})])
        return name

    def add(self, name: str, *, counts_as_supervision: bool = False) -> int:
        """A category of the user's own, sorted after the ones there are."""
        with self.store.write(ADD_CATEGORY) as session:
            name = self._check_name(session, name, None, required=True)
            last = session.scalar(select(func.max(HourCategoryRow.sort_order))) or 0
            row = HourCategoryRow(
                key=None, name=name, counts_as_supervision=counts_as_supervision, sort_order=last + 10
            )
            session.add(row)
            session.flush()
            return row.id

    def rename(self, category_id: int, name: str) -> None:
        """Entries keep their category, so the new name shows on old entries too.

        An empty name gives a built-in category its translated name back.
        """
        with self.store.write(RENAME_CATEGORY) as session:
            row = session.get(HourCategoryRow, category_id)
            if row is None:
                raise ValidationFailed([Problem("hours.category_gone", "name")])
            row.name = self._check_name(session, name, category_id, required=row.key is None)

    def set_active(self, category_id: int, active: bool) -> None:
        """An inactive category is not offered for new entries; its entries stay as they are."""
        with self.store.write(SET_CATEGORY_ACTIVE) as session:
            row = session.get(HourCategoryRow, category_id)
            if row is not None:
                row.active = active
