"""sync_held: changes that arrived by sync and wait for a person (malformed values, mass changes)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 21:30:00

Only a new table: this migration does not touch the data tables, so it can follow any other revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"  # ids ascending along the chain: 0004 → 0006 (desk) → 0007
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_held",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=160), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("held_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_held")),
    )
    with op.batch_alter_table("sync_held", schema=None) as batch_op:
        batch_op.create_index("ix_sync_held_batch", ["batch"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_held", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_held_batch")
    op.drop_table("sync_held")
