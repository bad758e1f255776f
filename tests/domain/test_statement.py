"""Totals, norm and code of a quarterly statement, from plain data."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from opleider_desk.domain.entities import Aios, Profile
from opleider_desk.domain.enums import StatementStatus
from opleider_desk.domain.norms import Norms, NormStatus
from opleider_desk.domain.quarters import Quarter
from opleider_desk.domain.statement import StatementEntry, build_statement

PROFILE = Profile(name="Marieke Jansen", practice="De Linde", employer="De Linde B.V.")
AIOS = Aios(id=1, name="Sanne de Vries", start_date=date(2025, 9, 1), part_time_percent=80)
ORDER = {1: 10, 2: 20, 3: 90}


def entry(day: date, minutes: int, category: int = 1, description: str = "") -> StatementEntry:
    keys = {1: ("leergesprek", True), 2: ("gezamenlijk_spreekuur", True), 3: ("eigen_scholing", False)}
    key, supervision = keys[category]
    return StatementEntry(
        day=day,
        minutes=minutes,
        category_id=category,
        category_key=key,
        category_name="",
        counts_as_supervision=supervision,
        description=description,
    )


ENTRIES = (
    entry(date(2026, 7, 1), 60),
    entry(date(2026, 7, 6), 120, 2, "wekelijks"),
    entry(date(2026, 8, 12), 45, 3),
    entry(date(2026, 9, 30), 30),
)


def build(entries=ENTRIES, **changes):
    values = {
        "profile": PROFILE,
        "aios": AIOS,
        "quarter": Quarter(2026, 3),
        "entries": entries,
        "category_order": ORDER,
        "meeting_kinds": ["kpb", "coachingsgesprek", "kpb"],
        "norms": Norms(),
    }
    values.update(changes)
    return build_statement(**values)


def test_totals_per_category_month_and_quarter():
    statement = build()
    assert statement.total_minutes == 255
    assert [(c.category_key, c.minutes) for c in statement.per_category] == [
        ("leergesprek", 90),
        ("gezamenlijk_spreekuur", 120),
        ("eigen_scholing", 45),
    ]
    assert [(m.month, m.minutes) for m in statement.per_month] == [(7, 180), (8, 45), (9, 30)]
    assert statement.supervision_minutes == 210
    assert [e.day for e in statement.entries] == sorted(e.day for e in ENTRIES)


def test_norm_is_the_weekly_norm_pro_rata_part_time():
    statement = build()
    # 92 days in Q3, 120 min a week, 80 %: 92 / 7 * 120 * 0.8 = 1261.7
    assert statement.norm.expected_minutes == 1262
    assert statement.norm.actual_minutes == 210
    assert statement.norm.status is NormStatus.UNDER


def test_an_aios_who_starts_mid_quarter_is_expected_only_the_days_after():
    late = dataclasses.replace(AIOS, start_date=date(2026, 9, 1), part_time_percent=100)
    assert build(aios=late).norm.expected_minutes == 514  # 30 days / 7 * 120


def test_meeting_contacts_are_counted_per_kind_most_first():
    statement = build()
    assert [(c.kind, c.count) for c in statement.meeting_contacts] == [("kpb", 2), ("coachingsgesprek", 1)]
    assert statement.meeting_count == 3


def test_the_same_data_gives_the_same_code_whatever_the_order():
    assert build().verification_code == build(entries=ENTRIES[::-1]).verification_code


@pytest.mark.parametrize(
    "change",
    [
        lambda e: (dataclasses.replace(e[0], minutes=61), *e[1:]),
        lambda e: (dataclasses.replace(e[0], day=date(2026, 7, 2)), *e[1:]),
        lambda e: (dataclasses.replace(e[0], description="x"), *e[1:]),
        lambda e: (dataclasses.replace(e[0], category_name="Mijn eigen"), *e[1:]),
        lambda e: e[1:],
        lambda e: (*e, entry(date(2026, 9, 30), 15)),
    ],
    ids=["minutes", "day", "description", "category", "deleted", "added"],
)
def test_any_change_to_the_entries_changes_the_code(change):
    assert build(entries=change(ENTRIES)).verification_code != build().verification_code


def test_what_the_paper_prints_besides_the_entries_is_in_the_code_too():
    code = build().verification_code
    assert build(profile=dataclasses.replace(PROFILE, employer="")).verification_code != code
    assert build(meeting_kinds=["kpb"]).verification_code != code
    assert build(norms=Norms(supervision_minutes_per_week=90)).verification_code != code


def test_signing_does_not_change_the_code():
    signed = build(status=StatementStatus.SIGNED, signed_on=date(2026, 10, 2), signed_code="X")
    assert signed.verification_code == build().verification_code
    assert not signed.matches_signed
    again = build(
        status=StatementStatus.SIGNED,
        signed_on=date(2026, 10, 2),
        signed_code=build().verification_code.replace("-", "").lower(),
    )
    assert again.matches_signed and again.is_signed


def test_entries_outside_the_quarter_are_a_programming_error():
    with pytest.raises(ValueError):
        build(entries=(*ENTRIES, entry(date(2026, 10, 1), 30)))


def test_a_leap_day_belongs_to_the_first_quarter():
    leap = build(quarter=Quarter(2028, 1), entries=[entry(date(2028, 2, 29), 90)])
    assert [(m.month, m.minutes) for m in leap.per_month] == [(1, 0), (2, 90), (3, 0)]
    # 91 days in Q1 of a leap year: 91 / 7 * 120 * 0.8 = 1248
    assert leap.norm.expected_minutes == 1248
