"""Every problem the statement service and command raise has a Dutch sentence with its params filled in."""

from datetime import date

import pytest

from opleider_desk.domain.problems import Problem
from opleider_desk.words.problems import problem_text

SAMPLES = [
    Problem("statement.aios_unknown", params={"name": "Piet", "known": "Sanne de Vries"}),
    Problem("statement.aios_ambiguous", params={"name": "san", "matches": "Sanne, Sander"}),
    Problem("statement.no_aios", params={"quarter": "2026-Q3"}),
    Problem("statement.signed_before_end", params={"end": date(2026, 9, 30)}),
    Problem("statement.signed_in_future"),
    Problem("statement.already_signed", params={"quarter": "2026-Q3", "signed_on": date(2026, 10, 2)}),
    Problem("statement.not_signed", params={"quarter": "2026-Q3"}),
    Problem("hours.locked", params={"quarter": "2026-Q3", "signed_on": date(2026, 10, 2)}),
]


@pytest.mark.parametrize("problem", SAMPLES, ids=lambda p: p.code)
def test_sentences_fill_in_their_params(qapp, problem):
    text = problem_text(problem)
    assert text and "{" not in text and problem.code not in text


def test_dates_are_written_as_the_user_reads_them(qapp):
    text = problem_text(Problem("statement.signed_before_end", params={"end": date(2026, 9, 30)}))
    assert (
        text == "Een kwartaalverklaring wordt na afloop van het kwartaal ondertekend: op 30-09-2026 of later."
    )


def test_quarters_read_k3_2026_in_dutch_never_the_storage_key(qapp):
    from opleider_desk.domain.quarters import Quarter
    from opleider_desk.words.formatting import format_quarter, localise_quarters

    text = problem_text(Problem("statement.not_signed", params={"quarter": "2026-Q3"}))
    assert "K3 2026" in text and "2026-Q3" not in text
    assert format_quarter(Quarter(2026, 4)) == "K4 2026"
    assert localise_quarters("2 entries, 2026-Q4") == "2 entries, K4 2026"
