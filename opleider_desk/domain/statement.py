"""The quarterly hour statement as plain data: what is printed, signed and checked.

``build_statement`` takes the raw facts of one aios in one quarter (entries,
held meetings, the norm) and derives every total the paper shows, plus the
verification code over all of it. The code is computed from stable keys,
never from translated words, so the same data gives the same code whatever
the language it is printed in; the date of signing is not in it, because the
paper is printed before anyone signs.

The content of version 0.1 (``legacy content``) is kept exactly as it was, so
a 0.1 code still recomputes; what this version prints besides (the outcomes
of the meeting contacts, the signers) is added on top for the new code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .bilingual import Text
from .entities import Aios, Profile
from .enums import Role, StatementStatus
from .norms import NormCheck, Norms, expected_supervision_minutes
from .quarters import Quarter
from .regulations import DEFAULT_REGULATION, Regulation, StatementRule, regulation
from .verification import (
    LEGACY_CODE_LENGTH,
    StatementLine,
    codes_match,
    content_digest,
    legacy_code,
    statement_content,
    verification_code,
)


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
class MeetingOutcome:
    """One meeting held in the quarter and what came out of it (`000_…` asks for the outcomes)."""

    kind: str  # a meeting template key
    held_on: date
    signed: bool
    verdict: str = ""  # the template's verdict option key; empty when the form has none
    agreements: tuple[str, ...] = ()  # wording of the agreements made in it
    goals: tuple[str, ...] = ()  # IOP learning goals set in it


@dataclass(frozen=True, slots=True)
class MeetingContacts:
    kind: str  # a meeting template key (MeetingKind for the built-in ones)
    count: int
    verdicts: int = 0  # meetings of this kind that gave a verdict
    agreements: int = 0
    goals: int = 0


class SignerRole(StrEnum):
    TRAINER = "trainer"  # the user: opleider or praktijkbegeleider (the profile's role)
    AIOS = "aios"
    EMPLOYER = "employer"
    OPLEIDER = "opleider"  # co-signs a praktijkbegeleider's statement (`000_…` §5d)


@dataclass(frozen=True, slots=True)
class StatementSigner:
    role: SignerRole
    name: str  # empty: whoever signs writes their name


def statement_signers(
    profile: Profile, aios: Aios, rule: StatementRule | None = None
) -> tuple[StatementSigner, ...]:
    """Who signs the hour registration, in the order the regulation names them.

    ``rule`` is the statement rule of the aios's regulation (default: the GP
    one, which is OpleiderDesk's own: trainer and aios, the employer when
    there is one, and for a praktijkbegeleider also the opleider, as `000_…`
    §5d and Bijlage 2 §5 ask for M&G). The employer signs only when the
    profile names one ("eventuele werkgever"); the opleider only co-signs a
    praktijkbegeleider's statement.
    """
    praktijkbegeleider = profile.role is Role.PRAKTIJKBEGELEIDER
    if rule is None:
        rule = regulation(DEFAULT_REGULATION).statement_rule(praktijkbegeleider)
    names = {
        SignerRole.TRAINER: profile.name,
        SignerRole.AIOS: aios.name,
        SignerRole.EMPLOYER: "",
        SignerRole.OPLEIDER: profile.supervising_opleider,
    }
    signers = []
    for signer in rule.signers:
        role = SignerRole(signer.value)
        if role is SignerRole.EMPLOYER and not profile.employer:
            continue
        if role is SignerRole.OPLEIDER and not praktijkbegeleider:
            continue
        signers.append(StatementSigner(role, names[role]))
    return tuple(signers)


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
    meeting_outcomes: tuple[MeetingOutcome, ...] = ()  # by day
    signers: tuple[StatementSigner, ...] = ()
    verification_code: str
    content_sha256: str = ""  # the full hash the code is cut from
    legacy_code: str = ""  # what version 0.1 printed for the same data
    #: The regulation the statement follows, and what it prints from it.
    regulation_key: str = DEFAULT_REGULATION
    regulation_title: Text = _NO_TITLE
    #: The sentence on the rule it satisfies; None: no such rule, kept at the institute's request.
    citation: Text | None = None
    #: The recipient of the copy the regulation names; None: the quality officer of the profile, if any.
    copy_to: Text | None = None
    status: StatementStatus = StatementStatus.DRAFT
    signed_on: date | None = None
    signed_code: str = ""  # the code recorded when it was marked signed
    signed_sha256: str = ""  # the full hash recorded then (empty for a 0.1 signature)
    signed_paper: dict[str, Any] = field(default_factory=dict)  # ``paper()`` as it was then

    @property
    def is_signed(self) -> bool:
        return self.status is StatementStatus.SIGNED

    @property
    def signed_with_legacy_code(self) -> bool:
        return len(self.signed_code.replace("-", "")) == LEGACY_CODE_LENGTH

    @property
    def matches_signed(self) -> bool:
        """The data still gives what was on the paper when it was signed."""
        if self.signed_sha256:
            return self.signed_sha256 == self.content_sha256
        if self.signed_with_legacy_code:
            return codes_match(self.signed_code, self.legacy_code) or self.signed_code == self.legacy_code
        return bool(self.signed_code) and codes_match(self.signed_code, self.verification_code)

    def paper(self) -> dict[str, Any]:
        """What a reader of the paper checks first, as plain JSON-able data.

        Stored at signing, so a check can show the signed paper beside the
        data as it is now.
        """
        return {
            "aios": self.aios.name,
            "trainer": self.profile.name,
            "quarter": str(self.quarter),
            "period": [self.quarter.start.isoformat(), self.quarter.end.isoformat()],
            "per_category": [
                {"key": c.category_key, "name": c.category_name, "minutes": c.minutes}
                for c in self.per_category
            ],
            "total_minutes": self.total_minutes,
            "supervision_minutes": self.supervision_minutes,
            "meetings": self.meeting_count,
            "signers": [{"role": s.role.value, "name": s.name} for s in self.signers],
        }

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
    norms: Norms,
    meeting_kinds: Iterable[str] | None = None,
    meeting_outcomes: Iterable[MeetingOutcome] = (),
    status: StatementStatus = StatementStatus.DRAFT,
    signed_on: date | None = None,
    signed_code: str = "",
    signed_sha256: str = "",
    signed_paper: Mapping[str, Any] | None = None,
    rules: Regulation | None = None,
) -> QuarterStatement:
    """Totals, norm and code for ``entries`` (of ``aios``, inside ``quarter``).

    ``category_order`` maps a category id to its sort position; the meetings
    held in the quarter come as ``meeting_outcomes`` (or, without outcomes,
    as ``meeting_kinds``: one key per meeting). ``rules`` is the aios's
    regulation (default: huisartsgeneeskunde); ``norms`` its norms in use.
    """
    followed = rules if rules is not None else regulation(DEFAULT_REGULATION)
    rule = followed.statement_rule(profile.role is Role.PRAKTIJKBEGELEIDER)
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

    outcomes = tuple(sorted(meeting_outcomes, key=lambda m: (m.held_on, m.kind)))
    kinds = list(meeting_kinds) if meeting_kinds is not None else [m.kind for m in outcomes]
    counts: dict[str, int] = {}
    for kind in kinds:
        counts[kind] = counts.get(kind, 0) + 1
    contacts = tuple(
        MeetingContacts(
            kind,
            count,
            verdicts=sum(1 for m in outcomes if m.kind == kind and m.verdict),
            agreements=sum(len(m.agreements) for m in outcomes if m.kind == kind),
            goals=sum(len(m.goals) for m in outcomes if m.kind == kind),
        )
        for kind, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
    signers = statement_signers(profile, aios, rule)

    content = statement_content(
        trainer=profile.name,
        aios=aios.name,
        quarter=quarter,
        lines=[
            StatementLine(e.day, e.minutes, e.category_key, e.category_ident, e.description) for e in ordered
        ],
    )
    content.update(_printed_besides_the_entries(profile, aios, quarter, months, norm, contacts))
    old = legacy_code(content)
    content["printed_since_0_2"] = {
        "meeting_outcomes": [
            {
                "kind": m.kind,
                "held_on": m.held_on,
                "verdict": m.verdict,
                "agreements": list(m.agreements),
                "goals": list(m.goals),
            }
            for m in outcomes
        ],
        "signers": [{"role": s.role, "name": s.name} for s in signers],
        "regulation": followed.key,
    }
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
        meeting_outcomes=outcomes,
        signers=signers,
        verification_code=verification_code(content),
        content_sha256=content_digest(content),
        legacy_code=old,
        status=status,
        signed_on=signed_on,
        signed_code=signed_code,
        signed_sha256=signed_sha256,
        signed_paper=dict(signed_paper or {}),
        regulation_key=followed.key,
        regulation_title=followed.title,
        citation=rule.citation,
        copy_to=rule.copy_to,
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
