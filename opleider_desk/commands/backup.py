"""``opleider-desk [--db PATH] backup [--to DIR]``: a backup now, for scripts and schedulers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q

NAME = "backup"
# Reading is enough: the backup can be made while the window has the file open.
READ_ONLY = True


def help_text() -> str:
    return Q.translate("Cli", "make a backup of the data file now")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--to",
        metavar="DIR",
        type=Path,
        help=Q.translate("Cli", "folder for the backup (default: the backup folder from the settings)"),
    )


def run(args: argparse.Namespace, store) -> int:
    from ..backup_settings import backup_folder, rotation_policy
    from ..settings import Settings
    from ..storage.backup import BackupError, make_backup, rotate
    from ..words.backup_errors import backup_error_text

    settings = Settings()
    folder = args.to.expanduser() if args.to is not None else backup_folder(settings)
    try:
        made = make_backup(store.path, folder, passphrase=store.database.passphrase)
    except BackupError as exc:
        print(backup_error_text(exc), file=sys.stderr)
        return 1
    if args.to is None:
        # Only the folder the program manages is thinned out; a folder named
        # on the command line is the user's to keep as it is.
        rotate(folder, store.path, rotation_policy(settings))
    print(Q.translate("Cli", "Backup written: {path}").format(path=made))
    return 0
