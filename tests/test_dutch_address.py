"""The Dutch UI addresses the trainer one way: with „u”, as nearly every message does.

Two messages said „je” („tot je de start … controleert”, „je uren”) beside the „u” of the
sentence next to them.
"""

from __future__ import annotations

import re

from tests.test_glossary import _translations

INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)


def test_dutch_says_u_never_je():
    wrong = [
        f"{context}: {text!r}" for context, _source, text in _translations("nl") if INFORMAL.search(text)
    ]
    assert not wrong, "\n".join(wrong)
