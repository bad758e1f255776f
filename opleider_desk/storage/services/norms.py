"""The norms in use: the rules of a regulation with the trainer's own values over them.

The trainer follows one regulation (``Profile.regulation``); an aios may
follow another (``Aios.regulation``, empty for the trainer's). The trainer's
own values are stored per regulation and rule key (``NormSettingRow``), so a
praktijkbegeleider who adjusts the M&G rules leaves the GP ones alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping

from sqlalchemy import select

from ...domain.entities import Aios
from ...domain.norms import Norms
from ...domain.problems import ValidationFailed
from ...domain.regulations import DEFAULT_REGULATION, Regulation, builtin_regulations, regulation
from ...domain.ruled import Ruled
from ..changes import Area, Operation
from ..models import NormSettingRow, ProfileRow
from ..store import Audit, Store

SET_NORMS = Operation("set_norms", Area.NORMS)

_KNOWN = frozenset(f.name for f in dataclasses.fields(Norms))
_PROFILE_ID = 1


class NormService:
    def __init__(self, store: Store):
        self.store = store

    # which regulation

    def trainer_regulation_key(self) -> str:
        with self.store.read() as session:
            row = session.get(ProfileRow, _PROFILE_ID)
            key = row.regulation if row is not None else DEFAULT_REGULATION
        return key if key in builtin_regulations() else DEFAULT_REGULATION

    def regulation_key_of(self, aios: Aios | None) -> str:
        """The aios's own regulation, else the trainer's (None: the trainer's)."""
        if aios is not None and aios.regulation in builtin_regulations():
            return aios.regulation
        return self.trainer_regulation_key()

    def regulation(self, key: str | None = None) -> Regulation:
        return regulation(key or self.trainer_regulation_key())

    def regulation_of(self, aios: Aios | None) -> Regulation:
        return regulation(self.regulation_key_of(aios))

    # values

    def overrides(self, regulation_key: str | None = None) -> dict[str, int]:
        """The trainer's own values for the regulation's rules.

        Keys this version does not know (a file from a newer version, a rule
        that was retired) are left in the file but not used.
        """
        key = regulation_key or self.trainer_regulation_key()
        with self.store.read() as session:
            rows = session.scalars(select(NormSettingRow).where(NormSettingRow.regulation == key))
            return {row.key: row.value for row in rows if row.key in _KNOWN}

    def norms(self, regulation_key: str | None = None) -> Norms:
        """The regulation's values (the trainer's by default) with the own values over them.

        A stored value the rules no longer accept falls back to the
        regulation's rather than making the file unusable.
        """
        key = regulation_key or self.trainer_regulation_key()
        return regulation(key).norms(self.overrides(key))

    def norms_for(self, aios: Aios | None) -> Norms:
        return self.norms(self.regulation_key_of(aios))

    def ruled(self, aios: Aios | None) -> Ruled:
        """The aios's regulation (None: the trainer's) with the norms in use for it."""
        key = self.regulation_key_of(aios)
        return Ruled(regulation(key), self.norms(key))

    def rules_for(self, aios: Iterable[Aios]) -> Callable[[Aios | None], Ruled]:
        """``ruled`` for these aios and the trainer, read now: the profile once and each
        regulation's own values once, not twice per aios (the hours tab's norm lines
        for 40 aios made 80 queries on the GUI thread; now its worker reads them)."""
        trainer = self.trainer_regulation_key()
        found: dict[str, Ruled] = {}

        def ruled(a: Aios | None) -> Ruled:
            key = a.regulation if a is not None and a.regulation in builtin_regulations() else trainer
            if key not in found:
                found[key] = Ruled(regulation(key), self.norms(key))
            return found[key]

        for a in [None, *aios]:
            ruled(a)
        return ruled

    def set_overrides(self, values: Mapping[str, int], regulation_key: str | None = None) -> None:
        """Replace the own values of one regulation; a value equal to the regulation's is not stored."""
        key = regulation_key or self.trainer_regulation_key()
        base = regulation(key).norms()
        problems = Norms.check_overrides({**base.as_dict(), **values})
        if problems:
            raise ValidationFailed(problems)
        defaults = base.as_dict()
        wanted = {k: v for k, v in values.items() if defaults[k] != v}
        audit = Audit(entity="norms", details={"regulation": key, **wanted})
        with self.store.write(SET_NORMS, audit=audit) as s:
            for row in s.scalars(select(NormSettingRow).where(NormSettingRow.regulation == key)):
                if row.key in _KNOWN and row.key not in wanted:
                    s.delete(row)
                elif row.key in wanted:
                    if row.value != wanted[row.key]:
                        row.value = wanted[row.key]
                    del wanted[row.key]
            s.add_all(NormSettingRow(regulation=key, key=k, value=v) for k, v in wanted.items())
