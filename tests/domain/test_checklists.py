import copy
import json
from pathlib import Path

import pytest

from opleider_desk.domain.checklists import (
    BUILTIN_CHECKLISTS,
    AutoRule,
    ChecklistScope,
    ChecklistTemplateError,
    LocalText,
    load_builtin_checklist,
    load_checklist,
    parse_checklist,
)
from opleider_desk.domain.enums import MeetingKind
from opleider_desk.domain.obligations import ObligationKey

VALID = {
    "format": 1,
    "key": "mini",
    "scope": "aios",
    "title": {"nl": "Mini", "en": "Mini"},
    "items": [
        {
            "key": "kpb",
            "title": {"nl": "KPB's", "en": "KPBs"},
            "description": {"nl": "Tien per jaar.", "en": "Ten a year."},
            "auto": "kpb_count",
        },
        {
            "key": "reports",
            "title": {"nl": "Verslagen", "en": "Reports"},
            "description": {"nl": "Ondertekend.", "en": "Signed."},
            "auto": "signed_meeting:voortgangsgesprek",
        },
    ],
    "review": [{"key": "on_time", "question": {"nl": "Op tijd?", "en": "On time?"}}],
}


def write(tmp_path: Path, data, name: str = "mine.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", BUILTIN_CHECKLISTS)
def test_shipped_checklists_are_valid(name):
    template = load_builtin_checklist(name)
    assert template.key == name
    assert template.items
    for item in template.items:
        assert item.title.nl and item.title.en and item.description.nl and item.description.en


def test_portfolio_covers_the_card_and_has_its_review_questions():
    portfolio = load_builtin_checklist("portfolio")
    assert portfolio.scope == ChecklistScope.AIOS
    autos = {str(i.auto) for i in portfolio.items if i.auto}
    assert {
        "current_iop",
        "kpb_count",
        "msf_before_meeting",
        "signed_meeting:voortgangsgesprek",
        "signed_meeting:geschiktheidsbeoordeling",
    } <= autos
    assert {"on_time", "activities_match_agreements", "reflection_goals"} <= {q.key for q in portfolio.review}


def test_trainer_checklist_links_every_obligation():
    trainer = load_builtin_checklist("trainer")
    assert trainer.scope == ChecklistScope.TRAINER
    linked = {i.auto.argument for i in trainer.items if i.auto and i.auto.name == "obligation"}
    assert linked == set(ObligationKey)


def test_a_valid_file_loads_with_its_rules(tmp_path):
    template = load_checklist(write(tmp_path, VALID))
    assert [i.auto for i in template.items] == [
        AutoRule("kpb_count"),
        AutoRule("signed_meeting", MeetingKind.VOORTGANGSGESPREK),
    ]
    assert template.review[0].question == LocalText(nl="Op tijd?", en="On time?")
    assert template.review[0].description is None
    assert template.source == tmp_path / "mine.json"


def test_local_text_picks_the_language():
    text = LocalText(nl="Verslag", en="Report")
    assert (text.get("nl"), text.get("nl_NL"), text.get("en"), text.get("de")) == (
        "Verslag",
        "Verslag",
        "Report",
        "Verslag",  # a language without a text falls back to Dutch
    )


def broken(change) -> dict:
    data = copy.deepcopy(VALID)
    change(data)
    return data


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (broken(lambda d: d.update(format=2)), "format"),
        (broken(lambda d: d.update(format=True)), "format"),
        (broken(lambda d: d.pop("key")), "key"),
        (broken(lambda d: d.update(key="Mini checklist")), "key"),
        (broken(lambda d: d.update(scope="praktijk")), "scope"),
        (broken(lambda d: d.update(extra=1)), "extra"),
        (broken(lambda d: d.update(title="Mini")), "title"),
        (broken(lambda d: d["title"].pop("en")), "title.en"),
        (broken(lambda d: d["title"].update(de="Mini")), "title.de"),
        (broken(lambda d: d.update(items=[])), "items"),
        (broken(lambda d: d.update(items={})), "items"),
        (broken(lambda d: d["items"].append("kpb")), "items[2]"),
        (broken(lambda d: d["items"][1]["title"].update(nl="  ")), "items[1].title.nl"),
        (broken(lambda d: d["items"][1]["title"].update(nl=3)), "items[1].title.nl"),
        (broken(lambda d: d["items"][0].pop("description")), "items[0].description"),
        (broken(lambda d: d["items"][0].update(descripton={})), "items[0].descripton"),
        (broken(lambda d: d["items"][1].update(key="kpb")), "items[1].key"),
        (broken(lambda d: d["items"][0].update(auto="kpb_counts")), "items[0].auto"),
        (broken(lambda d: d["items"][0].update(auto="kpb_count:5")), "items[0].auto"),
        (broken(lambda d: d["items"][1].update(auto="signed_meeting")), "items[1].auto"),
        (broken(lambda d: d["items"][1].update(auto="signed_meeting:Voortgang")), "items[1].auto"),
        (broken(lambda d: d["items"][1].update(auto="obligation:holidays")), "items[1].auto"),
        (broken(lambda d: d["items"][1].update(auto=None)), "items[1].auto"),
        (broken(lambda d: d["review"][0].pop("question")), "review[0].question"),
        (broken(lambda d: d["review"].append(d["review"][0])), "review[1].key"),
        (broken(lambda d: d.update(review="on_time")), "review"),
    ],
)
def test_a_broken_file_names_the_file_and_the_field(tmp_path, data, field):
    path = write(tmp_path, data)
    with pytest.raises(ChecklistTemplateError) as caught:
        load_checklist(path)
    assert caught.value.file == str(path)
    assert caught.value.field == field
    assert str(path) in str(caught.value) and field in str(caught.value)


def test_a_file_that_is_not_json_names_the_line(tmp_path):
    path = write(tmp_path, '{"format": 1,\n "key": }')
    with pytest.raises(ChecklistTemplateError) as caught:
        load_checklist(path)
    assert (caught.value.file, caught.value.field) == (str(path), None)
    assert "line 2" in caught.value.message


def test_a_file_that_is_not_utf8_is_reported(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes('{"key": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(ChecklistTemplateError) as caught:
        load_checklist(path)
    assert caught.value.file == str(path)


def test_a_top_level_that_is_not_an_object_is_reported():
    with pytest.raises(ChecklistTemplateError) as caught:
        parse_checklist([VALID], "inline.json")
    assert (caught.value.file, caught.value.field) == ("inline.json", None)
