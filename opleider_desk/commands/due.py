"""``due [--aios NAME] [--today YYYY-MM-DD] [--json]``: the Monday summary of what is due.

Prints what is overdue, due soon and coming, sorted as the overview's "Wat
staat er open" list sorts it (overdue first, then by date, then by aios), each
with the rule it comes from.

``--json`` writes one object, whose shape is kept stable for scripts::

    {
      "format": "opleider-desk-due",
      "version": 1,
      "today": "2026-03-02",
      "items": [
        {
          "aios": "Sanne de Vries",        # null for an item about the user (span of control)
          "aios_id": 1,                    # null likewise
          "kind": "voortgangsgesprek",     # a value of domain.due.DueKind
          "due_date": "2026-03-01",
          "status": "overdue",             # overdue | due_soon | upcoming
          "rule": "voortgangsgesprek",     # a key of domain.due_norms.RULES
          "source": "000_… (M&G) Voortgangsbewaking 2: …",  # "" for an agreed date
          "program_default": false,        # true: no document gives this rule
          "proposal": false,               # true: the document only proposes it
          "defaults": [],                  # program defaults the date or numbers rest on
          "details": {"slot": 2}           # the item's numbers; dates as YYYY-MM-DD
        }
      ]
    }

New keys may be added to an item or to ``details``; existing ones keep their meaning.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

NAME = "due"
# Only reads: works while the window has the file open.
READ_ONLY = True
FORMAT = "opleider-desk-due"
VERSION = 1


def help_text() -> str:
    return Q.translate("Cli", "print what is due and overdue for each trainee, with its rule and source")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--aios", metavar="NAME", help=Q.translate("Cli", "only this trainee (default: all active trainees)")
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_day,
        help=Q.translate("Cli", "look as on this day (default: today)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=Q.translate("Cli", "write JSON for scripts (shape in the manual)")
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            Q.translate("Cli", "not a date in the form YYYY-MM-DD: {text}").format(text=text)
        ) from None


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def run(args: argparse.Namespace, store) -> int:
    from ..domain.due import DueKind, DueStatus, sort_key
    from ..storage.services.aios import AiosService
    from ..storage.services.due import DueService
    from ..words import due as words

    today = args.today or date.today()
    ids = None
    if args.aios:
        aios = store.service(AiosService).find_by_name(args.aios)
        if aios is None:
            print(Q.translate("Cli", "No trainee named “{name}”.").format(name=args.aios), file=sys.stderr)
            return 1
        ids = [aios.id]
    service = store.service(DueService)
    found = service.items(today, ids, trainer=ids is None)
    names = {a.id: a.name for a in store.service(AiosService).list()}

    def name_of(aios_id: int | None) -> str:
        return names.get(aios_id, "") if aios_id is not None else ""

    # As the overview's open list sorts: overdue first, then by date, then by aios.
    items = sorted(
        (item for group in found.values() for item in group if item.status is not DueStatus.OK),
        key=lambda i: (sort_key(i)[0], i.due_date, name_of(i.aios_id).casefold()),
    )
    texts = service.agreement_texts([i.target.ref for i in items if i.kind is DueKind.AGREEMENT])
    if args.json:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "today": today.isoformat(),
            "items": [
                {
                    "aios": names.get(i.aios_id) if i.aios_id is not None else None,
                    "aios_id": i.aios_id,
                    "kind": i.kind.value,
                    "due_date": i.due_date.isoformat(),
                    "status": i.status.value,
                    "rule": i.rule,
                    "source": i.source.text,
                    "program_default": i.source.program_default,
                    "proposal": i.source.proposal,
                    "defaults": list(i.defaults),
                    "details": _plain(i.params),
                }
                for i in items
            ],
        }
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not items:
        print(Q.translate("Cli", "Nothing is due."))
        return 0
    overdue = sum(1 for i in items if i.status is DueStatus.OVERDUE)
    print(
        Q.translate("Cli", "What is open on {day}: %n item(s)", "", len(items)).format(day=today.isoformat())
    )
    if overdue:
        print(Q.translate("Cli", "%n overdue", "", overdue))
    for i in items:
        who = name_of(i.aios_id) or Q.translate("Cli", "(you)")
        agreement = texts.get(i.target.ref, "") if i.kind is DueKind.AGREEMENT else ""
        print(
            f"{i.due_date.isoformat()}  {words.status_name(i.status):<12} {who}: "
            f"{words.kind_name(i.kind)} — {words.details(i, agreement)}"
        )
        print("    " + words.rule_text(i).replace("\n", "; "))
    return 0
