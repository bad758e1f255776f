"""Which steps of a meeting go to the e-portfolio, in which order.

The e-portfolio (Scorion at the Dutch GP institutes) takes text fields; the
template may declare the order its form asks for (``eportfolio`` in
``resources/forms/README.md``), otherwise the form's own order is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .templates import ExpandedStep, Template, expand_steps


def eportfolio_steps(template: Template, answers: Mapping[str, Any]) -> list[ExpandedStep]:
    expanded = expand_steps(template, answers)
    if not template.eportfolio:
        return expanded
    ordered: list[ExpandedStep] = []
    for entry in template.eportfolio:
        ordered.extend(e for e in expanded if e.id == entry or e.id.startswith(f"{entry}."))
    return ordered
