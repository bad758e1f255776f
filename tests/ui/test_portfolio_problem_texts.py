"""The portfolio's problem codes have sentences that fill in their params."""

import pytest

from opleider_desk.domain.problems import Problem
from opleider_desk.words.problems import problem_text

SAMPLES = [
    Problem("norm.too_large", params={"maximum": 12}),
    Problem("checklist.gone"),
    Problem("checklist.template_item"),
    Problem("attachment.too_large", params={"name": "scan.pdf", "max_mb": 50}),
    Problem("attachment.unreadable", params={"name": "scan.pdf", "reason": "Permission denied"}),
    Problem("trainer_event.quantity"),
    Problem("trainer_event.future"),
]


@pytest.mark.parametrize("problem", SAMPLES, ids=lambda p: p.code)
def test_sentences_fill_in_their_params(qapp, problem):
    text = problem_text(problem)
    assert text and "{" not in text and problem.code not in text
    for value in problem.params.values():
        assert str(value) in text
