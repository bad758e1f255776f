"""Each operation announces what it changed in domain terms; views read those, not tables."""

from __future__ import annotations

import ast
import importlib
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from opleider_desk.domain.entities import Aios
from opleider_desk.storage import models
from opleider_desk.storage.changes import (
    READ_BY_DUE,
    READ_BY_OBLIGATIONS,
    READ_BY_PORTFOLIO,
    READ_BY_STATEMENT,
    Area,
    Operation,
)
from opleider_desk.storage.models import Base
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import ADD_AIOS, AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.storage.store import Change
from tests.table_areas import TABLE_AREAS, areas_of, undeclared

SERVICES = Path(models.__file__).parent / "services"


def test_every_table_has_its_area():
    assert set(TABLE_AREAS) == set(Base.metadata.tables) - {"alembic_version"}


def _rows_read(module: str, seen: set[str] | None = None) -> set[str]:
    """Tables a service module names, with those of the sibling services it imports."""
    seen = seen if seen is not None else set()
    if module in seen:
        return set()
    seen.add(module)
    tree = ast.parse((SERVICES / f"{module}.py").read_text(encoding="utf-8"))
    tables = {
        getattr(models, node.id).__tablename__
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and node.id.endswith("Row") and hasattr(models, node.id)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            tables |= _rows_read(node.module, seen)
    return tables


@pytest.mark.parametrize(
    ("module", "declared"),
    [
        ("due", READ_BY_DUE),
        ("portfolio", READ_BY_PORTFOLIO),
        ("obligations", READ_BY_OBLIGATIONS),
        ("statements", READ_BY_STATEMENT),
    ],
)
def test_what_a_service_reads_is_declared(module, declared):
    """The READ_BY sets are what views reload on: one missing would leave a view stale."""
    read = areas_of(_rows_read(module)) - {Area.MEETING_NOTES}
    assert read - declared == set()


@pytest.fixture
def announced(db_path):
    store = open_store(db_path)
    changes: list[Change] = []
    store.subscribe(changes.append)
    yield store, changes
    store.close()


def test_an_operation_announces_its_areas_and_undo_the_same(announced):
    store, changes = announced
    store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    assert Area.AIOS in changes[-1].areas and Area.MEETINGS not in changes[-1].areas
    store.undo()
    assert changes[-1].undo and changes[-1].areas == ADD_AIOS.areas


def test_autosaved_notes_are_notes_not_a_meeting_change(announced):
    """Views that show dates and statuses skip the autosave of typed notes by its areas."""
    store, changes = announced
    aios_id = store.service(AiosService).add(Aios(name="Sanne", start_date=date(2026, 1, 5)))
    when = datetime.combine(date.today() + timedelta(days=7), datetime.min.time())
    service = store.service(MeetingService)
    meeting_id = service.plan(aios_id, "voortgangsgesprek", when, 45)
    assert Area.MEETINGS in changes[-1].areas
    service.save_progress(meeting_id, answers={"situatie": "Een lastig gesprek"})
    assert changes[-1].areas - {Area.AUDIT} == {Area.MEETING_NOTES}  # every row change is audited
    assert not changes[-1].touches(READ_BY_DUE)


PACKAGE = SERVICES.parent.parent


def _operations() -> dict[str, Operation]:
    """Every operation the program defines, found in the modules that write."""
    found: dict[str, Operation] = {}
    for path in sorted((PACKAGE / "storage").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        module = importlib.import_module(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))
        for name, value in vars(module).items():
            if isinstance(value, Operation) and not name.startswith("_"):
                assert found.setdefault(value, value) is value or found[value].areas == value.areas, name
    return found


def test_every_operation_declares_its_areas():
    operations = _operations()
    assert len(operations) > 50
    for op in operations.values():
        assert op.areas, op
    with pytest.raises(ValueError):
        Operation("forgot_to_say")


def test_a_forgotten_area_is_caught():
    """What the suite checks for every write (tests/conftest.py): a table no declared area covers."""
    assert undeclared({"meeting", "agreement", "audit_log"}, frozenset({Area.MEETINGS, Area.AUDIT})) == [
        "agreement"
    ]
    assert undeclared({"meeting"}, frozenset({Area.MEETING_NOTES})) == []


def test_deleting_a_meeting_says_its_agreements_changed_and_so_does_its_undo(announced):
    """Its agreements lose their meeting: the agreements list must hear it (derived from the
    tables this held; declared, it was the one operation that forgot an area)."""
    store, changes = announced
    aios_id = store.service(AiosService).add(Aios(name="Sanne", start_date=date(2026, 1, 5)))
    when = datetime.combine(date.today() + timedelta(days=7), datetime.min.time())
    service = store.service(MeetingService)
    meeting_id = service.plan(aios_id, "voortgangsgesprek", when, 45)
    service.delete(meeting_id)
    assert {Area.MEETINGS, Area.AGREEMENTS, Area.GOALS} <= changes[-1].areas
    store.undo()
    assert changes[-1].undo and Area.AGREEMENTS in changes[-1].areas


def test_views_never_look_at_the_tables_a_change_wrote():
    """``Change.tables`` is for the tests' check; the UI decides on areas."""
    readers = []
    for path in [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "tables":
                readers.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert readers == []


def test_a_write_without_its_areas_is_refused_before_it_writes(store):
    with pytest.raises(TypeError), store.write("add_something"):
        pytest.fail("the write must not start")


def test_the_operations_no_other_test_writes_in_process_announce_their_areas(announced, tmp_path):
    """Changing and deleting an agreement or a goal and a JSON import run here too, so the
    suite's check (tests/conftest.py) sees every operation the program defines."""
    import dataclasses

    from opleider_desk.domain.entities import Agreement, LearningGoal
    from opleider_desk.domain.enums import CompetencyArea
    from opleider_desk.storage.json_transfer import export_json, import_json
    from opleider_desk.storage.services.agreements import AgreementService
    from opleider_desk.storage.services.goals import GoalService

    store, changes = announced
    aios_id = store.service(AiosService).add(Aios(name="Sanne", start_date=date(2026, 1, 5)))
    agreements = store.service(AgreementService)
    agreement_id = agreements.add(Agreement(aios_id=aios_id, text="Twee KPB's plannen"))
    agreement = agreements.get(agreement_id)
    agreements.update(dataclasses.replace(agreement, text="Drie KPB's plannen"))
    assert Area.AGREEMENTS in changes[-1].areas
    agreements.delete(agreement_id)
    assert Area.AGREEMENTS in changes[-1].areas
    goals = store.service(GoalService)
    goal_id = goals.add(
        LearningGoal(
            aios_id=aios_id, competency=next(iter(CompetencyArea)), statement="Slecht nieuws brengen"
        )
    )
    goals.delete(goal_id)
    assert Area.GOALS in changes[-1].areas

    # A JSON import inserts in bulk into an empty file, which is opened afresh after:
    # what it announces (if anything) must still be covered.
    other = open_store(tmp_path / "other.sqlite")
    heard: list[Change] = []
    other.subscribe(heard.append)
    try:
        counts = import_json(other, export_json(store))
    finally:
        other.close()
    assert counts["aios"] == 1
    assert all(not undeclared(c.tables, c.areas) for c in heard)
