"""What a code or a PDF file check found, in words: shared by the dialog and ``verify``.

Only QtCore here: the ``verify`` command builds these texts without a window.
A verdict has a headline (one sentence a beleidsverantwoordelijke can act on),
notes, and the signed paper beside the data as it is now, row by row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from ..domain.durations import format_minutes
from ..domain.enums import Role
from ..domain.problems import ParseError
from ..domain.quarters import Quarter
from ..domain.statement import QuarterStatement, SignerRole
from ..storage.services.meetings import MeetingService, ReportCodeCheck
from ..storage.services.statements import CodeCheck, StatementService
from . import labels
from .formatting import format_date
from .problems import problem_text
from .statements import quarter_name, statement_name


class Outcome(StrEnum):
    MATCHES = "matches"  # signed, and the data still gives it
    CHANGED = "changed"  # signed, but the data has changed since
    CONCEPT = "concept"  # a printout never marked signed
    UNKNOWN = "unknown"  # no document in this file has the code
    INVALID = "invalid"  # not a code, or a typing error


@dataclass
class Verdict:
    outcome: Outcome
    headline: str
    notes: list[str] = field(default_factory=list)
    # (what, on the signed paper, in the data now)
    comparison: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def trustworthy(self) -> bool:
        return self.outcome is Outcome.MATCHES

    def as_text(self) -> str:
        lines = [self.headline, *self.notes]
        if self.comparison:
            width = max(len(row[0]) for row in self.comparison)
            lines.append("")
            paper, now = column_titles()
            lines.append(f"{'':{width}}  {paper:34}  {now}")
            lines += [f"{what:{width}}  {paper:34}  {now}" for what, paper, now in self.comparison]
        return "\n".join(lines)


def column_titles() -> tuple[str, str]:
    return Q.translate("Verdict", "On the signed paper"), Q.translate("Verdict", "In the data now")


def _signer_role(role: str, profile_role: Role) -> str:
    return {
        SignerRole.TRAINER.value: labels.role_short(profile_role),
        SignerRole.AIOS.value: Q.translate("StatementPdf", "Trainee"),
        SignerRole.EMPLOYER.value: Q.translate("StatementPdf", "Employer"),
        SignerRole.OPLEIDER.value: Q.translate("StatementPdf", "Trainer (co-signs)"),
    }.get(role, role)


def _signers(items: list[dict], profile_role: Role) -> str:
    return "; ".join(
        f"{_signer_role(s.get('role', ''), profile_role)}" + (f" {s['name']}" if s.get("name") else "")
        for s in items
    )


def _period(quarter_text: str, start: str, end: str) -> str:
    return (
        f"{quarter_text} ({format_date(date.fromisoformat(start))} – {format_date(date.fromisoformat(end))})"
    )


def comparison(statement: QuarterStatement, paper: dict | None) -> list[tuple[str, str, str]]:
    """The signed paper's period, aios, totals per category, signers and date beside today's data."""
    now = statement.paper()
    role = statement.profile.role
    missing = Q.translate("Verdict", "(not recorded)")
    paper = paper or {}

    def category_rows() -> list[tuple[str, str, str]]:
        def key(item: dict) -> str:
            return item.get("name") or item.get("key") or ""

        before = {key(c): c for c in paper.get("per_category", [])}
        after = {key(c): c for c in now["per_category"]}
        rows = []
        for name in [*after, *(k for k in before if k not in after)]:
            item = after.get(name) or before[name]
            label = labels.category(item.get("key"), item.get("name", ""))
            rows.append(
                (
                    label,
                    format_minutes(before[name]["minutes"])
                    if name in before
                    else ("0:00" if paper else missing),
                    format_minutes(after[name]["minutes"]) if name in after else "0:00",
                )
            )
        return rows

    quarter = Quarter.parse(now["quarter"])
    rows = [
        (
            Q.translate("Verdict", "Period"),
            _period(quarter_name(Quarter.parse(paper["quarter"])), *paper["period"]) if paper else missing,
            _period(quarter_name(quarter), *now["period"]),
        ),
        (Q.translate("Verdict", "Trainee"), paper.get("aios", missing), now["aios"]),
        *category_rows(),
        (
            Q.translate("Verdict", "Total hours"),
            format_minutes(paper["total_minutes"]) if "total_minutes" in paper else missing,
            format_minutes(now["total_minutes"]),
        ),
        (
            Q.translate("Verdict", "Signers"),
            _signers(paper["signers"], role) if "signers" in paper else missing,
            _signers(now["signers"], role),
        ),
        (
            Q.translate("Verdict", "Marked signed on"),
            format_date(date.fromisoformat(paper["signed_on"])) if paper.get("signed_on") else missing,
            format_date(statement.signed_on) if statement.is_signed else Q.translate("Verdict", "not signed"),
        ),
    ]
    return rows


def code_verdict(found: CodeCheck | None) -> Verdict:
    if found is None:
        return Verdict(
            Outcome.UNKNOWN,
            Q.translate(
                "Verdict",
                "No document in this data file has this code. Check the characters, or open the "
                "data file the document was printed from.",
            ),
        )
    statement = found.statement
    which = Q.translate("Verdict", "This is the {name} of {aios} for {quarter} ({start} to {end}).").format(
        name=statement_name().lower(),
        aios=statement.aios.name,
        quarter=quarter_name(statement.quarter),
        start=format_date(statement.quarter.start),
        end=format_date(statement.quarter.end),
    )
    signed = format_date(statement.signed_on)
    notes = [which]
    outcome, headline = _outcome(found.signed_code_matches, found.data_matches, signed)
    if outcome is Outcome.CONCEPT and statement.signed_code:
        notes.append(
            Q.translate("Verdict", "The version marked as signed on {date} had another code.").format(
                date=signed
            )
        )
    if found.signed_code_matches and not statement.is_signed:
        notes.append(Q.translate("Verdict", "The quarter has been unlocked since."))
    if found.legacy:
        notes.append(
            Q.translate(
                "Verdict",
                "This is an old, short code of version 0.1 (50 bits): it still identifies the document, "
                "but it is too short to prove the paper unchanged. Print the statement again for a new code.",
            )
        )
    paper = statement.signed_paper if found.signed_code_matches else statement.paper()
    return Verdict(outcome, headline, notes, comparison(statement, paper))


def report_verdict(found: ReportCodeCheck) -> Verdict:
    """A meeting report's code: which meeting, signed or concept, still matching or not."""
    from .labels import meeting_status
    from .statements import meeting_kind_name

    meeting = found.meeting
    which = Q.translate("Verdict", "This is the report of the {kind} with {aios} on {date}.").format(
        kind=meeting_kind_name(meeting.kind), aios=found.aios, date=format_date(meeting.date)
    )
    signed = format_date(meeting.signed_on)
    outcome, headline = _outcome(found.signed_code_matches, found.data_matches, signed)
    notes = [
        which,
        Q.translate("Verdict", "Status now: {status}.").format(status=meeting_status(meeting.status)),
    ]
    if found.legacy:
        notes.append(
            Q.translate(
                "Verdict",
                "This is an old, short code of version 0.1 (50 bits): it still identifies the document, "
                "but it is too short to prove the paper unchanged. Print the statement again for a new code.",
            )
        )
    return Verdict(outcome, headline, notes)


