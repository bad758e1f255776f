"""One measured figure and its target, printed the same way by every benchmark."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: float | None = None  # the most the value may be; None: shown for context

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.value <= self.target

    def line(self) -> str:
        value = f"{self.value:.3g}" if self.value < 10 else f"{self.value:.0f}"
        shown = f"{value} {self.unit}".strip()
        if self.target is None:
            return f"  {self.name:<48} {shown:>12}"
        target = f"≤ {self.target:g} {self.unit}".strip()
        verdict = "ok" if self.met else "MISSED"
        return f"  {self.name:<48} {shown:>12}   target {target:<10} {verdict}"


def print_figures(title: str, figures: list[Figure]) -> None:
    print(title)
    for figure in figures:
        print(figure.line())
