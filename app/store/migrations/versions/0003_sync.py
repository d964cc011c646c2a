"""sync: outbox, field clocks, history, applied segments, peers, pending and quarantined changes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 20:50:00

Only new tables: this migration does not touch the data tables, so it can follow any other revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("prevs", sa.Text(), server_default="{}", nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_row",
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("tbl", sa.String(length=60), nullable=False),
        sa.Column("base", sa.String(length=80), nullable=False),
        sa.Column("over", sa.Text(), server_default="{}", nullable=False),
        sa.PrimaryKeyConstraint("row_id", name=op.f("pk_sync_row")),
    )
    with op.batch_alter_table("sync_row", schema=None) as batch_op:
        batch_op.create_index("ix_sync_row_tbl", ["tbl"], unique=False)
    op.create_table(
        "sync_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("winner_hlc", sa.String(length=80), nullable=False),
        sa.Column("conflict", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_history")),
        sa.UniqueConstraint("row_id", "field", "hlc", name="uq_sync_history_version"),
    )
    op.create_table(
        "sync_applied",
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("device", "name", name=op.f("pk_sync_applied")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("device", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_pending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_pending")),
    )
    with op.batch_alter_table("sync_pending", schema=None) as batch_op:
        batch_op.create_index("ix_sync_pending_row", ["row_id"], unique=False)
    op.create_table(
        "sync_quarantine",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_quarantine")),
    )
    with op.batch_alter_table("sync_quarantine", schema=None) as batch_op:
        batch_op.create_index("ix_sync_quarantine_hlc", ["hlc"], unique=False)


def downgrade() -> None:
    op.drop_table("sync_quarantine")
    op.drop_table("sync_pending")
    op.drop_table("sync_peer")
    op.drop_table("sync_applied")
    op.drop_table("sync_history")
    op.drop_table("sync_row")
    op.drop_table("sync_outbox")
