"""Turning ORM rows into domain entities and entities into column values.

Every stored enum value becomes its domain enum here, and only here. A value
this version does not know (written by a newer version, or by hand) raises
``UnknownValue``, which names the table, the row and the field; a list read
through ``to_entities`` leaves such a row out and records it on the session
(``Store`` shares one ``UnreadableRows`` per open file), so the rest shows
and the UI can say what was left out. One row read by itself (``to_one``: by
its id, the profile) raises ``UnreadableRow``, a refusal the UI shows as it
shows any (``ValidationFailed``), naming the field and the value. Nothing here
writes: the row stays in the file as it was.
"""

from __future__ import annotations

import dataclasses
import enum
import typing
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..domain.problems import Problem, ValidationFailed

E = TypeVar("E")

#: ``Session.info`` key of the open file's ``UnreadableRows``.
UNREADABLE = "unreadable_rows"
#: Columns that say which row it is in the user's terms (for the message).
_DESCRIBING = ("aios_id", "title", "template_key", "name", "day", "date", "note", "description")


class UnknownValue(ValueError):
    """A stored value that is not one of its enum's values."""

    def __init__(
        self,
        *,
        table: str,
        row_id: int | None,
        field: str,
        value: Any,
        enum: type[enum.Enum],
        context: dict[str, Any] | None = None,
    ):
        allowed = tuple(str(m.value) for m in enum)
        super().__init__(f"{table} row {row_id}: {field} {value!r} is not one of {', '.join(allowed)}")
        self.table = table
        self.row_id = row_id
        self.field = field
        self.value = value
        self.enum = enum
        self.allowed = allowed
        self.context = context or {}

    @property
    def key(self) -> tuple[str, int | None, str]:
        return (self.table, self.row_id, self.field)


class UnreadableRow(ValidationFailed):
    """The one row asked for holds an ``UnknownValue``: refused with words, not a crash."""

    def __init__(self, error: UnknownValue):
        super().__init__([Problem("row.unreadable", error.field, {"error": error})])
        self.error = error


class UnreadableRows:
    """The rows of one open file left out of a list because of an ``UnknownValue``."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, int | None, str], UnknownValue] = {}

    def add(self, error: UnknownValue) -> None:
        self._found[error.key] = error

    def found(self, tables: Iterable[str] | None = None) -> list[UnknownValue]:
        wanted = None if tables is None else set(tables)
        rows = [e for e in list(self._found.values()) if wanted is None or e.table in wanted]
        return sorted(rows, key=lambda e: (e.table, e.row_id or 0, e.field))

    def __bool__(self) -> bool:
        return bool(self._found)


_FIELD_TYPES: dict[type, dict[str, Any]] = {}


def _field_types(cls: type) -> dict[str, Any]:
    if cls not in _FIELD_TYPES:
        hints = typing.get_type_hints(cls)
        _FIELD_TYPES[cls] = {f.name: hints[f.name] for f in dataclasses.fields(cls)}
    return _FIELD_TYPES[cls]


def _enum_of(hint: Any) -> type[enum.Enum] | None:
    candidates = typing.get_args(hint) or (hint,)
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def to_entity(cls: type[E], row: Any, **overrides: Any) -> E:
    values: dict[str, Any] = {}
    for name, hint in _field_types(cls).items():
        if name in overrides:
            values[name] = overrides[name]
            continue
        if not hasattr(row, name):
            continue
        value = getattr(row, name)
        enum_cls = _enum_of(hint)
        if enum_cls is not None and value is not None:
            value = _enum_value(enum_cls, row, name, value)
        elif isinstance(value, list) and typing.get_origin(hint) is tuple:
            value = tuple(value)
        values[name] = value
    return cls(**values)


def _enum_value(enum_cls: type[enum.Enum], row: Any, name: str, value: Any) -> enum.Enum:
    try:
        return enum_cls(value)
    except ValueError:
        raise UnknownValue(
            table=str(getattr(row, "__tablename__", type(row).__name__)),
            row_id=getattr(row, "id", None),
            field=name,
            value=value,
            enum=enum_cls,
            context={k: getattr(row, k) for k in _DESCRIBING if getattr(row, k, None) not in (None, "")},
        ) from None


def _record(row: Any, error: UnknownValue) -> None:
    # Here, not at the top: the start-up's first look (``first_look.py``) turns
    # rows into entities with this module before SQLAlchemy is imported.
    from sqlalchemy.orm import object_session
    from sqlalchemy.orm.exc import UnmappedInstanceError

    try:
        session = object_session(row)
    except UnmappedInstanceError:  # a plain row (the first look reads those)
        session = None
    registry = session.info.get(UNREADABLE) if session is not None else None
    if isinstance(registry, UnreadableRows):
        registry.add(error)


def to_entities(
    cls: type[E], rows: Iterable[Any], overrides: Callable[[Any], dict[str, Any]] | None = None
) -> list[E]:
    """The rows as entities, leaving out (and recording) each row with an unknown value.

    ``overrides(row)`` gives fields read otherwise than column by column."""
    out: list[E] = []
    for row in rows:
        try:
            out.append(to_entity(cls, row, **(overrides(row) if overrides is not None else {})))
        except UnknownValue as error:
            _record(row, error)
    return out


def to_one(cls: type[E], row: Any, **overrides: Any) -> E:
    """The one row asked for as its entity; ``UnreadableRow`` (recorded too) for an unknown value."""
    try:
        return to_entity(cls, row, **overrides)
    except UnknownValue as error:
        _record(row, error)
        raise UnreadableRow(error) from None


def column_values(entity: Any, *, exclude: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    """The entity's fields as plain column values (enums as their strings)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(entity):
        if f.name in exclude:
            continue
        value = getattr(entity, f.name)
        if isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out
