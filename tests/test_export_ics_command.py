"""``export-ics`` writes the planned meetings without opening a window."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime

from icalendar import Calendar

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService


def _run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return subprocess.run(
        [sys.executable, "-m", "opleider_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_export_ics_writes_the_planned_meetings_of_one_aios(db_path, tmp_path):
    store = open_store(db_path)
    sanne = store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 1, 5)))
    daan = store.service(AiosService).add(Aios(name="Daan Bakker", start_date=date(2025, 9, 1)))
    meetings = store.service(MeetingService)
    meetings.plan(sanne, "voortgangsgesprek", datetime(2026, 7, 6, 13, 30), 60)
    meetings.plan(daan, "coachingsgesprek", datetime(2026, 7, 7, 9, 0), 60)
    store.close()

    out = tmp_path / "sanne.ics"
    result = _run(
        tmp_path, "--db", str(db_path), "--lang", "nl", "export-ics", str(out), "--aios", "sanne de vries"
    )
    assert result.returncode == 0, result.stderr
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Voortgangsgesprek met Sanne de Vries"
    assert "1 gepland gesprek" in result.stdout
    refused = _run(tmp_path, "--db", str(db_path), "--lang", "nl", "export-ics", str(out), "--aios", "Piet")
    assert refused.returncode == 1 and "Piet" in refused.stderr
