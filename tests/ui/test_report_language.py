"""A meeting planned in Dutch, read by an English user: the report speaks English throughout."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from opleider_desk.domain.entities import Aios, Profile
from opleider_desk.domain.enums import MeetingKind
from opleider_desk.reports.meeting_report import agenda_pdf, meeting_report_pdf
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.storage.services.profile import ProfileService
from opleider_desk.ui.meetings.document import meeting_document, report_words


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def held_in_dutch(store):
    store.service(ProfileService).save(Profile(name="Marieke Jansen", practice="De Linde"))
    aios_id = store.service(AiosService).add(Aios(name="Noor Visser", start_date=date(2026, 1, 5)))
    meetings = store.service(MeetingService)
    meeting_id = meetings.plan(
        aios_id, MeetingKind.VOORTGANGSGESPREK, datetime(2026, 7, 6, 14), 60, lang="nl"
    )
    meetings.hold(meeting_id, date(2026, 7, 6))
    return meeting_id


@pytest.mark.parametrize("language", ["en"], indirect=True)
@pytest.mark.parametrize("make", [meeting_report_pdf, agenda_pdf])
def test_the_english_report_of_a_dutch_planned_meeting_has_no_dutch_agenda(
    ui_language, store, held_in_dutch, make
):
    meetings = store.service(MeetingService)
    template = meetings.template(MeetingKind.VOORTGANGSGESPREK)
    stored = [item["text"] for item in meetings.get(held_in_dutch).agenda]
    assert stored[0] == template.agenda[0].text.get("nl")  # the agenda was written in Dutch

    text = _flat(_text(make(meeting_document(store, held_in_dutch, "en"), report_words())))
    for item in template.agenda:
        assert _flat(item.text.get("en")) in text
        assert _flat(item.text.get("nl")) not in text, item.text.get("nl")
    assert "Aios" not in text and "Trainee" in text


def test_the_dutch_report_keeps_the_dutch_agenda(ui_language, store, held_in_dutch):
    template = store.service(MeetingService).template(MeetingKind.VOORTGANGSGESPREK)
    text = _flat(_text(meeting_report_pdf(meeting_document(store, held_in_dutch, "nl"), report_words())))
    assert all(_flat(item.text.get("nl")) in text for item in template.agenda)


def test_every_text_of_the_shipped_templates_has_an_english_version():
    import json
    from pathlib import Path

    import opleider_desk

    forms = Path(opleider_desk.__file__).resolve().parent.parent / "resources" / "forms"
    missing: list[str] = []

    def walk(value: object, where: str) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("nl"), str) and not str(value.get("en", "")).strip():
                missing.append(where)
            for key, item in value.items():
                walk(item, f"{where}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]")

    files = [p for p in sorted(forms.glob("*.json")) if p.name != "template.schema.json"]
    assert len(files) > 10
    for path in files:
        walk(json.loads(path.read_text(encoding="utf-8")), path.name)
    assert not missing, "\n".join(missing)


def _pages(pdf: bytes) -> list[str]:
    return [_flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_signatures_heading_and_the_verdict_stay_with_what_they_head(ui_language, store):
    """However long the report, "Handtekeningen" never ends a page without the fields below it,
    and the verdict's heading stays with the verdict."""
    store.service(ProfileService).save(Profile(name="Marieke Jansen", practice="De Linde"))
    aios_id = store.service(AiosService).add(Aios(name="Daan Bakker", start_date=date(2024, 9, 2)))
    meetings = store.service(MeetingService)
    meeting_id = meetings.plan(aios_id, "geschiktheidsbeoordeling", datetime(2026, 9, 17, 10), 60)
    meetings.hold(meeting_id, date(2026, 9, 17))
    for lines in range(0, 60, 2):
        meetings.save_progress(
            meeting_id,
            verdict="geschikt",
            verdict_explanation="\n".join(["Functioneert op het niveau van een derdejaars aios."] * lines),
        )
        pages = _pages(meeting_report_pdf(meeting_document(store, meeting_id, "nl"), report_words()))
        [signing] = [page for page in pages if "Handtekeningen" in page]
        assert "Naam: Marieke Jansen" in signing, f"{lines} lines: the heading ends a page"
        [verdict] = [page for page in pages if "Oordeel over de geschiktheid" in page]
        assert "Geschikt" in verdict.split("Oordeel over de geschiktheid", 1)[1], f"{lines} lines"
