"""Upgrading a 0.1 file to regulations: every row intact, its norms kept as GP overrides."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from opleider_desk.domain.competency_profiles import GP_PROFILE_2023, PROFILE_2016
from opleider_desk.domain.enums import CompetencyArea
from opleider_desk.domain.regulations import GP, MG
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.goals import GoalService
from opleider_desk.storage.services.norms import NormService
from opleider_desk.storage.services.profile import ProfileService

FIXTURE = Path(__file__).with_name("fixtures") / "0001.sqlite"


def _upgraded(tmp_path: Path) -> Path:
    copy = tmp_path / "0001.sqlite"
    copy.write_bytes(FIXTURE.read_bytes())
    return copy


def _rows(path: Path, query: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute(query).fetchall())
    finally:
        con.close()


def test_a_01_file_keeps_its_norms_as_overrides_of_the_gp_regulation(tmp_path):
    path = _upgraded(tmp_path)
    assert _rows(path, "SELECT key, value FROM norm_setting") == [("supervision_minutes_per_week", 240)]
    store = open_store(path)
    try:
        norms = store.service(NormService)
        assert store.service(ProfileService).get().regulation == GP
        assert norms.trainer_regulation_key() == GP
        assert norms.overrides(GP) == {"supervision_minutes_per_week": 240}
        assert norms.norms().supervision_minutes_per_week == 240
        # The override belongs to the GP regulation only.
        assert norms.overrides(MG) == {}
        assert norms.norms(MG).supervision_minutes_per_week == 120
        for aios in store.service(AiosService).list():
            assert (aios.regulation, aios.competency_profile) == ("", PROFILE_2016)
            assert norms.norms_for(aios).supervision_minutes_per_week == 240
    finally:
        store.close()
    assert _rows(path, "SELECT regulation, key, value FROM norm_setting") == [
        (GP, "supervision_minutes_per_week", 240)
    ]


def test_switching_an_aios_to_the_2023_profile_keeps_their_goals(tmp_path):
    path = _upgraded(tmp_path)
    store = open_store(path)
    try:
        aios_service, goals = store.service(AiosService), store.service(GoalService)
        daan = next(a for a in aios_service.list() if a.name == "Daan Bakker")
        assert daan.id is not None
        daan_id = daan.id
        before = goals.list(daan_id)
        assert CompetencyArea.ORGANISATIE in {g.competency for g in before}
        aios_service.update(dataclasses.replace(daan, competency_profile=GP_PROFILE_2023))
        assert goals.list(daan_id) == before
        cells = {c.area: c for c in goals.coverage(daan_id)}
        assert not cells[CompetencyArea.ORGANISATIE].in_profile
        assert cells[CompetencyArea.ORGANISATIE].goals == 1
        assert cells[CompetencyArea.LEIDERSCHAP].in_profile and not cells[CompetencyArea.LEIDERSCHAP].covered
        assert goals.mapping(daan_id) == {CompetencyArea.ORGANISATIE: CompetencyArea.LEIDERSCHAP}
    finally:
        store.close()
