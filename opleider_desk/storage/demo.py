"""A realistic example practice for ``--demo``: two aios, a year of work.

Dates are relative to today so that what is due looks as it would on a real
Monday. Written in one operation through the store, into the separate demo
file only.

Every text the demo writes is data, as a trainer's own texts are, so it is
written in the language of the UI the demo is made for: each text stands here
in Dutch and English side by side (``say(nl, en)``). People and places keep
their Dutch names. Built-in category names, checklist items and agenda items
are stored by key and shown in the reader's language, as in a real file.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select

from ..domain.agenda import OpenPoint, build_agenda, user_point
from ..domain.checklists import load_builtin_checklist
from ..domain.dates import add_months
from ..domain.enums import (
    AgreementOwner,
    AgreementStatus,
    AiosStatus,
    CategoryKey,
    ChecklistStatus,
    CompetencyArea,
    GoalStatus,
    InterruptionKind,
    MeetingKind,
    MeetingStatus,
    PlacementSetting,
    Role,
    TrainerEventKind,
)
from ..domain.meeting_slots import weekday_near
from ..domain.regulations import GP, regulation
from ..domain.templates import Template, builtin_forms_dir, load_templates
from ..domain.verification import verification_code
from .changes import EVERYTHING, Operation
from .models import (
    AgreementRow,
    AiosRow,
    AttachmentRow,
    ChecklistItemRow,
    HourCategoryRow,
    HourEntryRow,
    InterruptionRow,
    LearningGoalRow,
    MeetingRow,
    PlacementRow,
    ProfileRow,
    RecurringHoursRow,
    TrainerEventRow,
)
from .services.meetings import report_content
from .store import Store

FILL_DEMO = Operation("fill_demo", *EVERYTHING)

#: ``say(nl, en)``: the text in the demo's language.
Say = Callable[[str, str], str]


def _say(language: str) -> Say:
    return (lambda _nl, en: en) if language == "en" else (lambda nl, _en: nl)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def fill_demo_if_empty(store: Store, today: date | None = None, language: str = "nl") -> bool:
    with store.read() as session:
        if session.scalar(select(func.count()).select_from(AiosRow)):
            return False
    fill_demo(store, today or date.today(), language)
    return True


def fill_demo(store: Store, today: date, language: str = "nl") -> None:
    """The example practice, its texts in ``language`` ("nl" or "en")."""
    say = _say(language)
    rng = random.Random(20261122)
    now = datetime.combine(today, time(9, 0))
    with store.write(FILL_DEMO, undoable=False) as s:
        s.merge(
            ProfileRow(
                id=1,
                name="Marieke Jansen",
                role=Role.HUISARTSOPLEIDER.value,
                practice=say("Huisartsenpraktijk De Linde, Utrecht", "De Linde general practice, Utrecht"),
                employer=say("Gezondheidscentrum De Linde B.V.", "De Linde Health Centre B.V."),
                institute=say("Huisartsopleiding UMC Utrecht", "GP training, UMC Utrecht"),
                quality_officer=say("drs. Petra de Boer", "Petra de Boer, MSc"),
                practice_patients=4100,
                practice_gp_fte_percent=200,
            )
        )
        categories = {row.key: row.id for row in s.scalars(select(HourCategoryRow))}
        # The demo trainer follows the GP regulation; its aios are on its current profile.
        profile = regulation(GP).competency_profile
        sanne = AiosRow(
            name="Sanne de Vries",
            start_date=_monday(today - timedelta(days=245)),
            expected_end_date=_monday(today - timedelta(days=245)) + timedelta(days=3 * 365),
            training_year=1,
            phase=say("Eerste praktijkjaar", "First practice year"),
            part_time_percent=100,
            praktijkbegeleider="",
            institute_contact=say("Jeroen Smit (hao-docent)", "Jeroen Smit (tutor)"),
            email="s.devries@example.nl",
            status=AiosStatus.ACTIVE.value,
            notes=say(
                "Wil zich verdiepen in ouderengeneeskunde.",
                "Would like to go deeper into elderly care medicine.",
            ),
            competency_profile=profile,
            created_at=now,
            updated_at=now,
        )
        # Daan is in the last year of a three-year training: year 1 here (HLWP 1), year 2
        # elsewhere (hospital, then mental health care), year 3 here again (HLWP 2) at 80 %.
        daan_here = _monday(today - timedelta(days=430))
        daan = AiosRow(
            name="Daan Bakker",
            start_date=add_months(daan_here, -24),
            expected_end_date=daan_here + timedelta(days=int(365 * 1.25)),
            training_year=3,
            phase=say(
                "Derde jaar, differentiatie palliatieve zorg",
                "Third year, differentiation in palliative care",
            ),
            part_time_percent=80,
            praktijkbegeleider="Ilse Vermeulen",
            institute_contact=say("Anke Mulder (instituutsopleider)", "Anke Mulder (institute trainer)"),
            email="d.bakker@example.nl",
            status=AiosStatus.ACTIVE.value,
            notes=say("Werkt niet op woensdag.", "Does not work on Wednesdays."),
            competency_profile=profile,
            created_at=now,
            updated_at=now,
        )
        s.add_all([sanne, daan])
        s.flush()
        _training(s, say, sanne, daan, daan_here)
        _hours(s, say, rng, categories, [sanne, daan], today, now)
        _routine(s, say, categories, [sanne, daan])
        _meetings(s, say, language, sanne, daan, daan_here, today, now)
        _portfolio(s, say, sanne, daan, daan_here, today, now)
        _trainer_events(s, say, sanne, daan, today)
    _sign_a_statement(store, sanne.id, today)


def _training(s, say: Say, sanne, daan, daan_here: date) -> None:
    """The placements of both aios's three-year GP trainings, and Daan's sick leave this year."""
    practice = PlacementSetting.PRACTICE_OPLEIDER.value
    sanne_year2 = add_months(sanne.start_date, 12)
    sanne_year3 = add_months(sanne.start_date, 24)
    daan_year2 = add_months(daan.start_date, 12)
    daan_ggz = add_months(daan.start_date, 18)
    day = timedelta(days=1)
    rows = [
        (sanne, practice, sanne.start_date, sanne_year2 - day, 100, 1, ""),
        (
            sanne,
            PlacementSetting.HOSPITAL.value,
            sanne_year2,
            sanne_year3 - day,
            100,
            None,
            "Diakonessenhuis",
        ),
        (sanne, practice, sanne_year3, sanne.expected_end_date, 100, 2, ""),
        (daan, practice, daan.start_date, daan_year2 - day, 100, 1, ""),
        (
            daan,
            PlacementSetting.HOSPITAL.value,
            daan_year2,
            daan_ggz - day,
            100,
            None,
            say("St. Antonius, SEH", "St. Antonius, A&E"),
        ),
        (daan, PlacementSetting.GGZ.value, daan_ggz, daan_here - day, 100, None, "Altrecht"),
        (daan, practice, daan_here, daan.expected_end_date, 80, 2, ""),
    ]
    s.add_all(
        PlacementRow(
            aios_id=aios.id,
            setting=setting,
            start=start,
            end=end,
            part_time_percent=pct,
            hlwp=hlwp,
            place=place,
        )
        for aios, setting, start, end, pct, hlwp, place in rows
    )
    sick = daan_here + timedelta(days=150)
    s.add(
        InterruptionRow(
            aios_id=daan.id,
            kind=InterruptionKind.AIOS_SICK_LEAVE.value,
            start=sick,
            end=sick + timedelta(days=24),
            note=say("Griep met complicaties", "Flu with complications"),
            institution_informed=False,
        )
    )


def _sign_a_statement(store: Store, aios_id: int, today: date) -> None:
    """The quarter before last signed a week after it ended, so the demo shows a locked quarter."""
    from ..domain.quarters import Quarter
    from .services.statements import StatementService

    quarter = Quarter.of(today).previous().previous()
    signed_on = min(quarter.end + timedelta(days=7), today)
    store.service(StatementService).mark_signed(quarter, aios_id, signed_on, today=today)


def _hours(s, say: Say, rng, categories, aios_rows, today, now) -> None:
    start = _monday(today - timedelta(days=364))
    week = start
    while week <= today:
        for aios in aios_rows:
            if week < aios.start_date:
                continue
            discussion = say("Dagelijkse patiëntbespreking", "Daily patient discussion")
            plan = [
                (0, CategoryKey.GEZAMENLIJK_SPREEKUUR, 120, say("Gezamenlijk spreekuur", "Joint surgery")),
                (1, CategoryKey.PATIENTBESPREKING, rng.choice([30, 45]), discussion),
                (3, CategoryKey.PATIENTBESPREKING, rng.choice([30, 45]), discussion),
                (
                    3,
                    CategoryKey.LEERGESPREK,
                    60,
                    say("Leergesprek: ", "Learning talk: ")
                    + rng.choice(
                        [
                            say("omgaan met onzekerheid", "dealing with uncertainty"),
                            say("verwijsbeleid", "referral policy"),
                            say("NHG-standaard astma", "NHG asthma guideline"),
                            say("samenwerking met de POH", "the practice nurse"),
                            say("grenzen stellen", "setting limits"),
                            say("palliatieve zorg thuis", "palliative care at home"),
                        ]
                    ),
                ),
            ]
            if rng.random() < 0.3:
                observation = say("Video-observatie consult en KPB", "Video observation and KPB")
                plan.append((2, CategoryKey.OBSERVATIE_KPB, 45, observation))
            if rng.random() < 0.15:
                plan.append((4, CategoryKey.COACHINGSGESPREK, 60, say("Coachingsgesprek", "Coaching talk")))
            for weekday, key, minutes, text in plan:
                day = week + timedelta(days=weekday)
                if day > today:
                    continue
                s.add(
                    HourEntryRow(
                        day=day,
                        minutes=minutes,
                        aios_id=aios.id,
                        category_id=categories[key.value],
                        description=text,
                        created_at=now,
                        updated_at=now,
                    )
                )
        if week.month in (3, 6, 10) and week.day <= 7:
            s.add(
                HourEntryRow(
                    day=week + timedelta(days=2),
                    minutes=480,
                    aios_id=None,
                    category_id=categories[CategoryKey.EIGEN_SCHOLING.value],
                    description=say("Opleidersdag instituut", "Institute trainers' day"),
                    created_at=now,
                    updated_at=now,
                )
            )
        if week.month in (2, 5, 9) and week.day <= 7:
            s.add(
                HourEntryRow(
                    day=week + timedelta(days=1),
                    minutes=150,
                    aios_id=None,
                    category_id=categories[CategoryKey.INTERVISIE.value],
                    description=say("Intervisie opleidersgroep", "Trainers' intervision group"),
                    created_at=now,
                    updated_at=now,
                )
            )
        week += timedelta(days=7)


def _routine(s, say: Say, categories, aios_rows) -> None:
    """The weekly routine the demo week is built from, for "Log routine"."""
    for aios in aios_rows:
        s.add_all(
            [
                RecurringHoursRow(
                    weekday=0,
                    minutes=120,
                    aios_id=aios.id,
                    description=say("Gezamenlijk spreekuur", "Joint surgery"),
                    category_id=categories[CategoryKey.GEZAMENLIJK_SPREEKUUR.value],
                ),
                RecurringHoursRow(
                    weekday=1,
                    minutes=30,
                    aios_id=aios.id,
                    description=say("Dagelijkse patiëntbespreking", "Daily patient discussion"),
                    category_id=categories[CategoryKey.PATIENTBESPREKING.value],
                ),
            ]
        )


def _meeting(aios, kind, when: date, status: MeetingStatus, minutes: int, now, **extra) -> MeetingRow:
    held = status in (MeetingStatus.HELD, MeetingStatus.SIGNED)
    # Held on the working day before a weekend, planned on the one after: as the plan dialog
    # proposes them, never on a Saturday or Sunday.
    when = weekday_near(when, later=not held)
    return MeetingRow(
        aios_id=aios.id,
        kind=kind.value,
        planned_at=datetime.combine(when, time(13, 30)),
        held_on=when if held else None,
        duration_minutes=minutes,
        status=status.value,
        signed_on=when if status is MeetingStatus.SIGNED else None,
        created_at=now,
        updated_at=now,
        **extra,
    )


def _meetings(s, say: Say, language: str, sanne, daan, daan_here, today, now) -> None:
    start_talk = _meeting(
        sanne,
        MeetingKind.STARTGESPREK,
        sanne.start_date + timedelta(days=3),
        MeetingStatus.SIGNED,
        60,
        now,
        report_text=say(
            "Kennismaking, afspraken over KPB's en gezamenlijk spreekuur.",
            "Getting to know each other; agreements on KPBs and the joint surgery.",
        ),
    )
    progress = _meeting(
        sanne,
        MeetingKind.VOORTGANGSGESPREK,
        sanne.start_date + timedelta(days=182),
        MeetingStatus.SIGNED,
        75,
        now,
        report_text=say(
            "Goede voortgang in medisch handelen; communicatie bij slecht nieuws verdient aandacht.",
            "Good progress in medical expertise; communication when breaking bad news needs attention.",
        ),
    )
    s.add_all([start_talk, progress])
    for weeks in (4, 9, 14, 20, 26, 31):
        day = sanne.start_date + timedelta(weeks=weeks, days=2)
        if day < today:
            s.add(_meeting(sanne, MeetingKind.KPB, day, MeetingStatus.HELD, 30, now))
    for weeks in (6, 15, 24, 32):
        day = sanne.start_date + timedelta(weeks=weeks, days=4)
        if day < today:
            s.add(_meeting(sanne, MeetingKind.COACHINGSGESPREK, day, MeetingStatus.HELD, 60, now))
    next_progress = _meeting(
        sanne, MeetingKind.VOORTGANGSGESPREK, today + timedelta(days=10), MeetingStatus.PLANNED, 75, now
    )
    s.add(next_progress)
    s.add(
        _meeting(
            daan,
            MeetingKind.GESCHIKTHEIDSBEOORDELING,
            daan_here + timedelta(days=360),
            MeetingStatus.SIGNED,
            60,
            now,
            verdict="geschikt",
            verdict_explanation=say(
                "Functioneert op het niveau van een derdejaars aios.",
                "Works at the level of a third-year trainee.",
            ),
        )
    )
    for days, text in (
        (
            182,
            say(
                "Zelfstandig in de meeste consulten; differentiatie palliatieve zorg gekozen.",
                "Independent in most consultations; has chosen the differentiation in palliative care.",
            ),
        ),
        (
            364,
            say(
                "Klaar voor het laatste halfjaar; aandacht voor werkbelasting.",
                "Ready for the last half year; attention to workload.",
            ),
        ),
    ):
        s.add(
            _meeting(
                daan,
                MeetingKind.VOORTGANGSGESPREK,
                daan_here + timedelta(days=days),
                MeetingStatus.SIGNED,
                75,
                now,
                report_text=text,
            )
        )
    s.add(
        _meeting(
            daan,
            MeetingKind.EINDGESPREK,
            today + timedelta(days=7),
            MeetingStatus.PLANNED,
            90,
            now,
            participants=say("Anke Mulder (instituutsopleider)", "Anke Mulder (institute trainer)"),
        )
    )
    feedback = _meeting(
        daan,
        MeetingKind.FEEDBACKGESPREK,
        today - timedelta(days=12),
        MeetingStatus.HELD,
        30,
        now,
        answers=_FEEDBACK_ANSWERS[language if language in _FEEDBACK_ANSWERS else "nl"],
        current_step=6,
    )
    star = _meeting(
        sanne,
        MeetingKind.STAR_GESPREK,
        today - timedelta(days=20),
        MeetingStatus.HELD,
        45,
        now,
        answers=_STAR_ANSWERS[language if language in _STAR_ANSWERS else "nl"],
        current_step=4,
    )
    s.add_all([feedback, star])
    for weeks in (3, 12, 21, 33, 45, 52):
        day = daan_here + timedelta(weeks=weeks, days=1)
        if day < today:
            s.add(_meeting(daan, MeetingKind.KPB, day, MeetingStatus.HELD, 30, now))
    # The first hao-evaluatiegesprek with the docent was in Daan's first practice year.
    s.add(
        _meeting(
            daan,
            MeetingKind.EVALUATIEGESPREK_DOCENT,
            daan.start_date + timedelta(days=300),
            MeetingStatus.HELD,
            45,
            now,
        )
    )
    s.flush()
    s.add_all(
        [
            AgreementRow(
                aios_id=sanne.id,
                meeting_id=progress.id,
                owner=AgreementOwner.AIOS.value,
                text=say(
                    "Twee slechtnieuwsgesprekken voorbereiden en nabespreken met video-opname",
                    "Prepare two bad-news conversations and discuss them afterwards from a video recording",
                ),
                due_date=today + timedelta(days=5),
                status=AgreementStatus.OPEN.value,
                created_at=now,
            ),
            AgreementRow(
                aios_id=sanne.id,
                meeting_id=progress.id,
                owner=AgreementOwner.OPLEIDER.value,
                text=say(
                    "Stage-uren ouderengeneeskunde regelen bij verpleeghuis De Bilt",
                    "Arrange placement hours in elderly care medicine at the De Bilt nursing home",
                ),
                due_date=today - timedelta(days=7),
                status=AgreementStatus.OPEN.value,
                created_at=now,
            ),
            AgreementRow(
                aios_id=sanne.id,
                meeting_id=start_talk.id,
                owner=AgreementOwner.AIOS.value,
                text=say("Portfolio inrichten en IOP opstellen", "Set up the portfolio and draw up the IOP"),
                due_date=sanne.start_date + timedelta(days=30),
                status=AgreementStatus.DONE.value,
                done_on=sanne.start_date + timedelta(days=25),
                created_at=now,
            ),
            AgreementRow(
                aios_id=daan.id,
                owner=AgreementOwner.AIOS.value,
                text=say(
                    "Eindgesprek voorbereiden: reflectieverslag over de zeven competentiegebieden",
                    "Prepare the final meeting: a reflection report on the seven competency areas",
                ),
                due_date=daan.expected_end_date - timedelta(days=45),
                status=AgreementStatus.OPEN.value,
                created_at=now,
            ),
            AgreementRow(
                aios_id=daan.id,
                meeting_id=feedback.id,
                owner=AgreementOwner.AIOS.value,
                text=say(
                    "Bij de volgende drie consulten met een angstige patiënt eerst de hulpvraag "
                    "samenvatten en checken",
                    "In the next three consultations with an anxious patient, first summarise the "
                    "question for help and check it",
                ),
                due_date=today + timedelta(days=14),
                status=AgreementStatus.OPEN.value,
                created_at=now,
            ),
        ]
    )
    s.flush()
    _agendas(s, say, language, [next_progress, feedback, star])
    _past_agendas(s, language)
    goals = [
        (
            sanne,
            CompetencyArea.COMMUNICATIE,
            say(
                "Binnen drie maanden voer ik zelfstandig een slechtnieuwsgesprek volgens het "
                "zesstappenmodel, beoordeeld met een KPB met minimaal 'voldoende'.",
                "Within three months I hold a bad-news conversation on my own following the "
                "six-step model, assessed with a KPB of at least 'satisfactory'.",
            ),
            say(
                "Twee gesprekken op video, nabespreken met opleider",
                "Two conversations on video, discussed afterwards with the trainer",
            ),
            "KPB",
            GoalStatus.IN_PROGRESS,
        ),
        (
            sanne,
            CompetencyArea.MEDISCH_HANDELEN,
            say(
                "Voor het volgende voortgangsgesprek pas ik de NHG-standaard COPD toe bij vijf "
                "patiënten en bespreek ik die in de patiëntbespreking.",
                "Before the next progress meeting I apply the NHG guideline on COPD to five "
                "patients and discuss them in the patient discussion.",
            ),
            say("Spreekuur, patiëntbespreking", "Surgery, patient discussion"),
            say("Patiëntbespreking en KPB", "Patient discussion and KPB"),
            GoalStatus.OPEN,
        ),
        (
            daan,
            CompetencyArea.LEIDERSCHAP,
            say(
                "In het komende kwartaal organiseer ik zelfstandig de palliatieve thuiszorg voor twee "
                "patiënten, inclusief overdracht aan de huisartsenpost.",
                "In the coming quarter I organise palliative home care for two patients on my own, "
                "including the handover to the out-of-hours GP service.",
            ),
            say("Differentiatie palliatieve zorg", "Differentiation in palliative care"),
            say("Evaluatie met praktijkbegeleider", "Evaluation with the practice supervisor"),
            GoalStatus.IN_PROGRESS,
        ),
        (
            daan,
            CompetencyArea.PROFESSIONALITEIT,
            say(
                "Ik vraag maandelijks feedback van een collega op mijn grenzen in werkbelasting.",
                "Every month I ask a colleague for feedback on the limits I set to my workload.",
            ),
            say("Intervisie aios-groep", "Intervision with the trainee group"),
            say("Reflectieverslag", "Reflection report"),
            GoalStatus.ACHIEVED,
        ),
    ]
    set_in = {sanne.id: progress.id, daan.id: None}
    for aios, area, statement, activities, assessment, status in goals:
        s.add(
            LearningGoalRow(
                aios_id=aios.id,
                competency=area.value,
                statement=statement,
                activities=activities,
                assessment=assessment,
                status=status.value,
                deadline=today + timedelta(days=90),
                created_on=today - timedelta(days=60),
                set_in_meeting_id=set_in[aios.id],
            )
        )
    _sign_codes(s)
    s.add(
        LearningGoalRow(
            aios_id=sanne.id,
            competency=CompetencyArea.SAMENWERKING.value,
            statement=say(
                "Binnen zes weken bespreek ik twee patiënten met de POH en leg ik de "
                "taakverdeling vast in het dossier.",
                "Within six weeks I discuss two patients with the practice nurse and record the "
                "division of tasks in the patient record.",
            ),
            activities=say(
                "Overleg met de POH ouderenzorg", "Consultation with the elderly care practice nurse"
            ),
            assessment=say("Observatie door opleider", "Observation by the trainer"),
            status=GoalStatus.OPEN.value,
            deadline=today + timedelta(days=42),
            created_on=today - timedelta(days=20),
            set_in_meeting_id=star.id,
        )
    )


def _sign_codes(s) -> None:
    """Signed reports carry the code of what they held when signed, as signing gives them."""
    s.flush()
    templates = _templates()
    for row in s.scalars(select(MeetingRow).where(MeetingRow.status == MeetingStatus.SIGNED.value)):
        row.verification_code = verification_code(report_content(s, row, templates))


def _agendas(s, say: Say, language: str, meetings: list[MeetingRow]) -> None:
    """Agendas as planning makes them: the template's items and the open agreements."""
    for meeting in meetings:
        query = select(AgreementRow).where(
            AgreementRow.aios_id == meeting.aios_id,
            AgreementRow.status == AgreementStatus.OPEN.value,
            AgreementRow.id.not_in(select(AgreementRow.id).where(AgreementRow.meeting_id == meeting.id)),
        )
        points = [OpenPoint(row.id, row.text) for row in s.scalars(query)]
        agenda = _agenda(meeting, points, language)
        if meeting.status == MeetingStatus.PLANNED.value:
            wish = say(
                "Wens van de aios: differentiatie ouderengeneeskunde bespreken",
                "The trainee's wish: discuss a differentiation in elderly care medicine",
            )
            agenda.insert(-2, user_point(wish))
        meeting.agenda = agenda


