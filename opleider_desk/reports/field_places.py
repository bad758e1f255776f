"""Where a document's signature fields stand, found while it is laid out.

Apart from ``layout`` and ``archive`` so that each can use it without the other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldPlace:
    """Where a signature field goes: on which page (0-based) and in which box (points)."""

    name: str
    page: int
    box: tuple[int, int, int, int]
