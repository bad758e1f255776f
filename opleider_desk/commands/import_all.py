"""``opleider-desk --db NEWFILE import --json FILE``: a JSON export back into an empty data file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication as Q

NAME = "import"


def help_text() -> str:
    return Q.translate("Cli", "read a JSON export (from export --json) into a new, empty data file")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", metavar="FILE", type=Path, required=True, help=Q.translate("Cli", "the JSON file to read")
    )


def run(args: argparse.Namespace, store) -> int:
    from ..storage.json_transfer import TransferError, import_json
    from ..words.transfer_errors import transfer_error_text

    source = args.json.expanduser()
    try:
        data = source.read_bytes()
    except OSError as exc:
        print(
            Q.translate("Cli", "Cannot read {path}: {reason}").format(
                path=source, reason=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return 1
    try:
        counts = import_json(store, data)
    except TransferError as exc:
        print(transfer_error_text(exc, source, store.path), file=sys.stderr)
        return 1
    print(
        Q.translate("Cli", "Imported {rows} rows from {path} into {file}.").format(
            rows=sum(counts.values()), path=source, file=store.path
        )
    )
    return 0
