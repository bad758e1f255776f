"""Each operation announces what it changed in domain terms; views read those, not tables."""

from __future__ import annotations

import ast
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
    TABLE_AREAS,
    Area,
    areas_of,
)
from opleider_desk.storage.models import Base
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.storage.store import Change

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
    assert changes[-1].undo and Area.AIOS in changes[-1].areas


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
