"""Calendar identity: a UUID and a SEQUENCE per meeting, and what the last export wrote

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-01 20:00:00

Every existing meeting gets its own random UUID here, so a file made before
this revision exports events that no other file shares.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN, not a batch copy of the table: dropping the old meeting table
    # would fire ON DELETE SET NULL on every agreement and learning goal.
    # SQLite adds a NOT NULL column only with a default; the UUIDs follow.
    op.add_column("meeting", sa.Column("uid", sa.String(length=36), nullable=False, server_default=""))
    op.add_column("meeting", sa.Column("sequence", sa.Integer(), nullable=False, server_default="0"))
    connection = op.get_bind()
    meeting = sa.table("meeting", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    for (meeting_id,) in connection.execute(sa.select(meeting.c.id)).all():
        connection.execute(meeting.update().where(meeting.c.id == meeting_id).values(uid=str(uuid.uuid4())))
    op.create_index(op.f("ix_meeting_uid"), "meeting", ["uid"], unique=True)

    op.create_table(
        "calendar_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("summary", sa.String(length=400), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_calendar_sent_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_sent")),
    )
    op.create_index(op.f("ix_calendar_sent_aios_id"), "calendar_sent", ["aios_id"])
    op.create_index(op.f("ix_calendar_sent_uid"), "calendar_sent", ["uid"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_calendar_sent_uid"), table_name="calendar_sent")
    op.drop_index(op.f("ix_calendar_sent_aios_id"), table_name="calendar_sent")
    op.drop_table("calendar_sent")
    op.drop_index(op.f("ix_meeting_uid"), table_name="meeting")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("sequence")
        batch.drop_column("uid")
