"""How long the quarterly statement PDF takes for a busy quarter.

    python benchmarks/bench_statement.py

Generates a data file with one aios and 1,000 hour entries in 2026-Q3 (Core
bulk insert, no ORM objects), gathers the statement once and times
``statement_pdf`` over a few runs. Target: at most 0.3 s per statement.

The verdict uses the CPU time of the best run: on a shared machine the wall
clock also counts other people's work (the load average is printed beside it).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_SECONDS = 0.3
ENTRIES = 1000
RUNS = 5


def measure() -> tuple[float, float, float, int]:
    """Seconds to gather, best CPU and wall seconds of ``statement_pdf``, and its size in bytes."""
    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import insert, select

    from opleider_desk.domain.quarters import Quarter
    from opleider_desk.i18n import install_translators
    from opleider_desk.reports.statement import statement_pdf
    from opleider_desk.storage.models import AiosRow, HourCategoryRow, HourEntryRow, ProfileRow
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.statements import StatementService
    from opleider_desk.words.formatting import set_language
    from opleider_desk.words.statements import statement_words

    app = QCoreApplication.instance() or QCoreApplication([])
    install_translators(app, "nl")
    set_language("nl")
    quarter = Quarter(2026, 3)
    rng = random.Random(3)
    now = datetime(2026, 10, 1, 9, 0)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite")
        with store.database.sessions() as session, session.begin():
            session.execute(
                insert(ProfileRow).values(
                    id=1,
                    name="Marieke Jansen",
                    practice="Huisartsenpraktijk De Linde, Utrecht",
                    employer="Gezondheidscentrum De Linde B.V.",
                    institute="Huisartsopleiding UMC Utrecht",
                    quality_officer="drs. Petra de Boer",
                )
            )
            aios_id = session.execute(
                insert(AiosRow)
                .values(
                    name="Sanne de Vries",
                    start_date=date(2025, 9, 1),
                    part_time_percent=80,
                    created_at=now,
                    updated_at=now,
                )
                .returning(AiosRow.id)
            ).scalar_one()
            categories = list(session.scalars(select(HourCategoryRow.id)))
            session.execute(
                insert(HourEntryRow),
                [
                    {
                        "day": quarter.start + timedelta(days=rng.randrange(quarter.period.days)),
                        "minutes": rng.choice([15, 30, 45, 60, 90, 120]),
                        "aios_id": aios_id,
                        "category_id": rng.choice(categories),
                        "description": rng.choice(
                            [
                                "Leergesprek: verwijsbeleid",
                                "Dagelijkse patiëntbespreking",
                                "Gezamenlijk spreekuur",
                                "",
                            ]
                        ),
                        "created_at": now,
                        "updated_at": now,
                    }
                    for _ in range(ENTRIES)
                ],
            )
        started = time.perf_counter()
        [statement] = store.service(StatementService).gather(quarter, aios_id)
        gathered = time.perf_counter() - started
        words = statement_words()
        statement_pdf([statement], words)  # first run pays for imports and font loading
        wall, cpu = [], []
        for _ in range(RUNS):
            started, started_cpu = time.perf_counter(), time.process_time()
            pdf = statement_pdf([statement], words)
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        store.close()
    return gathered, min(cpu), min(wall), len(pdf)


def figures(_big_file: Path) -> list:
    """For ``run_all.py``: this benchmark makes its own quarter of 1,000 entries."""
    from figures import Figure

    gathered, best, wall, _size = measure()
    return [
        Figure(f"gather one statement, {ENTRIES:,} entries", gathered * 1000, "ms"),
        Figure(f"statement PDF, {ENTRIES:,} entries, best of {RUNS} (CPU)", best, "s", TARGET_SECONDS),
        Figure(f"statement PDF, {ENTRIES:,} entries, best of {RUNS} (wall)", wall, "s"),
    ]


def main() -> int:
    gathered, best, wall, size = measure()
    verdict = "ok" if best <= TARGET_SECONDS else "TOO SLOW"
    print(f"gather statement, {ENTRIES} entries: {gathered * 1000:.0f} ms")
    print(
        f"statement_pdf, {ENTRIES} entries ({size // 1024} KiB), best of {RUNS}: "
        f"{best:.3f} s CPU, {wall:.3f} s wall (load average {os.getloadavg()[0]:.1f}); "
        f"target <= {TARGET_SECONDS} s: {verdict}"
    )
    return 0 if best <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
