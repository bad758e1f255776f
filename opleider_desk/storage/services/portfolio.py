"""Portfolio checklists per aios, their attachments, the portfolio review, and
the trainer's hand-ticked obligations.

Everything is a ``checklist_item`` row; ``template_key`` says which kind:

* ``<key>`` (aios set): an item of ``resources/checklists/portfolio.json``,
  created the first time the aios's portfolio is shown. ``title`` stays
  empty so the template's wording in the user's language is shown.
* ``""`` (aios set): an item the trainer added; ``title`` is its text.
* ``review.<question key>`` (aios set): the trainer's finding on one question
  of the card "Beoordeling aios-portfolio", kept until the next review is
  started. ``status`` holds the finding: missing = not looked at yet,
  reviewed = in order, present = a point of attention (the note says what).
  Kept as checklist rows rather than in a meeting's answers so a review can
  be done before any progress meeting is planned.
* ``trainer.<training year>.<item key>`` (no aios): an item of
  ``trainer.json`` without an ``auto`` rule that the trainer ticks per
  training year (the year it starts in).

The templates are data: an institute's own ``portfolio.json`` or
``trainer.json`` in ``<user data dir>/checklists`` replaces the built-in
(format in ``resources/checklists/README.md``).

Attachments are stored in the data file with their SHA-256, so a backup or a
moved file carries them; ``attachment_bytes`` refuses bytes that no longer
match their hash.
"""

from __future__ import annotations

import enum
import hashlib
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

from sqlalchemy import func, select

from ...domain.checklists import (
    ChecklistScope,
    ChecklistTemplate,
    ChecklistTemplateError,
    TemplateItem,
    load_builtin_checklist,
    load_checklist,
)
from ...domain.entities import (
    Aios,
    AttachmentInfo,
    ChecklistItem,
    LearningGoal,
    Meeting,
)
from ...domain.enums import ChecklistStatus, MeetingStatus
from ...domain.norm_sets import regulated_due_norms
from ...domain.portfolio import (
    AIOS_RULES,
    PortfolioCounts,
    PortfolioEntry,
    PortfolioFacts,
    ReviewAnswer,
    ReviewEntry,
    auto_outcome,
)
from ...domain.problems import Problem, ValidationFailed
from ...domain.validation import ITEM_TITLE_MAX, checklist_item_problems, text_problem
from ..changes import Area, Operation
from ..mapping import to_entities, to_one
from ..models import (
    AiosRow,
    AttachmentRow,
    ChecklistItemRow,
    LearningGoalRow,
    MeetingRow,
)
from ..store import Audit, Store
from .norms import NormService
from .rows import get_or_gone
from .training import interruptions_of, placements_of

ENSURE_CHECKLIST = Operation("ensure_checklist", Area.PORTFOLIO)
UPDATE_CHECKLIST_ITEM = Operation("update_checklist_item", Area.PORTFOLIO)
ADD_CHECKLIST_ITEM = Operation("add_checklist_item", Area.PORTFOLIO)
DELETE_CHECKLIST_ITEM = Operation("delete_checklist_item", Area.PORTFOLIO)
ADD_ATTACHMENT = Operation("add_attachment", Area.PORTFOLIO)
REMOVE_ATTACHMENT = Operation("remove_attachment", Area.PORTFOLIO)
ANSWER_REVIEW = Operation("answer_review", Area.PORTFOLIO)
START_REVIEW = Operation("start_review", Area.PORTFOLIO)
SET_TRAINER_ITEM = Operation("set_trainer_item", Area.PORTFOLIO)

REVIEW_PREFIX = "review."
TRAINER_PREFIX = "trainer."
#: Larger files belong in the institute's portfolio system, not in the data file.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

_ANSWER_STATUS = {
    ReviewAnswer.OPEN: ChecklistStatus.MISSING,
    ReviewAnswer.IN_ORDER: ChecklistStatus.REVIEWED,
    ReviewAnswer.ATTENTION: ChecklistStatus.PRESENT,
}
_STATUS_ANSWER = {status: answer for answer, status in _ANSWER_STATUS.items()}


class AttachmentDamaged(Exception):
    """The stored bytes no longer match the hash recorded when they were added."""


class _Unchanged(enum.Enum):
    """Marks an argument not given, where None means "clear"."""

    UNCHANGED = 0


_UNCHANGED = _Unchanged.UNCHANGED


def trainer_key(year: int, item_key: str) -> str:
    return f"{TRAINER_PREFIX}{year}.{item_key}"


def _gone() -> ValidationFailed:
    return ValidationFailed([Problem("checklist.gone")])


