"""A meeting's agenda: template items, earlier open agreements in the review slot, own points."""

from opleider_desk.domain.agenda import (
    AGREEMENT,
    USER,
    OpenPoint,
    build_agenda,
    follow_agreements,
    user_point,
)
from opleider_desk.domain.templates import builtin_forms_dir, load_template

VOORTGANG = load_template(builtin_forms_dir() / "voortgangsgesprek.json")
SLECHT_NIEUWS = load_template(builtin_forms_dir() / "slechtnieuwsgesprek.json")


def texts(agenda):
    return [item["text"] for item in agenda]


def test_open_agreements_follow_the_review_item_and_remember_their_ids():
    agenda = build_agenda(VOORTGANG, [OpenPoint(7, "KPB inleveren"), OpenPoint(9, "Stage regelen")], "nl")
    assert texts(agenda)[:4] == [
        "Opening: bespreekpunten van opleider en aios",
        "Afspraken vorige gesprek nalopen",
        "KPB inleveren",
        "Stage regelen",
    ]
    assert [i.get("agreement_id") for i in agenda if i["source"] == AGREEMENT] == [7, 9]
    assert agenda[0]["item_id"] == "inleiding"


def test_english_agenda_uses_the_english_texts():
    assert build_agenda(VOORTGANG, [], "en")[1]["text"] == "Review of previous agreements"


def test_a_done_agreement_drops_off_and_a_new_one_joins_the_others():
    agenda = build_agenda(VOORTGANG, [OpenPoint(7, "KPB inleveren"), OpenPoint(9, "Stage regelen")], "nl")
    agenda.append(user_point("Vakantieplanning"))
    followed = follow_agreements(agenda, VOORTGANG, [OpenPoint(9, "Stage regelen"), OpenPoint(12, "Video")])
    assert "KPB inleveren" not in texts(followed)
    assert texts(followed)[2:4] == ["Stage regelen", "Video"]
    assert followed[-1] == {"text": "Vakantieplanning", "source": USER, "done": False}


def test_the_trainers_order_is_kept_when_agreements_change():
    agenda = build_agenda(VOORTGANG, [OpenPoint(7, "KPB inleveren")], "nl")
    agenda.insert(0, agenda.pop(2))  # the trainer wants it first
    followed = follow_agreements(agenda, VOORTGANG, [OpenPoint(7, "KPB inleveren"), OpenPoint(8, "Lezen")])
    assert texts(followed)[:2] == ["KPB inleveren", "Lezen"]


def test_without_agreement_items_new_ones_go_to_the_templates_slot():
    no_review = build_agenda(SLECHT_NIEUWS, [], "nl")
    followed = follow_agreements(no_review, SLECHT_NIEUWS, [OpenPoint(3, "Nazorg regelen")])
    first_agreements = next(
        i for i, item in enumerate(SLECHT_NIEUWS.agenda) if item.phase.value == "agreements"
    )
    assert texts(followed)[first_agreements] == "Nazorg regelen"
