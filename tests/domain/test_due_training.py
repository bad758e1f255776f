"""The due engine on crafted timelines of a whole training with placements and interruptions."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from opleider_desk.domain.due import (
    GBT,
    GBT_MONTHS,
    GBT_RGS_INFORMED,
    PB_CONSULTATION,
    PB_REPORT,
    DueItem,
    DueKind,
    DueStatus,
    TargetArea,
    due_items,
    trainer_items,
)
from opleider_desk.domain.due_norms import PROGRAM_DEFAULT, DueNorms
from opleider_desk.domain.entities import Aios, Interruption, Meeting, Placement, TrainerEvent
from opleider_desk.domain.enums import (
    InterruptionKind,
    MeetingKind,
    MeetingStatus,
    PlacementSetting,
    TrainerEventKind,
)

START = date(2025, 9, 1)
END = date(2028, 8, 31)
AIOS = Aios(id=1, name="Sanne", start_date=START, expected_end_date=END)

YEAR1 = Placement(
    aios_id=1, setting=PlacementSetting.PRACTICE_OPLEIDER, start=START, end=date(2026, 8, 31), hlwp=1
)
YEAR2 = Placement(aios_id=1, setting=PlacementSetting.HOSPITAL, start=date(2026, 9, 1), end=date(2027, 8, 31))
YEAR3 = Placement(
    aios_id=1,
    setting=PlacementSetting.PRACTICE_OPLEIDER,
    start=date(2027, 9, 1),
    end=END,
    hlwp=2,
    part_time_percent=50,
)
THREE_YEARS = [YEAR1, YEAR2, YEAR3]


def held(kind: str, day: date, aios_id: int = 1, **extra) -> Meeting:
    return Meeting(aios_id=aios_id, kind=kind, held_on=day, status=MeetingStatus.HELD, **extra)


def by_kind(items: list[DueItem]) -> dict[DueKind, DueItem]:
    return {i.kind: i for i in items}


def items_on(today: date, *, aios: Aios = AIOS, placements=THREE_YEARS, **kw) -> dict[DueKind, DueItem]:
    return by_kind(due_items(aios, today, placements=placements, **kw))


# --- a placement year 1 / stage year 2 / year 3 training --------------------------------------


def test_year_one_in_the_practice_gets_its_suitability_assessment_before_the_placement_ends():
    found = items_on(date(2026, 7, 1), meetings=[held(MeetingKind.VOORTGANGSGESPREK, date(2026, 3, 2))])
    # Month 12 is the first day of the hospital year: it closes year 1, so it is due on its last day.
    assert found[DueKind.GESCHIKTHEIDSBEOORDELING].due_date == date(2026, 8, 31)
    assert found[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 8, 31)
    assert found[DueKind.VOORTGANGSGESPREK].params["slot"] == 2
    assert DueKind.EINDGESPREK in found
    assert found[DueKind.EINDGESPREK].due_date == date(2028, 6, 30)


def test_the_year_elsewhere_asks_nothing_of_the_practice_but_the_next_startgesprek():
    meetings = [
        held(MeetingKind.STARTGESPREK, START),
        held(MeetingKind.VOORTGANGSGESPREK, date(2026, 3, 2)),
        held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2026, 8, 20)),
    ]
    found = items_on(date(2027, 1, 10), meetings=meetings, supervision_per_week={})
    for kind in (DueKind.KPB, DueKind.COACHINGSGESPREK, DueKind.SUPERVISION_RECENT, DueKind.LEOH):
        assert kind not in found, kind
    # The next voortgangsgesprek with the user is half a year into year 3 (months 24 and 30).
    assert found[DueKind.VOORTGANGSGESPREK].due_date == date(2028, 3, 1)
    assert found[DueKind.VOORTGANGSGESPREK].status is DueStatus.UPCOMING
    assert found[DueKind.STARTGESPREK].due_date == date(2027, 9, 15)
    assert found[DueKind.STARTGESPREK].params["placement_start"] == YEAR3.start
    # Year 3's suitability is the eindgesprek's: no separate one.
    assert DueKind.GESCHIKTHEIDSBEOORDELING not in found


def test_startgesprek_at_the_start_of_each_placement_with_the_user():
    first = items_on(date(2025, 9, 20))
    assert first[DueKind.STARTGESPREK].due_date == date(2025, 9, 15)
    assert first[DueKind.STARTGESPREK].status is DueStatus.OVERDUE
    done = items_on(date(2025, 9, 20), meetings=[held(MeetingKind.STARTGESPREK, date(2025, 9, 3))])
    assert DueKind.STARTGESPREK not in done
    # Year 3 asks a new one: the one of year 1 does not count.
    later = items_on(date(2027, 9, 20), meetings=[held(MeetingKind.STARTGESPREK, date(2025, 9, 3))])
    assert later[DueKind.STARTGESPREK].due_date == date(2027, 9, 15)
    assert "startgesprek_within_days" in later[DueKind.STARTGESPREK].defaults


def test_part_time_changes_between_placements():
    year1 = items_on(date(2026, 3, 1))
    year3 = items_on(date(2028, 3, 1))
    assert year1[DueKind.KPB].params["year_target"] == 10
    assert "pro_rata_part_time" not in year1[DueKind.KPB].defaults
    assert year3[DueKind.KPB].params["year_target"] == 5
    assert "pro_rata_part_time" in year3[DueKind.KPB].defaults
    # Switched off, the 50 % aios owes the full norm.
    off = items_on(date(2028, 3, 1), norms=DueNorms(pro_rata_part_time=False))
    assert off[DueKind.KPB].params["year_target"] == 10
    assert "pro_rata_part_time" not in off[DueKind.KPB].defaults


def test_kpbs_count_only_in_the_current_placement_year():
    meetings = [held(MeetingKind.KPB, date(2026, 1, 1) + timedelta(days=7 * i)) for i in range(10)]
    assert items_on(date(2026, 6, 1), meetings=meetings)[DueKind.KPB].status is DueStatus.OK
    assert items_on(date(2027, 10, 1), meetings=meetings)[DueKind.KPB].params["have"] == 0


# --- interruptions ----------------------------------------------------------------------------


ONE_YEAR = [Placement(aios_id=1, start=date(2026, 1, 1), end=date(2026, 12, 31))]
A_YEAR = Aios(id=1, name="Daan", start_date=date(2026, 1, 1), expected_end_date=date(2026, 12, 31))
SICK = Interruption(
    aios_id=1, kind=InterruptionKind.AIOS_SICK_LEAVE, start=date(2026, 3, 1), end=date(2026, 5, 9)
)


def test_a_ten_week_sick_leave_in_the_middle_of_a_half_year_moves_the_voortgangsgesprek():
    assert SICK.end is not None and (SICK.end - SICK.start).days + 1 == 70
    before = items_on(date(2026, 2, 1), aios=A_YEAR, placements=ONE_YEAR)
    assert before[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 7, 1)
    after = items_on(date(2026, 6, 1), aios=A_YEAR, placements=ONE_YEAR, interruptions=[SICK])
    item = after[DueKind.VOORTGANGSGESPREK]
    assert item.due_date == date(2026, 7, 1) + timedelta(days=70)
    assert "interruptions_move_due" in item.defaults


def test_a_sick_leave_lowers_what_the_year_counts_and_the_weeks_supervision_is_measured_over():
    kpbs = [held(MeetingKind.KPB, date(2026, 1, d)) for d in (5, 12, 19)]
    plain = items_on(
        date(2026, 6, 1), aios=A_YEAR, placements=ONE_YEAR, meetings=kpbs, supervision_per_week={}
    )
    sick = items_on(
        date(2026, 6, 1),
        aios=A_YEAR,
        placements=ONE_YEAR,
        meetings=kpbs,
        interruptions=[SICK],
        supervision_per_week={},
    )
    assert sick[DueKind.KPB].params["year_target"] < plain[DueKind.KPB].params["year_target"]
    assert sick[DueKind.KPB].due_date > plain[DueKind.KPB].due_date
    assert (
        sick[DueKind.SUPERVISION_YEAR].params["weeks"] == plain[DueKind.SUPERVISION_YEAR].params["weeks"] - 11
    )


def test_switched_off_interruptions_move_nothing():
    found = items_on(
        date(2026, 6, 1),
        aios=A_YEAR,
        placements=ONE_YEAR,
        interruptions=[SICK],
        norms=DueNorms(interruptions_move_due=False),
    )
    assert found[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 7, 1)


def test_a_meeting_due_while_the_trainer_is_away_is_due_the_day_after():
    away = Interruption(
        aios_id=1, kind=InterruptionKind.TRAINER_HOLIDAY, start=date(2026, 6, 20), end=date(2026, 7, 12)
    )
    found = items_on(date(2026, 6, 1), aios=A_YEAR, placements=ONE_YEAR, interruptions=[away])
    assert found[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 7, 13)


def test_an_interruption_over_two_months_asks_to_inform_the_institution():
    long = Interruption(
        aios_id=1, kind=InterruptionKind.TRAINER_ILLNESS, start=date(2026, 3, 1), end=date(2026, 6, 1)
    )
    found = items_on(date(2026, 3, 5), aios=A_YEAR, placements=ONE_YEAR, interruptions=[long, SICK])
    item = found[DueKind.INFORM_INSTITUTION]
    assert item.status is DueStatus.OVERDUE and item.due_date == date(2026, 3, 1)
    assert "§9" in item.source.text
    # Ten weeks of sick leave is not over two months? 1 March + 2 months is 1 May: it is.
    assert (
        sum(
            1
            for i in due_items(A_YEAR, date(2026, 3, 5), placements=ONE_YEAR, interruptions=[long, SICK])
            if i.kind is DueKind.INFORM_INSTITUTION
        )
        == 2
    )
    informed = Interruption(
        aios_id=1,
        kind=InterruptionKind.TRAINER_ILLNESS,
        start=date(2026, 3, 1),
        end=date(2026, 6, 1),
        institution_informed=True,
    )
    quiet = items_on(date(2026, 3, 5), aios=A_YEAR, placements=ONE_YEAR, interruptions=[informed])
    assert DueKind.INFORM_INSTITUTION not in quiet
    short = Interruption(
        aios_id=1, kind=InterruptionKind.AIOS_OTHER, start=date(2026, 3, 1), end=date(2026, 4, 20)
    )
    assert DueKind.INFORM_INSTITUTION not in items_on(
        date(2026, 3, 5), aios=A_YEAR, placements=ONE_YEAR, interruptions=[short]
    )


# --- counts_as ----------------------------------------------------------------------------------


def test_a_voortgangsgesprek_with_geschiktheidsbeoordeling_fills_both_slots():
    combined = [held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2026, 8, 25))]
    found = items_on(date(2026, 8, 26), aios=A_YEAR, placements=ONE_YEAR, meetings=combined)
    assert DueKind.GESCHIKTHEIDSBEOORDELING not in found
    # Slot 1 (month 6) and slot 2 (month 12, the eindgesprek's) are both behind it.
    assert DueKind.VOORTGANGSGESPREK not in found


def test_the_counts_as_of_the_real_templates_are_read():
    from opleider_desk.domain.templates import builtin_forms_dir, load_templates

    counts_as = {key: t.counts_as for key, t in load_templates(builtin_forms_dir()).items()}
    assert MeetingKind.VOORTGANGSGESPREK in counts_as[MeetingKind.GESCHIKTHEIDSBEOORDELING]
    found = items_on(
        date(2026, 9, 5),
        meetings=[held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2026, 8, 25))],
        counts_as=counts_as,
    )
    assert found[DueKind.VOORTGANGSGESPREK].due_date == date(2028, 3, 1)
    # Without the template's word the same meeting leaves the voortgangsgesprek open.
    bare = items_on(
        date(2026, 9, 5),
        meetings=[held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2026, 8, 25))],
        counts_as={},
    )
    assert bare[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 3, 1)


# --- awkward start dates, an end in the past ---------------------------------------------------


def test_a_start_on_31_january_and_on_29_february():
    jan = Aios(id=1, name="A", start_date=date(2026, 1, 31), expected_end_date=date(2029, 1, 30))
    found = items_on(
        date(2026, 2, 1), aios=jan, placements=[Placement(aios_id=1, start=jan.start_date, end=None)]
    )
    assert found[DueKind.VOORTGANGSGESPREK].due_date == date(2026, 7, 31)
    assert found[DueKind.GESCHIKTHEIDSBEOORDELING].due_date == date(2027, 1, 31)
    leap = Aios(id=1, name="B", start_date=date(2028, 2, 29), expected_end_date=date(2031, 2, 28))
    p = [Placement(aios_id=1, start=leap.start_date, end=None)]
    found = items_on(date(2028, 3, 1), aios=leap, placements=p)
    assert found[DueKind.VOORTGANGSGESPREK].due_date == date(2028, 8, 29)
    assert found[DueKind.GESCHIKTHEIDSBEOORDELING].due_date == date(2029, 2, 28)


def test_an_aios_with_an_end_date_in_the_past():
    found = items_on(date(2028, 10, 1), supervision_per_week={})
    assert found[DueKind.END_DATE_PASSED].status is DueStatus.OVERDUE
    assert found[DueKind.END_DATE_PASSED].source.text == PROGRAM_DEFAULT
    for kind in (DueKind.KPB, DueKind.SUPERVISION_RECENT, DueKind.STARTGESPREK, DueKind.LEOH):
        assert kind not in found
    assert found[DueKind.EINDGESPREK].status is DueStatus.OVERDUE


# --- the trainer's obligations per aios --------------------------------------------------------


def test_two_aios_sharing_the_practice_count_their_diensten_each():
    other = Aios(id=2, name="Daan", start_date=START, expected_end_date=END)
    other_year1 = Placement(
        aios_id=2, setting=PlacementSetting.PRACTICE_OPLEIDER, start=START, end=date(2026, 8, 31), hlwp=1
    )
    events = [
        TrainerEvent(kind=TrainerEventKind.DIENST, day=date(2025, 10, 1), quantity=20, aios_id=1),
        TrainerEvent(kind=TrainerEventKind.DIENST, day=date(2025, 10, 1), quantity=5, aios_id=2),
    ]
    today = date(2026, 3, 1)
    sanne = items_on(today, trainer_events=events)[DueKind.DIENSTEN]
    daan = items_on(today, aios=other, placements=[other_year1], trainer_events=events)[DueKind.DIENSTEN]
    assert (sanne.status, sanne.params["have"], sanne.params["hlwp"]) == (DueStatus.OK, 20, 1)
    assert (daan.status, daan.params["have"]) == (DueStatus.OVERDUE, 5)
    assert "004_" in daan.source.text
    # The second HLWP counts again from zero.
    assert items_on(date(2027, 11, 1), trainer_events=events)[DueKind.DIENSTEN].params["have"] == 0


def test_hao_evaluations_two_per_aios_by_the_end_of_each_hlwp():
    first = items_on(date(2026, 3, 1))[DueKind.HAO_EVALUATIE]
    assert (first.due_date, first.params["have"]) == (YEAR1.end, 0)
    one = [held(MeetingKind.EVALUATIEGESPREK_DOCENT, date(2026, 6, 1))]
    second = items_on(date(2027, 10, 1), meetings=one)[DueKind.HAO_EVALUATIE]
    assert second.due_date == END
    two = [*one, held(MeetingKind.EVALUATIEGESPREK_DOCENT, date(2028, 1, 10))]
    assert DueKind.HAO_EVALUATIE not in items_on(date(2028, 2, 1), meetings=two)


def test_span_of_control_over_four_aios_is_a_proposal():
    many = [Aios(id=i, name=f"A{i}", start_date=START, expected_end_date=END) for i in range(1, 6)]
    placements = {i: [Placement(aios_id=i, start=START, end=END)] for i in range(1, 6)}
    [item] = trainer_items(many, placements, date(2026, 1, 1))
    assert item.kind is DueKind.SPAN_OF_CONTROL and item.params == {"have": 5, "max": 4}
    assert item.source.proposal and "001_" in item.source.text
    assert trainer_items(many[:4], placements, date(2026, 1, 1)) == []


# --- begeleidingstrajecten ---------------------------------------------------------------------


def test_an_intern_begeleidingstraject_is_followed_up_until_closed():
    ibt = held(MeetingKind.INTERN_BEGELEIDINGSTRAJECT, date(2026, 2, 1))
    found = items_on(date(2026, 2, 2), meetings=[ibt])
    assert found[DueKind.IBT_FOLLOWUP].due_date == date(2026, 3, 15)
    assert "ibt_followup_weeks" in found[DueKind.IBT_FOLLOWUP].defaults
    improved = held(MeetingKind.INTERN_BEGELEIDINGSTRAJECT, date(2026, 3, 10), verdict="verbeterd")
    assert DueKind.IBT_FOLLOWUP not in items_on(date(2026, 3, 11), meetings=[ibt, improved])
    not_improved = held(MeetingKind.INTERN_BEGELEIDINGSTRAJECT, date(2026, 3, 10), verdict="niet_verbeterd")
    step = items_on(date(2026, 3, 11), meetings=[ibt, not_improved])[DueKind.NOT_SUITABLE_NEXT_STEP]
    assert step.target.ref == GBT and step.status is DueStatus.OVERDUE


def test_a_gbt_is_tracked_to_its_closing_assessment():
    gbt = held(GBT, date(2026, 1, 10), answers={GBT_MONTHS: 4})
    found = items_on(date(2026, 1, 11), meetings=[gbt])
    assert found[DueKind.GBT_RGS].status is DueStatus.OVERDUE
    assert found[DueKind.GBT_CLOSING].due_date == date(2026, 5, 10)
    assert found[DueKind.GBT_PROGRESS].due_date < date(2026, 5, 10)
    reported = held(GBT, date(2026, 1, 10), answers={GBT_MONTHS: 4, GBT_RGS_INFORMED: True})
    closing = held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2026, 5, 8), verdict="geschikt")
    done = items_on(date(2026, 5, 9), meetings=[reported, closing])
    assert not {DueKind.GBT_RGS, DueKind.GBT_CLOSING, DueKind.GBT_PROGRESS} & set(done)


def test_niet_geschikt_names_the_next_step():
    verdict = held(MeetingKind.GESCHIKTHEIDSBEOORDELING, date(2026, 8, 20), verdict="niet_geschikt")
    step = items_on(date(2026, 8, 21), meetings=[verdict])[DueKind.NOT_SUITABLE_NEXT_STEP]
    assert step.target.ref == GBT and step.params["after"] == MeetingKind.GESCHIKTHEIDSBEOORDELING


# --- the praktijkbegeleider ---------------------------------------------------------------------


def test_a_praktijkbegeleider_sees_their_own_duties_not_the_opleiders():
    pb = [
        Placement(
            aios_id=1,
            setting=PlacementSetting.PRACTICE_PRAKTIJKBEGELEIDER,
            start=date(2026, 1, 1),
            end=date(2026, 6, 30),
        )
    ]
    aios = Aios(id=1, name="M&G", start_date=date(2026, 1, 1), expected_end_date=date(2029, 12, 31))
    meetings = [held(PB_CONSULTATION, date(2026, 2, 3))]
    found = items_on(date(2026, 2, 10), aios=aios, placements=pb, meetings=meetings, supervision_per_week={})
    assert found[DueKind.PB_CONSULTATION].due_date == date(2026, 3, 3)
    assert found[DueKind.PB_REPORT].due_date == date(2026, 6, 30)
    assert "Bijlage 2" in found[DueKind.PB_CONSULTATION].source.text
    for kind in (
        DueKind.STARTGESPREK,
        DueKind.VOORTGANGSGESPREK,
        DueKind.GESCHIKTHEIDSBEOORDELING,
        DueKind.EINDGESPREK,
        DueKind.LEOH,
        DueKind.DIENSTEN,
        DueKind.HAO_EVALUATIE,
    ):
        assert kind not in found, kind
    assert DueKind.KPB in found and DueKind.SUPERVISION_RECENT in found
    report = held(PB_REPORT, date(2026, 6, 20))
    assert DueKind.PB_REPORT not in items_on(date(2026, 6, 21), aios=aios, placements=pb, meetings=[report])


def test_one_consultation_with_the_opleider_covers_every_aios_the_praktijkbegeleider_supervises():
    """``000_…`` Bijlage 2 §6: "De praktijkbegeleider en de opleider overleggen in principe
    maandelijks" — a consultation of the pair about the practice training, not per aios."""
    aios = [
        Aios(id=n, name=f"aios {n}", start_date=date(2026, 1, 1), expected_end_date=date(2029, 12, 31))
        for n in (1, 2)
    ]
    pb = {
        a.id: [
            Placement(
                aios_id=a.id,
                setting=PlacementSetting.PRACTICE_PRAKTIJKBEGELEIDER,
                start=date(2026, 1, 1),
                end=date(2026, 12, 31),
            )
        ]
        for a in aios
    }
    # Logged once, with the first aios; the second is covered by the same talk.
    meetings = [
        held(PB_CONSULTATION, date(2026, 3, 5), aios_id=1),
        Meeting(
            aios_id=1, kind=PB_CONSULTATION, planned_at=datetime(2026, 4, 2, 9), status=MeetingStatus.PLANNED
        ),
    ]
    for a in aios:
        found = items_on(date(2026, 3, 10), aios=a, placements=pb[a.id], meetings=meetings)
        consultation = found[DueKind.PB_CONSULTATION]
        assert (consultation.due_date, consultation.params["last"]) == (date(2026, 4, 5), date(2026, 3, 5))
        assert consultation.params["planned_on"] == date(2026, 4, 2)


