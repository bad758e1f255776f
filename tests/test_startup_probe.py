"""The start-up probe that benchmarks/bench_startup.py relies on still reports."""

from __future__ import annotations

import os
import subprocess
import sys

from opleider_desk.app import STARTUP_PROBE_ENV


def test_probe_reports_first_paint_then_the_filled_overview(tmp_path, store):
    from datetime import date

    from opleider_desk.domain.entities import Aios, Profile
    from opleider_desk.storage.services.aios import AiosService
    from opleider_desk.storage.services.profile import ProfileService

    store.service(ProfileService).save(Profile(name="Marieke Jansen", practice="De Linde"))
    store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2026, 3, 2)))
    path = store.path
    store.close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "d"),
        XDG_CONFIG_HOME=str(tmp_path / "c"),
        **{STARTUP_PROBE_ENV: "1"},
    )
    result = subprocess.run(
        [sys.executable, "-m", "opleider_desk", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    first_wall, first_cpu = map(float, lines["first-paint"].split())
    filled_wall, filled_cpu, rows = lines["overview-filled"].split()
    assert first_wall <= float(filled_wall) and first_cpu <= float(filled_cpu)
    assert rows == "1"
    # The aios showed from the first look; the file opened after that paint.
    open_wall, open_cpu = map(float, lines["store-open"].split())
    assert float(filled_wall) <= open_wall and float(filled_cpu) <= open_cpu
    assert int(lines["rss-kb"]) > 0
