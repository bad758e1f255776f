"""What the review of issue 12 found missing, each checked on a real data file."""

from __future__ import annotations

from datetime import date

from opleider_desk.domain.entities import Aios, Profile
from opleider_desk.domain.regulations import regulation
from opleider_desk.storage.demo import fill_demo
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.profile import ProfileService

TODAY = date(2026, 11, 23)


def test_demo_aios_follow_the_current_profile_of_their_regulation(store):
    fill_demo(store, TODAY)
    current = regulation("huisartsgeneeskunde").competency_profile
    assert current == "huisartsgeneeskunde_2023"
    assert {a.name: a.competency_profile for a in store.service(AiosService).list()} == {
        "Sanne de Vries": current,
        "Daan Bakker": current,
    }


def test_an_aios_added_without_a_profile_gets_its_regulations_current_one(store):
    service = store.service(AiosService)
    gp = service.add(Aios(name="Sanne", start_date=date(2026, 1, 5)))
    mg = service.add(Aios(name="Ahmed", start_date=date(2026, 1, 5), regulation="maatschappij_en_gezondheid"))
    chosen = service.add(
        Aios(name="Lotte", start_date=date(2026, 1, 5), competency_profile="competenties_2016")
    )
    assert service.get(gp).competency_profile == "huisartsgeneeskunde_2023"
    assert service.get(mg).competency_profile == "competenties_2016"
    assert service.get(chosen).competency_profile == "competenties_2016"


def test_a_regulation_saved_before_the_profile_leaves_the_profile_to_be_asked_for(store):
    profiles = store.service(ProfileService)
    assert not profiles.exists()
    profiles.save_regulation("maatschappij_en_gezondheid")
    assert not profiles.exists(), "a row with only the regulation is no profile"
    assert profiles.get().regulation == "maatschappij_en_gezondheid"
    profiles.save(
        Profile(name="Marieke Jansen", practice="De Linde", regulation="maatschappij_en_gezondheid")
    )
    assert profiles.exists()


def _own_progress_template(folder) -> None:
    """An institute's own progress meeting: a copy of the shipped one under its own key."""
    import json

    from opleider_desk.domain.templates import builtin_forms_dir

    data = json.loads((builtin_forms_dir() / "voortgangsgesprek.json").read_text(encoding="utf-8"))
    data["key"] = "voortgang_eigen_instituut"
    data["title"] = {"nl": "Voortgangsgesprek (eigen formulier)"}
    data["counts_as"] = ["voortgangsgesprek"]
    folder.mkdir(parents=True)
    (folder / "voortgang_eigen_instituut.json").write_text(json.dumps(data), encoding="utf-8")
    (folder / "kapot.json").write_text('{"key": "kapot"}', encoding="utf-8")


def test_a_users_own_template_fills_the_slots_its_counts_as_names(tmp_path):
    from datetime import datetime

    from opleider_desk.domain.due import DueKind
    from opleider_desk.storage.open import open_store
    from opleider_desk.storage.services.due import DueService
    from opleider_desk.storage.services.meetings import MeetingService
    from opleider_desk.storage.services.templates import TemplateService

    _own_progress_template(tmp_path / "user" / "forms")
    store = open_store(tmp_path / "data.sqlite", user_files_dir=tmp_path / "user")
    try:
        aios_id = store.service(AiosService).add(Aios(name="Sanne", start_date=date(2026, 3, 2)))
        meetings = store.service(MeetingService)
        assert "voortgang_eigen_instituut" in meetings.templates()
        assert [e.file for e in store.service(TemplateService).template_errors] == ["kapot.json"]
        due = store.service(DueService)
        today = date(2026, 9, 14)

        def progress() -> list:
            items = due.items(today)[aios_id]
            return [(i.params["slot"], i.status) for i in items if i.kind is DueKind.VOORTGANGSGESPREK]

        assert progress()[0][0] == 1, "the first progress meeting is due six months after the start"
        held = meetings.plan(aios_id, "voortgang_eigen_instituut", datetime(2026, 9, 1, 13, 30), 60)
        meetings.hold(held, date(2026, 9, 1))
        assert [slot for slot, _ in progress()] == [2], "the own form filled slot 1"
    finally:
        store.close()


