"""A regulation with the norms in use for it, apart from the obligations that use it.

The hours tab reads every aios's norms through it; the obligations (and the due
rules they bring) come only with what is due (``regulation_obligations``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .norms import Norms
from .regulations import Regulation


@dataclass(frozen=True, slots=True)
class Ruled:
    """A regulation and the norms in use for it (its values with the trainer's own over them)."""

    regulation: Regulation
    norms: Norms
