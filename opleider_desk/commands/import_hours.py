"""``opleider-desk [--db PATH] import-hours FILE``: the CSV import without the window.

All or nothing, as in the window: a file with any error writes nothing and
lists every error by line on stderr (exit code 1); a file that cannot be read
gives exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Q

if TYPE_CHECKING:
    from ..storage.store import Store

NAME = "import-hours"


def help_text() -> str:
    return Q.translate(
        "Cli",
        "import hours from a CSV file as Excel saves it (columns such as Datum, Aios, "
        "Categorie, Duur, Omschrijving); nothing is imported when any line has an error",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", type=Path, help=Q.translate("Cli", "the CSV file"))
    parser.add_argument(
        "--keep-duplicates",
        action="store_true",
        help=Q.translate("Cli", "also import lines that are already logged (left out by default)"),
    )


def run(args: argparse.Namespace, store: Store) -> int:
    from ..domain.problems import ValidationFailed
    from ..storage.services.categories import CategoryService
    from ..storage.services.hour_import import HourImportService
    from ..words.categories import category_names
    from ..words.problems import problem_text

    path: Path = args.file
    service = store.service(HourImportService)
    categories = store.service(CategoryService).list(include_inactive=True)
    try:
        # Read line by line: a big sheet is never held whole.
        check = service.check_import(path, today=date.today(), category_names=category_names(categories))
    except OSError as error:
        print(
            Q.translate("Cli", "Cannot read {file}: {reason}").format(file=path, reason=error.strerror),
            file=sys.stderr,
        )
        return 2
    problems = [f"{path}: {problem_text(p)}" for p in check.preview.file_problems]
    problems += [
        Q.translate("Cli", "{file}, line {line}: {problem}").format(
            file=path, line=error.line_no, problem=problem_text(error.problem)
        )
        for error in check.errors
    ]
    if check.error_count > len(check.errors):
        more = check.error_count - len(check.errors)
        problems.append(Q.translate("Cli", "{file}: %n more error(s).", "", more).format(file=path))
    if problems or not check.can_import:
        for line in problems:
            print(line, file=sys.stderr)
        print(Q.translate("Cli", "Nothing was imported."), file=sys.stderr)
        return 1
    skip = not args.keep_duplicates
    try:
        imported = service.import_checked(check, skip_existing_duplicates=skip)
    except ValidationFailed as failure:
        for problem in failure.problems:
            print(f"{path}: {problem_text(problem)}", file=sys.stderr)
        print(Q.translate("Cli", "Nothing was imported."), file=sys.stderr)
        return 1
    print(Q.translate("Cli", "Imported %n entry(ies) from {file}.", "", imported).format(file=path))
    skipped = check.row_count - imported
    if skipped:
        print(Q.translate("Cli", "Left out %n line(s) that were already logged.", "", skipped))
    return 0