def _past_agendas(s, language: str) -> None:
    """The other meetings' agendas, as planning gave them and holding ticked them off: a
    signed meeting's agenda PDF had nothing under its heading."""
    for meeting in s.scalars(select(MeetingRow)):
        if not meeting.agenda:
            meeting.agenda = _agenda(meeting, [], language)


def _agenda(meeting: MeetingRow, points: list[OpenPoint], language: str) -> list[dict[str, Any]]:
    """The agenda planning gives ``meeting``, its points ticked off once it was held."""
    agenda = build_agenda(_templates()[meeting.kind], points, language)
    if meeting.status != MeetingStatus.PLANNED.value:
        for item in agenda:
            item["done"] = True
    return agenda


@cache
def _templates() -> dict[str, Template]:
    """The built-in meeting templates, read once for the demo's agendas and codes."""
    return load_templates(builtin_forms_dir())


_FEEDBACK_ANSWERS: dict[str, dict[str, object]] = {
    "nl": {
        "inleiding.observatie": "Video-opname van het consult met een angstige patiënt met pijn op de borst.",
        "inleiding.feedbackvraag": "Hoe breng ik geruststelling zonder de klacht te bagatelliseren?",
        "goed_aios.goed_aios": "Rustig tempo, goede uitleg over het ecg, patiënt voelde zich gehoord.",
        "goed_opleider.goed_opleider": "Je vatte de klacht samen voordat je ging onderzoeken; "
        "je lichaamshouding was open.",
        "beter_aios.beter_aios": "Ik vroeg te laat naar de ongerustheid zelf. Volgende keer eerder vragen "
        "wat de patiënt denkt dat er aan de hand is.",
        "beter_opleider.beter_opleider": "De afsluiting was kort: spreek concreet af wanneer de patiënt "
        "terugkomt en wat alarmsignalen zijn.",
        "samenvatting.samenvatting": "Eerder de ideeën en zorgen van de patiënt uitvragen en de afsluiting "
        "concreet maken met een vangnet.",
        "afsluiting.vastgelegd": True,
    },
    "en": {
        "inleiding.observatie": "Video recording of the consultation with an anxious patient with chest pain.",
        "inleiding.feedbackvraag": "How do I reassure without playing down the complaint?",
        "goed_aios.goed_aios": "A calm pace, a good explanation of the ECG; the patient felt heard.",
        "goed_opleider.goed_opleider": "You summarised the complaint before you started the examination; "
        "your posture was open.",
        "beter_aios.beter_aios": "I asked about the worry itself too late. Next time ask sooner what the "
        "patient thinks is going on.",
        "beter_opleider.beter_opleider": "The closing was short: agree in concrete terms when the patient "
        "comes back and what the warning signs are.",
        "samenvatting.samenvatting": "Ask about the patient's ideas and concerns sooner, and make the closing "
        "concrete with a safety net.",
        "afsluiting.vastgelegd": True,
    },
}

