"""Sentences for the domain's problem codes, in the user's language.

Each module in this package covers one area and defines
``TEXTS: dict[str, Callable[[dict], str]]`` mapping a ``Problem.code`` to a
function of the problem's params that returns the translated sentence.
Translation goes through ``QCoreApplication.translate`` with the literal
source text in the call, so ``pyside6-lupdate`` finds every string.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication

from ...domain.problems import Problem


@cache
def _registry() -> dict[str, Callable[[dict], str]]:
    texts: dict[str, Callable[[dict], str]] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        texts.update(getattr(module, "TEXTS", {}))
    return texts


def problem_text(problem: Problem) -> str:
    make = _registry().get(problem.code)
    if make is None:
        # A code without a sentence is a bug; still say something useful.
        return QCoreApplication.translate("Problem", "Invalid input ({code}).").format(code=problem.code)
    params = problem.params
    if isinstance(params.get("quarter"), str):
        from ..formatting import format_quarter

        params = {**params, "quarter": format_quarter(params["quarter"])}
    return make(params)


def known_codes() -> set[str]:
    return set(_registry())
