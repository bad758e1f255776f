"""Whether an aios is in training during some days: the one rule everything asks.

From the start date up to and including the expected end date; a pause does not
end it (a pause lengthens the training, it does not stop it). An aios marked
finished or stopped without an end date is counted on its start date only: when
it ended is unknown, so no later quarter is asked of it. (Instelling van
OpleiderDesk; the regulations count the training by its dates.)

The quarterly statements, the trainer's checklist and obligations, and the hour
norms all use this, so a quarter that one asks a statement for is a quarter the
statement list offers.
"""

from __future__ import annotations

from datetime import date

from .entities import Aios
from .enums import AiosStatus


def training_end(aios: Aios) -> date | None:
    """The last day in training; None while it has no end."""
    if aios.expected_end_date is not None:
        return aios.expected_end_date
    if aios.status in (AiosStatus.FINISHED, AiosStatus.STOPPED):
        return aios.start_date
    return None


def in_training_during(aios: Aios, first_day: date, last_day: date) -> bool:
    """In training on at least one day from ``first_day`` up to and including ``last_day``."""
    end = training_end(aios)
    return aios.start_date <= last_day and (end is None or end >= first_day)
