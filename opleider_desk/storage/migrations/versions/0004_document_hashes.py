"""Signed documents keep their full SHA-256, and a statement what its paper said

Revision ID: 0004
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows get empty values: a 0.1 signature has only its short code.
    with op.batch_alter_table("statement") as batch:
        batch.add_column(sa.Column("content_sha256", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("signed_paper", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("content_sha256", sa.String(length=64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("content_sha256")
    with op.batch_alter_table("statement") as batch:
        batch.drop_column("signed_paper")
        batch.drop_column("content_sha256")
