"""Hour entries through the service: validated, locked by signed quarters, undoable."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from opleider_desk.domain.csv_hours import ImportRow
from opleider_desk.domain.entities import Aios, HourEntry, RecurringHours
from opleider_desk.domain.enums import CategoryKey, StatementStatus
from opleider_desk.domain.problems import ValidationFailed
from opleider_desk.domain.quarters import Period
from opleider_desk.storage.models import HourEntryRow, StatementRow
from opleider_desk.storage.services.aios import AiosService
from opleider_desk.storage.services.categories import CategoryService
from opleider_desk.storage.services.hour_copy_week import WeekCopyService
from opleider_desk.storage.services.hour_import import HourImportService
from opleider_desk.storage.services.hour_routines import HourRoutineService
from opleider_desk.storage.services.hours import ALL, HoursService
from opleider_desk.storage.services.norms import NormService

MONDAY = date(2026, 3, 9)


@pytest.fixture
def hours(store) -> HoursService:
    return store.service(HoursService)


@pytest.fixture
def importing(store) -> HourImportService:
    return store.service(HourImportService)


@pytest.fixture
def sanne(store) -> int:
    return store.service(AiosService).add(Aios(name="Sanne de Vries", start_date=date(2025, 9, 1)))


@pytest.fixture
def cat(store) -> dict[str, int]:
    return {c.key: c.id for c in store.service(CategoryService).list()}


def _entry(cat, aios_id, day=MONDAY, minutes=60, key=CategoryKey.LEERGESPREK, text="") -> HourEntry:
    return HourEntry(day=day, minutes=minutes, aios_id=aios_id, category_id=cat[key.value], description=text)


def _sign(store, aios_id, year=2026, quarter=1) -> None:
    with store.write("test_sign") as session:
        session.add(
            StatementRow(
                aios_id=aios_id,
                year=year,
                quarter=quarter,
                status=StatementStatus.SIGNED.value,
                signed_on=date(2026, 4, 3),
                created_at=datetime(2026, 4, 3),
            )
        )


def _count(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(HourEntryRow))


def test_add_edit_delete_and_undo_each(store, hours, sanne, cat):
    entry_id = hours.add(_entry(cat, sanne, text="  NHG-standaard astma "))
    assert hours.get(entry_id).description == "NHG-standaard astma"
    hours.update(
        HourEntry(id=entry_id, day=MONDAY, minutes=90, aios_id=sanne, category_id=cat["leergesprek"])
    )
    assert hours.get(entry_id).minutes == 90
    assert hours.delete([entry_id]) == 1
    assert hours.entries(None) == []
    store.undo()
    assert hours.get(entry_id).minutes == 90
    store.undo()
    assert hours.get(entry_id).minutes == 60


def test_refused_entries_write_nothing(store, hours, sanne, cat):
    with pytest.raises(ValidationFailed) as failure:
        hours.add(_entry(cat, 999))
    assert [p.code for p in failure.value.problems] == ["aios.gone"]
    store.service(CategoryService).set_active(cat["overig"], False)
    with pytest.raises(ValidationFailed) as failure:
        hours.add(_entry(cat, sanne, key=CategoryKey.OVERIG))
    assert failure.value.problems[0].code == "hours.category_inactive"
    with pytest.raises(ValidationFailed) as failure:
        hours.add(_entry(cat, sanne, minutes=0))
    assert failure.value.problems[0].field == "minutes"
    assert _count(store) == 0


def test_a_day_holds_at_most_24_hours_whoever_they_were_with(hours, sanne, cat):
    hours.add(_entry(cat, sanne, minutes=20 * 60))
    hours.add(_entry(cat, None, minutes=4 * 60, key=CategoryKey.EIGEN_SCHOLING))
    with pytest.raises(ValidationFailed) as failure:
        hours.add(_entry(cat, sanne, minutes=1))
    [problem] = failure.value.problems
    assert (problem.code, problem.params["total_minutes"]) == ("hours.day_over_24h", 24 * 60 + 1)


def test_an_entry_in_a_signed_quarter_cannot_be_added_changed_moved_or_deleted(store, hours, sanne, cat):
    inside = hours.add(_entry(cat, sanne, day=date(2026, 3, 31)))
    outside = hours.add(_entry(cat, sanne, day=date(2026, 4, 1)))
    _sign(store, sanne)
    for action in (
        lambda: hours.add(_entry(cat, sanne, day=date(2026, 1, 5))),
        lambda: hours.update(
            HourEntry(
                id=inside, day=date(2026, 3, 31), minutes=30, aios_id=sanne, category_id=cat["leergesprek"]
            )
        ),
        lambda: hours.update(
            HourEntry(
                id=outside, day=date(2026, 3, 30), minutes=60, aios_id=sanne, category_id=cat["leergesprek"]
            )
        ),
        lambda: hours.delete([outside, inside]),
    ):
        with pytest.raises(ValidationFailed) as failure:
            action()
        assert failure.value.problems[0].code == "hours.locked"
        assert failure.value.problems[0].params["quarter"] == "2026-Q1"
    assert _count(store) == 2
    # The trainer's own time is a separate statement, not locked by the aios's.
    hours.add(_entry(cat, None, day=date(2026, 2, 2), key=CategoryKey.INTERVISIE))
    assert hours.locked_quarters() == {(sanne, 2026, 1)}


def test_entries_for_a_period_and_an_aios(hours, sanne, cat):
    hours.add(_entry(cat, sanne, day=date(2026, 2, 28)))
    hours.add(_entry(cat, sanne, day=date(2026, 3, 1)))
    hours.add(_entry(cat, None, day=date(2026, 3, 31), key=CategoryKey.INTERVISIE))
    march = Period.month_of(date(2026, 3, 1))
    assert [e.day.day for e in hours.entries(march)] == [1, 31]
    assert [e.day.day for e in hours.entries(march, aios=sanne)] == [1]
    assert [e.aios_id for e in hours.entries(march, aios=None)] == [None]
    assert len(hours.entries(None, aios=ALL)) == 3


def test_totals_and_minutes_per_week(store, hours, sanne, cat):
    from opleider_desk.storage.services import hour_totals

    hours.add(_entry(cat, sanne, day=date(2026, 3, 9), minutes=120, key=CategoryKey.GEZAMENLIJK_SPREEKUUR))
    hours.add(_entry(cat, sanne, day=date(2026, 3, 15), minutes=45))  # Sunday: same week
    hours.add(_entry(cat, sanne, day=date(2026, 3, 16), minutes=30, key=CategoryKey.PORTFOLIO_ADMINISTRATIE))
    hours.add(_entry(cat, None, day=date(2026, 3, 11), minutes=480, key=CategoryKey.EIGEN_SCHOLING))
    totals = hours.totals(Period.month_of(MONDAY))
    assert totals.total == 675
    assert totals.per_aios() == {sanne: 195, None: 480}
    assert totals.per_category()[cat["gezamenlijk_spreekuur"]] == 120
    # The rules' per-week and per-day sums (hour_totals) see the same entries.
    march, april = date(2026, 3, 1), date(2026, 4, 1)
    with store.read() as session:
        assert hour_totals.supervision_per_week(session, [sanne], march) == {sanne: {date(2026, 3, 9): 165}}
        assert hour_totals.category_per_week(
            session, CategoryKey.GEZAMENLIJK_SPREEKUUR, [sanne], march, april
        ) == {sanne: {date(2026, 3, 9): 120}}
        assert hour_totals.own_minutes_per_day(session, [CategoryKey.EIGEN_SCHOLING], march, april) == {
            "eigen_scholing": {date(2026, 3, 11): 480}
        }


def test_copy_last_week_is_one_undo_step_and_skips_what_is_there(store, hours, sanne, cat):
    hours.add(_entry(cat, sanne, day=date(2026, 3, 2), minutes=120, key=CategoryKey.GEZAMENLIJK_SPREEKUUR))
    hours.add(_entry(cat, sanne, day=date(2026, 3, 5), minutes=60))
    hours.add(_entry(cat, sanne, day=date(2026, 3, 12), minutes=60))  # already logged this week
    assert store.service(WeekCopyService).copy(date(2026, 3, 11)) == 1
    assert [(e.day.day, e.minutes) for e in hours.entries(Period.week_of(MONDAY))] == [(9, 120), (12, 60)]
    assert store.service(WeekCopyService).copy(date(2026, 3, 11)) == 0
    store.undo()
    assert len(hours.entries(Period.week_of(MONDAY))) == 1


def test_the_routine_is_logged_once_per_week(store, hours, sanne, cat):
    routines = store.service(HourRoutineService)
    routines.add_routine(
        RecurringHours(
            weekday=0,
            minutes=120,
            aios_id=sanne,
            category_id=cat["gezamenlijk_spreekuur"],
            description="Gezamenlijk spreekuur",
        )
    )
    routine_id = routines.add_routine(
        RecurringHours(weekday=3, minutes=60, aios_id=sanne, category_id=cat["leergesprek"])
    )
    with pytest.raises(ValidationFailed):
        routines.add_routine(RecurringHours(weekday=7, minutes=60, category_id=cat["leergesprek"]))
    assert routines.log_routine(date(2026, 3, 14)) == 2
    assert routines.log_routine(date(2026, 3, 14)) == 0
    assert [e.day for e in hours.entries(Period.week_of(MONDAY))] == [date(2026, 3, 9), date(2026, 3, 12)]
    routine = next(r for r in routines.routines() if r.id == routine_id)
    routines.update_routine(dataclasses.replace(routine, active=False))
    store.undo()  # the update
    store.undo()  # the routine logged: one step
    assert hours.entries(None) == []
    routines.delete_routine(routine_id)
    assert len(routines.routines()) == 1


CSV = (
    "Datum;Aios;Categorie;Duur;Omschrijving\r\n"
    "09-03-2026;Sanne de Vries;Leergesprek;1:00;Astma\r\n"
    "10-03-2026;;Intervisie;2,5;Intervisie opleidersgroep\r\n"
).encode("utf-8-sig")


def test_import_is_one_undo_step_and_flags_duplicates(store, hours, importing, sanne, cat):
    hours.add(_entry(cat, sanne, day=MONDAY, minutes=60))
    check = importing.check_import(
        CSV, today=date(2026, 3, 20), category_names={"Leergesprek": cat["leergesprek"]}
    )
    assert check.can_import and check.errors == ()
    assert set(check.existing_duplicates) == {2} and 2 in check.existing_duplicates
    assert check.import_count(skip_existing_duplicates=True) == 1
    assert importing.import_checked(check, skip_existing_duplicates=False) == 2
    assert _count(store) == 3
    assert [c.op for c in [store.history.peek_undo()]] == ["import_hours"]
    store.undo()
    assert _count(store) == 1
    store.redo()
    assert {e.minutes for e in hours.entries(None, aios=None)} == {150}


def test_import_refuses_locked_quarters_and_days_that_would_pass_24_hours(
    store, hours, importing, sanne, cat
):
    hours.add(_entry(cat, None, day=date(2026, 3, 10), minutes=22 * 60, key=CategoryKey.OVERIG))
    _sign(store, sanne)
    check = importing.check_import(CSV, today=date(2026, 3, 20), category_names={})
    assert not check.can_import
    assert [(e.line_no, e.problem.code) for e in check.errors] == [
        (2, "hours.locked"),
        (3, "hours.day_over_24h"),
    ]
    with pytest.raises(ValidationFailed):
        importing.import_rows(check.preview.rows)
    assert _count(store) == 1


def test_categories_are_added_renamed_and_deactivated_without_losing_history(store, hours, sanne, cat):
    categories = store.service(CategoryService)
    own = categories.add("Video-opnames bekijken", counts_as_supervision=True)
    with pytest.raises(ValidationFailed) as failure:
        categories.add("video-opnames  bekijken")
    assert failure.value.problems[0].code == "category.name_taken"
    entry_id = hours.add(HourEntry(day=MONDAY, minutes=30, aios_id=sanne, category_id=own))
    categories.rename(own, "Video-analyse")
    categories.set_active(own, False)
    assert own not in {c.id for c in categories.list()}
    assert categories.get(own).name == "Video-analyse"
    assert hours.get(entry_id).category_id == own
    # Editing an entry in a category that was since deactivated keeps working.
    hours.update(HourEntry(id=entry_id, day=MONDAY, minutes=45, aios_id=sanne, category_id=own))
    categories.rename(cat["overig"], "Diversen")
    categories.rename(cat["overig"], "")
    assert categories.get(cat["overig"]).name == ""


def test_norms_come_from_the_file_with_the_defaults_beneath(store):
    from opleider_desk.storage.models import NormSettingRow

    assert store.service(NormService).norms().supervision_minutes_per_week == 120
    with store.write("test_norm") as session:
        session.add(NormSettingRow(key="supervision_minutes_per_week", value=150))
    assert store.service(NormService).norms().supervision_minutes_per_week == 150


def test_deleting_many_entries_is_one_undo_step(store, hours, importing, sanne, cat):
    rows = [
        ImportRow(
            n,
            date(2026, 1, 1) + timedelta(days=n % 300),
            "Sanne de Vries",
            "Leergesprek",
            15,
            "",
            sanne,
            cat["leergesprek"],
        )
        for n in range(1200)
    ]
    importing.import_rows(rows)
    ids = [e.id for e in hours.entries(None)]
    assert hours.delete(ids) == 1200
    assert _count(store) == 0
    store.undo()
    assert sorted(e.id for e in hours.entries(None)) == sorted(ids)


def test_the_service_api_refuses_what_the_domain_refuses(store):
    # Issue 14: through the API a part-time of 50.5 and minutes of 1.5 were stored,
    # and a lone surrogate raised UnicodeEncodeError.
    from opleider_desk.domain.entities import Aios
    from opleider_desk.domain.problems import ValidationFailed
    from opleider_desk.storage.services.aios import AiosService

    aios = store.service(AiosService)
    wrong: list[dict[str, Any]] = [
        {"part_time_percent": 50.5},
        {"name": "Sanne \ud800"},
        {"start_date": date(9999, 12, 31)},
    ]
    for bad in wrong:
        with pytest.raises(ValidationFailed):
            aios.add(Aios(**{"name": "Sanne", "start_date": date(2026, 3, 2), **bad}))
    assert aios.list() == []


def test_reimporting_a_cumulative_sheet_leaves_out_logged_lines_before_the_lock_check(
    store, hours, importing, sanne, cat
):
    # Issue 14: the whole-year sheet imported again after Q1 was signed was refused
    # line by line for lock reasons, although those lines were already logged.
    first = importing.check_import(
        CSV, today=date(2026, 3, 20), category_names={"Leergesprek": cat["leergesprek"]}
    )
    importing.import_checked(first)
    _sign(store, sanne)
    grown = CSV + b"06-04-2026;Sanne de Vries;Leergesprek;0:45;Nieuw kwartaal\r\n"
    again = importing.check_import(
        grown, today=date(2026, 4, 20), category_names={"Leergesprek": cat["leergesprek"]}
    )
    assert again.errors == () and again.can_import
    assert set(again.existing_duplicates) == {2, 3}
    assert again.import_count(skip_existing_duplicates=True) == 1
    assert importing.import_checked(again) == 1
    assert _count(store) == 3


def test_the_import_audit_entry_keeps_no_file_name(store, hours, importing, sanne, cat):
    from sqlalchemy import select

    from opleider_desk.storage.models import AuditLogRow

    check = importing.check_import(
        CSV, today=date(2026, 3, 20), category_names={"Leergesprek": cat["leergesprek"]}
    )
    importing.import_checked(check)
    with store.read() as session:
        rows = session.scalars(select(AuditLogRow).where(AuditLogRow.action == "import_hours")).all()
    assert rows and all("Sanne" not in f"{r.summary} {r.details}" for r in rows)