# --- from the logged hours ----------------------------------------------------------------------


def test_weekly_themed_leergesprek_and_part_time_spread_from_the_hours():
    today = date(2028, 2, 2)  # a Wednesday in year 3 (50 %)
    mondays = [date(2028, 1, 3) + timedelta(weeks=i) for i in range(4)]
    leer = {mondays[0]: 30, mondays[2]: 45, mondays[3]: 30}
    days = dict.fromkeys(mondays, 3) | {mondays[1]: 2}
    found = items_on(today, leergesprek_per_week=leer, days_per_week=days)
    assert found[DueKind.THEMED_LEERGESPREK].params["short"] == 1
    assert found[DueKind.THEMED_LEERGESPREK].status is DueStatus.OVERDUE
    assert found[DueKind.PART_TIME_SPREAD].params["short"] == 1
    full = items_on(
        today, leergesprek_per_week=dict.fromkeys(mondays, 30), days_per_week=dict.fromkeys(mondays, 3)
    )
    assert full[DueKind.THEMED_LEERGESPREK].status is DueStatus.OK
    # A full-time aios is not checked for spread.
    year1 = items_on(date(2026, 2, 4), days_per_week={})
    assert DueKind.PART_TIME_SPREAD not in year1


def test_every_item_names_a_rule_with_a_source():
    found = due_items(
        AIOS,
        date(2026, 7, 1),
        placements=THREE_YEARS,
        supervision_per_week={},
        leergesprek_per_week={},
        days_per_week={},
    )
    assert found
    for item in found:
        assert item.rule and (item.source.text or item.source.agreed), item.kind


