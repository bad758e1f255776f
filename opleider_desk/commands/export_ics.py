"""``export-ics FILE [--aios NAME]``: planned meetings as an iCalendar file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q

NAME = "export-ics"
# Only reads: works while the window has the file open.
READ_ONLY = True


def help_text() -> str:
    return Q.translate(
        "Cli", "write the planned meetings to an iCalendar (.ics) file for the practice calendar"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=Q.translate("Cli", "the .ics file to write"))
    parser.add_argument(
        "--aios",
        metavar="NAME",
        help=Q.translate("Cli", "only the meetings of this trainee (default: all trainees)"),
    )


def run(args: argparse.Namespace, store) -> int:
    from ..settings import LANGUAGE, Settings
    from ..storage.services.aios import AiosService
    from ..words.calendar_export import calendar_bytes

    aios_id = None
    if args.aios:
        aios = store.service(AiosService).find_by_name(args.aios)
        if aios is None:
            print(Q.translate("Cli", "No trainee named “{name}”.").format(name=args.aios), file=sys.stderr)
            return 1
        aios_id = aios.id
    language = getattr(args, "lang", None) or Settings().get(LANGUAGE)
    from ..storage.file_ops import write_private

    data, count = calendar_bytes(store, aios_id, language)
    try:
        write_private(args.file, data)
    except OSError as exc:  # a folder that is gone, a file open in a calendar on Windows
        print(
            Q.translate("Cli", "Cannot write {path}: {reason}").format(
                path=args.file, reason=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return 1
    print(Q.translate("Cli", "%n planned meeting(s) written to {path}.", "", count).format(path=args.file))
    return 0
