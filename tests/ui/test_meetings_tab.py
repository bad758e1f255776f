"""The meetings tab and a meeting's window, driven through the real widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPlainTextEdit,
)

from opleider_desk.domain.entities import Agreement, Aios
from opleider_desk.domain.enums import CompetencyArea, MeetingStatus
from opleider_desk.domain.templates import Signer, Speaker
from opleider_desk.storage.open import open_store
from opleider_desk.storage.services.agreements import AgreementService
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.meetings import MeetingService
from opleider_desk.ui.tabs import TABS
from opleider_desk.words import labels
from tests.table_areas import setup_op

STAR_STEPS = ["situatie", "taak", "actie", "resultaat", "reflectie"]


@pytest.fixture
def aios_id(window) -> int:
    return window.context.service(AiosService).add(
        Aios(name="Sanne de Vries", start_date=date(2026, 1, 5), institute_contact="Anke Mulder")
    )


def meetings_tab(window):
    return window.tab_widget("meetings")


def plan(window, aios_id, kind, when=None, minutes=45) -> int:
    when = when or datetime.combine(date.today() + timedelta(days=7), datetime.min.time()).replace(hour=13)
    return window.context.service(MeetingService).plan(aios_id, kind, when, minutes)


def open_form(qtbot, window, meeting_id):
    meeting_window = meetings_tab(window).open_meeting(meeting_id)
    qtbot.waitExposed(meeting_window)
    meeting_window.tabs.setCurrentWidget(meeting_window.form)
    return meeting_window


def step_texts(form) -> tuple[str, str]:
    page = form.page_area.widget()
    speaker = page.findChild(QLabel, "stepSpeaker")
    return page.findChild(QLabel, "stepTitle").text(), speaker.text() if speaker else ""


def type_into(qtbot, form, key: str, text: str) -> None:
    widget = form.field_widgets[key]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def tick(qtbot, box: QCheckBox) -> None:
    # A check box reacts to clicks on its box and label only, not on the rest of its row.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_the_meetings_tab_is_second(window):
    assert [spec.key for spec in TABS][:2] == ["aios", "meetings"]
    assert window.tabs.widget(1).objectName() == "tab_meetings"


def test_plan_a_meeting_in_the_dialog_and_see_it_in_the_table(qtbot, window, aios_id):
    from opleider_desk.ui.meetings.plan_dialog import PlanMeetingDialog

    tab = meetings_tab(window)
    done = []

    def fill():
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, PlanMeetingDialog) and w.isVisible()),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        try:
            dialog.kind.setCurrentIndex(dialog.kind.findData("coachingsgesprek"))
            done.append(dialog.duration.value())  # the template's default
            dialog.day.selectAll()
            qtbot.keyClicks(dialog.day, "12-10-2026")
            dialog.time.setTime(QTime(9, 15))
            dialog.accept()
        finally:
            dialog.reject()  # never leave a modal dialog behind

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done))  # the dialog opens without blocking
    assert done == [45]
    [row] = tab.model.rows()
    assert row.meeting.planned_at == datetime(2026, 10, 12, 9, 15)
    assert [tab.proxy.index(0, c).data() for c in (0, 1, 2, 3, 5)] == [
        "12-10-2026",
        "09:15",
        "Coachingsgesprek",
        "Sanne de Vries",
        "Gepland",
    ]


def test_pendleton_runs_its_five_steps_in_order_with_the_right_speaker(qtbot, window, aios_id):
    meeting = open_form(qtbot, window, plan(window, aios_id, "feedbackgesprek"))
    form = meeting.form
    aios, opleider = labels.speaker(Speaker.AIOS), labels.speaker(Speaker.OPLEIDER)
    seen = []
    for _ in range(len(form.steps) - 1):
        seen.append((form.current_step().id, step_texts(form)))
        qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    seen.append((form.current_step().id, step_texts(form)))
    # The last step's Next leads on to the report (it was a dead, greyed-out button).
    assert form.next_button.isEnabled()
    assert form.next_button.text() == "V&olgende: het verslag →"
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert meeting.tabs.currentWidget() is meeting.report_page
    assert form.current == len(form.steps) - 1

    guided = [(step_id, speaker) for step_id, (_title, speaker) in seen if speaker]
    assert [step_id for step_id, _ in guided] == [
        "goed_aios",
        "goed_opleider",
        "beter_aios",
        "beter_opleider",
        "samenvatting",
    ]
    assert [aios in s for _, s in guided] == [True, False, True, False, True]
    assert [opleider in s for _, s in guided] == [False, True, False, True, False]
    assert dict(seen)["goed_aios"][0] == "Wat ging er goed?"


def test_answers_and_agreements_typed_in_the_pendleton_form_are_kept(qtbot, window, aios_id):
    meeting_id = plan(window, aios_id, "feedbackgesprek")
    meeting = open_form(qtbot, window, meeting_id)
    form = meeting.form
    form.go_to(2)
    type_into(qtbot, form, "goed_aios.goed_aios", "Rustig tempo")
    form.go_to(6)  # summary and agreements, spoken by the aios
    type_into(qtbot, form, "samenvatting.samenvatting", "Eerder naar zorgen vragen")
    editor = form.field_widgets["samenvatting.verbeterafspraken"]
    qtbot.keyClicks(editor.text, "Beter luisteren")
    assert editor.hint.isVisible()  # vague, no date, no owner: a hint, not a block
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.text, "Bij drie consulten eerst de hulpvraag samenvatten")
    editor.owner.setCurrentIndex(editor.owner.findData(editor.owner.itemData(1)))
    qtbot.keyClicks(editor.due, "1-12-2026")
    assert not editor.hint.isVisible()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)

    saved = window.context.service(AgreementService).list(aios_id, meeting_id=meeting_id)
    assert [a.text for a in saved] == ["Beter luisteren", "Bij drie consulten eerst de hulpvraag samenvatten"]
    assert saved[1].due_date == date(2026, 12, 1)
    qtbot.waitUntil(lambda: not meeting.autosaver.dirty, timeout=3000)
    stored = window.context.service(MeetingService).get(meeting_id)
    assert stored.answers["goed_aios.goed_aios"] == "Rustig tempo"
    assert stored.current_step == 6


def test_star_loops_through_situation_to_reflection_per_chosen_competency(qtbot, window, aios_id):
    meeting_id = plan(window, aios_id, "star_gesprek")
    form = open_form(qtbot, window, meeting_id).form
    assert len(form.steps) == 5  # introduction, review, choice, agreements, closing
    form.go_to(2)
    choice = form.field_widgets["competenties.keuze"]
    tick(qtbot, choice.findChild(QCheckBox, "competency_professionaliteit"))
    tick(qtbot, choice.findChild(QCheckBox, "competency_communicatie"))
    assert form.step_list.count() == 5 + 2 * 5

    ids = []
    while form.current < len(form.steps) - 1:
        qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
        ids.append(form.current_step().id)
        if form.current_step().competency is CompetencyArea.PROFESSIONALITEIT:
            type_into(qtbot, form, form.current_step().answer_key("notities"), form.current_step().step.id)
    loop = [f"star.{area}.{step}" for area in ("professionaliteit", "communicatie") for step in STAR_STEPS]
    assert ids == [*loop, "afspraken", "afsluiting"]
    form.go_to(3)
    assert step_texts(form)[0] == f"{labels.competency(CompetencyArea.PROFESSIONALITEIT)}: Situatie"
    qtbot.waitUntil(
        lambda: (
            window.context.service(MeetingService)
            .get(meeting_id)
            .answers.get("star.professionaliteit.reflectie.notities")
            == "reflectie"
        ),
        timeout=3000,
    )


def test_typing_survives_closing_the_window_mid_form(qtbot, window, aios_id, db_path):
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    form = open_form(qtbot, window, meeting_id).form
    form.go_to(2)
    type_into(qtbot, form, "sterk_zwak.sterke_punten", "Goede relatie met patienten")
    window.close()  # at once: well within the autosave pause
    reopened = open_store(db_path)
    stored = reopened.service(MeetingService).get(meeting_id)
    reopened.close()
    assert stored.answers["sterk_zwak.sterke_punten"] == "Goede relatie met patienten"
    assert stored.current_step == 2


def test_closing_only_the_meeting_window_saves_too(qtbot, window, aios_id):
    meeting_id = plan(window, aios_id, "coachingsgesprek")
    meeting = open_form(qtbot, window, meeting_id)
    form = meeting.form
    index, key = next(
        (i, step.answer_key(f.id))
        for i, step in enumerate(form.steps)
        for f in step.step.fields
        if f.kind.value == "multiline"
    )
    form.go_to(index)
    type_into(qtbot, meeting.form, key, "Werkdruk")
    meeting.close()
    assert window.context.service(MeetingService).get(meeting_id).answers[key] == "Werkdruk"


def test_the_agenda_shows_earlier_open_agreements_and_can_be_reordered(qtbot, window, aios_id):
    agreements = window.context.service(AgreementService)
    first = agreements.add(Agreement(aios_id=aios_id, text="Twee KPB's inleveren"))
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    meeting = meetings_tab(window).open_meeting(meeting_id)
    page = meeting.agenda_page
    assert page.texts()[2] == "Twee KPB's inleveren"
    qtbot.keyClicks(page.new_point, "Vakantie")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.list.setCurrentRow(page.list.count() - 1)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert page.texts()[-2:] == ["Vakantie", "Afsluiting en verslag"]

    agreements.mark_done(first, date.today())  # done before the meeting: off the agenda
    assert "Twee KPB's inleveren" not in page.texts()
    assert "Vakantie" in window.context.service(MeetingService).get(meeting_id).agenda[-2]["text"]


def test_holding_logs_the_hours_in_one_step(qtbot, window, aios_id):
    from opleider_desk.ui.meetings.window import HoldDialog

    meeting_id = plan(window, aios_id, "coachingsgesprek", datetime(2026, 3, 3, 9, 0), 50)
    meeting = meetings_tab(window).open_meeting(meeting_id)

    def accept():
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, HoldDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, accept)
            return
        assert dialog.log_hours.isChecked()
        dialog.accept()

    QTimer.singleShot(0, accept)
    qtbot.mouseClick(meeting.hold_button, Qt.MouseButton.LeftButton)
    stored = window.context.service(MeetingService).get(meeting_id)
    assert (stored.status, stored.held_on) == (MeetingStatus.HELD, date(2026, 3, 3))
    assert window.context.service(MeetingService).hours_logged(meeting_id, meeting.hours_description())


def test_iop_goals_fill_the_coverage_of_the_seven_areas(qtbot, window, aios_id):
    meeting = meetings_tab(window).open_meeting(plan(window, aios_id, "voortgangsgesprek"))
    meeting.tabs.setCurrentIndex(3)
    editor, coverage = meeting.goals_editor, meeting.coverage
    assert not any(coverage.covered().values())
    editor.area.setCurrentIndex(editor.area.findData(CompetencyArea.SAMENWERKING))
    qtbot.keyClicks(editor.statement, "Beter samenwerken")
    assert editor.hint.isVisible()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert [a for a, covered in coverage.covered().items() if covered] == [CompetencyArea.SAMENWERKING]
    assert "1" in coverage.cells[CompetencyArea.SAMENWERKING].text()


def test_report_pdf_holds_answers_agreements_and_signature_labels(qtbot, window, aios_id, tmp_path):
    from pypdf import PdfReader

    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.save_progress(meeting_id, answers={"sterk_zwak.sterke_punten": "Sterk in uitleg aan patiënten"})
    window.context.service(AgreementService).add(
        Agreement(aios_id=aios_id, meeting_id=meeting_id, text="Drie video-opnames bespreken")
    )
    service.hold(meeting_id, date(2026, 7, 6))
    meeting = meetings_tab(window).open_meeting(meeting_id)
    path = tmp_path / "verslag.pdf"
    meeting.write_report(path)
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    assert "Sterk in uitleg aan patiënten" in text
    assert "Drie video-opnames bespreken" in text
    for signer in (Signer.OPLEIDER, Signer.AIOS):
        assert labels.signer(signer) in text
    assert "Marieke Jansen" in text and "Sanne de Vries" in text
    assert service.current_code(meeting_id) in text
    total = len(reader.pages)
    assert f"{total}" in reader.pages[-1].extract_text()

    agenda = tmp_path / "agenda.pdf"
    meeting.write_agenda(agenda)
    assert "Sterke en zwakke punten" in PdfReader(agenda).pages[0].extract_text()


def test_marking_signed_locks_the_meeting_window(qtbot, window, aios_id):
    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.hold(meeting_id, date(2026, 7, 6))
    meeting = open_form(qtbot, window, meeting_id)
    meeting.form.go_to(2)
    type_into(qtbot, meeting.form, "sterk_zwak.sterke_punten", "Goed")
    code = meeting.sign(date(2026, 7, 8))
    form = meeting.form  # rebuilt, read-only
    form.go_to(2)
    field = form.field_widgets["sterk_zwak.sterke_punten"]
    assert isinstance(field, QPlainTextEdit) and field.isReadOnly()
    assert field.toPlainText() == "Goed"
    assert not meeting.agenda_page.add_button.isEnabled()
    assert code in meeting.report_state.text()
    assert not meeting.agreements_editor.add_button.isEnabled()
    assert meetings_tab(window).model.rows()[0].meeting.status is MeetingStatus.SIGNED


def test_the_calendar_export_holds_the_planned_meetings(window, aios_id, tmp_path):
    from zoneinfo import ZoneInfo

    from icalendar import Calendar

    planned = plan(window, aios_id, "voortgangsgesprek", datetime(2026, 12, 2, 13, 30), 75)
    held = plan(window, aios_id, "coachingsgesprek", datetime(2026, 3, 2, 9, 0))
    window.context.service(MeetingService).hold(held, date(2026, 3, 2))
    path = tmp_path / "meetings.ics"
    assert meetings_tab(window).write_calendar(path) == 1
    events = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["uid"]) == window.context.service(MeetingService).get(planned).uid
    amsterdam = ZoneInfo("Europe/Amsterdam")
    assert event.decoded("dtstart") == datetime(2026, 12, 2, 13, 30, tzinfo=amsterdam)
    assert event.decoded("dtend") == datetime(2026, 12, 2, 14, 45, tzinfo=amsterdam)
    assert "Voortgangsgesprek" in str(event["summary"]) and "Sanne de Vries" in str(event["summary"])
    assert "Afspraken vorige gesprek nalopen" in str(event["description"])


def test_an_assessment_records_the_verdict_and_prints_it(qtbot, window, aios_id, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QComboBox

    meeting_id = plan(window, aios_id, "geschiktheidsbeoordeling")
    meeting = open_form(qtbot, window, meeting_id)
    form = meeting.form
    form.go_to(next(i for i, s in enumerate(form.steps) if s.step.shows_verdict))
    page = form.page_area.widget()
    verdict = page.findChild(QComboBox, "verdict")
    verdict.setCurrentIndex(verdict.findData("geschikt"))
    explanation = page.findChild(QPlainTextEdit, "verdictExplanation")
    explanation.setFocus()
    qtbot.keyClicks(explanation, "Werkt zelfstandig op niveau")
    meeting.close()
    stored = window.context.service(MeetingService).get(meeting_id)
    assert (stored.verdict, stored.verdict_explanation) == ("geschikt", "Werkt zelfstandig op niveau")

    meeting = meetings_tab(window).open_meeting(meeting_id)
    meeting.write_report(tmp_path / "oordeel.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "oordeel.pdf").pages)
    assert "Geschikt: de aios kan de opleiding voortzetten" in text
    assert "Werkt zelfstandig op niveau" in text


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_template_texts_follow_the_interface_language(qtbot, window, aios_id):
    form = open_form(qtbot, window, plan(window, aios_id, "feedbackgesprek")).form
    form.go_to(2)
    title, speaker = step_texts(form)
    assert (title, speaker) == ("What went well?", "Speaking: Trainee")
    assert meetings_tab(window).model.rows()[0].type_name == "Feedback conversation (Pendleton)"


def test_the_invitation_of_a_planned_meeting_is_written_for_the_aios(window, aios_id, tmp_path):
    import vobject

    tab = meetings_tab(window)
    planned = plan(window, aios_id, "voortgangsgesprek", datetime(2026, 12, 2, 13, 30), 75)
    tab.reload()
    tab.select(planned)
    assert tab.invite_button.isEnabled()
    path = tmp_path / "uitnodiging.ics"
    tab.write_invitation(planned, path)
    [calendar] = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert calendar.method.value == "REQUEST"
    assert calendar.vevent.attendee.params["CN"] == ["Sanne de Vries"]
    assert calendar.vevent.uid.value == window.context.service(MeetingService).get(planned).uid
    window.context.service(MeetingService).hold(planned, date(2026, 12, 2))
    tab.select(planned)
    assert not tab.invite_button.isEnabled()


def _pdf_code(path) -> str:
    import re

    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    found = re.search(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){5}", text)
    assert found is not None
    return found.group(0)


def test_the_report_tabs_code_is_the_saved_pdfs_after_every_form_change(qtbot, window, aios_id, tmp_path):
    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.hold(meeting_id, date(2026, 7, 6))
    meeting = open_form(qtbot, window, meeting_id)
    meeting.form.go_to(2)
    seen = set()
    for number, text in enumerate(("Goed", " in uitleg", " en luisteren")):
        meeting.tabs.setCurrentWidget(meeting.form)
        type_into(qtbot, meeting.form, "sterk_zwak.sterke_punten", text)
        meeting.tabs.setCurrentWidget(meeting.report_page)
        shown = meeting.report_state.text()
        path = tmp_path / f"verslag{number}.pdf"
        meeting.write_report(path)
        code = _pdf_code(path)
        assert code in shown
        seen.add(code)
    window.context.service(AgreementService).add(
        Agreement(aios_id=aios_id, meeting_id=meeting_id, text="Twee video's bespreken")
    )
    meeting.write_report(tmp_path / "met-afspraak.pdf")
    assert _pdf_code(tmp_path / "met-afspraak.pdf") in meeting.report_state.text()
    assert len(seen) == 3


def test_the_agenda_pdf_keeps_a_carried_over_agreement_with_its_owner_and_due_date(
    qtbot, window, aios_id, tmp_path
):
    from pypdf import PdfReader

    service = window.context.service(MeetingService)
    earlier = plan(window, aios_id, "coachingsgesprek", datetime(2026, 3, 2, 9, 0))
    window.context.service(AgreementService).add(
        Agreement(
            aios_id=aios_id,
            meeting_id=earlier,
            text="Drie video-opnames bespreken",
            due_date=date(2026, 12, 15),
        )
    )
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    meeting = meetings_tab(window).open_meeting(meeting_id)
    path = tmp_path / "agenda.pdf"
    meeting.write_agenda(path)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", " ")
    assert "Drie video-opnames bespreken" in text
    assert "afspraak uit een eerder gesprek" in text and "aios" in text and "15-12-2026" in text
    assert service.get(meeting_id).kind == "voortgangsgesprek"
    meeting.close()


def test_the_report_does_not_repeat_the_names_above_the_table_that_holds_them(
    qtbot, window, aios_id, tmp_path
):
    from pypdf import PdfReader

    meeting_id = plan(window, aios_id, "coachingsgesprek")
    meeting = meetings_tab(window).open_meeting(meeting_id)
    path = tmp_path / "verslag.pdf"
    meeting.write_report(path)
    first = PdfReader(path).pages[0].extract_text()
    assert "Sanne de Vries · Marieke Jansen" not in first
    assert first.count("Sanne de Vries") >= 1
    meeting.close()


@pytest.mark.parametrize("language", ["nl", "en"], indirect=True)
def test_the_report_prints_tick_boxes_as_the_form_showed_them(qtbot, ui_language, window, aios_id, tmp_path):
    from pypdf import PdfReader

    words = {"nl": ("☑ Ja", "☐ Nee"), "en": ("☑ Yes", "☐ No")}[ui_language]
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    window.context.service(MeetingService).hold(meeting_id, date(2026, 7, 6))
    meeting = open_form(qtbot, window, meeting_id)
    form = meeting.form
    form.go_to(next(i for i, s in enumerate(form.steps) if s.id == "afsluiting"))
    ticked = form.field_widgets["afsluiting.iop_aangepast"]
    tick(qtbot, ticked)
    assert ticked.isChecked()
    unticked = [form.field_widgets[f"afsluiting.{k}"] for k in ("iop_geaccordeerd", "kopie_instituut")]
    assert not any(box.isChecked() for box in unticked)
    path = tmp_path / "verslag.pdf"
    meeting.write_report(path)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert f"{ticked.text()} {words[0]}" in text
    for box in unticked:
        # An unticked box is a No, as the form showed it: not "—" (nothing answered).
        assert f"{box.text()} {words[1]}" in text, (box.text(), text)
        assert f"{box.text()} —" not in text
    meeting.close()


def test_a_first_meeting_says_there_are_no_earlier_agreements_instead_of_an_empty_table(
    qtbot, window, aios_id
):
    from opleider_desk.ui.meetings.agreements import EarlierAgreements

    meeting = open_form(qtbot, window, plan(window, aios_id, "voortgangsgesprek"))
    form = meeting.form
    form.go_to(next(i for i, s in enumerate(form.steps) if s.id == "afspraken_vorige"))
    listed = form.page_area.widget().findChild(EarlierAgreements)
    assert listed is not None
    assert listed.none_note.isVisibleTo(listed)
    assert listed.none_note.text() == "Geen openstaande afspraken uit eerdere gesprekken."
    assert not listed.view.isVisibleTo(listed) and not listed.done_button.isVisibleTo(listed)
    # One made meanwhile (in another meeting) shows the table again.
    window.context.service(AgreementService).add(
        Agreement(aios_id=aios_id, meeting_id=None, text="Casus uitwerken")
    )
    assert listed.view.isVisibleTo(listed) and not listed.none_note.isVisibleTo(listed)
    meeting.close()


def test_an_empty_meetings_tab_says_where_to_begin(qtbot, window, aios_id):
    tab = meetings_tab(window)
    window.show_tab("meetings")
    assert tab.first_steps.isVisibleTo(tab)
    assert "Gesprek plannen…" in tab.first_steps.text()
    plan(window, aios_id, "voortgangsgesprek")
    assert not tab.first_steps.isVisibleTo(tab)


def test_the_review_step_lists_the_earlier_agreements_to_tick_off(qtbot, window, aios_id):
    from opleider_desk.domain.enums import AgreementStatus
    from opleider_desk.ui.meetings.agreements import EarlierAgreements

    earlier = plan(window, aios_id, "coachingsgesprek", datetime(2026, 3, 2, 9, 0))
    agreements = window.context.service(AgreementService)
    agreement_id = agreements.add(Agreement(aios_id=aios_id, meeting_id=earlier, text="Casus uitwerken"))
    meeting = open_form(qtbot, window, plan(window, aios_id, "voortgangsgesprek"))
    form = meeting.form
    step = next(i for i, s in enumerate(form.steps) if s.id == "afspraken_vorige")
    form.go_to(step)
    listed = form.page_area.widget().findChild(EarlierAgreements)
    assert listed is not None and listed.isVisible()
    assert [a.text for a in listed.model.rows()] == ["Casus uitwerken"]
    assert listed.select(agreement_id)
    qtbot.mouseClick(listed.done_button, Qt.MouseButton.LeftButton)
    assert agreements.get(agreement_id).status is AgreementStatus.DONE
    meeting.close()


def test_an_earlier_agreement_past_its_date_reads_overdue_as_in_what_is_open(qtbot, window, aios_id):
    """The review step said "Open" of an agreement the overview calls overdue (walk)."""
    from opleider_desk.ui.meetings.agreements import EarlierAgreements
    from opleider_desk.ui.widgets.tones import Tone, tone

    earlier = plan(window, aios_id, "coachingsgesprek", datetime(2026, 3, 2, 9, 0))
    agreements = window.context.service(AgreementService)
    today = date.today()
    for text, due in (("Casus uitwerken", today - timedelta(days=1)), ("KPB plannen", today)):
        agreements.add(Agreement(aios_id=aios_id, meeting_id=earlier, text=text, due_date=due))
    meeting = open_form(qtbot, window, plan(window, aios_id, "voortgangsgesprek"))
    form = meeting.form
    form.go_to(next(i for i, s in enumerate(form.steps) if s.id == "afspraken_vorige"))
    listed = form.page_area.widget().findChild(EarlierAgreements)
    assert listed is not None
    model = listed.model
    shown = {
        model.index(row, 0).data(): (
            model.index(row, 3).data(),
            model.index(row, 3).data(Qt.ItemDataRole.ForegroundRole),
        )
        for row in range(model.rowCount())
    }
    assert shown["Casus uitwerken"] == ("Open, achterstallig", tone(Tone.BAD))
    assert shown["KPB plannen"] == ("Open", None)  # due today: still in time
    meeting.close()


def test_earlier_agreements_mark_done_only_with_a_row_chosen_says_what_it_did_and_undoes(
    qtbot, window, aios_id
):
    from opleider_desk.domain.enums import AgreementStatus
    from opleider_desk.ui.meetings.agreements import EarlierAgreements

    earlier = plan(window, aios_id, "coachingsgesprek", datetime(2026, 3, 2, 9, 0))
    agreements = window.context.service(AgreementService)
    agreement_id = agreements.add(Agreement(aios_id=aios_id, meeting_id=earlier, text="Casus uitwerken"))
    agreements.add(Agreement(aios_id=aios_id, meeting_id=earlier, text="Twee KPB's plannen"))
    meeting = open_form(qtbot, window, plan(window, aios_id, "voortgangsgesprek"))
    form = meeting.form
    form.go_to(next(i for i, s in enumerate(form.steps) if s.id == "afspraken_vorige"))
    listed = form.page_area.widget().findChild(EarlierAgreements)
    assert listed is not None
    # Nothing chosen: nothing to mark done.
    assert not listed.done_button.isEnabled()
    assert listed.select(agreement_id)
    assert listed.done_button.isEnabled()
    qtbot.mouseClick(listed.done_button, Qt.MouseButton.LeftButton)
    assert agreements.get(agreement_id).status is AgreementStatus.DONE
    # The row left the list; the line under it says which one was marked done...
    assert [a.text for a in listed.model.rows()] == ["Twee KPB's plannen"]
    assert "Casus uitwerken" in listed.done_note.text()
    assert not listed.done_button.isEnabled()  # nothing chosen again
    # ...and its button takes just that back.
    assert listed.undo_button.isVisibleTo(listed)
    qtbot.mouseClick(listed.undo_button, Qt.MouseButton.LeftButton)
    assert agreements.get(agreement_id).status is AgreementStatus.OPEN
    assert sorted(a.text for a in listed.model.rows()) == ["Casus uitwerken", "Twee KPB's plannen"]
    assert not listed.undo_button.isVisibleTo(listed)
    meeting.close()


def test_earlier_agreements_cannot_be_marked_done_in_a_signed_meeting_form(qtbot, window, aios_id):
    from opleider_desk.ui.meetings.agreements import EarlierAgreements

    earlier = plan(window, aios_id, "coachingsgesprek", datetime(2026, 3, 2, 9, 0))
    agreements = window.context.service(AgreementService)
    agreement_id = agreements.add(Agreement(aios_id=aios_id, meeting_id=earlier, text="Casus uitwerken"))
    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.hold(meeting_id, date(2026, 7, 6))
    service.sign(meeting_id, date(2026, 7, 6))
    meeting = open_form(qtbot, window, meeting_id)
    form = meeting.form
    form.go_to(next(i for i, s in enumerate(form.steps) if s.id == "afspraken_vorige"))
    listed = form.page_area.widget().findChild(EarlierAgreements)
    assert listed is not None and listed.select(agreement_id)
    assert not listed.done_button.isEnabled()
    meeting.close()


def test_the_trainer_signs_the_report_pdf_digitally_from_the_report_tab(qtbot, window, aios_id, tmp_path):
    from opleider_desk.reports.signing import check_signatures, signature_fields
    from tests.reports.certificates import make_pkcs12

    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.hold(meeting_id, date(2026, 7, 6))
    meeting = meetings_tab(window).open_meeting(meeting_id)
    assert meeting.digital_button.isEnabled()
    assert {f.name for f in signature_fields(meeting.report_pdf())} == {"opleider", "aios"}
    certificate = tmp_path / "mijn.p12"
    certificate.write_bytes(make_pkcs12("Marieke Jansen", "geheim"))
    signing = meeting.digital_sign_dialog()
    qtbot.addWidget(signing)
    signing.certificate.setText(str(certificate))
    signing.passphrase.setText("geheim")
    signing.sign()
    qtbot.waitUntil(lambda: signing.task is None)
    signed = signing.last_signed
    assert signed is not None
    [check] = check_signatures(signed)
    assert check.intact and check.field == "opleider" and check.signer == "Marieke Jansen"


def test_an_aios_on_the_2023_profile_chooses_and_covers_leiderschap(qtbot, window, aios_id):
    import dataclasses

    from opleider_desk.domain.competency_profiles import GP_PROFILE_2023
    from opleider_desk.domain.entities import LearningGoal
    from opleider_desk.storage.services.goals import GoalService

    service = window.context.service(AiosService)
    window.context.service(GoalService).add(
        LearningGoal(aios_id=aios_id, competency=CompetencyArea.ORGANISATIE, statement="Praktijk plannen")
    )
    service.update(dataclasses.replace(service.get(aios_id), competency_profile=GP_PROFILE_2023))

    # STAR(R) and KPB: the competence choice offers Leiderschap, not Organisatie.
    for kind in ("star_gesprek", "kpb"):
        form = open_form(qtbot, window, plan(window, aios_id, kind)).form
        at, key = next(
            (n, step.answer_key(f.id))
            for n, step in enumerate(form.steps)
            for f in step.step.fields
            if f.kind.value == "competencies"
        )
        form.go_to(at)
        boxes = form.field_widgets[key].boxes
        assert CompetencyArea.LEIDERSCHAP in boxes and CompetencyArea.ORGANISATIE not in boxes

    # The IOP: seven areas of 2023, the old Organisatie goal apart with the mapping shown.
    meeting = meetings_tab(window).open_meeting(plan(window, aios_id, "voortgangsgesprek"))
    meeting.tabs.setCurrentIndex(3)
    coverage, editor = meeting.coverage, meeting.goals_editor
    assert CompetencyArea.LEIDERSCHAP in coverage.covered()
    assert CompetencyArea.ORGANISATIE not in coverage.covered()
    assert "eerder profiel; nu: Leiderschap" in coverage.cells[CompetencyArea.ORGANISATIE].text()
    assert editor.area.findData(CompetencyArea.LEIDERSCHAP) >= 0
    assert editor.area.findData(CompetencyArea.ORGANISATIE) < 0


def test_the_meeting_report_names_the_regulation_of_the_aios(qtbot, window, aios_id, tmp_path):
    import dataclasses

    from pypdf import PdfReader

    service = window.context.service(AiosService)
    service.update(dataclasses.replace(service.get(aios_id), regulation="maatschappij_en_gezondheid"))
    meeting = meetings_tab(window).open_meeting(plan(window, aios_id, "voortgangsgesprek"))
    path = tmp_path / "verslag.pdf"
    meeting.write_report(path)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", " ")
    assert "Regeling Arts Maatschappij & Gezondheid (SSGO)" in " ".join(text.split())


@pytest.mark.parametrize(
    "verdict, label", [("twijfel", "twijfel (oude waarde)"), ("ongeschikt", "ongeschikt (oude waarde)")]
)
def test_a_verdict_stored_by_0_1_keeps_its_old_name_and_is_never_taken_for_geschikt(
    qtbot, window, aios_id, tmp_path, verdict, label
):
    """0.1 offered geschikt / twijfel / ongeschikt; the card knows only geschikt / niet geschikt."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QComboBox

    from opleider_desk.domain.due import DueKind, due_items
    from opleider_desk.storage.models import MeetingRow
    from opleider_desk.ui.meetings.eportfolio import eportfolio_text

    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "geschiktheidsbeoordeling", datetime(2026, 12, 2, 13, 30))
    service.hold(meeting_id, date(2026, 12, 2))
    with window.context.store.write(setup_op("test_old_verdict"), undoable=False) as session:
        row = session.get(MeetingRow, meeting_id)
        row.verdict, row.verdict_explanation = verdict, "Voortgang onzeker"

    meeting = open_form(qtbot, window, meeting_id)
    form = meeting.form
    form.go_to(next(i for i, s in enumerate(form.steps) if s.step.shows_verdict))
    combo = form.page_area.widget().findChild(QComboBox, "verdict")
    assert (combo.currentData(), combo.currentText()) == (verdict, label)
    meeting.close()
    assert service.get(meeting_id).verdict == verdict, "opening and closing keeps the old value"

    meeting = meetings_tab(window).open_meeting(meeting_id)
    meeting.write_report(tmp_path / "oordeel.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "oordeel.pdf").pages)
    assert label in text and "Geschikt: de aios" not in text
    meeting.close()
    assert label in eportfolio_text(window.context.store, meeting_id, "nl")

    aios = window.context.service(AiosService).get(aios_id)
    items = due_items(aios, date(2026, 12, 3), meetings=[service.get(meeting_id)])
    next_step = [i for i in items if i.kind is DueKind.NOT_SUITABLE_NEXT_STEP]
    # "ongeschikt" said not suitable: the card's next step follows; "twijfel" was no verdict.
    assert len(next_step) == (1 if verdict == "ongeschikt" else 0)


def test_the_report_tab_shows_the_report_as_it_prints_and_follows_the_typing(qtbot, window, aios_id):
    # It was a blank page under four buttons: the trainer saw the report only by saving it.
    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.hold(meeting_id, date(2026, 7, 6))
    meeting = open_form(qtbot, window, meeting_id)
    meeting.form.go_to(2)
    type_into(qtbot, meeting.form, "sterk_zwak.sterke_punten", "Sterk in uitleg")
    meeting.tabs.setCurrentWidget(meeting.report_page)
    preview = meeting.report_preview
    qtbot.waitUntil(lambda: "Sterk in uitleg" in preview.text(), timeout=20_000)
    assert service.current_code(meeting_id) in preview.text().replace("\n", " ")

    meeting.tabs.setCurrentWidget(meeting.form)
    type_into(qtbot, meeting.form, "sterk_zwak.sterke_punten", " en luisteren")
    meeting.tabs.setCurrentWidget(meeting.report_page)
    qtbot.waitUntil(lambda: "Sterk in uitleg en luisteren" in preview.text(), timeout=20_000)


def test_the_report_preview_is_laid_out_off_the_gui_thread(qtbot, window, aios_id, monkeypatch):
    """A long meeting's report took 100–200 ms to lay out (a session's first 0.9 s), on the GUI
    thread at every autosave while the report tab showed; the window stays usable meanwhile."""
    import threading

    from opleider_desk.reports import meeting_report
    from opleider_desk.ui.widgets.background import busy

    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.hold(meeting_id, date(2026, 7, 6))
    meeting = open_form(qtbot, window, meeting_id)
    made_on: list[str] = []
    lay_out = meeting_report.meeting_report_pdf

    def noting_the_thread(document, words):
        made_on.append(threading.current_thread().name)
        return lay_out(document, words)

    monkeypatch.setattr(meeting_report, "meeting_report_pdf", noting_the_thread)
    meeting.tabs.setCurrentWidget(meeting.report_page)
    meeting.form.go_to(2)
    meeting.refresh_report_preview()  # asked twice: the preview shows the later one, once
    meeting.refresh_report_preview()
    preview = meeting.report_preview
    qtbot.waitUntil(lambda: bool(preview.text()) and not busy(meeting), timeout=20_000)
    assert len(made_on) >= 3 and threading.main_thread().name not in made_on
    assert service.current_code(meeting_id) in preview.text().replace("\n", " ")
    meeting.close()


def test_saving_the_report_and_the_agenda_lays_them_out_off_the_gui_thread(
    qtbot, window, aios_id, monkeypatch, tmp_path
):
    """Saving the report or the agenda laid the PDF out on the GUI thread (a long meeting's
    report 100–200 ms, a session's first 0.9 s); the meeting is read when the path is chosen."""
    import threading

    from pypdf import PdfReader

    from opleider_desk.reports import meeting_report
    from opleider_desk.ui.meetings import window as meeting_window
    from opleider_desk.ui.widgets.background import busy

    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.hold(meeting_id, date(2026, 7, 6))
    meeting = open_form(qtbot, window, meeting_id)
    made_on: list[str] = []
    for name in ("meeting_report_pdf", "agenda_pdf"):
        lay_out = getattr(meeting_report, name)

        def noting_the_thread(document, words, lay_out=lay_out):
            made_on.append(threading.current_thread().name)
            return lay_out(document, words)

        monkeypatch.setattr(meeting_report, name, noting_the_thread)
    for button, file in (
        (meeting.save_report_dialog, "verslag.pdf"),
        (meeting.save_agenda_dialog, "agenda.pdf"),
    ):
        target = tmp_path / file
        monkeypatch.setattr(meeting_window, "ask_save_path", lambda *_args, target=target, **_kw: target)
        button()
        qtbot.waitUntil(lambda target=target: target.exists() and not busy(meeting), timeout=20_000)
        text = " ".join(page.extract_text() for page in PdfReader(target).pages)
        assert "Voortgangsgesprek" in text, file
    assert len(made_on) == 2 and threading.main_thread().name not in made_on
    meeting.close()


def test_roles_inside_a_sentence_or_brackets_are_not_capitalised(qtbot, window, aios_id):
    meeting = open_form(qtbot, window, plan(window, aios_id, "voortgangsgesprek"))
    steps = [meeting.form.step_list.item(i).text() for i in range(meeting.form.step_list.count())]
    assert "7. Welbevinden (aios)" in steps and "3. Sterke en zwakke punten (aios en opleider)" in steps
    assert "ondertekend door: opleider, aios." in meeting.report_state.text()
    meeting.close()


def test_going_through_the_steps_of_a_signed_meeting_says_nothing_is_wrong(qtbot, window, aios_id):
    service = window.context.service(MeetingService)
    meeting_id = plan(window, aios_id, "voortgangsgesprek")
    service.hold(meeting_id, date(2026, 7, 6))
    service.sign(meeting_id, date(2026, 7, 8))
    meeting = open_form(qtbot, window, meeting_id)
    meeting.resize(900, 640)
    width = meeting.width()
    for step in range(1, len(meeting.form.steps)):
        qtbot.mouseClick(meeting.form.next_button, Qt.MouseButton.LeftButton)
        assert meeting.form.current == step
        # Reading a locked meeting is no attempt to change it: no "can no longer be changed".
        assert meeting.save_state.text() == "", meeting.save_state.text()
    assert meeting.width() == width
    meeting.close()


def test_a_meeting_window_opens_within_the_screen(qtbot, window, aios_id):
    # The offscreen screen is 800 wide: narrower than the window's default of 1050, as a
    # 1280×800 laptop at 150 % is (853 × 533 device-independent pixels).
    meeting = meetings_tab(window).open_meeting(plan(window, aios_id, "voortgangsgesprek"))
    qtbot.waitExposed(meeting)
    room = meeting.screen().availableGeometry()
    assert room.width() < 1050
    assert meeting.width() <= room.width() and meeting.height() <= room.height()
    meeting.close()
