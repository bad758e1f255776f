"""The training as it runs: placements and interruptions per aios

Each aios's start and expected end become its training's dates (they stay on
the aios row) and one placement in this practice over the same days, so every
meeting, hour entry and goal stays attached to the aios as before.

Revision ID: 0003
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=False),
        sa.Column("setting", sa.String(length=40), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("part_time_percent", sa.Integer(), nullable=False),
        sa.Column("hlwp", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.CheckConstraint('"end" IS NULL OR "end" >= start', name=op.f("ck_placement_end_after_start")),
        sa.CheckConstraint("part_time_percent BETWEEN 10 AND 100", name=op.f("ck_placement_part_time")),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_placement_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_aios_id"), ["aios_id"], unique=False)
    op.create_table(
        "interruption",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("aios_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("institution_informed", sa.Boolean(), nullable=False),
        sa.CheckConstraint('"end" IS NULL OR "end" >= start', name=op.f("ck_interruption_end_after_start")),
        sa.ForeignKeyConstraint(
            ["aios_id"], ["aios.id"], name=op.f("fk_interruption_aios_id_aios"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interruption")),
    )
    with op.batch_alter_table("interruption", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interruption_aios_id"), ["aios_id"], unique=False)

    # One placement per aios over its whole start–end, in this practice with the
    # user in the role of the profile; the practice year follows the training year
    # (year 1 is the first HLWP, year 3 the second; year 2 is usually elsewhere).
    op.execute(
        """
        INSERT INTO placement (aios_id, setting, start, "end", part_time_percent, hlwp, place)
        SELECT a.id,
               CASE WHEN (SELECT role FROM profile WHERE id = 1) = 'praktijkbegeleider'
                    THEN 'practice_praktijkbegeleider' ELSE 'practice_opleider' END,
               a.start_date,
               a.expected_end_date,
               a.part_time_percent,
               CASE a.training_year WHEN 1 THEN 1 WHEN 3 THEN 2 ELSE NULL END,
               ''
        FROM aios AS a
        """
    )


def downgrade() -> None:
    op.drop_table("interruption")
    op.drop_table("placement")
