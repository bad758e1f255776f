"""A meeting's agenda: the template's items, earlier open agreements, own points.

Stored as a list of plain dicts on the meeting (``Meeting.agenda``):
``{"text", "source": "template" | "agreement" | "user", "done"}`` plus
``"item_id"`` for a template item and ``"agreement_id"`` for an open
agreement, so the agenda of a meeting not yet held can follow the
agreements: one marked done drops off, a new one appears in the review slot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .templates import Phase, Template, default_agenda

TEMPLATE = "template"
AGREEMENT = "agreement"
USER = "user"


@dataclass(frozen=True, slots=True)
class OpenPoint:
    """An open agreement of an earlier meeting, as the agenda shows it."""

    agreement_id: int
    text: str


def build_agenda(template: Template, open_points: Sequence[OpenPoint], lang: str) -> list[dict[str, Any]]:
    """The agenda a newly planned meeting starts with (see ``default_agenda``)."""
    points = [p for p in open_points if p.text.strip()]
    items = default_agenda(template, [p.text for p in points], lang)
    template_ids = iter(item.id for item in template.agenda)
    point_ids = iter(p.agreement_id for p in points)
    for item in items:
        if item["source"] == TEMPLATE:
            item["item_id"] = next(template_ids)
        else:
            item["agreement_id"] = next(point_ids)
    return items


def follow_agreements(
    agenda: Sequence[dict[str, Any]], template: Template, open_points: Sequence[OpenPoint]
) -> list[dict[str, Any]]:
    """The agenda with agreement items matching ``open_points``.

    Items of agreements no longer open go; new open agreements are added
    after the last agreement item, else in the slot ``default_agenda`` uses.
    The trainer's order and own points stay as they are.
    """
    wanted = {p.agreement_id: p for p in open_points if p.text.strip()}
    kept = [
        dict(item) for item in agenda if item.get("source") != AGREEMENT or item.get("agreement_id") in wanted
    ]
    present = {item.get("agreement_id") for item in kept if item.get("source") == AGREEMENT}
    new = [
        {"text": p.text.strip(), "source": AGREEMENT, "done": False, "agreement_id": p.agreement_id}
        for p in wanted.values()
        if p.agreement_id not in present
    ]
    if new:
        at = _insertion_point(kept, template)
        kept[at:at] = new
    return kept


def _insertion_point(items: list[dict[str, Any]], template: Template) -> int:
    agreement_rows = [i for i, item in enumerate(items) if item.get("source") == AGREEMENT]
    if agreement_rows:
        return agreement_rows[-1] + 1
    phase_of: dict[Any, Phase] = {item.id: item.phase for item in template.agenda}
    reviews = [i for i, item in enumerate(items) if phase_of.get(item.get("item_id")) is Phase.REVIEW]
    if reviews:
        return reviews[-1] + 1
    later = (Phase.AGREEMENTS, Phase.CLOSING)
    return next(
        (i for i, item in enumerate(items) if phase_of.get(item.get("item_id")) in later),
        len(items),
    )


def user_point(text: str) -> dict[str, Any]:
    return {"text": text.strip(), "source": USER, "done": False}


def in_language(agenda: Sequence[dict[str, Any]], template: Template, lang: str) -> list[dict[str, Any]]:
    """The agenda with each template item in ``lang``.

    A template item is stored with its text in the language the meeting was
    planned in; the trainer cannot edit that text (only reorder, tick or
    remove the item), so it is shown in the reader's language from the
    template. An item whose template item is gone keeps its stored text.
    """
    texts = {item.id: item.text.get(lang) for item in template.agenda}
    shown = []
    for item in agenda:
        item = dict(item)
        if item.get("source") == TEMPLATE and item.get("item_id") in texts:
            item["text"] = texts[item["item_id"]]
        shown.append(item)
    return shown
