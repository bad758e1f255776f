"""Where things live: the data files, the shipped resources, translations."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from . import APP_NAME
from .shipped import shipped_dir

_data_dir_override: Path | None = None


def use_data_dir(folder: Path | None) -> Path | None:
    """Put the data folder (data file, demo, backups) elsewhere for this process:
    the self-test and the tests, which must never touch the user's own folder on
    any platform (environment variables such as XDG_DATA_HOME work on Linux only).
    Returns the folder used before, to put back."""
    global _data_dir_override
    previous, _data_dir_override = _data_dir_override, folder
    return previous


#: A folder that holds data folder and settings both, instead of the user's own:
#: for a portable copy on a USB stick, and for the tests' child processes (on
#: Windows and macOS no environment variable moves the system's folders).
HOME_VARIABLE = "OPLEIDERDESK_HOME"


def home_override() -> Path | None:
    value = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    if _data_dir_override is not None:
        return _data_dir_override
    home = home_override()
    if home is not None:
        return home / "data"
    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_data_file() -> Path:
    return data_dir() / "opleiderdesk.sqlite"


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def demo_data_file(language: str = "nl") -> Path:
    """Kept apart from the real file so the demo can never touch it.

    One per language: the demo's texts are data written in the language it was
    made in, so an English demo is a file of its own beside the Dutch one.
    """
    return data_dir() / ("demo.sqlite" if language == "nl" else f"demo-{language}.sqlite")


def chosen_data_file(*, demo: bool, db: Path | None, language: str = "nl") -> Path:
    """The file the command line asks for: the demo's (in ``language``), ``--db``, or the usual one."""
    if demo:
        return demo_data_file(language)
    if db is not None:
        return db.expanduser()
    return default_data_file()


def resources_dir() -> Path:
    return shipped_dir("resources")


def translations_dir() -> Path:
    return shipped_dir("translations")


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_files() -> list[Path]:
    """The rendered PNG sizes of the application icon (``packaging/make_icons.py``)."""
    return sorted(icons_dir().glob("opleider-desk-*.png"))


def user_guide_file() -> Path:
    """The Dutch user guide (Help ▸ Handleiding)."""
    return shipped_dir("docs") / "handleiding.md"
