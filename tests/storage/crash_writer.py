"""The writer the crash-safety test kills: real service-layer writes, each acknowledged.

    python crash_writer.py DATAFILE FIRST_NUMBER [--without-lock] [--mounts FILE]

Prints ``refused <code>`` when the program does not open the file, else
``journal <mode>`` and ``ready`` once the file is open, then one ``ack <table> <id>`` line
after each write has committed, so the test knows exactly which writes the
program had promised were saved when the kill came. ``--without-lock``
skips OpleiderDesk's one-writer lock, to show that even two writers at once
leave the file sound (SQLite's own locking serialises them). ``--mounts FILE``
reads the mount table from FILE instead of /proc/self/mounts, so a folder the
test names there counts as a network share (rollback journal, no WAL).
"""

from __future__ import annotations

import sys
from datetime import date, datetime

from sqlalchemy import select

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.models import HourCategoryRow, HourEntryRow
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService


def main(path: str, first: int) -> None:
    from opleider_desk.storage.file_errors import DataFileError

    try:
        store = open_store(path)
    except DataFileError as refused:
        print(f"refused {refused.code}", flush=True)
        return
    # The journal mode the program chose for this place, so the test can see which case ran.
    print(f"journal {store.database.journal_mode}", flush=True)
    service = store.service(AiosService)
    with store.read() as session:
        category = session.scalars(select(HourCategoryRow.id)).first()
    print("ready", flush=True)
    number = first
    while True:
        number += 1
        if number % 3 == 0:
            new_id = service.add(
                Aios(name=f"Aios {number}", start_date=date(2026, 1, 5), notes="x" * (number % 500))
            )
            print(f"ack aios {new_id}", flush=True)
        else:
            now = datetime.now().replace(microsecond=0)
            with store.write("crash_test_hours") as session:
                row = HourEntryRow(
                    day=date(2026, 1, 1 + number % 28),
                    minutes=1 + number % 600,
                    aios_id=None,
                    category_id=category,
                    description=f"entry {number}",
                    created_at=now,
                    updated_at=now,
                )
                session.add(row)
                session.flush()
                new_id = row.id
            print(f"ack hour_entry {new_id}", flush=True)


if __name__ == "__main__":
    if "--without-lock" in sys.argv:
        from opleider_desk.storage.instance_lock import InstanceLock

        InstanceLock.acquire = lambda self: None  # type: ignore[method-assign]
    if "--mounts" in sys.argv:
        from pathlib import Path

        from opleider_desk.storage import file_location

        file_location.MOUNTS = Path(sys.argv[sys.argv.index("--mounts") + 1])
    main(sys.argv[1], int(sys.argv[2]))
