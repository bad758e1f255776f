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
    CODE_BITS,
    CODE_LENGTH,
    StatementLine,
    canonical_json,
    codes_match,
    content_digest,
    legacy_code,
    normalize_code,
    parse_code,
    statement_content,
    verification_code,
)

CODE_SHAPE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}")

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


CODE = verification_code(content())


@pytest.mark.parametrize(
    "typed", [CODE.lower(), CODE.replace("-", ""), " " + CODE.replace("-", " ").lower() + " ", CODE]
)
def test_normalize_forgives_what_people_type(typed):
    assert normalize_code(typed) == CODE


def test_o_i_l_are_read_as_digits():
    data = "01" * 11 + "0"
    from opleider_desk.domain.verification import check_character

    code = data + check_character(data)
    typed = code.replace("0", "O", 3).replace("1", "l", 2)
    assert normalize_code(typed).replace("-", "") == code


@pytest.mark.parametrize("typed", [CODE[:-5], CODE + "X", CODE[:-1] + "U", "", CODE[:-1] + "!"])
def test_normalize_refuses_what_is_not_a_code(typed):
    with pytest.raises(ParseError) as raised:
        normalize_code(typed)
    assert raised.value.problem.code == "verification.invalid"
    assert raised.value.problem.params == {"length": CODE_LENGTH}


def test_the_code_holds_more_than_100_bits():
    assert CODE_BITS >= 100
    assert len(CODE.replace("-", "")) == CODE_LENGTH == 24


@pytest.mark.parametrize("position", range(CODE_LENGTH))
def test_one_wrong_character_is_a_typo_not_another_document(position):
    chars = list(CODE.replace("-", ""))
    for wrong in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
        if wrong == chars[position]:
            continue
        typed = "".join([*chars[:position], wrong, *chars[position + 1 :]])
        with pytest.raises(ParseError) as raised:
            normalize_code(typed)
        assert raised.value.problem.code == "verification.typo"


def test_two_neighbours_swapped_are_mostly_a_typo():
    chars = CODE.replace("-", "")
    caught = 0
    swaps = 0
    for i in range(CODE_LENGTH - 1):
        if chars[i] == chars[i + 1]:
            continue
        swaps += 1
        typed = chars[:i] + chars[i + 1] + chars[i] + chars[i + 2 :]
        try:
            normalize_code(typed)
        except ParseError:
            caught += 1
    assert caught >= swaps * 0.9


def test_a_bounded_collision_search_finds_no_two_equal_codes():
    """The 0.1 code (50 bits) collided within minutes; this one must not in a long run.

    A birthday search over 100 000 contents: with 50 bits it finds equal codes
    now and then, with 115 bits the chance is about 1 in 10^24.
    """
    seen: dict[str, int] = {}
    for minutes in range(100_000):
        code = verification_code({"minutes": minutes})
        assert code not in seen, (minutes, seen.get(code))
        seen[code] = minutes


def test_the_full_hash_is_stored_beside_the_code():
    digest = content_digest(content())
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert content_digest(content(trainer="x")) != digest


def test_a_0_1_code_is_recognised_as_an_old_code():
    old = legacy_code(content())
    assert len(old.replace("-", "")) == 10
    parsed = parse_code(old.lower())
    assert parsed.legacy and parsed.code == old
    assert not parse_code(CODE).legacy


def test_the_0_1_code_is_computed_as_0_1_computed_it():
    import hashlib

    digest = hashlib.sha256(b"OpleiderDesk verification v1\n" + canonical_json(content()).encode()).digest()
    bits = int.from_bytes(digest[:8], "big") >> 14
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    chars = "".join(alphabet[(bits >> (5 * (9 - i))) & 31] for i in range(10))
    assert legacy_code(content()) == f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def test_codes_match():
    code = verification_code(content())
    assert codes_match(code, code.lower().replace("-", ""))
    assert not codes_match(code, verification_code(content(trainer="x")))
    assert not codes_match(code, "garbage")