def check_code(service: StatementService, typed: str, meetings: MeetingService | None = None) -> Verdict:
    """A code of a statement, else (with ``meetings``) of a meeting report."""
    try:
        found = service.verify(typed)
        if found is None and meetings is not None:
            report = meetings.find_code(typed)
            if report is not None:
                return report_verdict(report)
        return code_verdict(found)
    except ParseError as exc:
        return Verdict(Outcome.INVALID, problem_text(exc.problem))


@dataclass
class FileVerdict:
    """A PDF file checked: its codes against the data, and each digital signature in it."""

    codes: list[Verdict]
    signatures: list[str]  # one sentence per signature
    empty_fields: int
    all_signatures_intact: bool
    headline: str

    @property
    def trustworthy(self) -> bool:
        return bool(self.codes) and all(v.trustworthy for v in self.codes) and self.all_signatures_intact

    def as_text(self) -> str:
        parts = [self.headline, *self.signatures]
        for verdict in self.codes:
            parts += ["", verdict.as_text()]
        return "\n".join(parts)


def check_pdf(service: StatementService, pdf: bytes, meetings: MeetingService | None = None) -> FileVerdict:
    """Read the codes from the file's metadata and check them, then each digital signature."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from ..reports.archive import codes_in_keywords
    from ..reports.signing import check_signatures, signature_fields

    try:
        info: Mapping[str, Any] = PdfReader(io.BytesIO(pdf)).metadata or {}
    except (PdfReadError, ValueError, OSError):
        return FileVerdict(
            [], [], 0, False, Q.translate("Verdict", "This is not a PDF file that can be read.")
        )
    codes = codes_in_keywords(str(info.get("/Keywords", "")))
    verdicts = [check_code(service, code, meetings) for code in codes]
    checks = check_signatures(pdf)
    sentences = []
    for check in checks:
        when = check.signed_at.astimezone().strftime("%H:%M") if check.signed_at else ""
        day = format_date(check.signed_at.date()) if check.signed_at else "?"
        if check.intact and check.covers_whole_file:
            sentence = Q.translate(
                "Verdict", "Digital signature {field}: intact, signed by {signer} on {day} {time}."
            )
        elif check.intact:
            sentence = Q.translate(
                "Verdict",
                "Digital signature {field}: intact, signed by {signer} on {day} {time}, but the file "
                "was changed after this signature.",
            )
        else:
            sentence = Q.translate(
                "Verdict",
                "Digital signature {field}: BROKEN — the file was changed after {signer} signed it.",
            )
        sentence = sentence.format(field=check.field, signer=check.signer or "?", day=day, time=when)
        if check.intact and not check.trusted:
            sentence += " " + Q.translate(
                "Verdict", "The certificate was not checked against a trusted authority."
            )
        sentences.append(sentence)
    empty = sum(1 for f in signature_fields(pdf) if not f.signed)
    intact = all(c.intact and c.covers_whole_file for c in checks)
    if not codes:
        headline = Q.translate("Verdict", "This PDF holds no OpleiderDesk verification code.")
    elif all(v.trustworthy for v in verdicts) and intact:
        headline = Q.translate(
            "Verdict", "The file matches the data, and every digital signature in it is intact."
        )
    else:
        headline = Q.translate("Verdict", "Do not trust this file as it is: see below.")
    if not checks:
        sentences.append(Q.translate("Verdict", "The file has no digital signature yet."))
    if empty:
        sentences.append(Q.translate("Verdict", "%n signature field(s) still empty.", "", empty))
    return FileVerdict(verdicts, sentences, empty, intact, headline)


def _outcome(signed_code_matches: bool, data_matches: bool, signed: str) -> tuple[Outcome, str]:
    """The verdict on a code and its headline, the same for statements and meeting reports."""
    if signed_code_matches and data_matches:
        return Outcome.MATCHES, Q.translate(
            "Verdict", "Matches: marked as signed on {date}, and the data still matches the signed paper."
        ).format(date=signed)
    if signed_code_matches:
        return Outcome.CHANGED, Q.translate(
            "Verdict",
            "Does not match: marked as signed on {date}, but the data has changed since. "
            "This paper no longer matches the data file.",
        ).format(date=signed)
    return Outcome.CONCEPT, Q.translate(
        "Verdict", "Draft, not yet marked signed: the code is of a printout of the data as it is now."
    )
