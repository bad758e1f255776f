"""A big data file for the benchmarks: ten years of a busy training practice.

    python benchmarks/generate.py OUT.sqlite [--seed N]

40 aios (three-year trainings spread over ten years), 200,000 hour entries and
5,000 meetings by default. The file is created and migrated by the program
itself; the rows go in with SQLAlchemy Core bulk inserts (an ORM insert of
200k rows would take minutes and measure nothing we care about).
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from opleider_desk.domain.enums import AiosStatus, MeetingKind, MeetingStatus, Role
from opleider_desk.storage.models import (
    AiosRow,
    HourCategoryRow,
    HourEntryRow,
    MeetingRow,
    ProfileRow,
)
from opleider_desk.storage.open import open_store

END = date(2026, 9, 30)
YEARS = 10
_FIRST = [
    "Sanne",
    "Daan",
    "Fleur",
    "Bram",
    "Noor",
    "Jesse",
    "Lotte",
    "Thijs",
    "Eva",
    "Ruben",
    "Iris",
    "Milan",
    "Anouk",
    "Sem",
    "Femke",
    "Luuk",
]
_LAST = [
    "de Vries",
    "Bakker",
    "Jansen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
]
_TEXTS = [
    "Gezamenlijk spreekuur",
    "Dagelijkse patiëntbespreking",
    "Leergesprek: verwijsbeleid",
    "Video-observatie en KPB",
    "Coachingsgesprek",
    "Overleg met het instituut",
    "Nabespreking visites",
    "Leergesprek: omgaan met onzekerheid",
]


@dataclass(frozen=True)
class Generated:
    path: Path
    aios_ids: tuple[int, ...]
    first_day: date
    last_day: date
    entries: int


def generate(path, aios=40, entries=200_000, meetings=5_000, seed=20261122) -> Generated:
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists; the generator only writes new files")
    rng = random.Random(seed)
    store = open_store(path)  # schema and built-in categories, as the program makes them
    try:
        engine = store.database.engine
        with engine.begin() as conn:
            categories = list(conn.scalars(select(HourCategoryRow.id)))
            conn.execute(
                insert(ProfileRow),
                [
                    {
                        "id": 1,
                        "name": "Benchmark Opleider",
                        "role": Role.HUISARTSOPLEIDER.value,
                        "practice": "Benchmarkpraktijk",
                        "employer": "Benchmark B.V.",
                    }
                ],
            )
            spans = _aios_rows(conn, rng, aios)
            _hour_rows(conn, rng, spans, categories, entries)
            _meeting_rows(conn, rng, spans, meetings)
    finally:
        store.close()
    first_day = END - timedelta(days=365 * YEARS)
    return Generated(path, tuple(span[0] for span in spans), first_day, END, entries)


def _aios_rows(conn, rng: random.Random, count: int) -> list[tuple[int, date, date]]:
    first_start = END - timedelta(days=365 * YEARS)
    now = datetime.combine(END, time(9))
    rows: list[dict[str, Any]] = []
    for number in range(count):
        start = first_start + timedelta(days=int((365 * (YEARS - 1)) * number / max(count - 1, 1)))
        end = start + timedelta(days=3 * 365)
        status = AiosStatus.ACTIVE if end > END else AiosStatus.FINISHED
        rows.append(
            {
                "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)} ({number + 1})",
                "start_date": start,
                "expected_end_date": end,
                "training_year": min(3, 1 + (END - start).days // 365),
                "phase": "",
                "part_time_percent": rng.choice([100, 100, 90, 80]),
                "status": status.value,
                "praktijkbegeleider": "",
                "institute_contact": "",
                "email": "",
                "notes": "",
                "created_at": now,
                "updated_at": now,
            }
        )
    conn.execute(insert(AiosRow), rows)
    ids = list(conn.scalars(select(AiosRow.id).order_by(AiosRow.id)))
    return [
        (i, row["start_date"], min(row["expected_end_date"], END)) for i, row in zip(ids, rows, strict=False)
    ]


def _day_in(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max((end - start).days, 1)))


def _hour_rows(conn, rng, spans, categories, count: int) -> None:
    now = datetime.combine(END, time(9))
    first = END - timedelta(days=365 * YEARS)
    batch = []
    for _ in range(count):
        if rng.random() < 0.05:  # the trainer's own time: courses, intervision
            aios_id, day = None, _day_in(rng, first, END)
        else:
            aios_id, start, end = rng.choice(spans)
            day = _day_in(rng, start, end)
        batch.append(
            {
                "day": day,
                "minutes": rng.choice([15, 30, 45, 60, 90, 120]),
                "aios_id": aios_id,
                "category_id": rng.choice(categories),
                "description": rng.choice(_TEXTS),
                "created_at": now,
                "updated_at": now,
            }
        )
        if len(batch) == 10_000:
            conn.execute(insert(HourEntryRow), batch)
            batch.clear()
    if batch:
        conn.execute(insert(HourEntryRow), batch)


def _meeting_rows(conn, rng, spans, count: int) -> None:
    now = datetime.combine(END, time(9))
    kinds = list(MeetingKind)
    rows = []
    for _ in range(count):
        aios_id, start, end = rng.choice(spans)
        day = _day_in(rng, start, end)
        status = MeetingStatus.PLANNED if day > END - timedelta(days=14) else MeetingStatus.HELD
        rows.append(
            {
                "aios_id": aios_id,
                "kind": rng.choice(kinds).value,
                "title": "",
                "planned_at": datetime.combine(day, time(13, 30)),
                "held_on": day if status is MeetingStatus.HELD else None,
                "duration_minutes": rng.choice([30, 45, 60, 75]),
                "status": status.value,
                "location": "",
                "participants": "",
                "agenda": [],
                "answers": {},
                "current_step": 0,
                "report_text": "",
                "verdict": "",
                "verdict_explanation": "",
                "verification_code": "",
                "created_at": now,
                "updated_at": now,
            }
        )
    conn.execute(insert(MeetingRow), rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    generate(args.path, seed=args.seed)
    print(args.path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
