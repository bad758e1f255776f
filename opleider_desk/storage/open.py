"""Open a data file as a ready Store: schema upgraded, defaults seeded."""

from __future__ import annotations

from pathlib import Path

from .database import open_database
from .services.categories import CategoryService
from .store import Store


def open_store(path: Path | str, *, read_only: bool = False, passphrase: str | None = None) -> Store:
    store = Store(open_database(path, read_only=read_only, passphrase=passphrase))
    if not read_only:
        store.service(CategoryService).ensure_defaults()
    return store
