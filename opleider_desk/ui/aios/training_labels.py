"""Names for a training's placements and interruptions, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from ...domain.entities import Placement
from ...domain.enums import InterruptionKind, PlacementSetting


def setting(value: PlacementSetting) -> str:
    return {
        PlacementSetting.PRACTICE_OPLEIDER: Q.translate("Training", "This practice, me as trainer"),
        PlacementSetting.PRACTICE_PRAKTIJKBEGELEIDER: Q.translate(
            "Training", "This practice, me as practice supervisor"
        ),
        PlacementSetting.HOSPITAL: Q.translate("Training", "Hospital"),
        PlacementSetting.GGZ: Q.translate("Training", "Mental health care (GGZ)"),
        PlacementSetting.ELDERLY_CARE: Q.translate("Training", "Elderly care"),
        PlacementSetting.INSTITUTE: Q.translate("Training", "Institute"),
        PlacementSetting.OTHER: Q.translate("Training", "Elsewhere"),
    }[value]


def setting_short(value: PlacementSetting) -> str:
    if value is PlacementSetting.PRACTICE_OPLEIDER or value is PlacementSetting.PRACTICE_PRAKTIJKBEGELEIDER:
        return Q.translate("Training", "In the practice")
    return setting(value)


def interruption(value: InterruptionKind) -> str:
    return {
        InterruptionKind.AIOS_SICK_LEAVE: Q.translate("Training", "Trainee: sick leave"),
        InterruptionKind.AIOS_PARENTAL_LEAVE: Q.translate("Training", "Trainee: pregnancy or parental leave"),
        InterruptionKind.AIOS_OTHER: Q.translate("Training", "Trainee: other"),
        InterruptionKind.TRAINER_ILLNESS: Q.translate("Training", "My own illness"),
        InterruptionKind.TRAINER_HOLIDAY: Q.translate("Training", "Holidays of the practice"),
        InterruptionKind.TRAINER_OTHER: Q.translate("Training", "My own absence, other"),
    }[value]


def placement(p: Placement | None) -> str:
    """For the overview: where the aios is, with the practice year and part-time if not full."""
    if p is None:
        return ""
    parts = [setting_short(p.setting)]
    if p.place:
        parts[0] = f"{parts[0]} ({p.place})"
    if p.hlwp:
        parts.append(Q.translate("Training", "HLWP {n}").format(n=p.hlwp))
    if p.part_time_percent < 100:
        parts.append(f"{p.part_time_percent} %")
    return " · ".join(parts)
