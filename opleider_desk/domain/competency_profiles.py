"""Competency profiles: which competency areas an aios is trained and assessed on.

Data files (``resources/competency_profiles/<key>.json``): the 2016 profile
with its seven areas, and the 2023 GP profile in which *Organisatie* became
*Leiderschap*. A regulation names its profile; each aios follows one. A
newer profile says which it ``replaces`` and how old areas map onto new
ones; the mapping is shown to the trainer, never applied to stored goals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..shipped import shipped_dir
from .bilingual import Text
from .data_files import DataFileFormatError, JsonReader, join, read_json
from .enums import CompetencyArea

FORMAT_VERSION = 1
PROFILE_2016 = "competenties_2016"
GP_PROFILE_2023 = "huisartsgeneeskunde_2023"
#: What an aios follows until someone moves them: every 0.1 goal was filed under these areas.
DEFAULT_PROFILE = PROFILE_2016


class CompetencyProfileError(DataFileFormatError):
    """A competency profile file that cannot be used."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CompetencyProfile:
    key: str
    title: Text
    source_document: Text
    source_section: Text
    areas: tuple[CompetencyArea, ...]
    replaces: str | None = None
    #: Old area -> new area, for a profile that replaces another.
    mapping: Mapping[CompetencyArea, CompetencyArea] = field(default_factory=dict)

    def __contains__(self, area: object) -> bool:
        return area in self.areas


def builtin_profiles_dir() -> Path:
    return shipped_dir("resources") / "competency_profiles"


def load_profiles(directory: Path | str) -> dict[str, CompetencyProfile]:
    profiles = {p.key: p for p in map(load_profile, sorted(Path(directory).glob("*.json")))}
    for profile in profiles.values():
        if profile.replaces is not None and profile.replaces not in profiles:
            raise CompetencyProfileError(
                f"{profile.key}.json", "replaces", f"unknown profile {profile.replaces!r}"
            )
    return profiles


@cache
def builtin_profiles() -> dict[str, CompetencyProfile]:
    return load_profiles(builtin_profiles_dir())


def competency_profile(key: str | None) -> CompetencyProfile:
    """A shipped profile by key; an unknown or empty key gives the 2016 profile."""
    found = builtin_profiles()
    return found.get(key or "") or found[DEFAULT_PROFILE]


def newer_profile(key: str) -> CompetencyProfile | None:
    """The shipped profile that replaces ``key``, if any."""
    return next((p for p in builtin_profiles().values() if p.replaces == key), None)


def max_areas() -> int:
    """The most areas any shipped profile has: the limit of a competencies field."""
    return max(len(p.areas) for p in builtin_profiles().values())


def areas_of(key: str | None) -> tuple[CompetencyArea, ...]:
    return competency_profile(key).areas


def load_profile(path: Path | str) -> CompetencyProfile:
    path = Path(path)
    data = read_json(path, CompetencyProfileError)
    reader = JsonReader(path.name, CompetencyProfileError)
    return _parse(reader, data, path.stem)


def _parse(r: JsonReader, data: Any, expected_key: str) -> CompetencyProfile:
    r.obj(data, "", required=("format", "key", "title", "source", "areas"), optional=("replaces", "mapping"))
    if r.integer(data["format"], "format") != FORMAT_VERSION:
        r.fail("format", f"this version reads format {FORMAT_VERSION}")
    key = r.ident(data["key"], "key")
    if key != expected_key:
        r.fail("key", f"{key!r} must equal the file name {expected_key!r}")
    source = r.obj(data["source"], "source", required=("document", "section"))
    areas = []
    for i, item in enumerate(r.list_(data["areas"], "areas")):
        r.obj(item, f"areas[{i}]", required=("key",))
        areas.append(r.enum(CompetencyArea, item["key"], f"areas[{i}].key", "area"))
    if not areas:
        r.fail("areas", "must not be empty")
    r.unique([a.value for a in areas], lambda i: f"areas[{i}].key", "area")
    replaces = r.ident(data["replaces"], "replaces") if "replaces" in data else None
    mapping: dict[CompetencyArea, CompetencyArea] = {}
    if "mapping" in data:
        if replaces is None:
            r.fail("mapping", "only a profile that replaces another has a mapping")
        raw = r.obj(data["mapping"], "mapping", required=(), optional=tuple(CompetencyArea))
        for old, new in raw.items():
            new_area = r.enum(CompetencyArea, new, join("mapping", old), "area")
            if new_area not in areas:
                r.fail(join("mapping", old), f"{new!r} is not an area of this profile")
            mapping[CompetencyArea(old)] = new_area
    return CompetencyProfile(
        key=key,
        title=r.text(data["title"], "title"),
        source_document=r.text(source["document"], "source.document"),
        # As a regulation's sections: {"nl", "en"}, or one string the document words it in.
        source_section=(
            r.text(source["section"], "source.section")
            if isinstance(source["section"], dict)
            else Text(r.string(source["section"], "source.section"))
        ),
        areas=tuple(areas),
        replaces=replaces,
        mapping=mapping,
    )
