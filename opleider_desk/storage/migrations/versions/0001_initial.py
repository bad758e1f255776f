"""Initial schema: the whole domain

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 07:05:58.916988
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "aios",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("expected_end_date", sa.Date(), nullable=True),
        sa.Column("training_year", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=100), nullable=False),
        sa.Column("part_time_percent", sa.Integer(), nullable=False),
        sa.Column("praktijkbegeleider", sa.String(length=200), nullable=False),
        sa.Column("institute_contact", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "expected_end_date IS NULL OR expected_end_date > start_date",
            name=op.f("ck_aios_end_after_start"),
        ),
        sa.CheckConstraint("part_time_percent BETWEEN 10 AND 100", name=op.f("ck_aios_part_time")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aios")),
    )
    with op.batch_alter_table("aios", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_aios_status"), ["status"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "hour_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("counts_as_supervision", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hour_category")),
        sa.UniqueConstraint("key", name=op.f("uq_hour_category_key")),
    )
    op.create_table(
        "norm_setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_norm_setting")),
    )
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("practice", sa.String(length=200), nullable=False),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("institute", sa.String(length=200), nullable=False),
        sa.Column("quality_officer", sa.String(length=200), nullable=False),
        sa.Column("supervising_opleider", sa.String(length=200), nullable=False),
        sa.Column("practice_patients", sa.Integer(), nullable=True),
        sa.Column("practice_gp_fte_percent", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=True),
        sa.Column("template_key", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("item_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_checklist_item_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_item_aios_id"), ["aios_id"], unique=False)

    op.create_table(
        "hour_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("minutes > 0 AND minutes <= 1440", name=op.f("ck_hour_entry_minutes_range")),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_hour_entry_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["hour_category.id"],
            name=op.f("fk_hour_entry_category_id_hour_category"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hour_entry")),
    )
    with op.batch_alter_table("hour_entry", schema=None) as batch_op:
        batch_op.create_index("ix_hour_entry_aios_day", ["aios_id", "day"], unique=False)
        batch_op.create_index(batch_op.f("ix_hour_entry_category_id"), ["category_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hour_entry_day"), ["day"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("planned_at", sa.DateTime(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("agenda", sa.JSON(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("current_step", sa.Integer(), nullable=False),
        sa.Column("report_text", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(length=60), nullable=False),
        sa.Column("verdict_explanation", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("verification_code", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("duration_minutes >= 0", name=op.f("ck_meeting_duration_nonneg")),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_meeting_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_aios_kind", ["aios_id", "kind"], unique=False)

    op.create_table(
        "recurring_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("minutes > 0 AND minutes <= 1440", name=op.f("ck_recurring_hours_minutes_range")),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_recurring_hours_weekday_range")),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_recurring_hours_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["hour_category.id"],
            name=op.f("fk_recurring_hours_category_id_hour_category"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recurring_hours")),
    )
    op.create_table(
        "statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("verification_code", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("quarter BETWEEN 1 AND 4", name=op.f("ck_statement_quarter_range")),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_statement_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement")),
        sa.UniqueConstraint("aios_id", "year", "quarter", name="uq_statement_period"),
    )
    op.create_table(
        "trainer_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_trainer_event_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_trainer_event_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_event")),
    )
    with op.batch_alter_table("trainer_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trainer_event_kind"), ["kind"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=30), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_agreement_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agreement_meeting_id_meeting"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_aios_id"), ["aios_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checklist_item_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checklist_item_id"],
            ["checklist_item.id"],
            name=op.f("fk_attachment_checklist_item_id_checklist_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_checklist_item_id"), ["checklist_item_id"], unique=False
        )

    op.create_table(
        "learning_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=False),
        sa.Column("competency", sa.String(length=40), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("activities", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("set_in_meeting_id", sa.Integer(), nullable=True),
        sa.Column("evaluated_in_meeting_id", sa.Integer(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_learning_goal_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["evaluated_in_meeting_id"],
            ["meeting.id"],
            name=op.f("fk_learning_goal_evaluated_in_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["set_in_meeting_id"],
            ["meeting.id"],
            name=op.f("fk_learning_goal_set_in_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_goal")),
    )
    with op.batch_alter_table("learning_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_learning_goal_aios_id"), ["aios_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("learning_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_goal_aios_id"))

    op.drop_table("learning_goal")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_checklist_item_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_aios_id"))

    op.drop_table("agreement")
    with op.batch_alter_table("trainer_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trainer_event_kind"))

    op.drop_table("trainer_event")
    op.drop_table("statement")
    op.drop_table("recurring_hours")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_aios_kind")

    op.drop_table("meeting")
    with op.batch_alter_table("hour_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hour_entry_day"))
        batch_op.drop_index(batch_op.f("ix_hour_entry_category_id"))
        batch_op.drop_index("ix_hour_entry_aios_day")

    op.drop_table("hour_entry")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_aios_id"))

    op.drop_table("checklist_item")
    op.drop_table("profile")
    op.drop_table("norm_setting")
    op.drop_table("hour_category")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    with op.batch_alter_table("aios", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aios_status"))

    op.drop_table("aios")
