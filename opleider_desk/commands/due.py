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
FORMAT = "opleider-desk-due"
VERSION = 1


def help_text() -> str:
    return Q.translate("Cli", "print what is due and overdue for each aios, with its rule and source")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--aios", metavar="NAME", help=Q.translate("Cli", "only this aios (default: all active aios)")
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
    from ..domain.due import DueStatus
    from ..storage.services.aios import AiosService
    from ..storage.services.due import DueService
    from ..ui import due_texts
    from ..ui.aios.open_items import open_items
    from ..ui.formatting import format_date

    today = args.today or date.today()
    ids = None
    if args.aios:
        aios = store.service(AiosService).find_by_name(args.aios)
        if aios is None:
            print(Q.translate("Cli", "No aios named “{name}”.").format(name=args.aios), file=sys.stderr)
            return 1
        ids = [aios.id]
    service = store.service(DueService)
    items = service.items(today, ids, trainer=ids is None)
    names = {a.id: a.name for a in store.service(AiosService).list()}
    agreement_ids = [i.target.ref for found in items.values() for i in found if i.kind.value == "agreement"]
    rows = open_items(items, names, service.agreement_texts(agreement_ids))
    if args.json:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "today": today.isoformat(),
            "items": [
                {
                    "aios": names.get(r.item.aios_id) if r.item.aios_id is not None else None,
                    "aios_id": r.item.aios_id,
                    "kind": r.item.kind.value,
                    "due_date": r.item.due_date.isoformat(),
                    "status": r.item.status.value,
                    "rule": r.item.rule,
                    "source": r.item.source.text,
                    "program_default": r.item.source.program_default,
                    "proposal": r.item.source.proposal,
                    "defaults": list(r.item.defaults),
                    "details": _plain(r.item.params),
                }
                for r in rows
            ],
        }
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print(Q.translate("Cli", "Nothing is due."))
        return 0
    overdue = sum(1 for r in rows if r.item.status is DueStatus.OVERDUE)
    print(
        Q.translate("Cli", "What is open on {day}: %n item(s)", "", len(rows)).format(day=format_date(today))
    )
    if overdue:
        print(Q.translate("Cli", "%n overdue", "", overdue))
    for r in rows:
        who = r.aios_name or Q.translate("Cli", "(you)")
        details = due_texts.details(r.item, r.agreement_text)
        print(
            f"{format_date(r.item.due_date)}  {due_texts.status_name(r.item.status):<12} {who}: "
            f"{due_texts.kind_name(r.item.kind)} — {details}"
        )
        print(f"    {due_texts.rule_text(r.item).replace(chr(10), '; ')}")
    return 0
