"""Regulations: the trainer's and each aios's programme, overrides per regulation

Revision ID: 0002
Revises: 0001

Every 0.1 file was measured against one set of norms, presented as the GP
trainer's: the trainer follows huisartsgeneeskunde, every aios follows the
trainer ("") on the 2016 competency profile, and each stored norm becomes the
trainer's own value of a GP rule, so nothing a trainer set is lost.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "regulation", sa.String(length=80), nullable=False, server_default="huisartsgeneeskunde"
            )
        )
    with op.batch_alter_table("aios", schema=None) as batch_op:
        batch_op.add_column(sa.Column("regulation", sa.String(length=80), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column(
                "competency_profile", sa.String(length=80), nullable=False, server_default="competenties_2016"
            )
        )
    with op.batch_alter_table("norm_setting", schema=None, recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column(
                "regulation", sa.String(length=80), nullable=False, server_default="huisartsgeneeskunde"
            )
        )
        batch_op.drop_constraint("pk_norm_setting", type_="primary")
        batch_op.create_primary_key("pk_norm_setting", ["regulation", "key"])


def downgrade() -> None:
    with op.batch_alter_table("norm_setting", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint("pk_norm_setting", type_="primary")
        batch_op.create_primary_key("pk_norm_setting", ["key"])
        batch_op.drop_column("regulation")
    with op.batch_alter_table("aios", schema=None) as batch_op:
        batch_op.drop_column("competency_profile")
        batch_op.drop_column("regulation")
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.drop_column("regulation")
