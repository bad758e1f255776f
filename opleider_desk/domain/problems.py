"""How the domain says that input is wrong, without choosing the words.

A rule returns ``Problem`` values: a stable ``code``, the ``field`` it is
about (so the UI can show the message beside that field) and parameters.
The UI turns a code into a sentence in the user's language
(``opleider_desk.ui.problem_text``); the code is never shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    field: str | None = None
    params: dict[str, Any] = _field(default_factory=dict)


class ValidationFailed(Exception):
    """Raised by a service when the domain rules reject an input."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__("; ".join(p.code for p in self.problems))


class ParseError(ValueError):
    """Raised by a parser (durations, dates, quarters) for text it cannot read.

    Parsers raise rather than return a ``Problem`` so their result type stays
    plain (``int``, ``date``); the caller catches ``ParseError`` and shows
    ``.problem`` beside the field. It is a ``ValueError`` so code that only
    knows "bad value" still catches it.
    """

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.code)