def test_the_data_files_consultation_counts_for_both_aios_of_the_praktijkbegeleider(store):
    from datetime import datetime

    from opleider_desk.domain.due import DueKind
    from opleider_desk.domain.enums import MeetingKind, Role
    from opleider_desk.storage.services.due import DueService
    from opleider_desk.storage.services.meetings import MeetingService

    store.service(ProfileService).save(
        Profile(
            name="Ilse Vermeulen",
            practice="GGD Utrecht",
            role=Role.PRAKTIJKBEGELEIDER,
            supervising_opleider="Marieke Jansen",
            regulation="maatschappij_en_gezondheid",
        )
    )
    aios = store.service(AiosService)
    first = aios.add(Aios(name="Ahmed", start_date=date(2026, 1, 5)))
    second = aios.add(Aios(name="Lotte", start_date=date(2026, 2, 2)))
    meetings = store.service(MeetingService)
    talk = meetings.plan(first, MeetingKind.OVERLEG_OPLEIDER_PB, datetime(2026, 3, 5, 9), 30)
    meetings.hold(talk, date(2026, 3, 5))
    items = store.service(DueService).items(date(2026, 3, 10))
    for aios_id in (first, second):
        [consultation] = [i for i in items[aios_id] if i.kind is DueKind.PB_CONSULTATION]
        assert consultation.due_date == date(2026, 4, 5)
        assert "Bijlage 2 punt 6" in consultation.source.text


def test_the_task_laid_down_and_too_few_hours_ask_to_inform_the_institution_of_an_mg_aios_only(store):
    """``000_…`` Bijlage 1 §9a and §9c, recorded as the trainer's own events; GP has no such rule."""
    from opleider_desk.domain.due import NOTICE_TASK_LAID_DOWN, NOTICE_UNDER_HOURS, DueKind, DueStatus
    from opleider_desk.domain.entities import TrainerEvent
    from opleider_desk.domain.enums import TrainerEventKind
    from opleider_desk.storage.services.due import DueService
    from opleider_desk.storage.services.trainer_events import TrainerEventService

    today = date(2026, 11, 23)
    aios = store.service(AiosService)
    gp = aios.add(Aios(name="Sanne", start_date=date(2026, 3, 2)))
    mg = aios.add(Aios(name="Ahmed", start_date=date(2026, 3, 2), regulation="maatschappij_en_gezondheid"))
    events = store.service(TrainerEventService)
    hours = events.add(
        TrainerEvent(kind=TrainerEventKind.HOURS_IN_SPECIALTY, day=date(2026, 11, 2), quantity=12),
        today=today,
    )
    # Announced ahead: "verwittigt direct wanneer" — it is due now, not on the day.
    task = events.add(TrainerEvent(kind=TrainerEventKind.TASK_LAID_DOWN, day=date(2027, 3, 1)), today=today)

    def notices(aios_id):
        items = store.service(DueService).items(today)[aios_id]
        return {i.params.get("reason"): i for i in items if i.kind is DueKind.INFORM_INSTITUTION}

    assert notices(gp) == {}, "the GP regulation has no § 9"
    found = notices(mg)
    assert set(found) == {NOTICE_TASK_LAID_DOWN, NOTICE_UNDER_HOURS}
    assert found[NOTICE_UNDER_HOURS].status is DueStatus.OVERDUE
    assert found[NOTICE_UNDER_HOURS].params["minimum_hours"] == 16
    assert "Bijlage 1 punt 5c en 9c" in found[NOTICE_UNDER_HOURS].source.text
    assert (found[NOTICE_TASK_LAID_DOWN].due_date, found[NOTICE_TASK_LAID_DOWN].status) == (
        today,
        DueStatus.DUE_SOON,
    )
    assert "Bijlage 1 punt 9a" in found[NOTICE_TASK_LAID_DOWN].source.text
    events.set_institution_informed(task)
    assert set(notices(mg)) == {NOTICE_UNDER_HOURS}
    # Back to 20 hours a week from the 16th: the earlier figure no longer holds.
    events.add(
        TrainerEvent(kind=TrainerEventKind.HOURS_IN_SPECIALTY, day=date(2026, 11, 16), quantity=20),
        today=today,
    )
    assert notices(mg) == {}
    assert events.list()[-1].id == hours
