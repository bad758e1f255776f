import dataclasses
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opleider_desk.domain.enums import CategoryKey
from opleider_desk.domain.problems import ParseError
from opleider_desk.domain.quarters import Quarter
from opleider_desk.domain.verification import (
    StatementLine,
    canonical_json,
    codes_match,
    normalize_code,
    statement_content,
    verification_code,
)

CODE_SHAPE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}")

LINES = (
    StatementLine(date(2026, 7, 6), 120, CategoryKey.GEZAMENLIJK_SPREEKUUR, "Gezamenlijk spreekuur"),
    StatementLine(date(2026, 7, 7), 30, CategoryKey.LEERGESPREK, "Leergesprek", "thema: ouderen"),
    StatementLine(date(2026, 7, 9), 45, None, "Eigen categorie", "overleg"),
)


def content(**changes):
    fields: dict[str, Any] = {
        "trainer": "Dr. A. Jansen",
        "aios": "Eva Patiënt",
        "quarter": Quarter(2026, 3),
        "lines": LINES,
    }
    fields.update(changes)
    return statement_content(**fields)


def test_code_shape():
    assert CODE_SHAPE.fullmatch(verification_code(content()))


def test_same_content_same_code_whatever_the_order():
    assert verification_code(content()) == verification_code(content(lines=LINES[::-1]))


def test_composed_and_decomposed_accents_are_the_same_content():
    decomposed = "Eva Patie\u0308nt"
    assert verification_code(content(aios=decomposed)) == verification_code(content())


def first_line(**changes):
    return (dataclasses.replace(LINES[0], **changes), *LINES[1:])


@pytest.mark.parametrize(
    "changed",
    [
        {"trainer": "Dr. A. Janssen"},
        {"aios": "Eva Patient"},
        {"aios": None},
        {"quarter": Quarter(2026, 4)},
        {"lines": LINES[:2]},
        {"lines": first_line(day=date(2026, 7, 5))},
        {"lines": first_line(minutes=121)},
        {"lines": first_line(category_key=CategoryKey.PATIENTBESPREKING)},
        {"lines": first_line(category_name="Spreekuur")},
        {"lines": first_line(description=" ")},
    ],
)
def test_any_change_changes_the_code(changed):
    assert verification_code(content(**changed)) != verification_code(content())


def test_totals_are_part_of_the_content():
    built = content()
    assert built["totals"] == {
        "minutes": 195,
        "per_category": {"Gezamenlijk spreekuur": 120, "Leergesprek": 30, "Eigen categorie": 45},
    }
    tampered = {**built, "totals": {**built["totals"], "minutes": 196}}
    assert verification_code(tampered) != verification_code(built)


def test_canonical_json_is_sorted_and_compact():
    assert canonical_json({"b": 1, "a": [date(2026, 1, 2), (1, 2)]}) == '{"a":["2026-01-02",[1,2]],"b":1}'


def test_floats_are_refused():
    with pytest.raises(TypeError):
        verification_code({"minutes": 1.5})


@given(
    st.dictionaries(
        st.text(max_size=5),
        st.one_of(st.integers(), st.text(max_size=10), st.none(), st.dates()),
        max_size=5,
    )
)
def test_code_is_deterministic_and_normalizes_to_itself(data):
    code = verification_code(data)
    assert code == verification_code(dict(reversed(list(data.items()))))
    assert normalize_code(code) == code


@pytest.mark.parametrize("typed", ["k7q2-m9xd-4p", "K7Q2M9XD4P", " k7q2 m9xd 4p ", "K7Q2-M9XD-4P"])
def test_normalize_forgives_what_people_type(typed):
    assert normalize_code(typed) == "K7Q2-M9XD-4P"


def test_o_i_l_are_read_as_digits():
    assert normalize_code("OIL0-1111-00") == "0110-1111-00"
    assert codes_match("10A0-BCDE-FG", "lOa0bcdefg")


@pytest.mark.parametrize("typed", ["K7Q2-M9XD", "K7Q2-M9XD-4PX", "K7Q2-M9XD-4U", "", "K7Q2-M9XD-4!"])
def test_normalize_refuses_what_is_not_a_code(typed):
    with pytest.raises(ParseError) as raised:
        normalize_code(typed)
    assert raised.value.problem.code == "verification.invalid"
    assert raised.value.problem.params == {"length": 10}


def test_codes_match():
    code = verification_code(content())
    assert codes_match(code, code.lower().replace("-", ""))
    assert not codes_match(code, verification_code(content(trainer="x")))
    assert not codes_match(code, "garbage")
