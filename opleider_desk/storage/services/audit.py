"""Reading the audit log, and the entries for actions outside any other service.

The log is append-only (undo never touches it); its rows are written by
``Store.write(audit=...)`` in the same transaction as the change they record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ...domain.entities import AuditEntry
from ..changes import Area, Operation
from ..mapping import to_entities
from ..models import AiosRow, AuditLogRow, HourCategoryRow, MeetingRow
from ..store import Audit, Store

RESTORE_BACKUP = Operation("restore_backup", Area.AUDIT)


@dataclass(frozen=True)
class AuditNames:
    """What the log's row ids stand for, so the log can name them instead of numbering them.

    Rows deleted since are named from the log's own images of them (``entries``).
    """

    aios: dict[int, str] = field(default_factory=dict)
    meetings: dict[int, tuple[str, date | None]] = field(default_factory=dict)  # kind, day
    categories: dict[int, tuple[str | None, str]] = field(default_factory=dict)  # key, own name


def _day(value) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


class AuditService:
    def __init__(self, store: Store):
        self.store = store

    def entries(self) -> list[AuditEntry]:
        """Every entry, newest first."""
        query = select(AuditLogRow).order_by(AuditLogRow.at.desc(), AuditLogRow.id.desc())
        with self.store.read() as session:
            return to_entities(AuditEntry, session.scalars(query))

    def names(self, entries: list[AuditEntry] | None = None) -> AuditNames:
        """The aios, meetings and hour categories by id: the file's, then the log's images."""
        names = AuditNames()
        for entry in reversed(entries or []):  # oldest first: the newest image wins
            image = {**entry.details.get("old", {}), **entry.details.get("new", {})}
            if entry.entity == "meeting" and entry.entity_id is not None and image.get("kind"):
                day = _day(image.get("held_on")) or _day(image.get("planned_at"))
                names.meetings[entry.entity_id] = (str(image["kind"]), day)
        with self.store.read() as session:
            names.aios.update((i, n) for i, n in session.execute(select(AiosRow.id, AiosRow.name)))
            for meeting_id, kind, held_on, planned_at in session.execute(
                select(MeetingRow.id, MeetingRow.kind, MeetingRow.held_on, MeetingRow.planned_at)
            ):
                names.meetings[meeting_id] = (kind, held_on or (planned_at.date() if planned_at else None))
            for category_id, key, name in session.execute(
                select(HourCategoryRow.id, HourCategoryRow.key, HourCategoryRow.name)
            ):
                names.categories[category_id] = (key, name)
        return names

    def record_restore(self, backup_name: str, safety_copy_name: str | None) -> None:
        """Written into the restored file, so its own history says where it came from."""
        audit = Audit(
            entity="backup",
            summary=backup_name,
            details={"backup": backup_name, "previous_file_kept_as": safety_copy_name or ""},
        )
        with self.store.write(RESTORE_BACKUP, audit=audit, undoable=False):
            pass
