"""Typed user settings (after Picard's config): declared once, upgraded by version.

Settings are preferences of this computer's user: language, window layout,
the last file. The trainer's data — aios, hours, norms in use — lives in the
data file instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from . import APP_ID, ORG_NAME

T = TypeVar("T")
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    kind: type

    def read(self, qs: QSettings) -> T:
        # QSettings gives back whatever the file holds; ``kind`` turns it into a T.
        value: Any = qs.value(self.key, self.default)
        if value is None:
            return self.default
        try:
            if self.kind is bool and isinstance(value, str):
                return cast(T, value.lower() in ("true", "1", "yes"))
            if self.kind is QByteArray:
                return cast(T, value if isinstance(value, QByteArray) else QByteArray(value))
            return cast(T, self.kind(value))
        except (TypeError, ValueError):
            return self.default


LANGUAGE = Option("ui/language", "nl", str)
# "system" (follow the desktop, the default), "light" or "dark": ui/widgets/colour_scheme.py.
COLOUR_SCHEME = Option("ui/colour_scheme", "system", str)
LAST_FILE = Option("data/last_file", "", str)
WINDOW_GEOMETRY = Option("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Option("window/state", QByteArray(), QByteArray)
LAST_TAB = Option("window/last_tab", 0, int)
# Where the last document (PDF, CSV, calendar, export) was saved; save dialogs start there.
LAST_SAVE_FOLDER = Option("files/last_save_folder", "", str)
AIOS_SHOW_INACTIVE = Option("aios/show_inactive", False, bool)
# Empty: the "backups" folder in the user data folder (paths.default_backup_dir).
BACKUP_FOLDER = Option("backup/folder", "", str)
BACKUP_AUTOMATIC = Option("backup/automatic", True, bool)
BACKUP_INTERVAL_HOURS = Option("backup/interval_hours", 12, int)
BACKUP_KEEP_DAILY = Option("backup/keep_daily", 7, int)
BACKUP_KEEP_WEEKLY = Option("backup/keep_weekly", 4, int)
BACKUP_KEEP_MONTHLY = Option("backup/keep_monthly", 12, int)

LANGUAGES = ("nl", "en")

# version -> step that brings settings written by the previous version up to it
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


_settings_file: Path | None = None


def use_settings_file(path: Path | None) -> Path | None:
    """Keep this process's settings in an ini file instead of the user's own
    (registry, plist, ~/.config): for the self-test and the tests. Returns the
    file used before, to put back."""
    global _settings_file
    previous, _settings_file = _settings_file, path
    return previous


def _user_settings() -> QSettings:
    from .paths import home_override

    home = home_override()
    path = _settings_file or (home / "settings.ini" if home is not None else None)
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(ORG_NAME, APP_ID)


class Settings:
    """The user's settings file, upgraded on opening.

    A file written by a newer OpleiderDesk (a higher ``settings/version``) is
    refused: this version cannot know what its values mean, so it neither
    reads nor writes it. The session runs on the defaults and on what is set
    meanwhile, in memory only; ``newer_version`` tells the window to say so.
    """

    def __init__(self, qsettings: QSettings | None = None):
        self._qs = qsettings if qsettings is not None else _user_settings()
        self.newer_version: int | None = None
        self._session: dict[str, Any] = {}
        self._upgrade()

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def _upgrade(self) -> None:
        # Nothing stored yet (a first start, --version, --help): nothing to
        # upgrade, and no settings file is created just by reading.
        if not self._qs.allKeys():
            return
        stored: Any = self._qs.value("settings/version", 0)
        try:
            version = int(stored or 0)
        except (TypeError, ValueError):
            version = 0  # unreadable: treated as the oldest
        if version > SETTINGS_VERSION:
            self.newer_version = version
            return
        if version == SETTINGS_VERSION:
            return  # nothing to upgrade: the file is not written just by reading
        for target in sorted(UPGRADES):
            if target > version:
                UPGRADES[target](self._qs)
        self._qs.setValue("settings/version", SETTINGS_VERSION)

    def get(self, option: Option[T]) -> T:
        if self.newer_version is not None:
            return self._session.get(option.key, option.default)
        return option.read(self._qs)

    def set(self, option: Option[Any], value: Any) -> None:
        if self.newer_version is not None:
            self._session[option.key] = value
            return
        if not self._qs.contains("settings/version"):
            self._qs.setValue("settings/version", SETTINGS_VERSION)
        self._qs.setValue(option.key, value)

    def sync(self) -> None:
        if self.newer_version is None:
            self._qs.sync()
            self.make_private()

    def make_private(self) -> None:
        """The settings name the data file and folders: readable by the user only.

        On Windows they live in the user's own part of the registry, which is so already.
        """
        import os

        name = self._qs.fileName()
        if self._qs.format() != QSettings.Format.NativeFormat or os.name != "nt":
            for path in (name, os.path.dirname(name)):
                if os.path.exists(path):
                    with contextlib.suppress(OSError):
                        os.chmod(path, 0o700 if os.path.isdir(path) else 0o600)
