"""A realistic example practice for ``--demo``: two aios, a year of work.

Dates are relative to today so that what is due looks as it would on a real
Monday. Written in one operation through the store, into the separate demo
file only.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, time, timedelta

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
from ..domain.regulations import GP, regulation
from ..domain.templates import builtin_forms_dir, load_templates
from ..domain.verification import verification_code
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

FILL_DEMO = "fill_demo"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def fill_demo_if_empty(store: Store, today: date | None = None) -> bool:
    with store.read() as session:
        if session.scalar(select(func.count()).select_from(AiosRow)):
            return False
    fill_demo(store, today or date.today())
    return True


def fill_demo(store: Store, today: date) -> None:
    rng = random.Random(20261122)
    now = datetime.combine(today, time(9, 0))
    with store.write(FILL_DEMO, undoable=False) as s:
        s.merge(
            ProfileRow(
                id=1,
                name="Marieke Jansen",
                role=Role.HUISARTSOPLEIDER.value,
                practice="Huisartsenpraktijk De Linde, Utrecht",
                employer="Gezondheidscentrum De Linde B.V.",
                institute="Huisartsopleiding UMC Utrecht",
                quality_officer="drs. Petra de Boer",
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
            phase="Eerste praktijkjaar",
            part_time_percent=100,
            praktijkbegeleider="",
            institute_contact="Jeroen Smit (hao-docent)",
            email="s.devries@example.nl",
            status=AiosStatus.ACTIVE.value,
            notes="Wil zich verdiepen in ouderengeneeskunde.",
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
            phase="Derde jaar, differentiatie palliatieve zorg",
            part_time_percent=80,
            praktijkbegeleider="Ilse Vermeulen",
            institute_contact="Anke Mulder (instituutsopleider)",
            email="d.bakker@example.nl",
            status=AiosStatus.ACTIVE.value,
            notes="Werkt niet op woensdag.",
            competency_profile=profile,
            created_at=now,
            updated_at=now,
        )
        s.add_all([sanne, daan])
        s.flush()
        _training(s, sanne, daan, daan_here, today)
        _hours(s, rng, categories, [sanne, daan], today, now)
        _routine(s, categories, [sanne, daan])
        _meetings(s, sanne, daan, daan_here, today, now)
        _portfolio(s, sanne, daan, daan_here, today, now)
        _trainer_events(s, sanne, daan, today)
    _sign_a_statement(store, sanne.id, today)


def _training(s, sanne, daan, daan_here: date, today: date) -> None:
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
        (daan, PlacementSetting.HOSPITAL.value, daan_year2, daan_ggz - day, 100, None, "St. Antonius, SEH"),
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
            note="Griep met complicaties",
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


def _hours(s, rng, categories, aios_rows, today, now) -> None:
    start = _monday(today - timedelta(days=364))
    week = start
    while week <= today:
        for aios in aios_rows:
            if week < aios.start_date:
                continue
            plan = [
                (0, CategoryKey.GEZAMENLIJK_SPREEKUUR, 120, "Gezamenlijk spreekuur"),
                (1, CategoryKey.PATIENTBESPREKING, rng.choice([30, 45]), "Dagelijkse patiëntbespreking"),
                (3, CategoryKey.PATIENTBESPREKING, rng.choice([30, 45]), "Dagelijkse patiëntbespreking"),
                (
                    3,
                    CategoryKey.LEERGESPREK,
                    60,
                    "Leergesprek: "
                    + rng.choice(
                        [
                            "omgaan met onzekerheid",
                            "verwijsbeleid",
                            "NHG-standaard astma",
                            "samenwerking met de POH",
                            "grenzen stellen",
                            "palliatieve zorg thuis",
                        ]
                    ),
                ),
            ]
            if rng.random() < 0.3:
                plan.append((2, CategoryKey.OBSERVATIE_KPB, 45, "Video-observatie consult en KPB"))
            if rng.random() < 0.15:
                plan.append((4, CategoryKey.COACHINGSGESPREK, 60, "Coachingsgesprek"))
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
                    description="Opleidersdag instituut",
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
                    description="Intervisie opleidersgroep",
                    created_at=now,
                    updated_at=now,
                )
            )
        week += timedelta(days=7)


def _routine(s, categories, aios_rows) -> None:
    """The weekly routine the demo week is built from, for "Log routine"."""
    for aios in aios_rows:
        s.add_all(
            [
                RecurringHoursRow(
                    weekday=0,
                    minutes=120,
                    aios_id=aios.id,
                    description="Gezamenlijk spreekuur",
                    category_id=categories[CategoryKey.GEZAMENLIJK_SPREEKUUR.value],
                ),
                RecurringHoursRow(
                    weekday=1,
                    minutes=30,
                    aios_id=aios.id,
                    description="Dagelijkse patiëntbespreking",
                    category_id=categories[CategoryKey.PATIENTBESPREKING.value],
                ),
            ]
        )


def _meeting(aios, kind, when: date, status: MeetingStatus, minutes: int, now, **extra) -> MeetingRow:
    held = status in (MeetingStatus.HELD, MeetingStatus.SIGNED)
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


def _meetings(s, sanne, daan, daan_here, today, now) -> None:
    start_talk = _meeting(
        sanne,
        MeetingKind.STARTGESPREK,
        sanne.start_date + timedelta(days=3),
        MeetingStatus.SIGNED,
        60,
        now,
        report_text="Kennismaking, afspraken over KPB's en gezamenlijk spreekuur.",
    )
    progress = _meeting(
        sanne,
        MeetingKind.VOORTGANGSGESPREK,
        sanne.start_date + timedelta(days=182),
        MeetingStatus.SIGNED,
        75,
        now,
        report_text="Goede voortgang in medisch handelen; communicatie bij slecht nieuws verdient aandacht.",
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
            verdict_explanation="Functioneert op het niveau van een derdejaars aios.",
        )
    )
    for days, text in (
        (182, "Zelfstandig in de meeste consulten; differentiatie palliatieve zorg gekozen."),
        (364, "Klaar voor het laatste halfjaar; aandacht voor werkbelasting."),
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
            participants="Anke Mulder (instituutsopleider)",
        )
    )
    feedback = _meeting(
        daan,
        MeetingKind.FEEDBACKGESPREK,
        today - timedelta(days=12),
        MeetingStatus.HELD,
        30,
        now,
        answers=_FEEDBACK_ANSWERS,
        current_step=6,
    )
    star = _meeting(
        sanne,
        MeetingKind.STAR_GESPREK,
        today - timedelta(days=20),
        MeetingStatus.HELD,
        45,
        now,
        answers=_STAR_ANSWERS,
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
                text="Twee slechtnieuwsgesprekken voorbereiden en nabespreken met video-opname",
                due_date=today + timedelta(days=5),
                status=AgreementStatus.OPEN.value,
                created_at=now,
            ),
            AgreementRow(
                aios_id=sanne.id,
                meeting_id=progress.id,
                owner=AgreementOwner.OPLEIDER.value,
                text="Stage-uren ouderengeneeskunde regelen bij verpleeghuis De Bilt",
                due_date=today - timedelta(days=7),
                status=AgreementStatus.OPEN.value,
                created_at=now,
            ),
            AgreementRow(
                aios_id=sanne.id,
                meeting_id=start_talk.id,
                owner=AgreementOwner.AIOS.value,
                text="Portfolio inrichten en IOP opstellen",
                due_date=sanne.start_date + timedelta(days=30),
                status=AgreementStatus.DONE.value,
                done_on=sanne.start_date + timedelta(days=25),
                created_at=now,
            ),
            AgreementRow(
                aios_id=daan.id,
                owner=AgreementOwner.AIOS.value,
                text="Eindgesprek voorbereiden: reflectieverslag over de zeven competentiegebieden",
                due_date=daan.expected_end_date - timedelta(days=45),
                status=AgreementStatus.OPEN.value,
                created_at=now,
            ),
            AgreementRow(
                aios_id=daan.id,
                meeting_id=feedback.id,
                owner=AgreementOwner.AIOS.value,
                text="Bij de volgende drie consulten met een angstige patiënt eerst de hulpvraag "
                "samenvatten en checken",
                due_date=today + timedelta(days=14),
                status=AgreementStatus.OPEN.value,
                created_at=now,
            ),
        ]
    )
    s.flush()
    _agendas(s, today, [next_progress, feedback, star])
    goals = [
        (
            sanne,
            CompetencyArea.COMMUNICATIE,
            "Binnen drie maanden voer ik zelfstandig een slechtnieuwsgesprek volgens het "
            "zesstappenmodel, beoordeeld met een KPB met minimaal 'voldoende'.",
            "Twee gesprekken op video, nabespreken met opleider",
            "KPB",
            GoalStatus.IN_PROGRESS,
        ),
        (
            sanne,
            CompetencyArea.MEDISCH_HANDELEN,
            "Voor het volgende voortgangsgesprek pas ik de NHG-standaard COPD toe bij vijf "
            "patiënten en bespreek ik die in de patiëntbespreking.",
            "Spreekuur, patiëntbespreking",
            "Patiëntbespreking en KPB",
            GoalStatus.OPEN,
        ),
        (
            daan,
            CompetencyArea.LEIDERSCHAP,
            "In het komende kwartaal organiseer ik zelfstandig de palliatieve thuiszorg voor twee "
            "patiënten, inclusief overdracht aan de huisartsenpost.",
            "Differentiatie palliatieve zorg",
            "Evaluatie met praktijkbegeleider",
            GoalStatus.IN_PROGRESS,
        ),
        (
            daan,
            CompetencyArea.PROFESSIONALITEIT,
            "Ik vraag maandelijks feedback van een collega op mijn grenzen in werkbelasting.",
            "Intervisie aios-groep",
            "Reflectieverslag",
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
            statement="Binnen zes weken bespreek ik twee patiënten met de POH en leg ik de "
            "taakverdeling vast in het dossier.",
            activities="Overleg met de POH ouderenzorg",
            assessment="Observatie door opleider",
            status=GoalStatus.OPEN.value,
            deadline=today + timedelta(days=42),
            created_on=today - timedelta(days=20),
            set_in_meeting_id=star.id,
        )
    )


def _sign_codes(s) -> None:
    """Signed reports carry the code of what they held when signed, as signing gives them."""
    s.flush()
    templates = load_templates(builtin_forms_dir())
    for row in s.scalars(select(MeetingRow).where(MeetingRow.status == MeetingStatus.SIGNED.value)):
        row.verification_code = verification_code(report_content(s, row, templates))


def _agendas(s, today: date, meetings: list[MeetingRow]) -> None:
    """Agendas as planning makes them: the template's items and the open agreements."""
    templates = load_templates(builtin_forms_dir())
    for meeting in meetings:
        query = select(AgreementRow).where(
            AgreementRow.aios_id == meeting.aios_id,
            AgreementRow.status == AgreementStatus.OPEN.value,
            AgreementRow.id.not_in(select(AgreementRow.id).where(AgreementRow.meeting_id == meeting.id)),
        )
        points = [OpenPoint(row.id, row.text) for row in s.scalars(query)]
        agenda = build_agenda(templates[meeting.kind], points, "nl")
        if meeting.status != MeetingStatus.PLANNED.value:
            for item in agenda:
                item["done"] = True
        else:
            agenda.insert(-2, user_point("Wens van de aios: differentiatie ouderengeneeskunde bespreken"))
        meeting.agenda = agenda


