"""``opleider-desk verify (CODE | FILE.pdf)``: check a document against the data file.

A code typed from paper is checked as in "Check a statement"; a PDF file is
checked for its codes (read from its metadata) and for each digital signature
in it. The verdict is printed; the exit status says it too: 0 the document
matches and every signature is intact, 1 it does not (or is a concept),
2 the input is no code or file at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q

if TYPE_CHECKING:
    from ..storage.store import Store

NAME = "verify"
# Only reads: works while the window has the file open.
READ_ONLY = True


def help_text() -> str:
    return Q.translate(
        "Cli", "check a verification code or a PDF file (its code and digital signatures) against the data"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "document",
        metavar="CODE|FILE.pdf",
        help=Q.translate("Cli", "the code printed at the foot of the document, or the PDF file"),
    )


def run(args: argparse.Namespace, store: Store) -> int:
    from ..storage.services.meetings import MeetingService
    from ..storage.services.statements import StatementService
    from ..words.verdict import Outcome, check_code, check_pdf

    service = store.service(StatementService)
    meetings = store.service(MeetingService)
    typed: str = args.document
    path = Path(typed).expanduser()
    if typed.lower().endswith(".pdf") or path.is_file():
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(
                Q.translate("Cli", "Cannot read {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
                file=sys.stderr,
            )
            return 2
        file_verdict = check_pdf(service, data, meetings)
        print(file_verdict.as_text())
        return 0 if file_verdict.trustworthy else 1
    verdict = check_code(service, typed, meetings)
    if verdict.outcome is Outcome.INVALID:
        print(verdict.headline, file=sys.stderr)
        return 2
    print(verdict.as_text())
    return 0 if verdict.trustworthy else 1
