"""What is due, the trainer's obligations and the norms, read from a real data file."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from opleider_desk.domain.dates import Period
from opleider_desk.domain.due import DueKind, DueStatus, TargetArea
from opleider_desk.domain.entities import Aios, Profile, TrainerEvent
from opleider_desk.domain.enums import (
    AgreementStatus,
    AiosStatus,
    CategoryKey,
    MeetingKind,
    MeetingStatus,
    TrainerEventKind,
)
from opleider_desk.domain.obligations import ObligationKey, ObligationStatus
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.storage.models import (
    AgreementRow,
    HourCategoryRow,
    HourEntryRow,
    MeetingRow,
    NormSettingRow,
)
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.due import DueService
from opleider_desk.storage.services.norms import NormService
from opleider_desk.storage.services.obligations import ObligationService
from opleider_desk.storage.services.profile import ProfileService
from opleider_desk.storage.services.trainer_events import TrainerEventService

START = date(2026, 3, 2)  # a Monday
TODAY = date(2026, 11, 16)  # a Monday


def add_aios(store, name="Sanne", **kw) -> int:
    return store.service(AiosService).add(Aios(name=name, start_date=kw.pop("start_date", START), **kw))


def add_rows(store, *rows) -> None:
    with store.write("test_setup", undoable=False) as s:
        s.add_all(rows)


def category(store, key: CategoryKey) -> int:
    with store.read() as s:
        return s.scalar(select(HourCategoryRow.id).where(HourCategoryRow.key == key.value))


def hours(store, aios_id, day, minutes, key=CategoryKey.LEERGESPREK) -> HourEntryRow:
    now = datetime(2026, 1, 1)
    return HourEntryRow(
        day=day,
        minutes=minutes,
        aios_id=aios_id,
        category_id=category(store, key),
        created_at=now,
        updated_at=now,
    )


def meeting(aios_id, kind, day, status=MeetingStatus.HELD) -> MeetingRow:
    now = datetime(2026, 1, 1)
    return MeetingRow(
        aios_id=aios_id,
        kind=kind.value,
        planned_at=datetime.combine(day, time(9)),
        held_on=day if status is not MeetingStatus.PLANNED else None,
        status=status.value,
        created_at=now,
        updated_at=now,
    )


def by_kind(items):
    return {i.kind: i for i in items}


def test_due_items_from_meetings_agreements_and_hours_in_the_file(store):
    sanne = add_aios(store)
    add_rows(
        store,
        meeting(sanne, MeetingKind.VOORTGANGSGESPREK, date(2026, 9, 1)),
        meeting(sanne, MeetingKind.VOORTGANGSGESPREK, date(2027, 3, 1), MeetingStatus.PLANNED),
        AgreementRow(
            aios_id=sanne,
            text="Video-opname",
            due_date=TODAY - timedelta(days=3),
            status=AgreementStatus.OPEN.value,
            created_at=datetime(2026, 9, 1),
        ),
        AgreementRow(
            aios_id=sanne,
            text="Klaar",
            due_date=TODAY - timedelta(days=30),
            status=AgreementStatus.DONE.value,
            created_at=datetime(2026, 9, 1),
        ),
        # The last four whole weeks: 19-10 .. 9-11; 90 minutes of supervision in each, one not counted.
        *[hours(store, sanne, date(2026, 10, 19) + timedelta(weeks=w, days=2), 90) for w in range(4)],
        hours(store, sanne, date(2026, 11, 3), 600, CategoryKey.OVERLEG_INSTITUUT),
    )
    items = store.service(DueService).items(TODAY)[sanne]
    found = by_kind(items)
    assert found[DueKind.VOORTGANGSGESPREK].due_date == date(2027, 3, 2)
    assert found[DueKind.VOORTGANGSGESPREK].params["planned_on"] == date(2027, 3, 1)
    agreement = found[DueKind.AGREEMENT]
    assert (agreement.status, agreement.target.area) == (DueStatus.OVERDUE, TargetArea.AGREEMENT)
    assert store.service(DueService).agreement_texts([agreement.target.ref]) == {
        agreement.target.ref: "Video-opname"
    }
    supervision = found[DueKind.SUPERVISION_RECENT]
    assert (supervision.status, supervision.params["have"], supervision.params["expected"]) == (
        DueStatus.OVERDUE,
        360,
        480,
    )
    assert items[0].status is DueStatus.OVERDUE


def test_supervision_is_summed_per_iso_week_whatever_the_weekday(store):
    sanne = add_aios(store)
    # Sunday 15-11 belongs to the week of Monday 9-11, Monday 16-11 starts a new one.
    add_rows(
        store,
        *[hours(store, sanne, date(2026, 11, 9) + timedelta(days=d), 20) for d in range(7)],
        hours(store, sanne, date(2026, 11, 16), 45),
    )
    from opleider_desk.storage.services.hour_totals import supervision_per_week

    with store.read() as s:
        weeks = supervision_per_week(s, [sanne], date(2026, 1, 1))
    assert weeks == {sanne: {date(2026, 11, 9): 140, date(2026, 11, 16): 45}}


def test_norm_overrides_move_the_dates(store):
    sanne = add_aios(store)
    before = by_kind(store.service(DueService).items(TODAY)[sanne])
    assert before[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 9, 2)
    store.service(NormService).set_overrides({"voortgangsgesprek_interval_months": 4})
    after = by_kind(store.service(DueService).items(TODAY)[sanne])
    # The first missed slot (four months after the start) stays overdue until one is held.
    assert after[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 7, 2)


def test_only_active_aios_have_items(store):
    add_aios(store, "Daan", status=AiosStatus.PAUSED)
    sanne = add_aios(store)
    assert set(store.service(DueService).items(TODAY)) == {sanne}


def test_an_leoh_recorded_for_the_aios_moves_its_due_date(store):
    sanne = add_aios(store)
    events = store.service(TrainerEventService)
    event_id = events.add(
        TrainerEvent(kind=TrainerEventKind.LEOH, day=date(2026, 10, 1), aios_id=sanne), today=TODAY
    )
    assert by_kind(store.service(DueService).items(TODAY)[sanne])[DueKind.LEOH].due_date == date(2027, 4, 1)
    events.remove(event_id)
    assert by_kind(store.service(DueService).items(TODAY)[sanne])[DueKind.LEOH].due_date == date(2026, 9, 2)


def test_trainer_events_are_checked(store):
    events = store.service(TrainerEventService)
    with pytest.raises(ValidationFailed) as raised:
        events.add(
            TrainerEvent(kind=TrainerEventKind.DIENST, day=TODAY + timedelta(days=1), quantity=0), today=TODAY
        )
    assert {p.code for p in raised.value.problems} == {"trainer_event.quantity", "trainer_event.future"}


def test_norm_service_stores_only_what_differs_and_ignores_unknown_keys(store):
    norms = store.service(NormService)
    norms.set_overrides({"kpb_per_year": 12, "leoh_per_year": 2})
    add_rows(store, NormSettingRow(key="from_a_newer_version", value=5))
    assert norms.overrides() == {"kpb_per_year": 12}
    assert norms.norms().kpb_per_year == 12
    with pytest.raises(ValidationFailed):
        norms.set_overrides({"coaching_min_per_year": 9})
    norms.set_overrides({})
    assert norms.overrides() == {}
    with store.read() as s:
        assert s.get(NormSettingRow, ("huisartsgeneeskunde", "from_a_newer_version")).value == 5
    store.undo()
    assert norms.overrides() == {"kpb_per_year": 12}


def test_obligations_from_the_data(store):
    store.service(ProfileService).save(
        Profile(name="Marieke", practice="De Linde", practice_patients=4100, practice_gp_fte_percent=200)
    )
    sanne = add_aios(store, start_date=date(2026, 9, 7))
    year = store.service(ObligationService).training_year(TODAY)
    assert year == Period(date(2026, 9, 1), date(2027, 9, 1))
    add_rows(
        store,
        *[
            hours(store, None, date(2026, 9, 10) + timedelta(days=n), 480, CategoryKey.EIGEN_SCHOLING)
            for n in range(8)
        ],
        hours(store, None, date(2026, 8, 31), 480, CategoryKey.EIGEN_SCHOLING),  # the year before
        *[hours(store, None, date(2026, 10, d), 120, CategoryKey.INTERVISIE) for d in (5, 19)],
        *[
            hours(store, sanne, date(2026, 9, 7) + timedelta(weeks=w), 120, CategoryKey.GEZAMENLIJK_SPREEKUUR)
            for w in range(10)
        ],
        meeting(sanne, MeetingKind.EVALUATIEGESPREK_DOCENT, date(2026, 10, 1)),
    )
    events = store.service(TrainerEventService)
    for day, quantity in ((date(2026, 9, 20), 12), (date(2026, 11, 1), 9)):
        events.add(TrainerEvent(kind=TrainerEventKind.DIENST, day=day, quantity=quantity), today=TODAY)
    events.add(TrainerEvent(kind=TrainerEventKind.PROFIEL_LEERWERKPLAN, day=date(2026, 2, 1)), today=TODAY)
    results = {r.key: r for r in store.service(ObligationService).results(year, TODAY)}

    def check(key):
        r = results[key]
        return r.status, r.actual, r.required

    assert check(ObligationKey.TRAINING_DAYS) == (ObligationStatus.MET, 8 * 480, 8 * 480)
    # Intervision is an LPP proposal for social medicine, not a rule of the GP training.
    assert check(ObligationKey.INTERVISION) == (ObligationStatus.UNKNOWN, None, None)
    assert results[ObligationKey.INTERVISION].params["reason"] == "not_in_regulation"
    assert check(ObligationKey.OUT_OF_HOURS_SHIFTS) == (ObligationStatus.MET, 21, 20)
    assert check(ObligationKey.DOCENT_EVALUATIONS) == (ObligationStatus.NOT_MET, 0, 1)
    assert check(ObligationKey.PRACTICE_SIZE) == (ObligationStatus.MET, 2050, (1517, 2619))
    assert check(ObligationKey.PROFIEL_LEERWERKPLAN) == (ObligationStatus.MET, 9, 12)
    # Ten whole weeks from 7-9 to 15-11 all at 2 hours; the week of 16-11 has not ended.
    assert check(ObligationKey.JOINT_SURGERY) == (ObligationStatus.MET, 10, 10)
    assert check(ObligationKey.LEOH) == (ObligationStatus.NOT_MET, 0, 2)
    statements = store.service(ObligationService).statements(year, TODAY)
    assert (statements.actual, statements.required) == (0, 1)  # 2026-Q3, from Sanne's start

    # A trainer under the M&G regulation with this GP aios: intervision is theirs (a
    # proposal), the joint surgery and diensten come with the GP aios, LEOh too.
    store.service(ProfileService).save_regulation("maatschappij_en_gezondheid")
    aios_service = store.service(AiosService)
    aios_service.update(dataclasses.replace(aios_service.get(sanne), regulation="huisartsgeneeskunde"))
    results = {r.key: r for r in store.service(ObligationService).results(year, TODAY)}
    assert check(ObligationKey.INTERVISION) == (ObligationStatus.NOT_MET, 2, 3)
    assert check(ObligationKey.TRAINING_DAYS) == (ObligationStatus.MET, 8 * 480, 1 * 480)
    assert check(ObligationKey.JOINT_SURGERY) == (ObligationStatus.MET, 10, 10)
    assert check(ObligationKey.OUT_OF_HOURS_SHIFTS) == (ObligationStatus.MET, 21, 20)
    assert results[ObligationKey.PRACTICE_SIZE].params["reason"] == "not_in_regulation"
    # The aios follows the trainer (M&G) again: no GP criteria are owed.
    aios_service.update(dataclasses.replace(aios_service.get(sanne), regulation=""))
    results = {r.key: r for r in store.service(ObligationService).results(year, TODAY)}
    for key in (ObligationKey.JOINT_SURGERY, ObligationKey.OUT_OF_HOURS_SHIFTS, ObligationKey.LEOH):
        assert results[key].params["reason"] == "not_in_regulation"


def test_an_aios_on_another_programme_is_measured_by_their_own_rules(store):
    """A GP trainer who set 4-monthly progress meetings and 12 KPBs, and an M&G aios beside a GP one.

    Same start, same (empty) timeline: the GP aios gets the trainer's own GP values and an LEOh;
    the M&G aios gets the M&G rules (six months, ten KPBs) and no LEOh, which M&G does not know.
    """
    norms = store.service(NormService)
    norms.set_overrides({"voortgangsgesprek_interval_months": 4, "kpb_per_year": 12})
    sanne = add_aios(store)
    daan = add_aios(store, "Daan", regulation="maatschappij_en_gezondheid")
    items = store.service(DueService).items(TODAY)
    gp, mg = by_kind(items[sanne]), by_kind(items[daan])
    assert gp[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 7, 2)
    assert mg[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 9, 2)
    assert gp[DueKind.KPB].params["year_target"] > mg[DueKind.KPB].params["year_target"]
    assert DueKind.LEOH in gp and DueKind.LEOH not in mg
    # The trainer's own values for M&G are their own: setting one leaves the GP ones alone.
    norms.set_overrides({"kpb_per_year": 8}, "maatschappij_en_gezondheid")
    assert norms.overrides() == {"voortgangsgesprek_interval_months": 4, "kpb_per_year": 12}
    assert norms.norms_for(store.service(AiosService).get(daan)).kpb_per_year == 8


def test_joint_surgery_counts_a_session_of_two_hours_not_a_weekly_sum(store):
    """004_… criterium 1: "1 x per week minimaal 2 uur" is one session, not two hours spread out."""
    store.service(ProfileService).save(Profile(name="Marieke", practice="De Linde"))
    sanne = add_aios(store, start_date=date(2026, 9, 7))
    monday = date(2026, 9, 7)
    add_rows(
        store,
        # Week 1: 2 × 60 on Monday and Thursday (a weekly sum of two hours): not met.
        hours(store, sanne, monday, 60, CategoryKey.GEZAMENLIJK_SPREEKUUR),
        hours(store, sanne, monday + timedelta(days=3), 60, CategoryKey.GEZAMENLIJK_SPREEKUUR),
        # Week 2: one session logged as two entries on the same Tuesday: met.
        hours(store, sanne, monday + timedelta(days=8), 90, CategoryKey.GEZAMENLIJK_SPREEKUUR),
        hours(store, sanne, monday + timedelta(days=8), 30, CategoryKey.GEZAMENLIJK_SPREEKUUR),
    )
    year = store.service(ObligationService).training_year(TODAY)
    joint = next(
        r
        for r in store.service(ObligationService).results(year, date(2026, 9, 21))
        if r.key is ObligationKey.JOINT_SURGERY
    )
    assert (joint.actual, joint.params["weeks"]) == (1, 2)
