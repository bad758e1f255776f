"""Reading the audit log, and the entries for actions outside any other service.

The log is append-only (undo never touches it); its rows are written by
``Store.write(audit=...)`` in the same transaction as the change they record.
"""

from __future__ import annotations

from sqlalchemy import select

from ...domain.entities import AuditEntry
from ..mapping import to_entity
from ..models import AuditLogRow
from ..store import Audit, Store

RESTORE_BACKUP = "restore_backup"


class AuditService:
    def __init__(self, store: Store):
        self.store = store

    def entries(self) -> list[AuditEntry]:
        """Every entry, newest first."""
        query = select(AuditLogRow).order_by(AuditLogRow.at.desc(), AuditLogRow.id.desc())
        with self.store.read() as session:
            return [to_entity(AuditEntry, row) for row in session.scalars(query)]

    def record_restore(self, backup_name: str, safety_copy_name: str | None) -> None:
        """Written into the restored file, so its own history says where it came from."""
        audit = Audit(
            entity="backup",
            summary=backup_name,
            details={"backup": backup_name, "previous_file_kept_as": safety_copy_name or ""},
        )
        with self.store.write(RESTORE_BACKUP, audit=audit, undoable=False):
            pass
