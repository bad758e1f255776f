"""Opleidingsregelingen: the rules of each training programme, read from data files.

A regulation (``resources/regulations/<key>.json``, format in
``resources/regulations/README.md`` and ``regulation.schema.json``) lists the
rules of one programme, each with its value, unit, what it counts per and its
source: a document and section, or OpleiderDesk's own setting. Where a
regulation gives no rule for a key, the rule of ``defaults.json`` applies and
says it is OpleiderDesk's own setting, so an invented value is never passed
off as a programme's rule. A rule whose value is ``null`` says the programme
has no such rule: nothing is measured against it.

Loading checks every field and raises ``RegulationError`` naming the file and
the field (``rules[3].unit``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from ..shipped import shipped_dir
from .bilingual import Text
from .data_files import DataFileFormatError, JsonReader, join, read_json
from .norms import Norms

FORMAT_VERSION = 1
DEFAULTS_KEY = "opleiderdesk"
DEFAULTS_FILE = "defaults.json"
SCHEMA_FILE = "regulation.schema.json"
SCHEMA_SUFFIX = ".schema.json"
#: The regulation a file without a choice follows (every 0.1 file: its norms were the GP trainer's).
GP = "huisartsgeneeskunde"
MG = "maatschappij_en_gezondheid"
OWN = "eigen_instituut"
DEFAULT_REGULATION = GP


class RegulationError(DataFileFormatError):
    """A regulation file that cannot be used; ``field`` is a path like ``rules[3].value``."""


class RuleKind(StrEnum):
    REGULATION = "regulation"  # the programme's document says so
    PROPOSAL = "proposal"  # a document proposes it (LPP): shown as a proposal
    DEFAULT = "default"  # no document gives it: OpleiderDesk's own setting


class Unit(StrEnum):
    MINUTES = "minutes"
    COUNT = "count"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    PERCENT = "percent"
    PATIENTS_PER_FTE = "patients_per_fte"
    MONTH_OF_YEAR = "month_of_year"


class Per(StrEnum):
    """What a rule counts per; a rule names one or more (per aios, per week)."""

    AIOS = "aios"
    TRAINER = "trainer"
    WEEK = "week"
    QUARTER = "quarter"
    YEAR = "year"  # a calendar year or any twelve months
    TRAINING_YEAR = "training_year"
    PRACTICE_YEAR = "practice_year"  # HLWP
    PLACEMENT = "placement"
    TRAINING = "training"  # the whole training (traject)
    SESSION = "session"
    DAY = "day"


class RuleGroup(StrEnum):
    HOURS = "hours"
    MEETINGS = "meetings"
    OBLIGATIONS = "obligations"


class StatementSigner(StrEnum):
    TRAINER = "trainer"  # the user who keeps the record
    EMPLOYER = "employer"  # only when the profile names one ("eventuele werkgever")
    AIOS = "aios"
    OPLEIDER = "opleider"  # co-signs for a praktijkbegeleider


@dataclass(frozen=True, slots=True)
class Document:
    key: str
    title: Text
    file: str = ""  # the source file in the reference set, for whoever checks
    short: Text | None = None  # what a list of rules shows; the title in full beside it

    @property
    def short_title(self) -> Text:
        return self.short or self.title


_NO_SECTION = Text("")  # frozen: one for every default source


@dataclass(frozen=True, slots=True)
class Source:
    """Document and section, or (``document`` None) OpleiderDesk's own setting."""

    document: Document | None = None
    #: As the document names it, and in English; a file may give one string for both.
    section: Text = _NO_SECTION

    @property
    def is_default(self) -> bool:
        return self.document is None


OPLEIDERDESK = Source()


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    key: str
    value: int | None  # None: the programme has no such rule
    unit: Unit
    per: tuple[Per, ...]
    source: Source
    kind: RuleKind
    title: Text
    group: RuleGroup
    note: Text | None = None

    @property
    def applies(self) -> bool:
        return self.value is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementRule:
    """What the quarterly hour statement says, who signs it and who gets a copy."""

    citation: Text | None  # the sentence on the rule it satisfies; None: no such rule
    source: Source
    signers: tuple[StatementSigner, ...]
    copy_to: Text | None = None  # the recipient the regulation names


