"""The tables of the data file (SQLAlchemy 2 typed ORM).

The schema itself is created and changed only by the Alembic revisions in
``storage/migrations``; a test checks that those revisions produce exactly
these models. Enum values are stored as their string values, durations as
integer minutes.

No ``from __future__ import annotations`` here: SQLAlchemy would then turn each
of the 170 annotations back from its string (an ``eval`` each), some 5 ms of
every start; only the relationships to classes further down are strings.
"""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep batch migrations on SQLite predictable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ProfileRow(Base):
    """The trainer: exactly one row (id 1)."""

    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(40), default="huisartsopleider")
    practice: Mapped[str] = mapped_column(String(200), default="")
    employer: Mapped[str] = mapped_column(String(200), default="")
    institute: Mapped[str] = mapped_column(String(200), default="")
    quality_officer: Mapped[str] = mapped_column(String(200), default="")
    supervising_opleider: Mapped[str] = mapped_column(String(200), default="")
    practice_patients: Mapped[int | None] = mapped_column(Integer)
    practice_gp_fte_percent: Mapped[int | None] = mapped_column(Integer)
    regulation: Mapped[str] = mapped_column(String(80), default="huisartsgeneeskunde")


class AiosRow(Base):
    __tablename__ = "aios"
    __table_args__ = (
        CheckConstraint("part_time_percent BETWEEN 10 AND 100", name="part_time"),
        CheckConstraint(
            "expected_end_date IS NULL OR expected_end_date > start_date", name="end_after_start"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    expected_end_date: Mapped[date | None] = mapped_column(Date)
    training_year: Mapped[int] = mapped_column(Integer, default=1)
    phase: Mapped[str] = mapped_column(String(100), default="")
    part_time_percent: Mapped[int] = mapped_column(Integer, default=100)
    praktijkbegeleider: Mapped[str] = mapped_column(String(200), default="")
    institute_contact: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    regulation: Mapped[str] = mapped_column(String(80), default="")  # empty: the trainer's
    competency_profile: Mapped[str] = mapped_column(String(80), default="competenties_2016")
    #: Upgraded from 0.1 in year 2 or 3: the training's start is the placement's until checked.
    start_to_check: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    # ORM-level cascades (not only ON DELETE) so that the undo recorder sees
    # every child row a delete takes with it.
    meetings: Mapped[list["MeetingRow"]] = relationship(
        back_populates="aios", cascade="all, delete-orphan", passive_deletes=False
    )
    agreements: Mapped[list["AgreementRow"]] = relationship(cascade="all, delete-orphan")
    goals: Mapped[list["LearningGoalRow"]] = relationship(cascade="all, delete-orphan")
    hour_entries: Mapped[list["HourEntryRow"]] = relationship(cascade="all, delete-orphan")
    recurring_hours: Mapped[list["RecurringHoursRow"]] = relationship(cascade="all, delete-orphan")
    statements: Mapped[list["StatementRow"]] = relationship(cascade="all, delete-orphan")
    checklist_items: Mapped[list["ChecklistItemRow"]] = relationship(cascade="all, delete-orphan")
    trainer_events: Mapped[list["TrainerEventRow"]] = relationship(cascade="all, delete-orphan")
    placements: Mapped[list["PlacementRow"]] = relationship(cascade="all, delete-orphan")
    interruptions: Mapped[list["InterruptionRow"]] = relationship(cascade="all, delete-orphan")


class PlacementRow(Base):
    """A part of an aios's training (opleidingsonderdeel); the training's own dates are on the aios."""

    __tablename__ = "placement"
    __table_args__ = (
        CheckConstraint("part_time_percent BETWEEN 10 AND 100", name="part_time"),
        CheckConstraint('"end" IS NULL OR "end" >= start', name="end_after_start"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    aios_id: Mapped[int] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"), index=True)
    setting: Mapped[str] = mapped_column(String(40))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    part_time_percent: Mapped[int] = mapped_column(Integer, default=100)
    hlwp: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")


class InterruptionRow(Base):
    """Sick leave, parental leave, the trainer's absence: what is due moves while it lasts."""

    __tablename__ = "interruption"
    __table_args__ = (CheckConstraint('"end" IS NULL OR "end" >= start', name="end_after_start"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    aios_id: Mapped[int] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    institution_informed: Mapped[bool] = mapped_column(Boolean, default=False)


class HourCategoryRow(Base):
    __tablename__ = "hour_category"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    counts_as_supervision: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class HourEntryRow(Base):
    __tablename__ = "hour_entry"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_range"),
        Index("ix_hour_entry_aios_day", "aios_id", "day"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    aios_id: Mapped[int | None] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(ForeignKey("hour_category.id", ondelete="RESTRICT"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RecurringHoursRow(Base):
    __tablename__ = "recurring_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    aios_id: Mapped[int | None] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(ForeignKey("hour_category.id", ondelete="RESTRICT"))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MeetingRow(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("duration_minutes >= 0", name="duration_nonneg"),
        Index("ix_meeting_aios_kind", "aios_id", "kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    aios_id: Mapped[int] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300), default="")
    planned_at: Mapped[datetime | None] = mapped_column(DateTime)
    held_on: Mapped[date | None] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    location: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[list[Any]] = mapped_column(JSON, default=list)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    current_step: Mapped[int] = mapped_column(Integer, default=0)
    report_text: Mapped[str] = mapped_column(Text, default="")
    verdict: Mapped[str] = mapped_column(String(60), default="")
    verdict_explanation: Mapped[str] = mapped_column(Text, default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    verification_code: Mapped[str] = mapped_column(String(40), default="")
    content_sha256: Mapped[str] = mapped_column(String(64), default="")  # recorded at signing
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # The meeting's identity in every calendar it is exported to: unique across
    # data files (a demo, a restored backup, a colleague's file), so an import
    # never overwrites another file's meeting (RFC 5545 UID).
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, index=True, default=lambda: str(uuid.uuid4()), server_default=""
    )
    # Rises when time, place or participants change (RFC 5545 SEQUENCE).
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    aios: Mapped["AiosRow"] = relationship(back_populates="meetings")


class CalendarSentRow(Base):
    """What a calendar export last wrote of a meeting, kept after the meeting is gone,
    so the next export can cancel an event that would otherwise stay in the calendar."""

    __tablename__ = "calendar_sent"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, index=True)
    # No foreign key: the row outlives its meeting, to cancel it. It goes with
    # its aios, whose name the summary holds (erasure, AVG article 17).
    meeting_id: Mapped[int] = mapped_column(Integer)
    aios_id: Mapped[int] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(String(400), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    # A CANCELLED event was written: later exports leave the meeting out.
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_at: Mapped[datetime] = mapped_column(DateTime)


class AgreementRow(Base):
    __tablename__ = "agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    aios_id: Mapped[int] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(30), default="aios")
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class LearningGoalRow(Base):
    __tablename__ = "learning_goal"
    id: Mapped[int] = mapped_column(primary_key=True)
    aios_id: Mapped[int] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"), index=True)
    competency: Mapped[str] = mapped_column(String(40))
    statement: Mapped[str] = mapped_column(Text)
    activities: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    assessment: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    set_in_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    evaluated_in_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    created_on: Mapped[date] = mapped_column(Date)


class StatementRow(Base):
    """A quarterly hour statement; a signed one locks its quarter's entries."""

    __tablename__ = "statement"
    __table_args__ = (
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_range"),
        UniqueConstraint("aios_id", "year", "quarter", name="uq_statement_period"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    aios_id: Mapped[int | None] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    verification_code: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    signed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Recorded at signing: the full hash, and what the paper said (period,
    # totals, signers), so a later check can show it beside today's data.
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    signed_paper: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ChecklistItemRow(Base):
    __tablename__ = "checklist_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    aios_id: Mapped[int | None] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"), index=True)
    template_key: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="missing")
    item_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    attachments: Mapped[list["AttachmentRow"]] = relationship(cascade="all, delete-orphan")


class AttachmentRow(Base):
    """A file kept inside the data file, so a backup or a move carries it."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_item_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_item.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class TrainerEventRow(Base):
    __tablename__ = "trainer_event"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    day: Mapped[date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    aios_id: Mapped[int | None] = mapped_column(ForeignKey("aios.id", ondelete="CASCADE"))
    note: Mapped[str] = mapped_column(Text, default="")
    #: 000_… Bijlage 1 §9: the institution was told (the task laid down, under 16 hours).
    institution_informed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class NormSettingRow(Base):
    """A rule of a regulation the trainer sets differently (an override, "aangepast")."""

    __tablename__ = "norm_setting"
    regulation: Mapped[str] = mapped_column(String(80), primary_key=True, default="huisartsgeneeskunde")
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class AuditLogRow(Base):
    """Append-only record of what was done; never touched by undo."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
