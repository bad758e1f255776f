"""Turning ORM rows into domain entities and entities into column values."""

from __future__ import annotations

import dataclasses
import enum
import typing
from typing import Any, TypeVar

E = TypeVar("E")


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
            value = enum_cls(value)
        elif isinstance(value, list) and typing.get_origin(hint) is tuple:
            value = tuple(value)
        values[name] = value
    return cls(**values)


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
