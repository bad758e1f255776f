"""Running what the user asked for: a refusal is shown the one way.

``run_action(widget, action)`` calls ``action()``; when the rules refuse it
(``ValidationFailed``) the problems are shown, as sentences in the user's
language, in the form's own error lines (``show_in``: a ``FormErrors`` or a
``FieldError``) or else in a warning over ``widget``; it then returns
``FAILED`` and nothing is lost of what was typed. Any other exception is not a
refusal but a defect: it goes on to the excepthook, which logs and shows it.

``widgets/background.py`` (work on a worker thread, with progress) shows its
failures through ``show_failure`` too.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from ... import APP_NAME
from ...domain.problems import Problem, ValidationFailed
from ...words.problems import problem_text

T = TypeVar("T")


class Failed(enum.Enum):
    FAILED = 0


FAILED = Failed.FAILED


class ShowsProblems(Protocol):
    """Where a form shows problems: its ``FormErrors``, a ``FieldError`` line, …"""

    def show_problems(self, problems: Sequence[Problem]) -> None: ...


def show_failure(
    widget: QWidget, failure: ValidationFailed, *, show_in: ShowsProblems | None = None, title: str = ""
) -> None:
    if show_in is not None:
        show_in.show_problems(failure.problems)
        return
    QMessageBox.warning(widget, title or APP_NAME, "\n".join(problem_text(p) for p in failure.problems))


def run_action(
    widget: QWidget,
    action: Callable[[], T],
    *,
    show_in: ShowsProblems | None = None,
    title: str = "",
) -> T | Failed:
    """``action()``'s result, or ``FAILED`` once its refusal has been shown."""
    try:
        return action()
    except ValidationFailed as failure:
        show_failure(widget, failure, show_in=show_in, title=title)
        return FAILED
