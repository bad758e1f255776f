"""Texts that data files carry in both UI languages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Text:
    """Written in Dutch and, usually, English; Dutch is the fallback."""

    nl: str
    en: str = ""

    def get(self, lang: str) -> str:
        if lang.lower().startswith("en") and self.en:
            return self.en
        return self.nl
