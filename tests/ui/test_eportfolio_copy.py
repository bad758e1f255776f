""" "Copy for the e-portfolio": the report as plain-text sections, clipboard and .txt."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from opleider_desk.domain.entities import Agreement, Aios
from opleider_desk.domain.templates import TemplateError, builtin_forms_dir, load_template
from opleider_desk.storage.services.agreements import AgreementService
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService

ANSWERS = {
    "sterk_zwak.sterke_punten": "Legt patiënten rustig uit wat er gebeurt",
    "sterk_zwak.zwakke_punten": "Tijdsbewaking",
    "plan.verbetering": "Spreekuur per 15 minuten",
}


@pytest.fixture
def meeting(qtbot, window):
    aios_id = window.context.service(AiosService).add(Aios(name="Şeyma Yılmaz", start_date=date(2026, 1, 5)))
    service = window.context.service(MeetingService)
    meeting_id = service.plan(aios_id, "voortgangsgesprek", datetime(2026, 7, 6, 13, 30), 60)
    service.save_progress(meeting_id, answers=ANSWERS)
    window.context.service(AgreementService).add(
        Agreement(aios_id=aios_id, meeting_id=meeting_id, text="Drie video-opnames bespreken")
    )
    service.hold(meeting_id, date(2026, 7, 6))
    opened = window.tab_widget("meetings").open_meeting(meeting_id)
    qtbot.waitExposed(opened)
    return opened


def test_copy_puts_the_report_on_the_clipboard_in_sections(qtbot, meeting):
    QApplication.clipboard().clear()
    qtbot.mouseClick(meeting.copy_eportfolio_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    sections = text.strip().split("\n\n")
    assert sections[0].splitlines()[0] == "Voortgangsgesprek"
    assert "Aios: Şeyma Yılmaz" in sections[0]
    titles = [s.splitlines()[0] for s in sections[1:]]
    assert titles == ["STERKE EN ZWAKKE PUNTEN", "PLAN VAN AANPAK", "AFSPRAKEN (SMART)"], titles
    assert "Legt patiënten rustig uit wat er gebeurt" in sections[1]
    assert "- Drie video-opnames bespreken (Aios)" in sections[3]
    assert "<" not in text and "**" not in text  # plain text, no markup
    assert meeting.eportfolio_note.text()


def test_the_text_export_is_the_same_text_for_notepad(meeting, tmp_path: Path):
    path = tmp_path / "verslag.txt"
    meeting.write_eportfolio(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").replace("\r\n", "\n") == meeting.eportfolio_text()
    assert b"\r\n" in data and b"\n\n" not in data.replace(b"\r\n", b"")


def test_the_template_declares_the_e_portfolio_order(qtbot, meeting):
    service = meeting.service
    template = service.template("voortgangsgesprek")
    service.use_templates(
        {
            **service.templates(),
            template.key: dataclasses.replace(template, eportfolio=("afspraken", "sterk_zwak")),
        }
    )
    titles = [s.splitlines()[0] for s in meeting.eportfolio_text().strip().split("\n\n")[1:]]
    assert titles == ["AFSPRAKEN (SMART)", "STERKE EN ZWAKKE PUNTEN"]


def _with_eportfolio(tmp_path: Path, order) -> Path:
    data = json.loads((builtin_forms_dir() / "voortgangsgesprek.json").read_text(encoding="utf-8"))
    data["eportfolio"] = order
    path = tmp_path / "voortgangsgesprek.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_loader_reads_and_checks_the_eportfolio_field(tmp_path: Path):
    assert load_template(_with_eportfolio(tmp_path, ["plan", "sterk_zwak"])).eportfolio == (
        "plan",
        "sterk_zwak",
    )
    assert load_template(builtin_forms_dir() / "voortgangsgesprek.json").eportfolio == ()
    for order, expected in (
        (["plan", "plann"], r"voortgangsgesprek\.json: eportfolio\[1\]: no step or loop with id 'plann'"),
        (["plan", "plan"], r"eportfolio\[1\]: duplicate step id 'plan'"),
        ("plan", r"eportfolio: must be a list"),
    ):
        with pytest.raises(TemplateError, match=expected):
            load_template(_with_eportfolio(tmp_path, order))


def test_a_loop_id_copies_every_repeated_step(window):
    from opleider_desk.domain.eportfolio import eportfolio_steps

    star = window.context.service(MeetingService).template("star_gesprek")
    assert star.loop is not None
    ordered = dataclasses.replace(star, eportfolio=(star.loop.id, star.steps[0].id))
    over = star.loop.over
    steps = eportfolio_steps(ordered, {over: ["communicatie", "medisch_handelen"]})
    assert [s.id.split(".")[1] for s in steps[:-1]] == ["communicatie"] * len(star.loop.steps) + [
        "medisch_handelen"
    ] * len(star.loop.steps)
    assert steps[-1].id == star.steps[0].id