_STAR_ANSWERS: dict[str, dict[str, object]] = {
    "nl": {
        "competenties.keuze": ["communicatie", "samenwerking"],
        "star.communicatie.situatie.notities": "Huisbezoek bij mevrouw K. (84) met haar dochter, die vond "
        "dat haar moeder naar een verpleeghuis moest.",
        "star.communicatie.taak.notities": "Ik wilde dat mevrouw zelf haar wens kon uitspreken.",
        "star.communicatie.actie.notities": "Ik vroeg de dochter even te wachten en stelde open vragen aan mevrouw.",
        "star.communicatie.resultaat.notities": "Mevrouw wilde thuis blijven met meer zorg; de dochter was "
        "eerst geïrriteerd, later opgelucht.",
        "star.communicatie.reflectie.notities": "Volgende keer vooraf met beiden de agenda van het gesprek "
        "afspreken; ik neem makkelijk de kant van de patiënt.",
        "star.samenwerking.situatie.notities": "Overleg met de wijkverpleging over dezelfde patiënte.",
    },
    "en": {
        "competenties.keuze": ["communicatie", "samenwerking"],
        "star.communicatie.situatie.notities": "Home visit to Mrs K. (84) with her daughter, who thought "
        "her mother should move to a nursing home.",
        "star.communicatie.taak.notities": "I wanted Mrs K. to be able to say what she wished herself.",
        "star.communicatie.actie.notities": "I asked the daughter to wait a moment and asked Mrs K. open "
        "questions.",
        "star.communicatie.resultaat.notities": "Mrs K. wanted to stay at home with more care; her daughter "
        "was irritated at first, relieved later.",
        "star.communicatie.reflectie.notities": "Next time agree on the agenda of the conversation with both "
        "of them beforehand; I easily take the patient's side.",
        "star.samenwerking.situatie.notities": "Consultation with the district nurses about the same patient.",
    },
}