class PortfolioService:
    def __init__(self, store: Store, own_checklist_dir: Path | None = None):
        self.store = store
        if own_checklist_dir is None and store.user_files_dir is not None:
            own_checklist_dir = store.user_files_dir / "checklists"
        self.own_checklist_dir = own_checklist_dir
        self.template_errors: list[ChecklistTemplateError] = []

    @cached_property
    def template(self) -> ChecklistTemplate:
        return self._load("portfolio")

    @cached_property
    def trainer_template(self) -> ChecklistTemplate:
        return self._load("trainer")

    def _load(self, name: str) -> ChecklistTemplate:
        """The institute's own copy in ``own_checklist_dir`` if there is one, else the built-in.

        A broken own copy must not lock the trainer out of the portfolio: the
        built-in is used and the error kept in ``template_errors`` to show.
        """
        own = self.own_checklist_dir / f"{name}.json" if self.own_checklist_dir is not None else None
        if own is not None and own.is_file():
            wanted = ChecklistScope.AIOS if name == "portfolio" else ChecklistScope.TRAINER
            try:
                template = load_checklist(own)
                if template.scope is not wanted:
                    raise ChecklistTemplateError(own, "scope", f"must be {wanted.value}")
                return template
            except ChecklistTemplateError as error:
                self.template_errors.append(error)
        return load_builtin_checklist(name)

    # ------------------------------------------------------------ checklist
    def ensure_items(self, aios_id: int) -> None:
        """Give the aios every template item it lacks; the user's own items stay."""
        with self.store.read() as session:
            present = set(
                session.scalars(
                    select(ChecklistItemRow.template_key).where(ChecklistItemRow.aios_id == aios_id)
                )
            )
        missing = [(n, t) for n, t in enumerate(self.template.items) if t.key not in present]
        if not missing:
            return
        # Filling in the template is not something the user did, so there is nothing to undo.
        with self.store.write(ENSURE_CHECKLIST, undoable=False) as s:
            if s.get(AiosRow, aios_id) is None:
                return
            s.add_all(
                ChecklistItemRow(aios_id=aios_id, template_key=t.key, sort_order=10 * (n + 1))
                for n, t in missing
            )

    def entries(self, aios_id: int, today: date, *, uncreated: bool = False) -> list[PortfolioEntry]:
        """The aios's checklist, template order first, with what the data says.

        ``uncreated``: also the template items the aios has no row for yet (the
        portfolio was never opened), as the rows ``ensure_items`` will make.
        """
        templates = {t.key: t for t in self.template.items}
        with self.store.read() as session:
            aios_row = session.get(AiosRow, aios_id)
            if aios_row is None:
                return []
            aios = to_one(Aios, aios_row)
            rows = session.scalars(
                select(ChecklistItemRow)
                .where(
                    ChecklistItemRow.aios_id == aios_id,
                    ~ChecklistItemRow.template_key.startswith(REVIEW_PREFIX, autoescape=True),
                )
                .order_by(ChecklistItemRow.sort_order, ChecklistItemRow.id)
            ).all()
            items = to_entities(ChecklistItem, rows)
            if uncreated:
                stored = {row.template_key for row in rows}
                items += [
                    ChecklistItem(aios_id=aios_id, template_key=t.key)
                    for t in self.template.items
                    if t.key not in stored
                ]
            counts = dict(
                session.execute(
                    select(AttachmentRow.checklist_item_id, func.count())
                    .where(AttachmentRow.checklist_item_id.in_([i.id for i in items]))
                    .group_by(AttachmentRow.checklist_item_id)
                ).all()
            )
            facts = PortfolioFacts(
                aios=aios,
                today=today,
                meetings=to_entities(
                    Meeting,
                    session.scalars(
                        select(MeetingRow).where(
                            MeetingRow.aios_id == aios_id,
                            MeetingRow.status != MeetingStatus.CANCELLED.value,
                        )
                    ),
                ),
                goals=to_entities(
                    LearningGoal,
                    session.scalars(select(LearningGoalRow).where(LearningGoalRow.aios_id == aios_id)),
                ),
                norms=regulated_due_norms(
                    self.store.service(NormService).regulation_of(aios),
                    self.store.service(NormService).norms_for(aios),
                ),
                placements=placements_of(session, [aios_id]).get(aios_id, []),
                interruptions=interruptions_of(session, [aios_id]).get(aios_id, []),
            )
        entries = []
        for item in items:
            template = templates.get(item.template_key)
            rule = template.auto if template is not None else None
            outcome = auto_outcome(rule, facts, item) if rule and rule.name in AIOS_RULES else None
            entries.append(
                PortfolioEntry(
                    item=item,
                    template=template,
                    outcome=outcome,
                    attachments=counts.get(item.id, 0) if item.id is not None else 0,
                )
            )
        return entries

    def counts(self, aios_ids: Sequence[int], today: date | None = None) -> dict[int, PortfolioCounts]:
        """Per aios: what the checklist rows say, counted as the portfolio tab shows them.

        A template item not created yet (portfolio never opened) counts as the
        row it will be; a row left out for a value this version does not know
        is not counted (the tab says so).
        """
        day = today or date.today()
        return {a: PortfolioCounts.of(self.entries(a, day, uncreated=True)) for a in aios_ids}

    def missing_counts(self, aios_ids: Sequence[int], today: date | None = None) -> dict[int, int]:
        """Per aios: the rows that say missing (``counts``)."""
        return {a: c.missing for a, c in self.counts(aios_ids, today).items()}

    def update_item(
        self,
        item_id: int,
        *,
        status: ChecklistStatus | None = None,
        item_date: date | _Unchanged | None = _UNCHANGED,
        note: str | None = None,
        title: str | None = None,
    ) -> None:
        """Change what is given; ``item_date=None`` clears the date."""
        typed = checklist_item_problems(
            title=title, note=note, item_date=None if isinstance(item_date, _Unchanged) else item_date
        )
        if typed:
            raise ValidationFailed(typed)
        if title is not None and not title.strip():
            raise ValidationFailed([Problem("required", "title")])
        with self.store.write(UPDATE_CHECKLIST_ITEM) as s:
            row = s.get(ChecklistItemRow, item_id)
            if row is None:
                raise _gone()
            if status is not None:
                row.status = ChecklistStatus(status).value
            if not isinstance(item_date, _Unchanged):
                row.item_date = item_date
            if note is not None:
                row.note = note
            if title is not None:
                if row.template_key:
                    raise ValidationFailed([Problem("checklist.template_item", "title")])
                row.title = title.strip()

    def set_status(self, item_id: int, status: ChecklistStatus) -> None:
        self.update_item(item_id, status=status)

    def add_own_item(self, aios_id: int, title: str) -> int:
        if typed := checklist_item_problems(title=title):
            raise ValidationFailed(typed)
        if not title.strip():
            raise ValidationFailed([Problem("required", "title")])
        with self.store.write(ADD_CHECKLIST_ITEM) as s:
            get_or_gone(s, AiosRow, aios_id, "aios.gone")
            last = s.scalar(
                select(func.max(ChecklistItemRow.sort_order)).where(ChecklistItemRow.aios_id == aios_id)
            )
            row = ChecklistItemRow(aios_id=aios_id, title=title.strip(), sort_order=(last or 0) + 10)
            s.add(row)
            s.flush()
            return row.id

    def delete_item(self, item_id: int) -> None:
        """Delete one of the user's own items with its attachments (undoable)."""
        with self.store.write(
            DELETE_CHECKLIST_ITEM, audit=Audit(entity="checklist_item", entity_id=item_id)
        ) as s:
            row = s.get(ChecklistItemRow, item_id)
            if row is None:
                return
            if row.template_key:
                # The template would bring it back the next time the portfolio is shown.
                raise ValidationFailed([Problem("checklist.template_item")])
            s.delete(row)

    # ------------------------------------------------------------ attachments
    def attachments(self, item_id: int) -> list[AttachmentInfo]:
        # Only the columns the list needs: the bytes stay in the file.
        query = (
            select(
                AttachmentRow.id,
                AttachmentRow.checklist_item_id,
                AttachmentRow.filename,
                AttachmentRow.sha256,
                AttachmentRow.size,
                AttachmentRow.added_at,
            )
            .where(AttachmentRow.checklist_item_id == item_id)
            .order_by(AttachmentRow.added_at, AttachmentRow.id)
        )
        with self.store.read() as session:
            return [AttachmentInfo(**row._asdict()) for row in session.execute(query)]

    def add_attachment(self, item_id: int, path: Path | str) -> int:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise ValidationFailed(
                    [
                        Problem(
                            "attachment.too_large",
                            "file",
                            {"name": path.name, "max_mb": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
                        )
                    ]
                )
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationFailed(
                [Problem("attachment.unreadable", "file", {"name": path.name, "reason": exc.strerror or ""})]
            ) from exc
        return self.add_attachment_bytes(item_id, path.name, data)

    def add_attachment_bytes(self, item_id: int, filename: str, data: bytes) -> int:
        if (problem := text_problem(filename, "file", ITEM_TITLE_MAX)) is not None:
            raise ValidationFailed([problem])
        digest = hashlib.sha256(data).hexdigest()
        with self.store.write(ADD_ATTACHMENT, audit=Audit(entity="attachment", summary=digest)) as s:
            if s.get(ChecklistItemRow, item_id) is None:
                raise _gone()
            row = AttachmentRow(
                checklist_item_id=item_id,
                filename=Path(filename).name or "attachment",
                sha256=digest,
                size=len(data),
                data=data,
                added_at=datetime.now().replace(microsecond=0),
            )
            s.add(row)
            s.flush()
            return row.id

    def attachment_bytes(self, attachment_id: int) -> bytes:
        with self.store.read() as session:
            row = session.get(AttachmentRow, attachment_id)
            if row is None:
                raise KeyError(attachment_id)
            data, expected = row.data, row.sha256
        if hashlib.sha256(data).hexdigest() != expected:
            raise AttachmentDamaged(attachment_id)
        return data

    def export_attachment(self, attachment_id: int, folder: Path | None = None) -> Path:
        """Write a copy for the system viewer; a fresh folder each time so names never clash."""
        data = self.attachment_bytes(attachment_id)
        with self.store.read() as session:
            name = session.scalar(select(AttachmentRow.filename).where(AttachmentRow.id == attachment_id))
        target_dir = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="opleiderdesk-"))
        if name is None:
            raise _gone()
        target = target_dir / Path(name).name
        from ..file_ops import write_private

        write_private(target, data)  # personal data: readable by the user only
        return target

    def remove_attachment(self, attachment_id: int) -> None:
        with self.store.write(
            REMOVE_ATTACHMENT, audit=Audit(entity="attachment", entity_id=attachment_id)
        ) as s:
            row = s.get(AttachmentRow, attachment_id)
            if row is not None:
                s.delete(row)

    # ------------------------------------------------------------ review
    def review_questions(self) -> list[ReviewEntry]:
        """The questions with no findings: the form before an aios is chosen."""
        return [ReviewEntry(question=q) for q in self.template.review]

    def review(self, aios_id: int) -> list[ReviewEntry]:
        with self.store.read() as session:
            rows = {
                item.template_key[len(REVIEW_PREFIX) :]: item
                for item in to_entities(
                    ChecklistItem,
                    session.scalars(
                        select(ChecklistItemRow).where(
                            ChecklistItemRow.aios_id == aios_id,
                            ChecklistItemRow.template_key.startswith(REVIEW_PREFIX, autoescape=True),
                        )
                    ),
                )
            }
        entries = []
        for question in self.template.review:
            item = rows.get(question.key)
            entry = ReviewEntry(question=question)
            if item is not None:
                entry = replace(
                    entry, answer=_STATUS_ANSWER[item.status], note=item.note, answered_on=item.item_date
                )
            entries.append(entry)
        return entries

    def answer_review(
        self, aios_id: int, question_key: str, answer: ReviewAnswer, note: str, today: date
    ) -> None:
        if question_key not in {q.key for q in self.template.review}:
            raise ValueError(f"no review question {question_key!r}")
        key = REVIEW_PREFIX + question_key
        with self.store.write(ANSWER_REVIEW) as s:
            get_or_gone(s, AiosRow, aios_id, "aios.gone")
            row = s.scalars(
                select(ChecklistItemRow).where(
                    ChecklistItemRow.aios_id == aios_id, ChecklistItemRow.template_key == key
                )
            ).first()
            if row is None:
                row = ChecklistItemRow(aios_id=aios_id, template_key=key)
                s.add(row)
            status = _ANSWER_STATUS[ReviewAnswer(answer)].value
            if (row.status, row.note) != (status, note):
                row.status, row.note = status, note
                row.item_date = None if answer is ReviewAnswer.OPEN and not note else today

    def start_review(self, aios_id: int) -> None:
        """Clear the previous review's findings before the next progress meeting (undoable)."""
        with self.store.write(START_REVIEW) as s:
            for row in s.scalars(
                select(ChecklistItemRow).where(
                    ChecklistItemRow.aios_id == aios_id,
                    ChecklistItemRow.template_key.startswith(REVIEW_PREFIX, autoescape=True),
                )
            ):
                s.delete(row)

    # ------------------------------------------------------------ trainer
    def trainer_items(self, year: int) -> dict[str, ChecklistItem]:
        """The trainer's hand-ticked items of the training year starting in ``year``, by item key."""
        prefix = trainer_key(year, "")
        with self.store.read() as session:
            return {
                item.template_key[len(prefix) :]: item
                for item in to_entities(
                    ChecklistItem,
                    session.scalars(
                        select(ChecklistItemRow).where(
                            ChecklistItemRow.aios_id.is_(None),
                            ChecklistItemRow.template_key.startswith(prefix, autoescape=True),
                        )
                    ),
                )
            }

    def set_trainer_item(
        self, year: int, item: TemplateItem, status: ChecklistStatus, note: str | None = None
    ) -> None:
        key = trainer_key(year, item.key)
        with self.store.write(SET_TRAINER_ITEM) as s:
            row = s.scalars(
                select(ChecklistItemRow).where(
                    ChecklistItemRow.aios_id.is_(None), ChecklistItemRow.template_key == key
                )
            ).first()
            if row is None:
                row = ChecklistItemRow(aios_id=None, template_key=key)
                s.add(row)
            row.status = ChecklistStatus(status).value
            if note is not None:
                row.note = note
