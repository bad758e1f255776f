"""Codes printed on a document so a reader can check it against the data file.

A code is the first 115 bits of SHA-256 over a canonical JSON form of the
content, written as 23 Crockford base32 characters and one check character,
grouped ``XXXX-XXXX-XXXX-XXXX-XXXX-XXXX``. 115 bits put finding two contents
with the same code (about 2^57 tries for a birthday search) far beyond a
laptop running for a year (about 2^45 hashes); the check character (Luhn
mod 32) tells a mistyped character apart from a document that does not
match. Besides the code, the full SHA-256 (``content_digest``) is stored at
signing, so the record itself is as strong as the hash.

Version 0.1 printed ten characters over 50 bits (``legacy_code``); those
codes are still recognised when typed, and reported as old codes.

A code is a fingerprint, not a signature: it shows that paper and data file
agree, it does not prove who made either (a digital signature does that).

What goes into the content is the caller's choice, and everything that is
printed must go in; ``statement_content`` builds it for a quarterly hour
statement (trainer, aios, quarter, every entry, the totals). Canonical form:
keys sorted, strings in Unicode NFC (so "é" typed either way is the same),
dates as ISO text, tuples as lists. Floats are refused because their text
form is not something to rely on for a code; use integer minutes.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from .problems import ParseError, Problem
from .quarters import Quarter

DATA_CHARACTERS = 23
CODE_LENGTH = DATA_CHARACTERS + 1  # with the check character
CODE_BITS = 5 * DATA_CHARACTERS
LEGACY_CODE_LENGTH = 10
_GROUP = 4
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_VALUE = {c: i for i, c in enumerate(_ALPHABET)}
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
# Part of what is hashed, so a later change of the canonical form cannot
# give an old document's code to different content.
_FORMAT = b"OpleiderDesk verification v2\n"
_LEGACY_FORMAT = b"OpleiderDesk verification v1\n"


@dataclass(frozen=True, slots=True)
class TypedCode:
    """A code as typed, in its printed form, and whether it is a 0.1 code."""

    code: str
    legacy: bool = False


def verification_code(content: Mapping[str, Any]) -> str:
    digest = _digest(_FORMAT, content)
    bits = int.from_bytes(digest[:16], "big") >> (128 - CODE_BITS)
    chars = [_ALPHABET[(bits >> (5 * (DATA_CHARACTERS - 1 - i))) & 31] for i in range(DATA_CHARACTERS)]
    data = "".join(chars)
    return _group(data + check_character(data))


def content_digest(content: Mapping[str, Any]) -> str:
    """The full SHA-256 (hex) the code is cut from; stored at signing."""
    return _digest(_FORMAT, content).hex()


def legacy_code(content: Mapping[str, Any]) -> str:
    """The 10-character code version 0.1 printed (50 bits): recognised, no longer printed."""
    digest = _digest(_LEGACY_FORMAT, content)
    bits = int.from_bytes(digest[:8], "big") >> (64 - 5 * LEGACY_CODE_LENGTH)
    chars = "".join(
        _ALPHABET[(bits >> (5 * (LEGACY_CODE_LENGTH - 1 - i))) & 31] for i in range(LEGACY_CODE_LENGTH)
    )
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def check_character(data: str) -> str:
    """Luhn mod 32: every single wrong character and most swapped neighbours change it."""
    total = 0
    factor = 2
    for char in reversed(data):
        addend = factor * _VALUE[char]
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    return _ALPHABET[(32 - total % 32) % 32]


def canonical_json(content: Mapping[str, Any]) -> str:
    return json.dumps(_canonical(content), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def parse_code(typed: str, *, field: str | None = "code") -> TypedCode:
    """The code in its printed form; forgives case, spaces, dashes, O/0 and I/L/1.

    Raises ``ParseError``: ``verification.invalid`` when what is left is
    neither a code nor a 0.1 code, ``verification.typo`` when the check
    character does not fit (a character was mistyped).
    """
    chars = "".join(c for c in typed.upper() if c not in " -\t.").translate(_CONFUSABLE)
    if any(c not in _ALPHABET for c in chars) or len(chars) not in (CODE_LENGTH, LEGACY_CODE_LENGTH):
        raise ParseError(Problem("verification.invalid", field, {"length": CODE_LENGTH}))
    if len(chars) == LEGACY_CODE_LENGTH:
        return TypedCode(f"{chars[:4]}-{chars[4:8]}-{chars[8:]}", legacy=True)
    if check_character(chars[:-1]) != chars[-1]:
        raise ParseError(Problem("verification.typo", field, {"length": CODE_LENGTH}))
    return TypedCode(_group(chars))


def normalize_code(typed: str, *, field: str | None = "code") -> str:
    return parse_code(typed, field=field).code


def codes_match(a: str, b: str) -> bool:
    try:
        return normalize_code(a) == normalize_code(b)
    except ParseError:
        return False


@dataclass(frozen=True, slots=True)
class StatementLine:
    day: date
    minutes: int
    category_key: str | None  # a CategoryKey for built-ins, None for the user's own
    category_name: str  # as printed
    description: str = ""


def statement_content(
    *,
    trainer: str,
    aios: str | None,
    quarter: Quarter,
    lines: Iterable[StatementLine],
) -> dict[str, Any]:
    """The content a quarterly hour statement's code is computed over.

    Lines are sorted (by day, then the other fields) so the order the
    database returns them in does not change the code; totals per category
    and overall are derived from the lines, as the statement prints them.
    Add a key for anything else the document prints (practice, employer,
    the day it was signed) before computing the code.
    """
    ordered = sorted(
        lines,
        key=lambda line: (
            line.day,
            line.category_key or "",
            line.category_name,
            line.minutes,
            line.description,
        ),
    )
    per_category: dict[str, int] = {}
    for line in ordered:
        per_category[line.category_name] = per_category.get(line.category_name, 0) + line.minutes
    return {
        "kind": "quarterly_hours",
        "trainer": trainer,
        "aios": aios,
        "quarter": str(quarter),
        "entries": [
            {
                "day": line.day,
                "minutes": line.minutes,
                "category_key": line.category_key,
                "category": line.category_name,
                "description": line.description,
            }
            for line in ordered
        ],
        "totals": {
            "per_category": per_category,
            "minutes": sum(line.minutes for line in ordered),
        },
    }


def _group(chars: str) -> str:
    return "-".join(chars[i : i + _GROUP] for i in range(0, len(chars), _GROUP))


def _digest(prefix: bytes, content: Mapping[str, Any]) -> bytes:
    return hashlib.sha256(prefix + canonical_json(content).encode("utf-8")).digest()


def _canonical(value: Any) -> Any:
    # Enum before str: a StrEnum is a str, and its value is what is meant.
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("floats have no canonical form here; use integer minutes")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"keys must be str, not {type(key).__name__}")
            result[unicodedata.normalize("NFC", key)] = _canonical(item)
        return result
    if isinstance(value, list | tuple):
        return [_canonical(item) for item in value]
    raise TypeError(f"{type(value).__name__} has no canonical form")
