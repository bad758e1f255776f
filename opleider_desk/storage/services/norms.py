"""The norms in use: the national defaults with the institute's own values over them."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from sqlalchemy import select

from ...domain.norms import Norms
from ...domain.problems import ValidationFailed
from ..models import NormSettingRow
from ..store import Audit, Store

SET_NORMS = "set_norms"

_KNOWN = frozenset(f.name for f in dataclasses.fields(Norms))


class NormService:
    def __init__(self, store: Store):
        self.store = store

    def overrides(self) -> dict[str, int]:
        """The stored values that differ from the defaults.

        Keys this version does not know (a file from a newer version, a
        norm that was retired) are left in the file but not used.
        """
        with self.store.read() as session:
            rows = session.scalars(select(NormSettingRow))
            return {row.key: row.value for row in rows if row.key in _KNOWN}

    def norms(self) -> Norms:
        values = self.overrides()
        # A stored value the rules no longer accept (a default moved past it)
        # falls back to the default rather than making the file unusable.
        rejected = {p.field for p in Norms.check_overrides(values)}
        return Norms(**{k: v for k, v in values.items() if k not in rejected})

    def set_overrides(self, values: Mapping[str, int]) -> None:
        """Replace the overrides; a value equal to its default is not stored."""
        problems = Norms.check_overrides(values)
        if problems:
            raise ValidationFailed(problems)
        defaults = Norms().as_dict()
        wanted = {k: v for k, v in values.items() if defaults[k] != v}
        with self.store.write(SET_NORMS, audit=Audit(entity="norms", details=dict(wanted))) as s:
            for row in s.scalars(select(NormSettingRow)):
                if row.key in _KNOWN and row.key not in wanted:
                    s.delete(row)
                elif row.key in wanted:
                    if row.value != wanted[row.key]:
                        row.value = wanted[row.key]
                    del wanted[row.key]
            s.add_all(NormSettingRow(key=k, value=v) for k, v in wanted.items())
