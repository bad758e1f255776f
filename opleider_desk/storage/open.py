"""Open a data file as a ready Store: schema upgraded, defaults seeded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import configure_mappers

from .database import open_database
from .integrity import check
from .services.categories import CategoryService
from .store import Store


def open_store(
    path: Path | str,
    *,
    read_only: bool = False,
    passphrase: str | None = None,
    user_files_dir: Path | None = None,
    check_later: bool = False,
) -> Store:
    """``user_files_dir``: the user data folder, for own copies of data files (see Store).

    ``check_later``: ready before SQLite's check of the file has run. Such a
    store holds every write back until the check has found the file sound
    (the window runs ``check_opened`` on a worker thread right after it is
    ready); a damaged file then refuses every write.
    """
    database = open_database(path, read_only=read_only, passphrase=passphrase, check=not check_later)
    # The mappers' relationships are worked out once, before the first query: here, so that
    # it happens on the thread that opens the file (a worker, for the window), not the GUI's.
    configure_mappers()
    store = Store(database, user_files_dir=user_files_dir)
    if database.check_pending:
        store.hold_writes(lambda: check(database.path, passphrase=database.passphrase))
    elif not read_only:
        store.service(CategoryService).ensure_defaults()
    return store


def check_opened(store: Store) -> list[str]:
    """Run the check a ``check_later`` store waits for; SQLite's findings, empty when sound.

    Safe on a worker thread: it reads the file through its own read-only connection.
    """
    if not store.writes_held:
        return store.check_findings
    findings = store.run_pending_check()
    if not findings and not store.closed:
        store.service(CategoryService).ensure_defaults()
    return findings
