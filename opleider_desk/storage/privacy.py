"""AVG (GDPR) requests about one aios: hand over everything, or erase it all.

*Access*: a ZIP with one JSON document holding every row that refers to the
aios (its own row, meetings, agreements, goals, hours, statements,
checklist items, trainer events and the audit entries about them), the
attached files as they were stored, and any documents (PDFs) that other
parts of the program contribute through ``register_document_provider``.

*Erasure*: the aios and everything belonging to it go in one transaction
that cannot be undone; audit entries about those rows keep only what was
done and when, not what it was about; the undo history (which holds the
rows in memory) is cleared and the file is compacted, so no deleted page
keeps the data. Backups made earlier still hold it until they rotate out,
unless ``purge_backups`` is asked to clean them too.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, or_, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from .backup import list_backups, remove_leftovers
from .changes import EVERYTHING, Operation
from .encryption import connect, database_errors
from .file_ops import write_private as write_private
from .models import AiosRow, AttachmentRow, AuditLogRow, Base, ChecklistItemRow
from .store import Audit, Store

ERASE_AIOS = Operation("erase_aios", *EVERYTHING)
EXPORT_FORMAT = 1

# (file name inside the ZIP, content) for the aios with that id.
Document = tuple[str, bytes]
DocumentProvider = Callable[[Store, int], Iterable[Document]]
_document_providers: list[DocumentProvider] = []


def register_document_provider(provider: DocumentProvider) -> None:
    """Let an area add its documents (statement PDFs, meeting reports) to an export."""
    if provider not in _document_providers:
        _document_providers.append(provider)


def _aios_tables() -> list[Table]:
    """Every table with an ``aios_id`` column: each holds rows about one aios."""
    return [t for t in Base.metadata.sorted_tables if "aios_id" in t.c and t.name != "aios"]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row_dict(table: Table, row: Any, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.name: _plain(row._mapping[c]) for c in table.c if c.name not in skip}


def _owned_ids(session: Session, aios_id: int) -> dict[str, set[int]]:
    """Ids of the aios and of every row belonging to it, per table (for the audit log)."""
    owned: dict[str, set[int]] = {"aios": {aios_id}}
    for table in _aios_tables():
        owned[table.name] = set(session.scalars(select(table.c.id).where(table.c.aios_id == aios_id)))
    items = owned.get(ChecklistItemRow.__tablename__, set())
    owned[AttachmentRow.__tablename__] = set(
        session.scalars(select(AttachmentRow.id).where(AttachmentRow.checklist_item_id.in_(items)))
    )
    return owned


# An audit entry names the aios it is about in its details: ``aios_id`` for
# one, ``aios_ids`` for an operation on several (an hour import).
_NAMES_AIOS = (
    "json_extract(audit_log.details, '$.aios_id') = {id} OR EXISTS (SELECT 1 FROM "
    "json_each(audit_log.details, '$.aios_ids') WHERE json_each.value = {id})"
)


def _about(owned: dict[str, set[int]]):
    """The audit entries that concern the aios or any of the ``owned`` rows."""
    (aios_id,) = owned["aios"]
    return or_(
        text(_NAMES_AIOS.format(id=int(aios_id))),
        *(
            (AuditLogRow.entity == table) & AuditLogRow.entity_id.in_(ids)
            for table, ids in owned.items()
            if ids
        ),
    )


@dataclass(frozen=True, slots=True)
class AiosRecords:
    """Everything about one aios, as plain JSON-ready values."""

    tables: dict[str, list[dict[str, Any]]]
    attachments: list[tuple[dict[str, Any], bytes]]

    @property
    def counts(self) -> dict[str, int]:
        counts = {name: len(rows) for name, rows in self.tables.items() if rows}
        if self.attachments:
            counts["attachment"] = len(self.attachments)
        return counts


def collect(store: Store, aios_id: int) -> AiosRecords:
    aios_table = cast(Table, AiosRow.__table__)
    attachment_table = cast(Table, AttachmentRow.__table__)
    audit_table = cast(Table, AuditLogRow.__table__)
    with store.read() as session:
        me = session.execute(select(aios_table).where(aios_table.c.id == aios_id)).first()
        if me is None:
            raise KeyError(aios_id)
        tables = {"aios": [_row_dict(aios_table, me)]}
        for table in _aios_tables():
            rows = session.execute(select(table).where(table.c.aios_id == aios_id).order_by(table.c.id))
            tables[table.name] = [_row_dict(table, row) for row in rows]
        owned = _owned_ids(session, aios_id)
        audit_rows = session.execute(select(audit_table).where(_about(owned)).order_by(audit_table.c.id))
        tables["audit_log"] = [_row_dict(audit_table, row) for row in audit_rows]
        attachments = [
            (_row_dict(attachment_table, row, skip=("data",)), row.data)
            for row in session.execute(
                select(attachment_table)
                .where(attachment_table.c.id.in_(owned["attachment"]))
                .order_by(attachment_table.c.id)
            )
        ]
    return AiosRecords(tables, attachments)


def _safe_name(name: str) -> str:
    """A file name that stays inside its folder in the ZIP."""
    cleaned = "".join(ch if ch.isalnum() or ch in "._- " else "_" for ch in name).strip(" .")
    return cleaned or "file"


def export_aios(
    store: Store,
    aios_id: int,
    *,
    extra_documents: Iterable[Document] = (),
    now: datetime | None = None,
) -> bytes:
    """The ZIP for a request for access (AVG article 15)."""
    records = collect(store, aios_id)
    now = (now or datetime.now()).replace(microsecond=0)
    document: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(),
        "aios_id": aios_id,
        "tables": records.tables,
        "attachments": [],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info, data in records.attachments:
            name = f"attachments/{info['id']}-{_safe_name(info['filename'])}"
            archive.writestr(name, data)
            document["attachments"].append({**info, "file": name})
        documents = list(extra_documents)
        for provider in _document_providers:
            documents.extend(provider(store, aios_id))
        used: set[str] = set()
        for name, data in documents:
            target = f"documents/{_safe_name(name)}"
            while target in used:
                target = target.replace("documents/", "documents/_", 1)
            used.add(target)
            archive.writestr(target, data)
        archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True))
    return buffer.getvalue()


def erase_aios(store: Store, aios_id: int) -> dict[str, int]:
    """Erase the aios and everything about it (AVG article 17); returns the counts.

    Not undoable by design: the undo history would otherwise keep the rows.
    """
    counts = collect(store, aios_id).counts
    counts.pop("audit_log", None)
    audit = Audit(entity="aios", entity_id=aios_id, details={"rows": counts})
    with store.write(ERASE_AIOS, audit=audit, undoable=False) as session:
        owned = _owned_ids(session, aios_id)
        session.execute(
            update(AuditLogRow).where(_about(owned)).values(summary="", details={}),
            execution_options={"synchronize_session": False},
        )
        row = session.get(AiosRow, aios_id)
        if row is not None:
            session.delete(row)
    store.history.clear()
    compact(store)
    return counts


def compact(store: Store) -> bool:
    """Rebuild the file so deleted rows leave no trace in free pages or the WAL.

    Returns False when another window reading the file kept SQLite from it;
    the deleted rows were already overwritten with zeros (``secure_delete``)
    and reach the file itself at the next checkpoint, so this only delays.
    """
    try:
        with store.using(), store.database.engine.connect() as connection:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("VACUUM")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except OperationalError:
        return False
    return True


def aios_key(store: Store, aios_id: int) -> tuple[int, str]:
    """What identifies the aios in backups: its id and creation time, as stored."""
    with store.read() as session:
        # The stored text, not a parsed datetime: purge_backups compares it as SQLite holds it.
        created = session.execute(
            text("SELECT created_at FROM aios WHERE id = :id"), {"id": aios_id}
        ).scalar()
    if created is None:
        raise KeyError(aios_id)
    return aios_id, str(created)


@dataclass(frozen=True, slots=True)
class PurgeResult:
    cleaned: list[Path]
    failed: list[Path]  # could not be opened (damaged copies): delete them by hand


def purge_backups(
    folder: Path, source: Path, aios_key: tuple[int, str], passphrase: str | None = None
) -> PurgeResult:
    """Remove the aios from every backup of ``source`` in ``folder``.

    ``aios_key`` is (id, created_at) as ``aios_key`` read it before erasing:
    the creation time makes sure a later aios that happened to get the same
    id is never touched.
    """
    aios_id, created_at = aios_key
    cleaned, failed = [], []
    # Half-written backups are whole enough to hold the aios: they go entirely.
    cleaned.extend(remove_leftovers(folder, source))
    for backup in list_backups(folder, source):
        try:
            con = connect(backup.path, passphrase) if passphrase is not None else sqlite3.connect(backup.path)
            try:
                con.execute("PRAGMA foreign_keys=ON")
                found = con.execute(
                    "SELECT count(*) FROM aios WHERE id = ? AND created_at = ?", (aios_id, created_at)
                ).fetchone()[0]
                if not found:
                    continue
                with con:
                    owned = {"aios": [aios_id]}
                    for table in _aios_tables():
                        owned[table.name] = [
                            r[0]
                            for r in con.execute(f"SELECT id FROM {table.name} WHERE aios_id = ?", (aios_id,))
                        ]
                    items = owned.get("checklist_item", [])
                    owned["attachment"] = (
                        [
                            r[0]
                            for r in con.execute(
                                f"SELECT id FROM attachment WHERE checklist_item_id IN ({','.join('?' * len(items))})",
                                items,
                            )
                        ]
                        if items
                        else []
                    )
                    for entity, ids in owned.items():
                        if ids:
                            con.execute(
                                "UPDATE audit_log SET summary = '', details = '{}' "
                                f"WHERE entity = ? AND entity_id IN ({','.join('?' * len(ids))})",
                                [entity, *ids],
                            )
                    con.execute(
                        "UPDATE audit_log SET summary = '', details = '{}' WHERE "
                        + _NAMES_AIOS.format(id=int(aios_id))
                    )
                    con.execute("DELETE FROM aios WHERE id = ?", (aios_id,))
                con.execute("VACUUM")
            finally:
                con.close()
        except database_errors():
            failed.append(backup.path)
            continue
        cleaned.append(backup.path)
    return PurgeResult(cleaned, failed)
