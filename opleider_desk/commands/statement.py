"""``opleider-desk statement --quarter 2026-Q3 [--aios NAME] --out FILE.pdf``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q

if TYPE_CHECKING:
    from ..storage.store import Store

NAME = "statement"
# Only reads: works while the window has the file open.
READ_ONLY = True


def help_text() -> str:
    return Q.translate("Cli", "write the quarterly hour statement of one trainee, or of all, to a PDF file")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quarter",
        required=True,
        metavar="QUARTER",
        help=Q.translate("Cli", "the quarter, for example 2026-Q3 or Q3 2026"),
    )
    parser.add_argument(
        "--aios",
        metavar="NAME",
        help=Q.translate(
            "Cli",
            "only this trainee (full name, or a part that fits one trainee); "
            "without it, every trainee of the quarter on pages of their own",
        ),
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help=Q.translate("Cli", "the PDF file to write"),
    )


def run(args: argparse.Namespace, store: Store) -> int:
    from ..domain.problems import ParseError, Problem, ValidationFailed
    from ..domain.quarters import Quarter
    from ..reports.statement import statement_pdf
    from ..storage.services.aios import AiosService
    from ..storage.services.statements import StatementService
    from ..words.problems import problem_text
    from ..words.statements import statement_words

    def refuse(problem: Problem) -> int:
        print(problem_text(problem), file=sys.stderr)
        return 2

    try:
        quarter = Quarter.parse(args.quarter)
    except ParseError as exc:
        return refuse(exc.problem)
    aios_id = None
    if args.aios:
        found = _find_aios(store.service(AiosService).list(), args.aios)
        if isinstance(found, Problem):
            return refuse(found)
        aios_id = found
    try:
        statements = store.service(StatementService).gather(quarter, aios_id)
    except ValidationFailed as failure:
        return refuse(failure.problems[0])
    if not statements:
        return refuse(Problem("statement.no_aios", None, {"quarter": str(quarter)}))
    words = statement_words()
    pdf = statement_pdf(statements, words)
    out = args.out.expanduser()
    from ..storage.file_ops import write_private

    try:
        write_private(out, pdf)  # user-only; a PDF open in a viewer is retried, then reported
    except OSError as exc:
        print(
            Q.translate("Cli", "Cannot write {path}: {reason}").format(path=out, reason=exc.strerror or exc),
            file=sys.stderr,
        )
        return 1
    for statement in statements:
        print(
            Q.translate("Cli", "{aios}, {quarter}: verification code {code}").format(
                aios=statement.aios.name,
                quarter=words.quarter.format(number=quarter.number, year=quarter.year),
                code=statement.verification_code,
            )
        )
    print(Q.translate("Cli", "Written to {path}").format(path=out))
    return 0


def _find_aios(everyone, typed: str):
    """The id of the aios ``typed`` names: the full name, or a part that fits only one."""
    from ..domain.problems import Problem

    wanted = " ".join(typed.split()).casefold()
    exact = [a for a in everyone if " ".join(a.name.split()).casefold() == wanted]
    if exact:
        return exact[0].id
    partial = [a for a in everyone if wanted in a.name.casefold()]
    if len(partial) == 1:
        return partial[0].id
    if partial:
        return Problem(
            "statement.aios_ambiguous", "aios", {"name": typed, "matches": ", ".join(a.name for a in partial)}
        )
    known = ", ".join(a.name for a in everyone) or "—"
    return Problem("statement.aios_unknown", "aios", {"name": typed, "known": known})
