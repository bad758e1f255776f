"""SMART hints name what an agreement lacks, and stay quiet when it is SMART."""

from datetime import date

import pytest

from opleider_desk.domain.enums import AgreementOwner
from opleider_desk.domain.smart import (
    NO_DUE_DATE,
    NO_OWNER,
    NOT_MEASURABLE,
    TOO_VAGUE,
    smart_hints,
)


def codes(text, **kwargs):
    return {p.code for p in smart_hints(text, **kwargs)}


def test_a_smart_agreement_gets_no_hints():
    assert (
        codes(
            "Twee slechtnieuwsgesprekken voorbereiden en nabespreken met video",
            owner=AgreementOwner.AIOS,
            due_date=date(2026, 5, 1),
        )
        == set()
    )


def test_a_vague_wish_gets_every_hint():
    assert codes("Beter communiceren") == {TOO_VAGUE, NOT_MEASURABLE, NO_OWNER, NO_DUE_DATE}


@pytest.mark.parametrize(
    "text",
    [
        "Bij 3 consulten de hulpvraag samenvatten",
        "Wekelijks een casus inbrengen in de patiëntbespreking",
        "Discuss the referral letters with the trainer",
        "De NHG-standaard COPD toepassen bij patiënten met dyspnoe",
    ],
)
def test_numbers_and_observable_actions_count_as_measurable(text):
    assert NOT_MEASURABLE not in codes(text)


def test_an_attitude_without_action_is_not_measurable():
    assert NOT_MEASURABLE in codes("Meer aandacht voor de beleving van de patiënt")


def test_learning_goals_have_no_owner_hint_and_empty_text_no_hints():
    assert NO_OWNER not in codes("Ik voer twee gesprekken", owner_applies=False)
    assert smart_hints("   ") == []


def test_hints_point_at_their_fields():
    fields = {p.code: p.field for p in smart_hints("Beter", field="statement")}
    assert fields == {
        TOO_VAGUE: "statement",
        NOT_MEASURABLE: "statement",
        NO_OWNER: "owner",
        NO_DUE_DATE: "due_date",
    }
