"""Portfolio checklists in a real data file: template items, data-ticked items,
attachments that travel with the file, the review and the trainer's items."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date, datetime, time

import pytest
from sqlalchemy import select, update

from opleider_desk.domain.checklists import load_builtin_checklist
from opleider_desk.domain.entities import Aios, stored_id
from opleider_desk.domain.enums import ChecklistStatus, MeetingKind, MeetingStatus
from opleider_desk.domain.portfolio import ReviewAnswer
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.storage.models import AttachmentRow, ChecklistItemRow, MeetingRow
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.portfolio import AttachmentDamaged, PortfolioService
from opleider_desk.storage.store import Change

TODAY = date(2026, 11, 16)
TEMPLATE_KEYS = [item.key for item in load_builtin_checklist("portfolio").items]


@pytest.fixture
def sanne(store) -> int:
    return store.service(AiosService).add(Aios(name="Sanne", start_date=date(2026, 3, 2)))


def portfolio(store) -> PortfolioService:
    return store.service(PortfolioService)


def entry(store, aios_id, key):
    return next(e for e in portfolio(store).entries(aios_id, TODAY) if e.item.template_key == key)


def test_template_items_are_created_once_and_own_items_stay(store, sanne):
    service = portfolio(store)
    service.ensure_items(sanne)
    own = service.add_own_item(sanne, "Verslag stage ouderengeneeskunde")
    changes: list[Change] = []
    store.subscribe(changes.append)
    service.ensure_items(sanne)
    assert changes == []  # nothing missing: no write at all
    entries = service.entries(sanne, TODAY)
    assert [e.item.template_key for e in entries] == [*TEMPLATE_KEYS, ""]
    assert entries[-1].item.id == own and entries[-1].template is None
    assert all(e.item.status is ChecklistStatus.MISSING for e in entries)
    with pytest.raises(ValidationFailed):
        service.delete_item(stored_id(entries[0].item.id))
    service.delete_item(own)
    assert len(service.entries(sanne, TODAY)) == len(TEMPLATE_KEYS)


def test_status_date_and_note_are_kept_and_undoable(store, sanne):
    service = portfolio(store)
    service.ensure_items(sanne)
    item = entry(store, sanne, "reflection").item
    service.update_item(item.id, status=ChecklistStatus.PRESENT, item_date=date(2026, 10, 1), note="Goed")
    changed = entry(store, sanne, "reflection").item
    assert (changed.status, changed.item_date, changed.note) == (
        ChecklistStatus.PRESENT,
        date(2026, 10, 1),
        "Goed",
    )
    service.set_status(item.id, ChecklistStatus.REVIEWED)
    assert portfolio(store).missing_counts([sanne]) == {sanne: len(TEMPLATE_KEYS) - 1}
    store.undo()
    assert entry(store, sanne, "reflection").item.status is ChecklistStatus.PRESENT
    assert entry(store, sanne, "reflection").item.item_date == date(2026, 10, 1)


def test_a_held_progress_meeting_with_a_signed_report_ticks_its_item(store, sanne):
    portfolio(store).ensure_items(sanne)
    assert entry(store, sanne, "progress_reports").outcome.status is ChecklistStatus.MISSING
    now = datetime(2026, 9, 1)
    with store.write("test_setup", undoable=False) as s:
        s.add(
            MeetingRow(
                aios_id=sanne,
                kind=MeetingKind.VOORTGANGSGESPREK.value,
                planned_at=datetime.combine(date(2026, 9, 1), time(9)),
                held_on=date(2026, 9, 1),
                status=MeetingStatus.HELD.value,
                created_at=now,
                updated_at=now,
            )
        )
    assert entry(store, sanne, "progress_reports").outcome.status is ChecklistStatus.PRESENT
    with store.write("test_setup", undoable=False) as s:
        s.execute(update(MeetingRow).values(status=MeetingStatus.SIGNED.value, signed_on=date(2026, 9, 2)))
    found = entry(store, sanne, "progress_reports")
    assert found.outcome.status is ChecklistStatus.REVIEWED
    # The computed status sits beside the manual one and never overwrites it.
    assert found.item.status is ChecklistStatus.MISSING
    assert entry(store, sanne, "placement_assessment").outcome is None


def test_attachments_travel_with_the_data_file(store, sanne, db_path, tmp_path):
    service = portfolio(store)
    service.ensure_items(sanne)
    item_id = entry(store, sanne, "reflection").item.id
    content = bytes(range(256)) * 1000
    source = tmp_path / "reflectie verslag.pdf"
    source.write_bytes(content)
    attachment_id = service.add_attachment(item_id, source)
    source.unlink()
    [info] = service.attachments(item_id)
    assert (info.filename, info.size, info.sha256) == (
        "reflectie verslag.pdf",
        len(content),
        hashlib.sha256(content).hexdigest(),
    )
    assert entry(store, sanne, "reflection").attachments == 1
    store.close()

    moved = tmp_path / "elsewhere" / "copy.sqlite"
    moved.parent.mkdir()
    shutil.copy(db_path, moved)
    db_path.unlink()
    reopened = open_store(moved)
    try:
        data = reopened.service(PortfolioService).attachment_bytes(attachment_id)
        assert hashlib.sha256(data).hexdigest() == info.sha256 and data == content
        copy = reopened.service(PortfolioService).export_attachment(attachment_id)
        assert copy.name == "reflectie verslag.pdf" and copy.read_bytes() == content
    finally:
        reopened.close()


def test_damaged_bytes_are_refused(store, sanne):
    service = portfolio(store)
    service.ensure_items(sanne)
    attachment_id = service.add_attachment_bytes(
        entry(store, sanne, "msf").item.id, "msf.txt", b"360 feedback"
    )
    with store.write("test_setup", undoable=False) as s:
        s.execute(update(AttachmentRow).values(data=b"360 feedbacc"))
    with pytest.raises(AttachmentDamaged):
        service.attachment_bytes(attachment_id)


def test_remove_attachment_and_undo(store, sanne):
    service = portfolio(store)
    service.ensure_items(sanne)
    item_id = entry(store, sanne, "kpb").item.id
    attachment_id = service.add_attachment_bytes(item_id, "../../kpb.txt", b"KPB")
    assert service.attachments(item_id)[0].filename == "kpb.txt"  # never a path
    service.remove_attachment(attachment_id)
    assert service.attachments(item_id) == []
    store.undo()
    assert service.attachment_bytes(attachment_id) == b"KPB"


def test_an_unreadable_file_is_a_problem(store, sanne, tmp_path):
    service = portfolio(store)
    service.ensure_items(sanne)
    with pytest.raises(ValidationFailed) as raised:
        service.add_attachment(entry(store, sanne, "kpb").item.id, tmp_path / "gone.pdf")
    assert raised.value.problems[0].code == "attachment.unreadable"


def test_review_findings_are_kept_until_a_new_review(store, sanne):
    service = portfolio(store)
    service.answer_review(sanne, "on_time", ReviewAnswer.IN_ORDER, "", TODAY)
    service.answer_review(sanne, "reflection_goals", ReviewAnswer.ATTENTION, "Niet toetsbaar", TODAY)
    review = {e.question.key: e for e in service.review(sanne)}
    assert [e.question.key for e in service.review(sanne)][:2] == ["on_time", "complete"]
    assert review["on_time"].answer is ReviewAnswer.IN_ORDER and review["on_time"].answered_on == TODAY
    assert (review["reflection_goals"].answer, review["reflection_goals"].note) == (
        ReviewAnswer.ATTENTION,
        "Niet toetsbaar",
    )
    assert review["complete"].answer is ReviewAnswer.OPEN
    # Findings are not portfolio items.
    service.ensure_items(sanne)
    assert len(service.entries(sanne, TODAY)) == len(TEMPLATE_KEYS)
    service.start_review(sanne)
    assert all(e.answer is ReviewAnswer.OPEN for e in service.review(sanne))
    store.undo()
    assert {e.question.key: e.answer for e in service.review(sanne)}["on_time"] is ReviewAnswer.IN_ORDER


def test_trainer_items_are_kept_per_training_year(store):
    service = portfolio(store)
    presence = next(i for i in service.trainer_template.items if i.key == "presence")
    service.set_trainer_item(2026, presence, ChecklistStatus.PRESENT)
    assert service.trainer_items(2026)["presence"].status is ChecklistStatus.PRESENT
    assert service.trainer_items(2025) == {}
    with store.read() as s:
        keys = list(
            s.scalars(select(ChecklistItemRow.template_key).where(ChecklistItemRow.aios_id.is_(None)))
        )
    assert keys == ["trainer.2026.presence"]


def test_an_institutes_own_template_replaces_the_built_in(store, sanne, tmp_path):
    own = {
        "format": 1,
        "key": "portfolio",
        "scope": "aios",
        "title": {"nl": "Portfolio", "en": "Portfolio"},
        "items": [
            {
                "key": "iop",
                "title": {"nl": "IOP", "en": "IOP"},
                "description": {"nl": "Het IOP", "en": "The IOP"},
                "auto": "current_iop",
            },
            {
                "key": "logboek",
                "title": {"nl": "Logboek", "en": "Log"},
                "description": {"nl": "Het logboek", "en": "The log"},
            },
        ],
    }
    import json

    (tmp_path / "portfolio.json").write_text(json.dumps(own), encoding="utf-8")
    service = PortfolioService(store, own_checklist_dir=tmp_path)
    service.ensure_items(sanne)
    assert [e.item.template_key for e in service.entries(sanne, TODAY)] == ["iop", "logboek"]
    assert service.template_errors == [] and service.review_questions() == []
    # The trainer's checklist has no own copy: the built-in is used.
    assert service.trainer_template.key == "trainer"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("{not json", None),
        (
            '{"format": 1, "key": "portfolio", "scope": "trainer", "title": '
            '{"nl": "P", "en": "P"}, "items": [{"key": "a", "title": {"nl": "A", "en": "A"}, '
            '"description": {"nl": "A", "en": "A"}}]}',
            "scope",
        ),
    ],
)
def test_a_broken_own_template_falls_back_to_the_built_in(store, tmp_path, text, field):
    (tmp_path / "portfolio.json").write_text(text, encoding="utf-8")
    service = PortfolioService(store, own_checklist_dir=tmp_path)
    assert [item.key for item in service.template.items] == TEMPLATE_KEYS
    [error] = service.template_errors
    assert error.file.endswith("portfolio.json") and error.field == field


def test_reports_held_and_signed_count_as_there_not_as_missing(store, sanne):
    """The row's status and the missing count agree with "From the data"."""
    service = portfolio(store)
    service.ensure_items(sanne)
    now = datetime(2026, 9, 1)
    with store.write("test_setup", undoable=False) as s:
        for day in (date(2026, 9, 1), date(2026, 10, 1)):
            s.add(
                MeetingRow(
                    aios_id=sanne,
                    kind=MeetingKind.VOORTGANGSGESPREK.value,
                    planned_at=datetime.combine(day, time(9)),
                    held_on=day,
                    signed_on=day,
                    status=MeetingStatus.SIGNED.value,
                    created_at=now,
                    updated_at=now,
                )
            )
    reports = entry(store, sanne, "progress_reports")
    assert reports.item.status is ChecklistStatus.MISSING  # the trainer never ticked it
    assert reports.outcome.status is ChecklistStatus.REVIEWED
    assert reports.status is ChecklistStatus.REVIEWED
    missing = [e for e in service.entries(sanne, TODAY) if e.status is ChecklistStatus.MISSING]
    assert service.missing_counts([sanne], TODAY) == {sanne: len(missing)}
    assert "progress_reports" not in {e.item.template_key for e in missing}
