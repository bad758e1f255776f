"""Every problem code has a sentence, and the sentences fill in their params."""

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from opleider_desk.domain.problems import Problem
from opleider_desk.words import problems as problem_texts
from opleider_desk.words.problems import known_codes, problem_text

ROOT = Path(__file__).resolve().parents[2]
TEXTS_DIR = Path(problem_texts.__file__).parent
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def translate_literals(module: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        ):
            found.add(node.args[1].value)
    return found


SAMPLES = [
    Problem("duration.invalid"),
    Problem("duration.zero"),
    Problem("duration.negative"),
    Problem("duration.too_long", params={"max_hours": 24}),
    Problem("duration.bare_number_hours", params={"value": 90}),
    Problem("duration.not_whole_minutes"),
    Problem("duration.ambiguous", params={"text": "1.30"}),
    Problem("quarter.invalid"),
    Problem("csv.empty"),
    Problem("csv.unreadable", params={"line": 3}),
    Problem("csv.missing_column", params={"column": "day"}),
    Problem("csv.missing_column", params={"column": "category"}),
    Problem("csv.missing_column", params={"column": "duration"}),
    Problem("csv.too_many_cells", params={"columns": 4}),
    Problem("csv.duration_columns_disagree", params={"column": "minutes", "other": "hours"}),
    Problem("csv.day_over_24h", params={"day": date(2026, 3, 12), "total_minutes": 1500}),
    Problem("csv.aios_unknown", params={"name": "Piet"}),
    Problem("csv.category_unknown", params={"name": "Yoga"}),
    Problem("norm.unknown", params={"key": "x"}),
    Problem("norm.too_small", params={"minimum": 1}),
    Problem("norm.range_inverted", params={"low": 6}),
    Problem("verification.invalid", params={"length": 10}),
]


def test_every_sample_code_is_known():
    assert {sample.code for sample in SAMPLES} <= known_codes()


@pytest.mark.parametrize("problem", SAMPLES, ids=lambda p: p.code)
def test_sentences_fill_in_their_params(problem):
    text = problem_text(problem)
    assert text and "{" not in text
    assert problem.code not in text  # the fallback for a code without a sentence names it


def test_a_day_over_24_hours_is_said_in_days_and_hours():
    problem = Problem("csv.day_over_24h", params={"day": date(2026, 3, 2), "total_minutes": 1500})
    assert "02-03-2026" in problem_text(problem) and "25:00" in problem_text(problem)