@dataclass(frozen=True, slots=True, kw_only=True)
class Regulation:
    key: str
    title: Text
    description: Text
    competency_profile: str
    documents: tuple[Document, ...]
    rules: tuple[Rule, ...]
    #: By role: "opleider" and "praktijkbegeleider".
    statement: Mapping[str, StatementRule] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def get(self, key: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.key == key), None)

    def rule(self, key: str) -> Rule:
        found = self.get(key)
        if found is None:
            raise KeyError(f"{self.key} has no rule {key!r}")
        return found

    def value(self, key: str) -> int | None:
        return self.rule(key).value

    def applies(self, key: str) -> bool:
        found = self.get(key)
        return found is not None and found.applies

    def keys(self) -> list[str]:
        return [rule.key for rule in self.rules]

    def statement_rule(self, praktijkbegeleider: bool) -> StatementRule:
        return self.statement["praktijkbegeleider" if praktijkbegeleider else "opleider"]

    def norms(self, overrides: Mapping[str, int] = {}) -> Norms:
        """The ``Norms`` this regulation sets, with the trainer's own values over them.

        A rule the programme does not have keeps the program's value so the
        arithmetic still works; callers ask ``applies`` before they measure.
        Overrides the rules no longer accept are dropped, not fatal.
        """
        known = {f.name for f in dataclasses.fields(Norms)}
        values = {r.key: r.value for r in self.rules if r.key in known and r.value is not None}
        own = {k: v for k, v in overrides.items() if k in known}
        rejected = {p.field for p in Norms.check_overrides({**values, **own})}
        merged = {**values, **{k: v for k, v in own.items() if k not in rejected}}
        rejected = {p.field for p in Norms.check_overrides(merged)}
        return Norms(**{k: v for k, v in merged.items() if k not in rejected})

    def with_defaults(self, defaults: Regulation) -> Regulation:
        """This regulation with the rules it does not give taken from ``defaults``."""
        own = {rule.key: rule for rule in self.rules}
        rules = tuple(own.pop(rule.key, rule) for rule in defaults.rules) + tuple(own.values())
        statement = {**defaults.statement, **self.statement}
        return dataclasses.replace(self, rules=rules, statement=statement)


# --- locating and loading ---------------------------------------------------------


def builtin_regulations_dir() -> Path:
    folder = shipped_dir("resources") / "regulations"
    if not folder.is_dir():
        raise FileNotFoundError(f"no regulations in {folder}")
    return folder


def load_defaults(directory: Path | str) -> Regulation:
    return load_regulation(Path(directory) / DEFAULTS_FILE, defaults=None)


def load_regulations(directory: Path | str) -> dict[str, Regulation]:
    """Every regulation in ``directory`` by key, each completed from its ``defaults.json``."""
    directory = Path(directory)
    defaults = load_defaults(directory)
    paths = sorted(
        p for p in directory.glob("*.json") if p.name != DEFAULTS_FILE and not p.name.endswith(SCHEMA_SUFFIX)
    )
    return {r.key: r for r in (load_regulation(p, defaults=defaults) for p in paths)}


@cache
def builtin_regulations() -> dict[str, Regulation]:
    """The shipped regulations; huisartsgeneeskunde first, then by title."""
    found = load_regulations(builtin_regulations_dir())
    order = [GP, MG]
    return dict(sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])))


def regulation(key: str) -> Regulation:
    """A shipped regulation by key; an unknown key (a newer file) falls back to the GP one."""
    found = builtin_regulations()
    return found.get(key) or found[DEFAULT_REGULATION]


def load_regulation(path: Path | str, defaults: Regulation | None) -> Regulation:
    """One file; ``defaults`` None reads the defaults file itself (every rule a default)."""
    path = Path(path)
    data = read_json(path, RegulationError)
    parsed = _Parser(path.name, defaults).regulation(data, expected_key=path.stem)
    return parsed.with_defaults(defaults) if defaults is not None else parsed


_ROLES = ("opleider", "praktijkbegeleider")


