"""Checklist templates: what a portfolio should hold, what a trainer must do.

Institutes differ, so the templates are JSON files the user may edit
(``resources/checklists/README.md`` describes the format). Loading checks
every field and stops at the first mistake with a ``ChecklistTemplateError``
that names the file and the field, e.g. ``items[3].title.nl``.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from ..shipped import shipped_dir
from .bilingual import Text
from .data_files import JsonReader, read_json
from .obligations import ObligationKey

FORMAT_VERSION = 1
LANGUAGES = ("nl", "en")
BUILTIN_CHECKLISTS = ("portfolio", "trainer")

#: Rule name -> what its argument names (None: the rule takes none). What each
#: rule fills is described in resources/checklists/README.md.
AUTO_RULES: dict[str, str | None] = {
    "current_iop": None,
    "kpb_count": None,
    "competency_coverage": None,
    "msf_before_meeting": None,
    "signed_statements": None,
    "signed_meeting": "meeting_kind",
    "obligation": "obligation",
}

_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")
_Keyed = TypeVar("_Keyed", "TemplateItem", "ReviewQuestion")


class ChecklistScope(StrEnum):
    AIOS = "aios"  # one copy per aios
    TRAINER = "trainer"  # the trainer's own


class ChecklistTemplateError(ValueError):
    """A checklist file that cannot be used; ``field`` is None for the file as a whole."""

    def __init__(self, file: Path | str, field: str | None, message: str):
        self.file = str(file)
        self.field = field
        self.message = message
        where = f"{self.file}, {field}" if field else self.file
        super().__init__(f"{where}: {message}")


LocalText = Text  # the name this module has always used


@dataclass(frozen=True, slots=True)
class AutoRule:
    name: str
    argument: str | None = None

    def __str__(self) -> str:
        return self.name if self.argument is None else f"{self.name}:{self.argument}"


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplateItem:
    key: str
    title: LocalText
    description: LocalText
    auto: AutoRule | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewQuestion:
    key: str
    question: LocalText
    description: LocalText | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ChecklistTemplate:
    key: str
    scope: ChecklistScope
    title: LocalText
    items: tuple[TemplateItem, ...]
    review: tuple[ReviewQuestion, ...] = ()
    source: Path | None = None


def builtin_checklist_dirs() -> tuple[Path, ...]:
    """Where built-ins are looked for: inside the installed package, then the repository."""
    return (shipped_dir("resources") / "checklists",)


def builtin_checklist_path(name: str) -> Path:
    for folder in builtin_checklist_dirs():
        path = folder / f"{name}.json"
        if path.is_file():
            return path
    searched = ", ".join(str(d) for d in builtin_checklist_dirs())
    raise FileNotFoundError(f"built-in checklist {name!r} not found in {searched}")


def load_builtin_checklist(name: str) -> ChecklistTemplate:
    return load_checklist(builtin_checklist_path(name))


def load_checklist(path: Path | str) -> ChecklistTemplate:
    path = Path(path)
    data = read_json(path, lambda _name, field, message: ChecklistTemplateError(path, field, message))
    return parse_checklist(data, path)


def parse_checklist(data: Any, file: Path | str) -> ChecklistTemplate:
    """A template from decoded JSON; ``file`` only names the source in errors."""
    reader = _Reader(file)
    top = reader.mapping(
        data, "", required=("format", "key", "scope", "title", "items"), optional=("review",)
    )
    version = top["format"]
    if type(version) is not int or version != FORMAT_VERSION:
        reader.fail("format", f"must be {FORMAT_VERSION}")
    key = reader.key(top["key"], "key")
    scope = reader.string(top["scope"], "scope")
    if scope not in set(ChecklistScope):
        reader.fail("scope", f"must be one of {', '.join(ChecklistScope)}")
    title = reader.text(top["title"], "title")
    items = reader.list(top["items"], "items", non_empty=True)
    review = reader.list(top.get("review", []), "review")
    return ChecklistTemplate(
        key=key,
        scope=ChecklistScope(scope),
        title=title,
        items=reader.unique_keys([reader.item(v, f"items[{n}]") for n, v in enumerate(items)], "items"),
        review=reader.unique_keys(
            [reader.question(v, f"review[{n}]") for n, v in enumerate(review)], "review"
        ),
        source=Path(file),
    )


class _Reader(JsonReader):
    """The shared checks (``data_files.JsonReader``) and the checklist's own."""

    def __init__(self, file: Path | str):
        super().__init__(
            str(file), lambda _name, field, message: ChecklistTemplateError(file, field, message)
        )

    def mapping(
        self,
        value: Any,
        field: str,
        *,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> Mapping[str, Any]:
        return self.obj(value, field, required, optional)

    def list(self, value: Any, field: str, *, non_empty: bool = False) -> list[Any]:
        self.list_(value, field)
        if non_empty and not value:
            self.fail(field, "must not be empty")
        return value

    def key(self, value: Any, field: str) -> str:
        text = self.string(value, field)
        if not _KEY.match(text):
            self.fail(field, "must be lowercase letters, digits and _, starting with a letter")
        return text

    def text(self, value: Any, field: str) -> LocalText:
        # Both languages, unlike a meeting template's text: the checklist is printed in either.
        texts = self.mapping(value, field, required=LANGUAGES)
        nl, en = (self.string(texts[lang], f"{field}.{lang}").strip() for lang in LANGUAGES)
        return LocalText(nl=nl, en=en)

    def auto(self, value: Any, field: str) -> AutoRule:
        text = self.string(value, field)
        name, colon, argument = text.partition(":")
        if name not in AUTO_RULES:
            self.fail(field, f"unknown rule {name!r}; known: {', '.join(AUTO_RULES)}")
        takes = AUTO_RULES[name]
        if takes is None:
            if colon:
                self.fail(field, f"rule {name!r} takes no argument")
            return AutoRule(name)
        if not argument:
            self.fail(field, f"rule {name!r} needs an argument, e.g. {name}:...")
        if takes == "obligation" and argument not in set(ObligationKey):
            self.fail(field, f"unknown obligation {argument!r}; known: {', '.join(ObligationKey)}")
        # A meeting kind may be a template the user added, so any key will do.
        if takes == "meeting_kind" and not _KEY.match(argument):
            self.fail(field, f"{argument!r} is not a meeting template key")
        return AutoRule(name, argument)

    def item(self, value: Any, field: str) -> TemplateItem:
        entry = self.mapping(value, field, required=("key", "title", "description"), optional=("auto",))
        return TemplateItem(
            key=self.key(entry["key"], f"{field}.key"),
            title=self.text(entry["title"], f"{field}.title"),
            description=self.text(entry["description"], f"{field}.description"),
            auto=self.auto(entry["auto"], f"{field}.auto") if "auto" in entry else None,
        )

    def question(self, value: Any, field: str) -> ReviewQuestion:
        entry = self.mapping(value, field, required=("key", "question"), optional=("description",))
        description = entry.get("description")
        return ReviewQuestion(
            key=self.key(entry["key"], f"{field}.key"),
            question=self.text(entry["question"], f"{field}.question"),
            description=(self.text(description, f"{field}.description") if description is not None else None),
        )

    def unique_keys(self, entries: builtins.list[_Keyed], field: str) -> tuple[_Keyed, ...]:
        seen: set[str] = set()
        for n, entry in enumerate(entries):
            if entry.key in seen:
                self.fail(f"{field}[{n}].key", f"duplicate key {entry.key!r}")
            seen.add(entry.key)
        return tuple(entries)
