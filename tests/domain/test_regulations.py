"""The shipped regulations and competency profiles, and the reader that guards them."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from opleider_desk.domain.competency_profiles import (
    GP_PROFILE_2023,
    PROFILE_2016,
    CompetencyProfileError,
    builtin_profiles,
    builtin_profiles_dir,
    load_profiles,
    newer_profile,
)
from opleider_desk.domain.enums import CompetencyArea
from opleider_desk.domain.norms import Norms
from opleider_desk.domain.regulations import (
    DEFAULTS_FILE,
    GP,
    MG,
    OWN,
    SCHEMA_FILE,
    RegulationError,
    RuleKind,
    builtin_regulations,
    builtin_regulations_dir,
    load_regulations,
    regulation,
)

FOLDER = builtin_regulations_dir()
NORM_KEYS = [f.name for f in dataclasses.fields(Norms)]


def _regulation_files() -> list[Path]:
    return sorted(p for p in FOLDER.glob("*.json") if p.name != SCHEMA_FILE)


@pytest.mark.parametrize("path", _regulation_files(), ids=lambda p: p.name)
def test_every_file_matches_the_published_schema(path: Path) -> None:
    schema = json.loads((FOLDER / SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)


def test_the_shipped_regulations_load_gp_first() -> None:
    found = builtin_regulations()
    assert list(found)[:2] == [GP, MG]
    assert OWN in found


def test_every_rule_has_a_source_and_defaults_say_so() -> None:
    for reg in builtin_regulations().values():
        for rule in reg:
            if rule.kind is RuleKind.DEFAULT:
                assert rule.source.is_default, (reg.key, rule.key)
            else:
                assert rule.source.document is not None and rule.source.section.nl.strip(), (
                    reg.key,
                    rule.key,
                )
                # The English UI cited "Criterium 7: minimaal 2 hao-evaluatiegesprekken met de docent …".
                assert rule.source.section.en.strip(), (reg.key, rule.key)
            assert rule.per and rule.unit and rule.title.nl


def test_every_norm_has_a_rule_in_every_regulation() -> None:
    for reg in builtin_regulations().values():
        assert set(NORM_KEYS) <= set(reg.keys()), reg.key


def test_the_own_institute_set_is_empty_so_everything_is_opleiderdesk() -> None:
    own = regulation(OWN)
    assert {rule.kind for rule in own} == {RuleKind.DEFAULT}
    assert own.norms() == Norms()


def test_lpp_rules_are_proposals_and_only_in_social_medicine() -> None:
    mg = regulation(MG)
    for key in (
        "intervision_sessions_per_year",
        "training_development_minutes_per_year",
        "recognition_lapse_months",
    ):
        rule = mg.rule(key)
        assert rule.kind is RuleKind.PROPOSAL and rule.source.document is not None
        assert rule.source.document.key == "lpp"
        assert not regulation(GP).applies(key)


def test_gp_rules_come_from_the_gp_quality_plan() -> None:
    gp = regulation(GP)
    for key in ("shifts_per_practice_year", "joint_surgery_minutes_per_week", "leoh_per_year"):
        rule = gp.rule(key)
        assert rule.kind is RuleKind.REGULATION
        assert rule.source.document is not None and rule.source.document.key == "kwaliteitsplan_leiden"
    assert gp.rule("shifts_per_practice_year").per == ("aios", "practice_year")
    # Values no document gives are OpleiderDesk's own.
    for key in ("final_meeting_months_before_end", "training_year_start_month", "tolerance_percent"):
        assert gp.rule(key).kind is RuleKind.DEFAULT


def test_mg_has_no_gp_criteria() -> None:
    mg = regulation(MG)
    for key in ("shifts_per_practice_year", "leoh_per_year", "practice_patients_per_fte_min"):
        assert not mg.applies(key)
    assert mg.norms().own_training_days_per_training_year == 1


def test_statement_rules() -> None:
    gp, mg = regulation(GP), regulation(MG)
    assert gp.statement_rule(False).citation is None
    assert gp.statement_rule(False).copy_to is None
    cite = mg.statement_rule(False).citation
    assert cite is not None and "bijlage 1 § 5d" in cite.nl
    pb = mg.statement_rule(True)
    assert pb.citation is not None and "bijlage 2 § 5" in pb.citation.nl
    assert "opleider" in pb.signers and "employer" in pb.signers
    assert mg.statement_rule(False).copy_to is not None


def test_overrides_go_over_the_regulation_and_bad_ones_are_dropped() -> None:
    gp = regulation(GP)
    norms = gp.norms({"kpb_per_year": 12, "training_year_start_month": 13, "unknown": 3})
    assert norms.kpb_per_year == 12
    assert norms.training_year_start_month == 9


def test_an_unknown_regulation_key_falls_back_to_gp() -> None:
    assert regulation("from_a_newer_version").key == GP


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "regs"
    shutil.copytree(FOLDER, target)
    return target


def _edit(folder: Path, name: str, change: Any) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "change", "field", "message"),
    [
        (f"{GP}.json", lambda d: d["rules"][0].update(unit="hours"), "rules[0].unit", "unknown unit"),
        (
            f"{GP}.json",
            lambda d: d["rules"][0].update(unit="count"),
            "rules[0].unit",
            "differs from the unit",
        ),
        (
            f"{GP}.json",
            lambda d: d["rules"][0].update(source="opleiderdesk"),
            "rules[0].source",
            "names its document",
        ),
        (
            f"{GP}.json",
            lambda d: d["rules"][0]["source"].update(document="nope"),
            "rules[0].source.document",
            "unknown document",
        ),
        (f"{GP}.json", lambda d: d["rules"][0].update(per=[]), "rules[0].per", "at least one"),
        (f"{GP}.json", lambda d: d["rules"][0].pop("per"), "rules[0].per", "missing"),
        (f"{GP}.json", lambda d: d["rules"][0].update(value="2"), "rules[0].value", "whole number"),
        (f"{GP}.json", lambda d: d.update(key="other"), "key", "file name"),
        (f"{OWN}.json", lambda d: d["rules"].append({"key": "new_rule"}), "rules[0].value", "missing"),
        (
            DEFAULTS_FILE,
            lambda d: d["rules"][0].update(kind="regulation"),
            "rules[0].source",
            "names its document",
        ),
        (
            f"{MG}.json",
            lambda d: d["statement"]["opleider"].update(signers=["aios"]),
            "statement.opleider.signers",
            "'trainer'",
        ),
    ],
)
def test_a_broken_file_names_file_and_field(
    tmp_path: Path, name: str, change: Any, field: str, message: str
) -> None:
    folder = _copy(tmp_path)
    _edit(folder, name, change)
    with pytest.raises(RegulationError) as raised:
        load_regulations(folder)
    assert raised.value.file == name
    assert raised.value.field == field
    assert message in raised.value.message


def test_bad_json_names_the_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / f"{OWN}.json").write_text("{", encoding="utf-8")
    with pytest.raises(RegulationError, match=f"{OWN}.json: invalid JSON"):
        load_regulations(folder)


def test_competency_profiles() -> None:
    profiles = builtin_profiles()
    old, new = profiles[PROFILE_2016], profiles[GP_PROFILE_2023]
    assert len(old.areas) == len(new.areas) == 7
    assert CompetencyArea.ORGANISATIE in old and CompetencyArea.LEIDERSCHAP not in old
    assert CompetencyArea.LEIDERSCHAP in new and CompetencyArea.ORGANISATIE not in new
    assert new.mapping == {CompetencyArea.ORGANISATIE: CompetencyArea.LEIDERSCHAP}
    assert newer_profile(PROFILE_2016) == new
    for reg in builtin_regulations().values():
        assert reg.competency_profile in profiles


def test_a_profile_replacing_an_unknown_one_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "profiles"
    shutil.copytree(builtin_profiles_dir(), folder)
    (folder / f"{PROFILE_2016}.json").unlink()
    with pytest.raises(CompetencyProfileError, match="replaces"):
        load_profiles(folder)