class _Parser(JsonReader):
    def __init__(self, file: str, defaults: Regulation | None):
        super().__init__(file, RegulationError)
        self.defaults = defaults
        self.documents: dict[str, Document] = {}

    def regulation(self, data: Any, expected_key: str) -> Regulation:
        self.obj(
            data,
            "",
            required=("format", "key", "title", "description", "competency_profile", "documents", "rules"),
            optional=("statement",),
        )
        if self.integer(data["format"], "format") != FORMAT_VERSION:
            self.fail("format", f"this version reads format {FORMAT_VERSION}")
        key = self.ident(data["key"], "key")
        is_defaults = self.defaults is None
        if is_defaults and key != DEFAULTS_KEY:
            self.fail("key", f"the defaults file's key must be {DEFAULTS_KEY!r}")
        if not is_defaults and key != expected_key:
            self.fail("key", f"{key!r} must equal the file name {expected_key!r}")
        documents = tuple(
            self.document(item, f"documents[{i}]")
            for i, item in enumerate(self.list_(data["documents"], "documents"))
        )
        self.unique([d.key for d in documents], lambda i: f"documents[{i}].key", "document")
        self.documents = {d.key: d for d in documents}
        rules = tuple(
            self.rule(item, f"rules[{i}]") for i, item in enumerate(self.list_(data["rules"], "rules"))
        )
        self.unique([r.key for r in rules], lambda i: f"rules[{i}].key", "rule")
        statement: dict[str, StatementRule] = {}
        if "statement" in data:
            value = self.obj(data["statement"], "statement", required=_ROLES)
            statement = {role: self.statement(value[role], f"statement.{role}") for role in _ROLES}
        elif is_defaults:
            self.fail("statement", "missing (the defaults give the statement for every programme)")
        return Regulation(
            key=key,
            title=self.text(data["title"], "title"),
            description=self.text(data["description"], "description"),
            competency_profile=self.ident(data["competency_profile"], "competency_profile"),
            documents=documents,
            rules=rules,
            statement=statement,
        )

    def document(self, value: Any, path: str) -> Document:
        self.obj(value, path, required=("key", "title"), optional=("file", "short"))
        return Document(
            key=self.ident(value["key"], join(path, "key")),
            title=self.text(value["title"], join(path, "title")),
            file=self.string(value["file"], join(path, "file")) if "file" in value else "",
            short=self.text(value["short"], join(path, "short")) if "short" in value else None,
        )

    def source(self, value: Any, path: str) -> Source:
        if value == "opleiderdesk":
            return OPLEIDERDESK
        if not isinstance(value, dict):
            self.fail(path, 'must be "opleiderdesk" or {"document": ..., "section": ...}')
        self.obj(value, path, required=("document", "section"))
        doc = value["document"]
        if doc not in self.documents:
            known = ", ".join(self.documents) or "none listed"
            self.fail(join(path, "document"), f"unknown document {doc!r} (documents: {known})")
        section = value["section"]
        where = join(path, "section")
        return Source(
            self.documents[doc],
            self.text(section, where) if isinstance(section, dict) else Text(self.string(section, where)),
        )

    def rule(self, value: Any, path: str) -> Rule:
        base = self.defaults.get(value.get("key", "")) if self.defaults and isinstance(value, dict) else None
        required = ["key", "value", "unit", "per", "kind", "source"]
        if base is None:
            required += ["title", "group"]
        self.obj(value, path, required=required, optional=("title", "group", "note"))
        key = self.ident(value["key"], join(path, "key"))
        raw = value["value"]
        number = None if raw is None else self.integer(raw, join(path, "value"))
        if number is not None and number < 0:
            self.fail(join(path, "value"), "must not be negative")
        unit = self.enum(Unit, value["unit"], join(path, "unit"), "unit")
        per_list = self.list_(value["per"], join(path, "per"))
        if not per_list:
            self.fail(join(path, "per"), "must name at least one of: " + ", ".join(Per))
        per = tuple(self.enum(Per, p, f"{path}.per[{i}]", "per") for i, p in enumerate(per_list))
        self.unique(list(per), lambda i: f"{path}.per[{i}]", "per")
        kind = self.enum(RuleKind, value["kind"], join(path, "kind"), "kind")
        source = self.source(value["source"], join(path, "source"))
        if kind is RuleKind.DEFAULT and not source.is_default:
            self.fail(join(path, "source"), 'a default rule has the source "opleiderdesk"')
        if kind is not RuleKind.DEFAULT and source.is_default:
            self.fail(join(path, "source"), f"a {kind.value} rule names its document and section")
        if self.defaults is None and kind is not RuleKind.DEFAULT:
            self.fail(join(path, "kind"), "the defaults file holds only default rules")
        if base is not None and unit is not base.unit:
            self.fail(
                join(path, "unit"), f"{unit.value!r} differs from the unit of {key!r}: {base.unit.value!r}"
            )
        return Rule(
            key=key,
            value=number,
            unit=unit,
            per=per,
            source=source,
            kind=kind,
            title=self.text(value["title"], join(path, "title")) if "title" in value else base.title,  # type: ignore[union-attr]
            group=(
                self.enum(RuleGroup, value["group"], join(path, "group"), "group")
                if "group" in value
                else base.group  # type: ignore[union-attr]
            ),
            note=self.text(value["note"], join(path, "note")) if "note" in value else None,
        )

    def statement(self, value: Any, path: str) -> StatementRule:
        self.obj(value, path, required=("citation", "source", "signers", "copy_to"))
        citation = None if value["citation"] is None else self.text(value["citation"], join(path, "citation"))
        source = self.source(value["source"], join(path, "source"))
        if citation is not None and source.is_default:
            self.fail(join(path, "source"), "a citation names its document and section")
        signers = tuple(
            self.enum(StatementSigner, s, f"{path}.signers[{i}]", "signer")
            for i, s in enumerate(self.list_(value["signers"], join(path, "signers")))
        )
        self.unique(list(signers), lambda i: f"{path}.signers[{i}]", "signer")
        for needed in (StatementSigner.TRAINER, StatementSigner.AIOS):
            if needed not in signers:
                self.fail(join(path, "signers"), f"must include {needed.value!r}")
        copy_to = None if value["copy_to"] is None else self.text(value["copy_to"], join(path, "copy_to"))
        return StatementRule(citation=citation, source=source, signers=signers, copy_to=copy_to)
