"""AVG: everything about one aios handed over, or erased without a trace."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date, datetime

from sqlalchemy import func, select

from opleider_desk.domain.entities import Aios
from opleider_desk.storage.backup import make_backup
from opleider_desk.storage.models import (
    AttachmentRow,
    AuditLogRow,
    ChecklistItemRow,
    HourCategoryRow,
    HourEntryRow,
    MeetingRow,
)
from opleider_desk.storage.privacy import (
    ERASE_AIOS,
    aios_key,
    erase_aios,
    export_aios,
    purge_backups,
    register_document_provider,
)
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.store import Audit
from tests.table_areas import setup_op

NAME = "Sanne Uniekenaam"
NOW = datetime(2026, 11, 22, 9, 0)


def _fill(store) -> tuple[int, int]:
    service = store.service(AiosService)
    sanne = service.add(Aios(name=NAME, start_date=date(2026, 3, 2), notes="Bijzonder: " + NAME))
    daan = service.add(Aios(name="Daan Bakker", start_date=date(2025, 9, 1)))
    with store.write(
        setup_op("test_fill"), audit=Audit(entity="aios", entity_id=sanne, summary=f"signed for {NAME}")
    ) as s:
        category = s.scalars(select(HourCategoryRow.id)).first()
        for aios_id in (sanne, daan):
            s.add(
                HourEntryRow(
                    day=date(2026, 4, 1),
                    minutes=60,
                    aios_id=aios_id,
                    category_id=category,
                    description=f"leergesprek {aios_id}",
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
            s.add(
                MeetingRow(
                    aios_id=aios_id,
                    kind="kpb",
                    report_text=f"verslag over {NAME if aios_id == sanne else 'Daan'}",
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
        item = ChecklistItemRow(aios_id=sanne, title="IOP")
        s.add(item)
        s.flush()
        s.add(
            AttachmentRow(
                checklist_item_id=item.id,
                filename="../iop plan.pdf",
                sha256="0" * 64,
                size=9,
                data=b"%PDF-iop!",
                added_at=NOW,
            )
        )
    return sanne, daan


def test_export_holds_every_row_about_the_aios_and_nothing_about_others(store, monkeypatch):
    sanne, _daan = _fill(store)
    # A provider of its own, gone after the test: left registered, it added a document to
    # every later export in the session (tests/reports/test_long_text.py counted it).
    from opleider_desk.storage import privacy

    monkeypatch.setattr(privacy, "_document_providers", list(privacy._document_providers))
    register_document_provider(
        lambda _store, aios_id: [("verklaring Q1.pdf", b"%PDF-" + str(aios_id).encode())]
    )
    data = export_aios(store, sanne, extra_documents=[("verslag.pdf", b"%PDF-report")], now=NOW)
    archive = zipfile.ZipFile(io.BytesIO(data))
    document = json.loads(archive.read("data.json"))
    tables = document["tables"]
    assert tables["aios"][0]["name"] == NAME
    assert [r["aios_id"] for r in tables["hour_entry"]] == [sanne]
    assert [r["aios_id"] for r in tables["meeting"]] == [sanne]
    assert tables["checklist_item"][0]["title"] == "IOP"
    assert [r["summary"] for r in tables["audit_log"] if r["summary"]] == [f"signed for {NAME}"]
    # every change to her rows is logged (the generic change audit) and belongs to her export
    assert {r["entity"] for r in tables["audit_log"] if not r["summary"]} == {"hour_entry", "meeting"}
    assert "Daan" not in archive.read("data.json").decode()
    [attachment] = document["attachments"]
    assert archive.read(attachment["file"]) == b"%PDF-iop!"
    assert attachment["file"].startswith("attachments/") and ".." not in attachment["file"]
    names = set(archive.namelist())
    assert {"documents/verslag.pdf", "documents/verklaring Q1.pdf"} <= names
    assert archive.read("documents/verklaring Q1.pdf") == b"%PDF-" + str(sanne).encode()


def test_erasure_removes_the_aios_everywhere_in_the_file_and_cannot_be_undone(store):
    sanne, daan = _fill(store)
    counts = erase_aios(store, sanne)
    # The placement is the one an aios added without any gets (its whole training).
    assert counts == {
        "aios": 1,
        "hour_entry": 1,
        "meeting": 1,
        "checklist_item": 1,
        "attachment": 1,
        "placement": 1,
    }
    assert not store.history.can_undo
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(HourEntryRow)) == 1
        assert s.scalar(select(func.count()).select_from(AttachmentRow)) == 0
        entries = s.scalars(select(AuditLogRow).order_by(AuditLogRow.id)).all()
    assert entries[-1].action == ERASE_AIOS and entries[-1].details == {"rows": counts}
    assert all(NAME not in (e.summary + json.dumps(e.details)) for e in entries)
    assert [a.id for a in store.service(AiosService).list()] == [daan]
    store.close()
    raw = b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*"))
    assert NAME.encode() not in raw
    assert b"%PDF-iop!" not in raw


def test_purging_backups_removes_only_that_aios(store, tmp_path):
    sanne, _daan = _fill(store)
    folder = tmp_path / "backups"
    backup = make_backup(store.path, folder, now=NOW)
    key = aios_key(store, sanne)
    erase_aios(store, sanne)
    result = purge_backups(folder, store.path, key)
    assert result.cleaned == [backup] and result.failed == []
    assert NAME.encode() not in backup.read_bytes()
    assert b"Daan Bakker" in backup.read_bytes()
    assert backup.stat().st_mode & 0o777 == 0o600
    assert hashlib.sha256(backup.read_bytes()).hexdigest()  # still a readable file


def test_an_import_audit_entry_about_the_aios_is_in_the_export_and_erased(store):
    # Issue 14: the audit row of a CSV import was neither exported nor erased.
    from opleider_desk.storage.services.categories import CategoryService
    from opleider_desk.storage.services.hour_import import HourImportService

    sanne, _daan = _fill(store)
    category = store.service(CategoryService).list()[0]
    hours = store.service(HourImportService)
    csv = f"Datum;Aios;Categorie;Minuten\n02-04-2026;{NAME};{category.name or category.key};30\n".encode()
    check = hours.check_import(
        csv, today=date(2026, 4, 20), category_names={category.name or "x": category.id}
    )
    assert check.can_import, check.errors
    hours.import_checked(check, skip_existing_duplicates=True)
    document = json.loads(zipfile.ZipFile(io.BytesIO(export_aios(store, sanne))).read("data.json"))
    assert any(row["action"] == "import_hours" for row in document["tables"]["audit_log"])
    erase_aios(store, sanne)
    with store.read() as session:
        imports = session.scalars(select(AuditLogRow).where(AuditLogRow.action == "import_hours")).all()
    assert imports and all(row.details == {} for row in imports)
