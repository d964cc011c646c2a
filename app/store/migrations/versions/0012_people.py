"""person: followed beneficiaries (with consent); help_request.person_id links a session to one

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-02 00:00:00

`person_id` is added with SQLite's own ALTER TABLE ADD COLUMN (no table rebuild), so the triggers of
0004 (help_request_text) and 0008 (statistics) stay; they are created again below only if missing (a
rebuilt table drops them).
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0009"  # ids ascending along the chain: … → 0008 → 0009 (accounts) → 0012
branch_labels = None
depends_on = None


def _ensure_help_request_triggers() -> None:
    """Re-create the 0004 and 0008 triggers on help_request if a rebuild dropped them."""
    conn = op.get_bind()
    have = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    m0004 = importlib.import_module("app.store.migrations.versions.0004_help_request_text")
    for sql in m0004.TRIGGERS:
        name = sql.split()[2]
        if name not in have:
            op.execute(sql)
    m0008 = importlib.import_module("app.store.migrations.versions.0008_stats_summaries")
    for sql in m0008.trigger_sql():
        name = sql.split()[2]
        if name not in have:
            op.execute(sql)


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("notes_updated_at", sa.DateTime(), nullable=True),
        sa.Column("consent_at", sa.Date(), nullable=True),
        sa.Column("consent_by", sa.String(length=120), nullable=False),
        sa.Column("consent_purpose", sa.Text(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.Column("merged_into", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.add_column("help_request", sa.Column("person_id", sa.String(length=36), nullable=True))
    op.create_index("ix_help_request_person_id", "help_request", ["person_id"], unique=False)
    _ensure_help_request_triggers()


def downgrade() -> None:
    op.drop_index("ix_help_request_person_id", table_name="help_request")
    with op.batch_alter_table("help_request", schema=None) as batch_op:
        batch_op.drop_column("person_id")
    _ensure_help_request_triggers()
    op.drop_table("person")
