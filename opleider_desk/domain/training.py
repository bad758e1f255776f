"""The training as it runs: placements, interruptions, and what they mean.

An aios's training runs from ``Aios.start_date`` to ``Aios.expected_end_date``
(the whole training); its placements (opleidingsonderdelen) divide it: the
practice with the user as opleider or praktijkbegeleider, or elsewhere.
Interruptions are stretches in which the training does not run.

Kept free of Qt and storage: the aios dialog validates with these rules, the
due engine schedules with them, the overview names the current placement.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from .bilingual import Text
from .dates import add_months
from .entities import Aios, Interruption, Placement
from .problems import Problem
from .validation import NAME_MAX, PART_TIME_MAX, PART_TIME_MIN, checked

NOTE_MAX = 2000
HLWP_NUMBERS = (1, 2)


def _in_row(problems: list[Problem], where: str) -> list[Problem]:
    """Problems of one row's fields, named ``where.<field>`` as the dialog points at them."""
    return [replace(problem, field=f"{where}.{problem.field}") for problem in problems]


def validate_placements(aios: Aios, placements: Sequence[Placement]) -> list[Problem]:
    """Each placement on its own, then against the training and each other.

    A problem's field is ``placements[i].<name>`` so the dialog can point at the row.
    """
    problems: list[Problem] = []
    for i, p in enumerate(placements):
        where = f"placements[{i}]"
        typed = checked(
            p, texts={"place": NAME_MAX}, dates=("start", "end"), whole=("part_time_percent", "hlwp")
        )
        if typed:  # the checks below assume real dates and whole numbers
            problems += _in_row(typed, where)
            continue
        if p.end is not None and p.end < p.start:
            problems.append(Problem("placement.end_before_start", f"{where}.end", {"row": i + 1}))
        if not PART_TIME_MIN <= p.part_time_percent <= PART_TIME_MAX:
            problems.append(
                Problem(
                    "placement.part_time_range",
                    f"{where}.part_time_percent",
                    {"row": i + 1, "min": PART_TIME_MIN, "max": PART_TIME_MAX},
                )
            )
        if p.hlwp is not None and p.hlwp not in HLWP_NUMBERS:
            problems.append(Problem("placement.hlwp_range", f"{where}.hlwp", {"row": i + 1}))
        if p.start < aios.start_date:
            problems.append(Problem("placement.before_training", f"{where}.start", {"row": i + 1}))
        end = aios.expected_end_date
        if end is not None and p.end is not None and p.end > end:
            problems.append(Problem("placement.after_training", f"{where}.end", {"row": i + 1}))
    ordered = sorted(enumerate(placements), key=lambda ip: ip[1].start)
    for (_, earlier), (j, later) in itertools.pairwise(ordered):
        if earlier.end is None or later.start <= earlier.end:
            problems.append(Problem("placement.overlap", f"placements[{j}].start", {"row": j + 1}))
    return problems


def validate_interruptions(aios: Aios, interruptions: Sequence[Interruption]) -> list[Problem]:
    problems: list[Problem] = []
    for i, x in enumerate(interruptions):
        where = f"interruptions[{i}]"
        typed = checked(x, texts={"note": NOTE_MAX}, dates=("start", "end"))
        if typed:
            problems += _in_row(typed, where)
            continue
        if x.end is not None and x.end < x.start:
            problems.append(Problem("interruption.end_before_start", f"{where}.end", {"row": i + 1}))
        if x.start < aios.start_date:
            problems.append(Problem("interruption.before_training", f"{where}.start", {"row": i + 1}))
        if len(x.note) > NOTE_MAX:
            problems.append(Problem("text.too_long", f"{where}.note", {"max": NOTE_MAX}))
    return problems


def current_placement(placements: Iterable[Placement], today: date) -> Placement | None:
    """The placement running today; else the next one; else the last one that ended."""
    ordered = sorted(placements, key=lambda p: p.start)
    running = [p for p in ordered if p.covers(today)]
    if running:
        return running[-1]
    ahead = [p for p in ordered if p.start > today]
    if ahead:
        return ahead[0]
    return ordered[-1] if ordered else None


def last_day(x: Interruption, today: date) -> date:
    """An interruption still going on counts up to today."""
    return x.end if x.end is not None else max(today, x.start)


def interruption_days(x: Interruption, today: date) -> int:
    return (last_day(x, today) - x.start).days + 1


# --- what the regulation asks the trainer to tell the institution ---------------------


class InstitutionNotice(StrEnum):
    """When the trainer informs the institution directly (``000_…`` Bijlage 1 §9, Bijlage 2 §11)."""

    INTERRUPTED_OVER_TWO_MONTHS = "interrupted_over_two_months"  # §9b
    TASK_LAID_DOWN = "task_laid_down"  # §9a
    UNDER_16_HOURS = "under_16_hours"  # §9c


#: ``000_…`` §9b: "langer dan twee maanden zou worden onderbroken".
NOTICE_MONTHS = 2
NOTICE_SOURCE = Text(
    # The regulation files' short title of ``000_…``: a trainer does not know the file names.
    "Praktijkopleiding M&G (SSGO), Bijlage 1 §9 (praktijkbegeleider: Bijlage 2 §11)",
    "Practice training M&G (SSGO), Appendix 1 §9 (practice supervisor: Appendix 2 §11)",
)


@dataclass(frozen=True, slots=True)
class Notice:
    kind: InstitutionNotice
    interruption: Interruption | None = None


def institution_notices(
    interruptions: Iterable[Interruption], today: date, months: int = NOTICE_MONTHS
) -> list[Notice]:
    """Interruptions of the practice training that last, or are planned to last, over two months.

    §9b names the opleider's illness "of andere omstandigheden", so every kind counts.
    ``months`` 0: the regulation has no such rule, nothing is reported.
    §9a and §9c are about the trainer's own work: trainer events
    (``TrainerEventKind.TASK_LAID_DOWN``, ``HOURS_IN_SPECIALTY``) the due engine reads.
    """
    if months <= 0:
        return []
    return [
        Notice(InstitutionNotice.INTERRUPTED_OVER_TWO_MONTHS, x)
        for x in interruptions
        if last_day(x, today) >= add_months(x.start, months)
    ]


# --- the expected end ---------------------------------------------------------------

#: No source document says by how much an interruption moves the end of the training
#: (the RGS decides individually); OpleiderDesk proposes the days the aios was away and
#: the trainer sets the date.
PROPOSED_END_SOURCE = Text("instelling van OpleiderDesk", "OpleiderDesk's own setting")


def proposed_end(end: date | None, interruption: Interruption, today: date) -> date | None:
    """The expected end moved by the days of an aios's own absence; None when nothing moves."""
    if end is None or not interruption.kind.of_aios:
        return None
    return end + timedelta(days=interruption_days(interruption, today))
