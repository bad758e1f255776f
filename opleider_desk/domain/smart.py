"""SMART hints for agreements and learning goals: help, never block.

The cards ("Leerdoelen formuleren (SMART)", "IOP") ask that an agreement says
who does what, measurably, by when. A machine cannot judge that, but it can
notice the usual omissions: no due date, no owner, nothing to count or to
observe, or a text too short to be specific. Each hint is a ``Problem`` the
UI shows beside the agreement; saving goes ahead regardless.
"""

from __future__ import annotations

import re
from datetime import date

from .enums import AgreementOwner
from .problems import Problem

NO_DUE_DATE = "smart.no_due_date"
NO_OWNER = "smart.no_owner"
NOT_MEASURABLE = "smart.not_measurable"
TOO_VAGUE = "smart.too_vague"

_MIN_WORDS = 4

# Number words count as measurable: "twee gesprekken", "one KPB a week".
_NUMBER_WORDS = frozenset(
    {
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "twintig",
        "wekelijks",
        "maandelijks",
        "dagelijks",
        "elke",
        "iedere",
        "per",
        "keer",
        "keren",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twelve",
        "twenty",
        "weekly",
        "monthly",
        "daily",
        "every",
        "each",
        "once",
        "twice",
        "times",
    }
)

# Stems of verbs of observable action, Dutch and English. A stem matches any
# word that starts with it: "bespreek" finds "bespreken" and "besproken" not,
# so both are listed where the past participle differs.
_ACTION_STEMS = (
    "bespre",
    "bespro",
    "voer",
    "voorbereid",
    "bereid",
    "opstel",
    "stellen",
    "schrijf",
    "schrijv",
    "geschre",
    "lees",
    "lezen",
    "gelez",
    "presente",
    "oefen",
    "geoefen",
    "observe",
    "film",
    "video",
    "plannen",
    "gepland",
    "regel",
    "geregeld",
    "organise",
    "volgen",
    "gevolg",
    "bijwon",
    "doen",
    "doet",
    "gedaan",
    "uitvoer",
    "maken",
    "maak",
    "gemaak",
    "vragen",
    "vraag",
    "gevraag",
    "lever",
    "geleverd",
    "toepas",
    "toegepast",
    "registre",
    "noteer",
    "noteren",
    "rapporte",
    "evalue",
    "invul",
    "ingevuld",
    "afnem",
    "afgenomen",
    "bellen",
    "opzoek",
    "kpb",
    "toets",
    "afronden",
    "afgerond",
    "nalopen",
    "meelopen",
    "oproep",
    "discuss",
    "write",
    "wrote",
    "written",
    "read",
    "present",
    "practi",
    "observ",
    "record",
    "arrange",
    "organi",
    "attend",
    "follow",
    "perform",
    "make",
    "ask",
    "submit",
    "apply",
    "fill",
    "call",
    "complet",
    "prepar",
    "lead",
    "review",
    "report",
    "book",
    "run",
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DIGIT = re.compile(r"\d")


def smart_hints(
    text: str,
    *,
    owner: AgreementOwner | None = None,
    due_date: date | None = None,
    owner_applies: bool = True,
    field: str = "text",
) -> list[Problem]:
    """What an agreement or goal text seems to lack; empty when it looks SMART.

    ``owner_applies`` is False for learning goals, whose owner is always the
    aios.
    """
    hints: list[Problem] = []
    words = [w.casefold() for w in _WORD.findall(text or "")]
    if not words:
        return hints
    if len(words) < _MIN_WORDS:
        hints.append(Problem(TOO_VAGUE, field, {"words": _MIN_WORDS}))
    if not _measurable(text, words):
        hints.append(Problem(NOT_MEASURABLE, field))
    if owner_applies and owner is None:
        hints.append(Problem(NO_OWNER, "owner"))
    if due_date is None:
        hints.append(Problem(NO_DUE_DATE, "due_date"))
    return hints


def _measurable(text: str, words: list[str]) -> bool:
    if _DIGIT.search(text):
        return True
    if any(word in _NUMBER_WORDS for word in words):
        return True
    return any(word.startswith(stem) for word in words for stem in _ACTION_STEMS)
