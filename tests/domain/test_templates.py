"""The shipped meeting templates and the loader that guards them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from opleider_desk.domain.enums import CategoryKey, CompetencyArea, MeetingKind
from opleider_desk.domain.templates import (
    ExpandedStep,
    FieldKind,
    Phase,
    Speaker,
    Template,
    TemplateError,
    Text,
    builtin_forms_dir,
    default_agenda,
    expand_steps,
    load_template,
    load_templates,
)

FORMS = builtin_forms_dir()
SRTAR = ["situatie", "taak", "actie", "resultaat", "reflectie"]
Templates = dict[str, Template]


@pytest.fixture(scope="module")
def builtins() -> Templates:
    return load_templates(FORMS)


def _texts(value: Any) -> Iterator[Text]:
    if isinstance(value, Text):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item)


# --- the shipped files ---------------------------------------------------------


def test_builtin_dir_is_the_source_tree_when_not_installed() -> None:
    assert Path(__file__).resolve().parents[2] / "resources" / "forms" == FORMS


def test_there_is_exactly_one_template_per_meeting_kind(builtins: Templates) -> None:
    assert set(builtins) == {kind.value for kind in MeetingKind}
    assert all(t.kind is MeetingKind(key) for key, t in builtins.items())
    assert list(builtins) == sorted(builtins)


@pytest.mark.parametrize(
    "path",
    sorted(p for p in FORMS.glob("*.json") if not p.name.endswith(".schema.json")),
    ids=lambda p: p.stem,
)
def test_every_shipped_file_loads_with_english_throughout(path: Path) -> None:
    template = load_template(path)
    missing = [t.nl for t in _texts(template) if not t.en.strip()]
    assert missing == []


@pytest.mark.parametrize("kind", list(MeetingKind), ids=str)
def test_every_meeting_has_the_shared_shape(builtins: Templates, kind: MeetingKind) -> None:
    template = builtins[kind]
    phases = [step.step.phase for step in expand_steps(template, {})]
    assert phases[0] is Phase.INTRODUCTION
    assert phases[-1] is Phase.CLOSING
    assert Phase.AGREEMENTS in phases and Phase.GUIDED in phases
    expected_review = kind is not MeetingKind.SLECHTNIEUWSGESPREK  # its card puts the news first
    assert (Phase.REVIEW in phases) is expected_review
    assert (Phase.REVIEW in [item.phase for item in template.agenda]) is expected_review


@pytest.mark.parametrize(
    ("kind", "category"),
    [
        (MeetingKind.VOORTGANGSGESPREK, CategoryKey.VOORTGANGSGESPREK),
        (MeetingKind.COACHINGSGESPREK, CategoryKey.COACHINGSGESPREK),
        (MeetingKind.FEEDBACKGESPREK, CategoryKey.OBSERVATIE_KPB),
        (MeetingKind.KPB, CategoryKey.OBSERVATIE_KPB),
        (MeetingKind.LEERGESPREK, CategoryKey.LEERGESPREK),
        (MeetingKind.EVALUATIEGESPREK_DOCENT, CategoryKey.OVERLEG_INSTITUUT),
    ],
)
def test_hours_are_logged_under_the_right_category(
    builtins: Templates, kind: MeetingKind, category: CategoryKey
) -> None:
    assert builtins[kind].hour_category is category


def test_assessments_carry_a_verdict_and_the_right_signers(builtins: Templates) -> None:
    suitability = ["geschikt", "twijfel", "ongeschikt"]
    for kind in (MeetingKind.GESCHIKTHEIDSBEOORDELING, MeetingKind.EINDGESPREK):
        verdict = builtins[kind].verdict
        assert verdict is not None and verdict.explanation_required
        assert [o.key for o in verdict.options] == suitability
    assert builtins[MeetingKind.EINDGESPREK].signers == ("opleider", "aios", "instituutsopleider")
    assert builtins[MeetingKind.GESCHIKTHEIDSBEOORDELING].signers == ("opleider", "aios")
    assert builtins[MeetingKind.INTERN_BEGELEIDINGSTRAJECT].signers == ("opleider", "aios")
    assert "geschiktheidsbeoordeling" in builtins[MeetingKind.EINDGESPREK].counts_as
    assert builtins[MeetingKind.KPB].counts_as == ("kpb",)
    without = [k for k, t in builtins.items() if t.verdict is None]
    assert set(builtins) - set(without) == {
        "geschiktheidsbeoordeling",
        "eindgesprek",
        "tussentijdse_beoordeling",
    }


def test_pendleton_has_five_steps_in_order_with_the_right_speakers(
    builtins: Templates,
) -> None:
    steps = [
        s.step
        for s in expand_steps(builtins[MeetingKind.FEEDBACKGESPREK], {})
        if s.step.phase in (Phase.GUIDED, Phase.AGREEMENTS)
    ]
    assert [s.speaker for s in steps] == [
        Speaker.AIOS,
        Speaker.OPLEIDER,
        Speaker.AIOS,
        Speaker.OPLEIDER,
        Speaker.AIOS,
    ]
    assert [s.title.nl for s in steps[:4]] == [
        "Wat ging er goed?",
        "Wat ging er nog meer goed?",
        "Wat kan er beter, en hoe?",
        "Wat kan er nog meer beter, en hoe?",
    ]
    last = steps[4]
    assert last.phase is Phase.AGREEMENTS
    assert [f.kind for f in last.fields] == [FieldKind.MULTILINE, FieldKind.AGREEMENTS]
    assert all(f.required for f in last.fields)


def test_intern_begeleidingstraject_plan_has_goals_and_support(builtins: Templates) -> None:
    template = builtins[MeetingKind.INTERN_BEGELEIDINGSTRAJECT]
    plan = next(s for s in template.steps if s.id == "verbeterplan")
    required = {f.kind for f in plan.fields if f.required}
    assert required == {FieldKind.GOALS, FieldKind.MULTILINE}


def test_kpb_asks_for_two_to_three_competencies_and_scores_each(builtins: Templates) -> None:
    template = builtins[MeetingKind.KPB]
    assert template.loop is not None
    choice = next(f for s in template.steps for f in s.fields if f.kind is FieldKind.COMPETENCIES)
    assert (choice.minimum, choice.maximum, choice.required) == (2, 3, True)
    answers = {template.loop.over: ["communicatie", "samenwerking"]}
    ids = [s.id for s in expand_steps(template, answers)]
    assert "kpb.communicatie.beoordeling" in ids and "kpb.samenwerking.beoordeling" in ids


# --- STAR(R) expansion --------------------------------------------------------


def test_star_expands_per_competency_in_star_order(builtins: Templates) -> None:
    template = builtins[MeetingKind.STAR_GESPREK]
    answers = {"competenties.keuze": ["medisch_handelen", "communicatie"]}
    steps = expand_steps(template, answers)

    loop = [f"star.{area}.{s}" for area in ("medisch_handelen", "communicatie") for s in SRTAR]
    opening = ["inleiding", "afspraken_vorige", "competenties"]
    assert [s.id for s in steps] == [*opening, *loop, "afspraken", "afsluiting"]
    assert [s.step.title.nl[0] for s in steps[3:8]] == ["S", "T", "A", "R", "R"]
    assert [s.competency for s in steps[3:13]] == [CompetencyArea.MEDISCH_HANDELEN] * 5 + [
        CompetencyArea.COMMUNICATIE
    ] * 5
    assert steps[0].step.phase is Phase.INTRODUCTION
    assert steps[-1].step.phase is Phase.CLOSING
    assert steps[4].answer_key("notities") == "star.medisch_handelen.taak.notities"


def test_star_situatie_asks_the_cards_questions(builtins: Templates) -> None:
    loop = builtins[MeetingKind.STAR_GESPREK].loop
    assert loop is not None
    situatie = loop.steps[0]
    questions = [q.nl for q in situatie.questions]
    assert questions[1:] == ["Wie waren aanwezig?", "Wat gebeurde er precies?"]


def test_expansion_ignores_unknown_and_repeated_competencies(builtins: Templates) -> None:
    template = builtins[MeetingKind.STAR_GESPREK]
    answers = {"competenties.keuze": ["communicatie", "bogus", "communicatie", 7]}
    loop_ids = [s.id for s in expand_steps(template, answers) if s.competency is not None]
    assert loop_ids == [f"star.communicatie.{s}" for s in SRTAR]


def test_without_a_choice_the_loop_is_empty_and_ids_stay_stable(builtins: Templates) -> None:
    template = builtins[MeetingKind.STAR_GESPREK]
    before = expand_steps(template, {})
    assert all(s.competency is None for s in before)
    after = expand_steps(template, {"competenties.keuze": ["organisatie"]})
    assert [s.id for s in before] == [s.id for s in after if s.competency is None]


def test_template_without_loop_expands_to_its_steps(builtins: Templates) -> None:
    template = builtins[MeetingKind.VOORTGANGSGESPREK]
    expanded = expand_steps(template, {"anything": ["communicatie"]})
    assert expanded == [ExpandedStep(s.id, s) for s in (*template.steps, *template.closing)]


# --- default agenda -------------------------------------------------------------


def test_open_agreements_come_right_after_the_introduction(builtins: Templates) -> None:
    template = builtins[MeetingKind.VOORTGANGSGESPREK]
    agenda = default_agenda(template, ["KPB over communicatie", "  ", "NHG-Standaard astma lezen"])

    assert agenda[0] == {
        "text": "Opening: bespreekpunten van opleider en aios",
        "source": "template",
        "done": False,
    }
    assert agenda[1]["text"] == "Afspraken vorige gesprek nalopen"
    assert agenda[2:4] == [
        {"text": "KPB over communicatie", "source": "agreement", "done": False},
        {"text": "NHG-Standaard astma lezen", "source": "agreement", "done": False},
    ]
    assert agenda[4]["text"] == "Sterke en zwakke punten"
    assert len(agenda) == len(template.agenda) + 2


def test_agenda_in_english_keeps_agreement_texts_as_written(builtins: Templates) -> None:
    agenda = default_agenda(builtins[MeetingKind.COACHINGSGESPREK], ["Casus bespreken"], lang="en")
    assert agenda[0]["text"] == "Opening: points from trainer and trainee"
    assert agenda[2] == {"text": "Casus bespreken", "source": "agreement", "done": False}


def test_bad_news_agenda_reviews_agreements_with_the_follow_up(builtins: Templates) -> None:
    agenda = default_agenda(builtins[MeetingKind.SLECHTNIEUWSGESPREK], ["Verbeterplan afronden"])
    texts = [item["text"] for item in agenda]
    at = texts.index("Verbeterplan afronden")
    assert texts[at + 1] == "Afspraken over het vervolg"
    assert texts.index("Het nieuws en de belangrijkste argumenten") < at


def test_agenda_without_open_agreements_is_the_template_agenda(builtins: Templates) -> None:
    template = builtins[MeetingKind.KPB]
    assert [i["text"] for i in default_agenda(template, [])] == [a.text.nl for a in template.agenda]


# --- Text -----------------------------------------------------------------------


def test_text_falls_back_to_dutch() -> None:
    both = Text(nl="Afsluiting", en="Closing")
    assert both.get("en") == "Closing"
    assert both.get("en_GB") == "Closing"
    assert both.get("nl") == "Afsluiting"
    assert both.get("de") == "Afsluiting"
    assert Text(nl="Afsluiting").get("en") == "Afsluiting"


# --- broken files ---------------------------------------------------------------


def _base() -> dict[str, Any]:
    return json.loads((FORMS / "voortgangsgesprek.json").read_text(encoding="utf-8"))


def _star() -> dict[str, Any]:
    return json.loads((FORMS / "star_gesprek.json").read_text(encoding="utf-8"))


def _write(directory: Path, data: dict[str, Any], name: str | None = None) -> Path:
    path = directory / f"{name or data['key']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _del_step_title(d: dict[str, Any]) -> None:
    del d["steps"][2]["title"]


def _kind_txt(d: dict[str, Any]) -> None:
    d["steps"][3]["fields"] = [{"id": "x", "label": {"nl": "X"}, "kind": "txt"}]


def _no_nl(d: dict[str, Any]) -> None:
    d["title"] = {"en": "Progress meeting"}


def _empty_nl(d: dict[str, Any]) -> None:
    d["preparation"][1]["text"]["nl"] = "  "


def _dup_step(d: dict[str, Any]) -> None:
    d["steps"][3]["id"] = d["steps"][2]["id"]


def _dup_closing_step(d: dict[str, Any]) -> None:
    d["closing"][1]["id"] = d["steps"][0]["id"]


def _dup_field(d: dict[str, Any]) -> None:
    d["steps"][2]["fields"][1]["id"] = d["steps"][2]["fields"][0]["id"]


def _unknown_top(d: dict[str, Any]) -> None:
    d["titel"] = {"nl": "x"}


def _phase_backwards(d: dict[str, Any]) -> None:
    d["steps"][3]["phase"] = "review"


def _agreements_in_steps(d: dict[str, Any]) -> None:
    d["steps"][3]["phase"] = "agreements"


def _intro_not_first(d: dict[str, Any]) -> None:
    d["steps"][0]["phase"] = "guided"


def _no_closing_step(d: dict[str, Any]) -> None:
    d["closing"] = d["closing"][:1]


def _choice_without_options(d: dict[str, Any]) -> None:
    d["steps"][2]["fields"][0]["kind"] = "choice"


def _options_on_text(d: dict[str, Any]) -> None:
    d["steps"][2]["fields"][0]["options"] = [{"key": "a", "label": {"nl": "A"}}]


def _bad_category(d: dict[str, Any]) -> None:
    d["hour_category"] = "koffie"


def _bad_signer(d: dict[str, Any]) -> None:
    d["signers"] = ["opleider", "buurman"]


def _float_duration(d: dict[str, Any]) -> None:
    d["default_duration_minutes"] = 45.5


def _bad_id(d: dict[str, Any]) -> None:
    d["steps"][1]["id"] = "Afspraken vorige"


def _verdict_step_without_verdict(d: dict[str, Any]) -> None:
    d["steps"][2]["shows_verdict"] = True


def _verdict_without_step(d: dict[str, Any]) -> None:
    d["verdict"] = {
        "label": {"nl": "Oordeel"},
        "options": [{"key": "ja", "label": {"nl": "Ja"}}, {"key": "nee", "label": {"nl": "Nee"}}],
    }


def _agenda_review_first(d: dict[str, Any]) -> None:
    d["agenda"].insert(0, d["agenda"].pop(1))


def _competency_max_too_high(d: dict[str, Any]) -> None:
    d["steps"][2]["fields"][0] = {"id": "c", "label": {"nl": "C"}, "kind": "competencies", "max": 8}


@pytest.mark.parametrize(
    ("break_it", "field", "fragment"),
    [
        (_del_step_title, "steps[2].title", "missing"),
        (_kind_txt, "steps[3].fields[0].kind", "unknown kind 'txt'"),
        (_no_nl, "title.nl", "missing"),
        (_empty_nl, "preparation[1].text.nl", "non-empty"),
        (_dup_step, "steps[3].id", "duplicate step id"),
        (_dup_closing_step, "closing[1].id", "duplicate step id 'inleiding'"),
        (_dup_field, "steps[2].fields[1].id", "duplicate field id"),
        (_unknown_top, "titel", "unknown field"),
        (_phase_backwards, "steps[3].phase", "cannot follow"),
        (_agreements_in_steps, "steps[3].phase", "belong in closing"),
        (_intro_not_first, "steps[0].phase", "introduction"),
        (_no_closing_step, "closing", "'closing'"),
        (_choice_without_options, "steps[2].fields[0].options", "missing"),
        (_options_on_text, "steps[2].fields[0].options", "only a choice field"),
        (_bad_category, "hour_category", "unknown category 'koffie'"),
        (_bad_signer, "signers[1]", "unknown signer 'buurman'"),
        (_float_duration, "default_duration_minutes", "whole number"),
        (_bad_id, "steps[1].id", "not an id"),
        (_verdict_step_without_verdict, "steps[2].shows_verdict", "no verdict"),
        (_verdict_without_step, "verdict", "no step"),
        (_agenda_review_first, "agenda[0].phase", "introduction"),
        (_competency_max_too_high, "steps[2].fields[0].max", "between 0 and 7"),
    ],
    ids=lambda v: v.__name__.strip("_") if callable(v) else None,
)
def test_broken_template_names_file_and_field(
    tmp_path: Path, break_it: Callable[[dict[str, Any]], None], field: str, fragment: str
) -> None:
    data = _base()
    break_it(data)
    path = _write(tmp_path, data)
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    error = caught.value
    assert (error.file, error.field) == ("voortgangsgesprek.json", field)
    assert str(error).startswith(f"voortgangsgesprek.json: {field}: ")
    assert fragment in str(error)


def test_the_message_reads_like_the_documented_example(tmp_path: Path) -> None:
    data = _base()
    data["steps"][3]["fields"] = [{"id": "x", "label": {"nl": "X"}, "kind": "txt"}]
    expected = r"^voortgangsgesprek\.json: steps\[3\]\.fields\[0\]\.kind: unknown kind 'txt'$"
    with pytest.raises(TemplateError, match=expected):
        load_template(_write(tmp_path, data))


def test_bad_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "kpb.json"
    path.write_text('{\n  "key": "kpb",\n  "version": 1,,\n}', encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.file == "kpb.json"
    assert caught.value.field is None
    assert "line 3" in str(caught.value)


def test_not_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kpb.json"
    path.write_bytes('{"key": "kpb", "title": {"nl": "Caf\u00e9"}}'.encode("latin-1"))
    with pytest.raises(TemplateError, match=r"^kpb\.json: not UTF-8"):
        load_template(path)


def test_key_must_match_the_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, _base(), name="voortgang")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert (caught.value.file, caught.value.field) == ("voortgang.json", "key")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["loop"].update(over="competenties.onbekend"), "loop.over"),
        (lambda d: d["loop"].update(over="inleiding.toelichting"), "loop.over"),
        (lambda d: d["loop"]["steps"][1].update(id="situatie"), "loop.steps[1].id"),
        (lambda d: d["loop"].update(id="competenties"), "loop.id"),
        (lambda d: d["loop"]["steps"][0].update(phase="agreements"), "loop.steps[0].phase"),
    ],
    ids=["unknown-field", "not-competencies", "dup-loop-step", "loop-id-clash", "loop-phase"],
)
def test_broken_loop_names_the_field(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], field: str
) -> None:
    data = _star()
    change(data)
    with pytest.raises(TemplateError) as caught:
        load_template(_write(tmp_path, data))
    assert (caught.value.file, caught.value.field) == ("star_gesprek.json", field)


def test_load_templates_stops_at_the_first_broken_file(tmp_path: Path) -> None:
    _write(tmp_path, _star())
    broken = _base()
    del broken["agenda"]
    _write(tmp_path, broken)
    (tmp_path / "README.md").write_text("not a template", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^voortgangsgesprek\.json: agenda: missing$"):
        load_templates(tmp_path)


def test_a_users_own_template_loads_without_a_meeting_kind(tmp_path: Path) -> None:
    data = _base()
    data["key"] = "exitgesprek"
    data["title"] = {"nl": "Exitgesprek"}
    loaded = load_template(_write(tmp_path, data))
    assert loaded.kind is None
    assert loaded.title.get("en") == "Exitgesprek"
