"""The names a file may use for an hour category, in the user's language.

Shared by the hours tab's CSV import and ``opleider-desk import-hours``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.entities import HourCategory, stored_id
from . import labels

#: Names a built-in category had in earlier versions, so files exported then still import.
FORMER_NAMES: dict[str, tuple[str, ...]] = {
    "eigen_scholing": ("Eigen scholing / terugkomdag", "Own training / return day"),
}


def category_names(categories: Sequence[HourCategory]) -> dict[str, int]:
    """Every name a file may use for a category: the user's own, the built-in one, and former ones."""
    names: dict[str, int] = {}
    for c in categories:
        names[labels.category(c.key, c.name)] = stored_id(c.id)
        if c.key:
            names.setdefault(labels.category(c.key), stored_id(c.id))
            for former in FORMER_NAMES.get(str(c.key), ()):
                names.setdefault(former, stored_id(c.id))
    return names
