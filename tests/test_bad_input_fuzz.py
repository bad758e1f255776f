"""Bad input, generated: parsers and validators only ever answer with a Problem.

Every validator and importer gets arbitrary text (and bytes, for the CSV
import) from hypothesis. Allowed outcomes: a value, or ``ParseError`` /
``ValidationFailed`` / returned ``Problem``s — and every such Problem must
have a sentence in the UI (``problem_texts``) that renders with its params.
A normal run tries a few hundred cases per target; ``--slow`` runs well over
10,000 in total and prints the count.
"""

from __future__ import annotations

import string
from collections import Counter
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opleider_desk.domain.csv_hours import (
    COLUMN_ALIASES,
    name_resolver,
    parse_hours_csv,
)
from opleider_desk.domain.day_text import parse_day
from opleider_desk.domain.durations import decimal_hours_to_minutes, parse_duration
from opleider_desk.domain.entities import Aios, Profile, stored_id
from opleider_desk.domain.enums import Role
from opleider_desk.domain.problems import ParseError, Problem
from opleider_desk.domain.quarters import Quarter
from opleider_desk.domain.validation import validate_aios, validate_profile
from opleider_desk.domain.verification import normalize_code
from opleider_desk.words.problems import known_codes, problem_text

TODAY = date(2026, 11, 22)
CASES: Counter[str] = Counter()


def _examples(request) -> int:
    return 1500 if request.config.getoption("--slow") else 150


@pytest.fixture(scope="module", autouse=True)
def report_count(request):
    yield
    if request.config.getoption("--slow"):
        reporter = request.config.pluginmanager.get_plugin("terminalreporter")
        reporter.write_line(f"bad-input fuzz: {sum(CASES.values())} cases ({dict(CASES)})")


def _explained(problem: Problem) -> None:
    assert problem.code in known_codes(), f"no sentence for problem code {problem.code!r}"
    assert problem_text(problem).strip()  # the params fill the sentence


# Text that looks like what people type into these fields, plus anything at all.
TYPED = st.text(alphabet="0123456789:.,-/+ uhmqkUHMQKinenaurtsdgvj\u00a0\t", max_size=30)
ANY_TEXT = st.one_of(TYPED, st.text(max_size=60), st.text(alphabet=string.printable, max_size=60))


def _parse_outcome(parse, text: str) -> None:
    try:
        parse(text)
    except ParseError as error:
        _explained(error.problem)


def fuzz(request, name: str, strategy, check) -> None:
    """Run ``check`` over ``strategy`` with this run's example budget."""

    @settings(
        max_examples=_examples(request),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(strategy)
    def run(value):
        CASES[name] += 1
        check(value)

    run()


def test_fuzz_parse_duration(request):
    def check(text):
        _parse_outcome(parse_duration, text)

    fuzz(request, "parse_duration", ANY_TEXT, check)


def test_fuzz_decimal_hours(request):
    def check(text):
        _parse_outcome(decimal_hours_to_minutes, text)

    fuzz(request, "decimal_hours", ANY_TEXT, check)


def test_fuzz_parse_day(request):
    def check(text):
        _parse_outcome(lambda t: parse_day(t, TODAY), text)

    fuzz(request, "parse_day", ANY_TEXT, check)


def test_fuzz_quarter(request):
    def check(text):
        _parse_outcome(Quarter.parse, text)

    fuzz(request, "quarter", ANY_TEXT, check)


def test_fuzz_normalize_code(request):
    def check(text):
        _parse_outcome(normalize_code, text)

    code_like = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789OIl -", max_size=16)
    fuzz(request, "normalize_code", st.one_of(ANY_TEXT, code_like), check)


AIOS = st.builds(
    Aios,
    name=ANY_TEXT,
    start_date=st.dates(),
    expected_end_date=st.none() | st.dates(),
    training_year=st.integers(-5, 10),
    part_time_percent=st.integers(-1000, 1000),
)


def test_fuzz_validate_aios(request):
    def check(aios):
        for problem in validate_aios(aios):
            _explained(problem)

    fuzz(request, "validate_aios", AIOS, check)


PROFILE = st.builds(
    Profile,
    name=ANY_TEXT,
    practice=ANY_TEXT,
    role=st.sampled_from(list(Role)),
    supervising_opleider=ANY_TEXT,
    practice_patients=st.none() | st.integers(-(10**6), 10**6),
    practice_gp_fte_percent=st.none() | st.integers(-(10**4), 10**4),
)


def test_fuzz_validate_profile(request):
    def check(profile):
        for problem in validate_profile(profile):
            _explained(problem)

    fuzz(request, "validate_profile", PROFILE, check)


HEADERS = [alias for aliases in COLUMN_ALIASES.values() for alias in aliases[:2]]
CELL = st.one_of(TYPED, st.sampled_from(["Sanne", "Leergesprek", "12-03-2026", "1:30", "=cmd", '"', ""]))
CSV_TEXT = st.builds(
    lambda header, rows, sep: "\r\n".join(sep.join(r) for r in [header, *rows]),
    st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7),
    st.lists(st.lists(CELL, max_size=8), max_size=8),
    st.sampled_from([";", ",", "\t"]),
)
CSV_BYTES = st.one_of(
    st.binary(max_size=300),
    CSV_TEXT.map(lambda t: t.encode("utf-8")),
    CSV_TEXT.map(lambda t: t.encode("utf-16")),
    CSV_TEXT.map(lambda t: t.encode("cp1252", errors="replace")),
)
RESOLVE_AIOS = name_resolver(
    {"Sanne": 1}, unknown_code="csv.aios_unknown", field="aios", empty_means_none=True
)
RESOLVE_CATEGORY = name_resolver({"Leergesprek": 3}, unknown_code="csv.category_unknown", field="category")


def test_fuzz_parse_hours_csv(request):
    def check(data):
        preview = parse_hours_csv(
            data, today=TODAY, resolve_aios=RESOLVE_AIOS, resolve_category=RESOLVE_CATEGORY
        )
        for problem in preview.file_problems:
            _explained(problem)
        for error in preview.errors:
            _explained(error.problem)
        if preview.file_problems:
            assert preview.rows == ()
        for row in preview.rows:
            assert 0 < row.minutes <= 24 * 60

    fuzz(request, "parse_hours_csv", CSV_BYTES, check)


def test_fuzz_rejected_aios_leave_nothing_in_the_file(request, tmp_path):
    """Through the service: stored whole, or refused with nothing half-written."""
    from opleider_desk.domain.problems import ValidationFailed
    from opleider_desk.storage.integrity import check as integrity_findings
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.aios import AiosService

    store = open_store(tmp_path / "fuzz.sqlite")
    service = store.service(AiosService)
    stored: list[int] = []

    def check(aios):
        try:
            stored.append(service.add(aios))
        except ValidationFailed as failed:
            for problem in failed.problems:
                _explained(problem)
        assert sorted(stored_id(a.id) for a in service.list()) == sorted(stored)

    try:
        fuzz(request, "aios_service_add", AIOS, check)
    finally:
        store.close()
    assert integrity_findings(tmp_path / "fuzz.sqlite", full=True) == []
