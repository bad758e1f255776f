"""The backup preferences in ``settings`` turned into what ``storage.backup`` takes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from .paths import default_backup_dir
from .settings import (
    BACKUP_FOLDER,
    BACKUP_INTERVAL_HOURS,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_KEEP_WEEKLY,
    Settings,
)
from .storage.backup import RotationPolicy


def backup_folder(settings: Settings) -> Path:
    chosen = settings.get(BACKUP_FOLDER).strip()
    return Path(chosen).expanduser() if chosen else default_backup_dir()


def backup_interval(settings: Settings) -> timedelta:
    return timedelta(hours=max(0, settings.get(BACKUP_INTERVAL_HOURS)))


def rotation_policy(settings: Settings) -> RotationPolicy:
    return RotationPolicy(
        daily=max(1, settings.get(BACKUP_KEEP_DAILY)),
        weekly=max(0, settings.get(BACKUP_KEEP_WEEKLY)),
        monthly=max(0, settings.get(BACKUP_KEEP_MONTHLY)),
    )
