"""The building blocks every data file reader uses: read JSON, check fields, fail by path.

Meeting templates, checklists and regulations are data an institute may edit; each
reader checks every field it relies on and stops at the first mistake with
its own error type naming the file and the field path (``rules[3].value``),
in English, because it is read by whoever edits the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

from .bilingual import Text

#: (file, field path or None, message) -> the reader's own exception.
ErrorFactory = Callable[[str, "str | None", str], Exception]

ID = re.compile(r"[a-z][a-z0-9_]*")


class DataFileFormatError(Exception):
    """A data file that cannot be used; ``field`` is a path like ``rules[3].value``.

    Each reader raises its own subclass, so a caller can tell a broken template from a
    broken regulation; the message is built the same way for all.
    """

    def __init__(self, file: str, field: str | None, message: str):
        self.file = file
        self.field = field
        self.message = message
        where = f"{file}: {field}" if field else file
        super().__init__(f"{where}: {message}")


def read_json(path: Path | str, error: ErrorFactory) -> Any:
    """The parsed content of ``path``; unreadable text or bad JSON raise ``error``."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(path.name, None, f"not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise error(path.name, None, f"cannot read: {exc.strerror or exc}") from exc
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise error(
            path.name, None, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc


def join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


class JsonReader:
    """Checks of parsed JSON that fail at the first wrong field."""

    def __init__(self, file: str, error: ErrorFactory):
        self.file = file
        self._error = error

    def fail(self, path: str, message: str) -> NoReturn:
        raise self._error(self.file, path or None, message)

    def obj(
        self, value: Any, path: str, required: Iterable[str], optional: Iterable[str] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, "must be an object")
        required = tuple(required)
        allowed = set(required) | set(optional)
        for name in value:
            if name not in allowed:
                self.fail(join(path, name), "unknown field")
        for name in required:
            if name not in value:
                self.fail(join(path, name), "missing")
        return value

    def list_(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(path, "must be a list")
        return value

    def integer(self, value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, "must be a whole number")
        return value

    def boolean(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(path, "must be true or false")
        return value

    def string(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, "must be non-empty text")
        return value

    def ident(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not ID.fullmatch(value):
            self.fail(path, f"{value!r} is not an id (lower-case letters, digits and _)")
        return value

    def enum(self, enum: type[StrEnum], value: Any, path: str, what: str) -> Any:
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.fail(path, f"unknown {what} {value!r} (one of: {allowed})")

    def text(self, value: Any, path: str) -> Text:
        if not isinstance(value, dict):
            self.fail(path, 'must be an object like {"nl": "...", "en": "..."}')
        for lang in value:
            if lang not in ("nl", "en"):
                self.fail(join(path, lang), "unknown language (only nl and en)")
        nl = value.get("nl")
        if not isinstance(nl, str) or not nl.strip():
            self.fail(join(path, "nl"), "missing" if nl is None else "must be non-empty text")
        en = value.get("en", "")
        if not isinstance(en, str):
            self.fail(join(path, "en"), "must be text")
        return Text(nl=nl, en=en)

    def unique(self, ids: list[str], path_of: Callable[[int], str], what: str) -> None:
        seen: set[str] = set()
        for i, id_ in enumerate(ids):
            if id_ in seen:
                self.fail(path_of(i), f"duplicate {what} {id_!r}")
            seen.add(id_)
