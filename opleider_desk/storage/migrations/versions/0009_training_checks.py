"""What the trainer tells the institution, and an upgraded aios's training start to check

Revision ID: 0009
Revises: 0003

``trainer_event.institution_informed``: the trainer's own events that the M&G
regulation wants reported at once (``000_…`` Bijlage 1 §9a and §9c: the task
laid down, fewer than 16 hours a week in the specialty) say whether that was done,
as an interruption already does (§9b).

``aios.start_to_check``: 0.1 kept one start per aios, the start in this
practice; 0003 made it the start of the whole training too. For an aios in
training year 1 the two are the same; for year 2 or 3 the training began
earlier, on a day the file does not hold (part-time and interruptions before
this practice are unknown). Those aios are marked for the trainer to check
rather than given a guessed date: one placement that starts on the training's
start is the shape 0003 left.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN, not a batch copy: copying the aios table would cascade-delete its children.
    op.add_column(
        "trainer_event",
        sa.Column("institution_informed", sa.Boolean(), nullable=False, server_default="0"),
    )
    op.add_column("aios", sa.Column("start_to_check", sa.Boolean(), nullable=False, server_default="0"))
    op.execute(
        """
        UPDATE aios SET start_to_check = 1
        WHERE training_year > 1
          AND (SELECT count(*) FROM placement AS p WHERE p.aios_id = aios.id) = 1
          AND (SELECT p.start FROM placement AS p WHERE p.aios_id = aios.id) = aios.start_date
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("aios") as batch_op:
        batch_op.drop_column("start_to_check")
    with op.batch_alter_table("trainer_event") as batch_op:
        batch_op.drop_column("institution_informed")
