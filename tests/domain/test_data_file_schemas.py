"""The published JSON Schemas describe the files the readers accept.

Template and checklist authors validate against ``resources/forms/template.schema.json``
and ``resources/checklists/checklist.schema.json`` (regulations have theirs in
tests/domain/test_regulations.py); the program's readers check the same and more.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from opleider_desk.domain.checklists import ChecklistTemplateError, builtin_checklist_dirs, parse_checklist
from opleider_desk.domain.templates import TemplateError, builtin_forms_dir, load_template, load_templates

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TEMPLATE_SCHEMA = json.loads((RESOURCES / "forms" / "template.schema.json").read_text(encoding="utf-8"))
CHECKLIST_SCHEMA = json.loads(
    (RESOURCES / "checklists" / "checklist.schema.json").read_text(encoding="utf-8")
)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".schema.json"))


def test_the_schemas_are_valid_schemas():
    jsonschema.Draft202012Validator.check_schema(TEMPLATE_SCHEMA)
    jsonschema.Draft202012Validator.check_schema(CHECKLIST_SCHEMA)


@pytest.mark.parametrize("path", _files(RESOURCES / "forms"), ids=lambda p: p.name)
def test_every_shipped_template_matches_the_schema(path):
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), TEMPLATE_SCHEMA)


@pytest.mark.parametrize("path", _files(RESOURCES / "checklists"), ids=lambda p: p.name)
def test_every_shipped_checklist_matches_the_schema(path):
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), CHECKLIST_SCHEMA)


def test_the_schema_beside_the_templates_is_not_read_as_one():
    assert "template" not in load_templates(builtin_forms_dir())
    assert builtin_checklist_dirs()


def test_a_mistake_is_refused_by_the_schema_and_the_reader_alike(tmp_path):
    source = RESOURCES / "forms" / "kpb.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    broken["steps"][0].setdefault("fields", []).append({"id": "x", "label": {"nl": "X"}, "kind": "txt"})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, TEMPLATE_SCHEMA)
    path = tmp_path / "kpb.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(TemplateError, match="kind"):
        load_template(path)

    checklist = json.loads((RESOURCES / "checklists" / "portfolio.json").read_text(encoding="utf-8"))
    checklist["items"][0]["auto"] = "no_such_rule"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(checklist, CHECKLIST_SCHEMA)
    with pytest.raises(ChecklistTemplateError, match="unknown rule"):
        parse_checklist(checklist, "portfolio.json")
