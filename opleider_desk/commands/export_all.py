"""``opleider-desk [--db PATH] export --json FILE``: everything in the data file, in an open format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q

NAME = "export"
# Only reads: works while the window has the file open.
READ_ONLY = True


def help_text() -> str:
    return Q.translate("Cli", "write everything in the data file to one JSON file (see docs/json-format.md)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", metavar="FILE", type=Path, required=True, help=Q.translate("Cli", "the JSON file to write")
    )


def run(args: argparse.Namespace, store) -> int:
    from ..storage.file_ops import write_private
    from ..storage.json_transfer import export_json

    out = args.json.expanduser()
    try:
        write_private(out, export_json(store))
    except OSError as exc:
        print(
            Q.translate("Cli", "Cannot write {path}: {reason}").format(path=out, reason=exc.strerror or exc),
            file=sys.stderr,
        )
        return 1
    print(Q.translate("Cli", "Everything in the data file written to {path}.").format(path=out))
    return 0