def _portfolio(s, say: Say, sanne, daan, daan_here, today, now) -> None:
    """Some items ticked, some not: the rest appear as missing when the portfolio is opened."""
    order = {item.key: 10 * (n + 1) for n, item in enumerate(load_builtin_checklist("portfolio").items)}
    present, reviewed = ChecklistStatus.PRESENT, ChecklistStatus.REVIEWED
    ticked = [
        (
            sanne,
            "iop",
            reviewed,
            sanne.start_date + timedelta(days=185),
            say("Bijgewerkt na het voortgangsgesprek.", "Updated after the progress meeting."),
        ),
        (sanne, "kpb", present, None, ""),
        (
            sanne,
            "reflection",
            reviewed,
            today - timedelta(days=40),
            say("Reflectie op slechtnieuwsgesprekken.", "Reflection on bad-news conversations."),
        ),
        (
            sanne,
            "msf",
            present,
            today - timedelta(days=9),
            say("Zes collega's en twee assistenten.", "Six colleagues and two assistants."),
        ),
        (sanne, "progress_reports", reviewed, sanne.start_date + timedelta(days=182), ""),
        (daan, "iop", present, today - timedelta(days=60), ""),
        (daan, "kpb", present, None, ""),
        (
            daan,
            "placement_assessment",
            reviewed,
            daan_here - timedelta(days=20),
            say("Stage ouderengeneeskunde.", "Placement in elderly care medicine."),
        ),
        (daan, "competence_declarations", reviewed, daan_here + timedelta(days=200), ""),
        (
            daan,
            "other_assessments",
            present,
            today - timedelta(days=100),
            say("KVB hechten en injecteren.", "KVB suturing and injecting."),
        ),
        (daan, "suitability_reports", reviewed, daan_here + timedelta(days=360), ""),
    ]
    rows = {}
    for aios, key, status, day, note in ticked:
        rows[aios.id, key] = ChecklistItemRow(
            aios_id=aios.id,
            template_key=key,
            status=status.value,
            item_date=day,
            note=note,
            sort_order=order[key],
        )
    s.add_all(rows.values())
    s.add(
        ChecklistItemRow(
            aios_id=daan.id,
            title=say(
                "Verslag differentiatie palliatieve zorg", "Report on the differentiation in palliative care"
            ),
            status=ChecklistStatus.MISSING.value,
            sort_order=1000,
        )
    )
    s.add_all(
        [
            ChecklistItemRow(
                aios_id=sanne.id,
                template_key="review.on_time",
                status=ChecklistStatus.REVIEWED.value,
                item_date=today - timedelta(days=2),
            ),
            ChecklistItemRow(
                aios_id=sanne.id,
                template_key="review.reflection_goals",
                status=ChecklistStatus.PRESENT.value,
                item_date=today - timedelta(days=2),
                note=say(
                    "Leerdoel COPD is nog niet toetsbaar geformuleerd.",
                    "The COPD learning goal is not yet worded so that it can be assessed.",
                ),
            ),
        ]
    )
    s.flush()
    text = say(
        "Reflectieverslag Sanne de Vries\n\nSlechtnieuwsgesprek bij mevrouw K.: wat ging goed, "
        "wat kan beter, wat doe ik de volgende keer anders.\n",
        "Reflection report Sanne de Vries\n\nBad-news conversation with Mrs K.: what went well, "
        "what could be better, what I will do differently next time.\n",
    ).encode()
    s.add(
        AttachmentRow(
            checklist_item_id=rows[sanne.id, "reflection"].id,
            filename=say("reflectieverslag.txt", "reflection-report.txt"),
            sha256=hashlib.sha256(text).hexdigest(),
            size=len(text),
            data=text,
            added_at=now,
        )
    )