_FEEDBACK_ANSWERS = {
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
}

_STAR_ANSWERS = {
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
}


def _portfolio(s, sanne, daan, daan_here, today, now) -> None:
    """Some items ticked, some not: the rest appear as missing when the portfolio is opened."""
    order = {item.key: 10 * (n + 1) for n, item in enumerate(load_builtin_checklist("portfolio").items)}
    present, reviewed = ChecklistStatus.PRESENT, ChecklistStatus.REVIEWED
    ticked = [
        (
            sanne,
            "iop",
            reviewed,
            sanne.start_date + timedelta(days=185),
            "Bijgewerkt na het voortgangsgesprek.",
        ),
        (sanne, "kpb", present, None, ""),
        (sanne, "reflection", reviewed, today - timedelta(days=40), "Reflectie op slechtnieuwsgesprekken."),
        (sanne, "msf", present, today - timedelta(days=9), "Zes collega's en twee assistenten."),
        (sanne, "progress_reports", reviewed, sanne.start_date + timedelta(days=182), ""),
        (daan, "iop", present, today - timedelta(days=60), ""),
        (daan, "kpb", present, None, ""),
        (
            daan,
            "placement_assessment",
            reviewed,
            daan_here - timedelta(days=20),
            "Stage ouderengeneeskunde.",
        ),
        (daan, "competence_declarations", reviewed, daan_here + timedelta(days=200), ""),
        (daan, "other_assessments", present, today - timedelta(days=100), "KVB hechten en injecteren."),
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
            title="Verslag differentiatie palliatieve zorg",
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
                note="Leerdoel COPD is nog niet toetsbaar geformuleerd.",
            ),
        ]
    )
    s.flush()
    text = (
        b"Reflectieverslag Sanne de Vries\n\nSlechtnieuwsgesprek bij mevrouw K.: wat ging goed, "
        b"wat kan beter, wat doe ik de volgende keer anders.\n"
    )
    s.add(
        AttachmentRow(
            checklist_item_id=rows[sanne.id, "reflection"].id,
            filename="reflectieverslag.txt",
            sha256=hashlib.sha256(text).hexdigest(),
            size=len(text),
            data=text,
            added_at=now,
        )
    )


def _trainer_events(s, sanne, daan, today) -> None:
    s.add_all(
        [
            TrainerEventRow(
                kind=TrainerEventKind.LEOH.value,
                day=today - timedelta(days=45),
                aios_id=sanne.id,
                note="Nabespreking gepland",
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
                note="Huisartsenpost Utrecht",
            ),
            TrainerEventRow(
                kind=TrainerEventKind.DIENST.value,
                day=today - timedelta(days=20),
                quantity=4,
                aios_id=sanne.id,
                note="Huisartsenpost Utrecht",
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
                    note="Huisartsenpost Utrecht",
                )
                for month in range(12)
            ),
        ]
    )