def test_an_upgraded_aios_in_year_3_is_asked_for_the_training_start_and_its_cycle_says_why():
    here = date(2025, 9, 15)
    aios = Aios(
        id=1,
        name="Daan",
        start_date=here,
        expected_end_date=date(2026, 12, 15),
        training_year=3,
        start_to_check=True,
    )
    placement = Placement(aios_id=1, start=here, end=date(2026, 12, 15), hlwp=2)
    found = items_on(date(2026, 2, 1), aios=aios, placements=[placement])
    check = found[DueKind.CHECK_TRAINING_START]
    assert check.target == (TargetArea.AIOS, 1) and check.status is DueStatus.DUE_SOON
    assert check.params["full_time_start"] == date(2023, 9, 15)
    assert check.source.text == PROGRAM_DEFAULT
    assert "check_training_start" in found[DueKind.VOORTGANGSGESPREK].defaults
    checked = items_on(
        date(2026, 2, 1), aios=dataclasses.replace(aios, start_to_check=False), placements=[placement]
    )
    assert DueKind.CHECK_TRAINING_START not in checked
    assert "check_training_start" not in checked[DueKind.VOORTGANGSGESPREK].defaults


def test_the_trainers_own_notices_follow_the_placement_with_the_user_and_the_rule():
    from opleider_desk.domain.due import NOTICE_TASK_LAID_DOWN

    task = TrainerEvent(id=7, kind=TrainerEventKind.TASK_LAID_DOWN, day=date(2026, 1, 10))
    on = DueNorms()
    found = items_on(date(2026, 2, 1), trainer_events=[task], norms=on)
    assert found[DueKind.INFORM_INSTITUTION].params["reason"] == NOTICE_TASK_LAID_DOWN
    assert found[DueKind.INFORM_INSTITUTION].target == (
        TargetArea.TRAINER_EVENT,
        TrainerEventKind.TASK_LAID_DOWN,
    )
    # Without § 9 in the regulation (institution_notice_months 0) nothing is asked.
    off = dataclasses.replace(on, institution_notice_months=0)
    assert DueKind.INFORM_INSTITUTION not in items_on(date(2026, 2, 1), trainer_events=[task], norms=off)
    # An aios who left the practice before the day is not this institution's concern.
    after = TrainerEvent(kind=TrainerEventKind.TASK_LAID_DOWN, day=date(2028, 12, 1))
    assert DueKind.INFORM_INSTITUTION not in items_on(date(2026, 2, 1), trainer_events=[after], norms=on)
    informed = dataclasses.replace(task, institution_informed=True)
    assert DueKind.INFORM_INSTITUTION not in items_on(date(2026, 2, 1), trainer_events=[informed], norms=on)
