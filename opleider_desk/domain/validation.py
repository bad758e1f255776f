"""Rules an aios or a profile must meet before it is stored."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime

from .durations import MAX_MINUTES
from .entities import Aios, HourEntry, Profile, RecurringHours
from .enums import Role
from .problems import Problem

PART_TIME_MIN, PART_TIME_MAX = 10, 100
TRAINING_YEARS = (1, 2, 3)
NAME_MAX = 200

# Every date the program accepts, from any entry point (dialog, CSV, service
# API): instelling van OpleiderDesk. A GP training that started before 1990 is
# not in anyone's files any more, and a year beyond 2100 is a typo; 31-12-9999
# was saved once and broke every due-list reload (date arithmetic overflowed).
DATE_MIN = date(1990, 1, 1)
DATE_MAX = date(2100, 12, 31)

# One length per text field, for every entry point (instelling van OpleiderDesk):
# long enough for any real name or note, short enough for every PDF line.
TEXT_MAX: dict[str, int] = {
    "name": NAME_MAX,
    "phase": 50,
    "praktijkbegeleider": NAME_MAX,
    "institute_contact": NAME_MAX,
    "email": 254,  # RFC 5321's limit on a forward path
    "notes": 10_000,
    "description": 2000,
    "practice": NAME_MAX,
    "employer": NAME_MAX,
    "institute": NAME_MAX,
    "quality_officer": NAME_MAX,
    "supervising_opleider": NAME_MAX,
    "regulation": 100,
    "competency_profile": 100,
}


def date_problem(value: object, field: str | None) -> Problem | None:
    """A date (or moment) outside DATE_MIN..DATE_MAX (or not a date at all), else None."""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date) or not DATE_MIN <= value <= DATE_MAX:
        return Problem(
            "date.out_of_range",
            field,
            {"min": DATE_MIN.isoformat(), "max": DATE_MAX.isoformat()},
        )
    return None


def text_problem(value: object, field: str, limit: int | None = None) -> Problem | None:
    """Text that is not text, too long, or not writable as UTF-8 (a lone surrogate)."""
    limit = limit if limit is not None else TEXT_MAX.get(field)
    if not isinstance(value, str):
        return Problem("text.invalid", field)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return Problem("text.invalid", field)
    if "\x00" in value:
        return Problem("text.invalid", field)
    if limit is not None and len(value) > limit:
        return Problem("text.too_long", field, {"max": limit})
    return None


def whole_number_problem(value: object, field: str) -> Problem | None:
    """A number the program stores as a whole number that is not one (50.5, True, "50")."""
    if isinstance(value, bool) or not isinstance(value, int):
        return Problem("number.not_whole", field)
    return None


def checked(
    entity: object,
    *,
    texts: Mapping[str, int | None] | Iterable[str] = (),
    dates: Iterable[str] = (),
    whole: Iterable[str] = (),
) -> list[Problem]:
    """The problems of an entity's typed values, for every kind the program stores.

    ``texts`` are checked as ``text_problem`` (a mapping gives each its limit),
    ``dates`` (None allowed) against DATE_MIN..DATE_MAX, ``whole`` (None
    allowed) as whole numbers; the service API then refuses what the dialogs
    and the import refuse (issue 14: 9999, 50.5, 1.5, a lone surrogate).
    """
    limits = texts if isinstance(texts, Mapping) else dict.fromkeys(texts)
    problems = [
        problem
        for name, limit in limits.items()
        if (problem := text_problem(getattr(entity, name), name, limit)) is not None
    ]
    for name in dates:
        value = getattr(entity, name)
        if value is not None and (problem := date_problem(value, name)) is not None:
            problems.append(problem)
    for name in whole:
        value = getattr(entity, name)
        if value is not None and (problem := whole_number_problem(value, name)) is not None:
            problems.append(problem)
    return problems


def nested_text_problems(value: object, field: str, limit: int | None) -> list[Problem]:
    """``text_problem`` for every text inside ``value`` (answers: text, lists, mappings)."""
    if isinstance(value, str):
        problem = text_problem(value, field, limit)
        return [problem] if problem is not None else []
    if isinstance(value, Mapping):
        inner = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple)):
        inner = list(value)
    else:
        return []
    return [problem for item in inner for problem in nested_text_problems(item, field, limit)]


def _texts(entity: object, fields: tuple[str, ...]) -> list[Problem]:
    found = (text_problem(getattr(entity, name), name) for name in fields)
    return [problem for problem in found if problem is not None]


def validate_aios(aios: Aios) -> list[Problem]:
    problems = _texts(
        aios,
        (
            "name",
            "phase",
            "praktijkbegeleider",
            "institute_contact",
            "email",
            "notes",
            "regulation",
            "competency_profile",
        ),
    )
    for field in ("start_date", "expected_end_date"):
        value = getattr(aios, field)
        if value is not None and (problem := date_problem(value, field)) is not None:
            problems.append(problem)
    for field in ("part_time_percent", "training_year"):
        if (problem := whole_number_problem(getattr(aios, field), field)) is not None:
            problems.append(problem)
    if problems:
        return problems  # the checks below assume real text, dates and whole numbers
    if not aios.name.strip():
        problems.append(Problem("required", "name"))
    if aios.expected_end_date is not None and aios.expected_end_date <= aios.start_date:
        problems.append(Problem("aios.end_before_start", "expected_end_date"))
    if not PART_TIME_MIN <= aios.part_time_percent <= PART_TIME_MAX:
        problems.append(
            Problem(
                "aios.part_time_range",
                "part_time_percent",
                {"min": PART_TIME_MIN, "max": PART_TIME_MAX},
            )
        )
    if aios.training_year not in TRAINING_YEARS:
        problems.append(Problem("aios.training_year_range", "training_year"))
    return problems


def validate_profile(profile: Profile) -> list[Problem]:
    problems = _texts(
        profile,
        (
            "name",
            "practice",
            "employer",
            "institute",
            "quality_officer",
            "supervising_opleider",
            "regulation",
        ),
    )
    for field in ("practice_patients", "practice_gp_fte_percent"):
        value = getattr(profile, field)
        if value is not None and (problem := whole_number_problem(value, field)) is not None:
            problems.append(problem)
    if problems:
        return problems
    if not profile.name.strip():
        problems.append(Problem("required", "name"))
    if not profile.practice.strip():
        problems.append(Problem("required", "practice"))
    if profile.role is Role.PRAKTIJKBEGELEIDER and not profile.supervising_opleider.strip():
        problems.append(Problem("profile.opleider_required", "supervising_opleider"))
    if profile.practice_patients is not None and profile.practice_patients < 0:
        problems.append(Problem("number.negative", "practice_patients"))
    if profile.practice_gp_fte_percent is not None and not (0 < profile.practice_gp_fte_percent <= 5000):
        problems.append(Problem("profile.fte_range", "practice_gp_fte_percent"))
    return problems


DESCRIPTION_MAX = TEXT_MAX["description"]


def validate_hour_entry(entry: HourEntry | RecurringHours) -> list[Problem]:
    """Rules one entry (or routine) meets on its own; the day total is the service's."""
    problems = _texts(entry, ("description",))
    if (problem := whole_number_problem(entry.minutes, "minutes")) is not None:
        problems.append(problem)
    if isinstance(entry, HourEntry) and (problem := date_problem(entry.day, "day")) is not None:
        problems.append(problem)
    if isinstance(entry, RecurringHours) and (problem := whole_number_problem(entry.weekday, "weekday")):
        problems.append(problem)
    if problems:
        return problems
    if not 0 < entry.minutes <= MAX_MINUTES:
        problems.append(
            Problem(
                "duration.too_long" if entry.minutes > 0 else "duration.zero",
                "minutes",
                {"max_hours": MAX_MINUTES // 60},
            )
        )
    if isinstance(entry, RecurringHours) and not 0 <= entry.weekday <= 6:
        problems.append(Problem("recurring.weekday_range", "weekday"))
    return problems


# A portfolio item's title and note, and an attachment's file name (instelling van
# OpleiderDesk; the title and file name columns hold 300 characters).
ITEM_TITLE_MAX = 300
ITEM_NOTE_MAX = 2000


def checklist_item_problems(
    *, title: object = None, note: object = None, item_date: object = None
) -> list[Problem]:
    """What is typed about one portfolio item; None: not being changed."""
    problems = []
    for value, field, limit in ((title, "title", ITEM_TITLE_MAX), (note, "note", ITEM_NOTE_MAX)):
        if value is not None and (problem := text_problem(value, field, limit)) is not None:
            problems.append(problem)
    if item_date is not None and (problem := date_problem(item_date, "item_date")) is not None:
        problems.append(problem)
    return problems
