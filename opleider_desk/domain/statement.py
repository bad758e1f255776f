"""The quarterly hour statement as plain data: what is printed, signed and checked.

``build_statement`` takes the raw facts of one aios in one quarter (entries,
held meetings, the norm) and derives every total the paper shows, plus the
verification code over all of it. The code is computed from stable keys,
never from translated words, so the same data gives the same code whatever
the language it is printed in; the date of signing is not in it, because the
paper is printed before anyone signs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .bilingual import Text
from .entities import Aios, Profile
from .enums import Role, StatementStatus
from .norms import NormCheck, Norms, expected_supervision_minutes
from .quarters import Quarter
from .regulations import DEFAULT_REGULATION, Regulation, StatementSigner, regulation
from .verification import StatementLine, codes_match, statement_content, verification_code


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementEntry:
    day: date
    minutes: int
    category_id: int
    category_key: str | None  # a CategoryKey for built-ins, None for the user's own
    category_name: str  # the user's own name; empty for a built-in under its own name
    counts_as_supervision: bool
    description: str = ""

    @property
    def category_ident(self) -> str:
        """What the code knows the category by: the own name, else the built-in key."""
        return self.category_name or self.category_key or ""


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    category_key: str | None
    category_name: str  # as in StatementEntry
    counts_as_supervision: bool
    minutes: int


@dataclass(frozen=True, slots=True)
class MonthTotal:
    year: int
    month: int
    minutes: int


@dataclass(frozen=True, slots=True)
class MeetingContacts:
    kind: str  # a meeting template key (MeetingKind for the built-in ones)
    count: int


_NO_TITLE = Text("")


@dataclass(frozen=True, slots=True, kw_only=True)
class QuarterStatement:
    profile: Profile
    aios: Aios
    quarter: Quarter
    entries: tuple[StatementEntry, ...]  # by day, then category order
    per_category: tuple[CategoryTotal, ...]  # categories with hours, in category order
    per_month: tuple[MonthTotal, ...]  # always the quarter's three months
    total_minutes: int
    supervision_minutes: int  # entries in categories that count as supervision
    norm: NormCheck  # supervision against the pro rata weekly norm
    norm_minutes_per_week: int  # the full-time weekly norm the expectation comes from
    meeting_contacts: tuple[MeetingContacts, ...]  # kinds by number, most first
    verification_code: str
    #: The regulation the statement follows, and what it prints from it.
    regulation_key: str = DEFAULT_REGULATION
    regulation_title: Text = _NO_TITLE
    #: The sentence on the rule it satisfies; None: no such rule, kept at the institute's request.
    citation: Text | None = None
    #: Who signs, in order; ``EMPLOYER`` only when the profile names one, ``OPLEIDER`` only for a
    #: praktijkbegeleider.
    signers: tuple[StatementSigner, ...] = (StatementSigner.TRAINER, StatementSigner.AIOS)
    #: The recipient of the copy the regulation names; None: the quality officer of the profile, if any.
    copy_to: Text | None = None
    status: StatementStatus = StatementStatus.DRAFT
    signed_on: date | None = None
    signed_code: str = ""  # the code recorded when it was marked signed

    @property
    def is_signed(self) -> bool:
        return self.status is StatementStatus.SIGNED

    @property
    def matches_signed(self) -> bool:
        """The data still gives the code that was on the paper when it was signed."""
        return bool(self.signed_code) and codes_match(self.signed_code, self.verification_code)

    @property
    def meeting_count(self) -> int:
        return sum(contact.count for contact in self.meeting_contacts)


def build_statement(
    *,
    profile: Profile,
    aios: Aios,
    quarter: Quarter,
    entries: Iterable[StatementEntry],
    category_order: Mapping[int, int],
    meeting_kinds: Iterable[str],
    norms: Norms,
    status: StatementStatus = StatementStatus.DRAFT,
    signed_on: date | None = None,
    signed_code: str = "",
    rules: Regulation | None = None,
) -> QuarterStatement:
    """Totals, norm and code for ``entries`` (of ``aios``, inside ``quarter``).

    ``category_order`` maps a category id to its sort position; ``meeting_kinds``
    has one item per meeting held in the quarter. ``rules`` is the aios's
    regulation (default: huisartsgeneeskunde); ``norms`` its norms in use.
    """
    followed = rules if rules is not None else regulation(DEFAULT_REGULATION)
    praktijkbegeleider = profile.role is Role.PRAKTIJKBEGELEIDER
    rule = followed.statement_rule(praktijkbegeleider)
    signers = tuple(
        signer
        for signer in rule.signers
        if (signer is not StatementSigner.EMPLOYER or profile.employer)
        and (signer is not StatementSigner.OPLEIDER or praktijkbegeleider)
    )
    ordered = tuple(
        sorted(
            entries,
            key=lambda e: (
                e.day,
                category_order.get(e.category_id, 0),
                e.category_id,
                e.minutes,
                e.description,
            ),
        )
    )
    outside = [e.day for e in ordered if not quarter.contains(e.day)]
    if outside:
        raise ValueError(f"entries outside {quarter}: {outside[:3]}")

    per_category: dict[int, CategoryTotal] = {}
    for entry in ordered:
        known = per_category.get(entry.category_id)
        minutes = entry.minutes + (known.minutes if known else 0)
        per_category[entry.category_id] = CategoryTotal(
            entry.category_key, entry.category_name, entry.counts_as_supervision, minutes
        )
    categories = tuple(
        per_category[cid] for cid in sorted(per_category, key=lambda c: (category_order.get(c, 0), c))
    )
    months = tuple(
        MonthTotal(quarter.year, month, sum(e.minutes for e in ordered if e.day.month == month))
        for month in quarter.months()
    )
    total = sum(e.minutes for e in ordered)
    supervision = sum(e.minutes for e in ordered if e.counts_as_supervision)
    expected = expected_supervision_minutes(
        quarter.period, aios.part_time_percent, norms, aios.start_date, aios.expected_end_date
    )
    norm = NormCheck("supervision_minutes_per_week", supervision, expected, norms.tolerance_percent)

    counts: dict[str, int] = {}
    for kind in meeting_kinds:
        counts[kind] = counts.get(kind, 0) + 1
    contacts = tuple(
        MeetingContacts(kind, count)
        for kind, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )

    content = statement_content(
        trainer=profile.name,
        aios=aios.name,
        quarter=quarter,
        lines=[
            StatementLine(e.day, e.minutes, e.category_key, e.category_ident, e.description) for e in ordered
        ],
    )
    content.update(_printed_besides_the_entries(profile, aios, quarter, months, norm, contacts))
    if followed.key != DEFAULT_REGULATION:
        # Only when not GP, so every statement signed before regulations existed
        # (all measured as GP) keeps the code on its paper.
        content["regulation"] = followed.key
    return QuarterStatement(
        profile=profile,
        aios=aios,
        quarter=quarter,
        entries=ordered,
        per_category=categories,
        per_month=months,
        total_minutes=total,
        supervision_minutes=supervision,
        norm=norm,
        norm_minutes_per_week=norms.supervision_minutes_per_week,
        meeting_contacts=contacts,
        verification_code=verification_code(content),
        regulation_key=followed.key,
        regulation_title=followed.title,
        citation=rule.citation,
        signers=signers,
        copy_to=rule.copy_to,
        status=status,
        signed_on=signed_on,
        signed_code=signed_code,
    )


def _printed_besides_the_entries(
    profile: Profile,
    aios: Aios,
    quarter: Quarter,
    months: tuple[MonthTotal, ...],
    norm: NormCheck,
    contacts: tuple[MeetingContacts, ...],
) -> dict[str, Any]:
    # Everything else the paper shows, so a changed header or norm shows up
    # as a changed code just like a changed entry.
    return {
        "header": {
            "role": profile.role,
            "practice": profile.practice,
            "employer": profile.employer,
            "institute": profile.institute,
            "quality_officer": profile.quality_officer,
            "supervising_opleider": profile.supervising_opleider,
            "aios_part_time_percent": aios.part_time_percent,
            "period": [quarter.start, quarter.end],
        },
        "per_month": {f"{m.year:04d}-{m.month:02d}": m.minutes for m in months},
        "supervision": {"minutes": norm.actual_minutes, "expected": norm.expected_minutes},
        "meeting_contacts": {c.kind: c.count for c in contacts},
    }
