"""The norms in use: the defaults with the institute's own values put over them."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from ...domain.norms import Norms
from ..models import NormSettingRow
from ..store import Store


class NormService:
    def __init__(self, store: Store):
        self.store = store

    def get(self) -> Norms:
        known = {f.name for f in dataclasses.fields(Norms)}
        with self.store.read() as session:
            rows = session.execute(select(NormSettingRow.key, NormSettingRow.value)).all()
        # A key a newer version wrote is left alone rather than refusing the file.
        values = {key: value for key, value in rows if key in known}
        if Norms.check_overrides(values):
            return Norms()
        return Norms(**values)
