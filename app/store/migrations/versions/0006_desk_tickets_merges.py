"""desk: per-PC ticket letters (« A-12 »), and sites and conseillers that can be merged into another

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-01 21:00:00

Plain ADD COLUMN (no batch copy of `help_request`), so the text triggers of migration 0004 stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("help_request", sa.Column("ticket_letter", sa.String(length=3), server_default="", nullable=False))
    op.add_column("site", sa.Column("merged_into", sa.String(length=36), nullable=True))
    op.add_column("conseiller", sa.Column("merged_into", sa.String(length=36), nullable=True))
    op.create_table(
        "ticket_letter",
        sa.Column("letter", sa.String(length=3), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_letter")),
    )


def downgrade() -> None:
    op.drop_table("ticket_letter")
    with op.batch_alter_table("conseiller") as batch:
        batch.drop_column("merged_into")
    with op.batch_alter_table("site") as batch:
        batch.drop_column("merged_into")
    with op.batch_alter_table("help_request") as batch:
        batch.drop_column("ticket_letter")