def _trainer_events(s, say: Say, sanne, daan, today) -> None:
    post = say("Huisartsenpost Utrecht", "Utrecht out-of-hours GP service")
    s.add_all(
        [
            TrainerEventRow(
                kind=TrainerEventKind.LEOH.value,
                day=today - timedelta(days=45),
                aios_id=sanne.id,
                note=say("Nabespreking gepland", "Follow-up talk planned"),
            ),
            TrainerEventRow(
                kind=TrainerEventKind.LEOH.value, day=today - timedelta(days=200), aios_id=daan.id
            ),
            TrainerEventRow(
                kind=TrainerEventKind.PROFIEL_LEERWERKPLAN.value, day=today - timedelta(days=230)
            ),
            # Diensten count per aios in each HLWP (004_… criterium 1).
            TrainerEventRow(
                kind=TrainerEventKind.DIENST.value,
                day=today - timedelta(days=50),
                quantity=3,
                aios_id=sanne.id,
                note=post,
            ),
            TrainerEventRow(
                kind=TrainerEventKind.DIENST.value,
                day=today - timedelta(days=20),
                quantity=4,
                aios_id=sanne.id,
                note=post,
            ),
            TrainerEventRow(
                kind=TrainerEventKind.DIENST.value,
                day=today - timedelta(days=6),
                quantity=2,
                aios_id=sanne.id,
            ),
            *(
                TrainerEventRow(
                    kind=TrainerEventKind.DIENST.value,
                    day=today - timedelta(days=30 * month + 10),
                    quantity=2,
                    aios_id=daan.id,
                    note=post,
                )
                for month in range(12)
            ),
        ]
    )
