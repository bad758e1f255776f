"""Open a data file as a ready Store: schema upgraded, defaults seeded."""

from __future__ import annotations

from pathlib import Path

from .database import open_database
from .services.categories import CategoryService
from .store import Store


def open_store(
    path: Path | str,
    *,
    read_only: bool = False,
    passphrase: str | None = None,
    user_files_dir: Path | None = None,
) -> Store:
    """``user_files_dir``: the user data folder, for own copies of data files (see Store)."""
    store = Store(
        open_database(path, read_only=read_only, passphrase=passphrase), user_files_dir=user_files_dir
    )
    if not read_only:
        store.service(CategoryService).ensure_defaults()
    return store
