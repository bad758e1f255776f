"""Where a double-click on something to do takes the trainer.

A ``NavTarget`` names the area to act in (a due item's ``TargetArea`` value,
or ``PORTFOLIO`` for a checklist item), the aios and a reference (a meeting
kind, an agreement id, a trainer event kind, a checklist template key).
``MainWindow.navigate`` offers it to the tabs listed for its area in
``AREA_TABS``, in order; the first tab whose widget has a
``show_target(target) -> bool`` method that returns True is made current.
So when the meetings tab implements ``show_target`` for ``meeting`` and
``agreement`` targets, a double-click on an overdue progress meeting lands
there instead of on the portfolio, with no change here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.due import DueItem, TargetArea

PORTFOLIO = "portfolio"

#: Area -> tab keys to try, best first.
AREA_TABS: dict[str, tuple[str, ...]] = {
    TargetArea.MEETING: ("meetings", "portfolio"),
    TargetArea.AGREEMENT: ("meetings", "portfolio"),
    TargetArea.HOURS: ("hours", "aios"),
    TargetArea.TRAINER_EVENT: ("portfolio",),
    TargetArea.AIOS: ("aios",),
    PORTFOLIO: ("portfolio",),
}


@dataclass(frozen=True, slots=True)
class NavTarget:
    area: str
    aios_id: int | None = None
    ref: Any = None

    @classmethod
    def of(cls, item: DueItem) -> NavTarget:
        return cls(str(item.target.area), item.aios_id, item.target.ref)
