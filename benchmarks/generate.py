"""A large data file for the benchmarks: many aios, hours and meetings.

``generate`` builds it through the real migrations (``open_store``) and fills
it with Core bulk inserts, so 200,000 entries take seconds. The same seed
gives the same file.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

# Run from a checkout without installing: the package is beside this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select

from opleider_desk.domain.enums import MeetingKind, MeetingStatus
from opleider_desk.storage.models import (
    AiosRow,
    HourCategoryRow,
    HourEntryRow,
    MeetingRow,
    ProfileRow,
)
from opleider_desk.storage.open import open_store

_FIRST = ("Sanne", "Daan", "Fatima", "Lars", "Noor", "Bram", "Yara", "Thijs", "Eva", "Mohammed",
          "Lotte", "Jesse", "Iris", "Sem", "Anouk", "Milan", "Femke", "Ruben", "Sara", "Tim")  # fmt: skip
_LAST = ("de Vries", "Bakker", "El Amrani", "Jansen", "Visser", "Smit", "Meijer", "de Boer",
         "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks")  # fmt: skip
_TOPICS = ("astma", "verwijsbeleid", "omgaan met onzekerheid", "palliatieve zorg thuis", "COPD",
           "diabetes type 2", "slecht nieuws", "samenwerking met de POH", "grenzen stellen",
           "depressie", "lage rugpijn", "ouderenzorg", "antibiotica", "hoofdpijn", "eczeem")  # fmt: skip
_BATCH = 20_000


@dataclass(frozen=True)
class Generated:
    path: Path
    aios_ids: tuple[int, ...]
    first_day: date
    last_day: date
    entries: int


def generate(
    path: Path | str,
    aios: int = 40,
    entries: int = 200_000,
    meetings: int = 5_000,
    seed: int = 20261122,
    *,
    first_day: date = date(2024, 1, 1),
    years: int = 3,
) -> Generated:
    """Create ``path`` (which must not exist yet) and fill it."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    rng = random.Random(seed)
    days = years * 365
    last_day = first_day + timedelta(days=days - 1)
    now = datetime(2026, 11, 22, 9, 0)
    store = open_store(path)
    try:
        with store.write("generate", undoable=False) as s:
            s.add(ProfileRow(id=1, name="Benchmark Opleider", practice="Praktijk Benchmark",
                             employer="Benchmark B.V.", institute="Huisartsopleiding Benchmark"))  # fmt: skip
            aios_rows = [
                {"name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {n + 1}",
                 "start_date": first_day, "expected_end_date": first_day + timedelta(days=3 * 365),
                 "training_year": rng.randint(1, 3), "part_time_percent": rng.choice((60, 80, 90, 100)),
                 "status": "active", "phase": "", "praktijkbegeleider": "", "institute_contact": "",
                 "email": "", "notes": "", "created_at": now, "updated_at": now}
                for n in range(aios)
            ]  # fmt: skip
            aios_ids = tuple(s.execute(insert(AiosRow).returning(AiosRow.id), aios_rows).scalars())
            categories = list(s.scalars(select(HourCategoryRow.id)))
            for offset in range(0, entries, _BATCH):
                s.execute(insert(HourEntryRow), [
                    {"day": first_day + timedelta(days=rng.randrange(days)),
                     "minutes": rng.choice((15, 30, 45, 60, 90, 120)),
                     "aios_id": rng.choice(aios_ids) if rng.random() < 0.9 else None,
                     "category_id": rng.choice(categories),
                     "description": f"{rng.choice(_TOPICS).capitalize()} ({rng.randint(1, 999)})",
                     "created_at": now, "updated_at": now}
                    for _ in range(min(_BATCH, entries - offset))
                ])  # fmt: skip
            kinds = [k.value for k in MeetingKind]
            s.execute(insert(MeetingRow), [
                {"aios_id": rng.choice(aios_ids), "kind": rng.choice(kinds), "title": "",
                 "held_on": first_day + timedelta(days=rng.randrange(days)), "duration_minutes": 60,
                 "status": MeetingStatus.HELD.value, "location": "", "participants": "", "agenda": [],
                 "answers": {}, "current_step": 0, "report_text": "", "verdict": "",
                 "verdict_explanation": "", "verification_code": "", "created_at": now, "updated_at": now}
                for _ in range(meetings)
            ])  # fmt: skip
    finally:
        store.close()
    return Generated(path, aios_ids, first_day, last_day, entries)
