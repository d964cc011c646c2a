"""accounts: staff accounts (synced, argon2id hashes), the audit log (synced, append-only), local lockout and PINs

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 23:55:00

Only new tables. `audit_entry` is append-only: two triggers ignore (RAISE(IGNORE)) any UPDATE that changes
what a line says and any DELETE — whether typed locally or arriving in a sync segment, so a hostile segment
cannot rewrite the log, and the sync import is never aborted by it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"  # ids ascending along the chain: … → 0008 (statistics) → 0009
branch_labels = None
depends_on = None

_SYNCED = (
    ("id", sa.String(length=36)),
    ("created_at", sa.DateTime()),
    ("updated_at", sa.DateTime()),
    ("updated_by", sa.String(length=36)),
)

AUDIT_TRIGGERS = (
    """CREATE TRIGGER audit_entry_no_rewrite BEFORE UPDATE ON audit_entry
    WHEN NEW.at IS NOT OLD.at OR NEW.device_id IS NOT OLD.device_id OR NEW.device_name IS NOT OLD.device_name
      OR NEW.actor IS NOT OLD.actor OR NEW.role IS NOT OLD.role OR NEW.action IS NOT OLD.action
      OR NEW.detail IS NOT OLD.detail OR NEW.deleted IS NOT OLD.deleted OR NEW.id IS NOT OLD.id
    BEGIN SELECT RAISE(IGNORE); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    BEGIN SELECT RAISE(IGNORE); END""",
)


def _synced_columns() -> list[sa.Column]:
    cols = [sa.Column(name, kind, nullable=False) for name, kind in _SYNCED]
    cols.append(sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False))
    return cols


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_key", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("conseiller_id", sa.String(length=36), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
    )
    op.create_index("ix_account_name_key", "account", ["name_key"], unique=False)
    op.create_table(
        "audit_entry",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_name", sa.String(length=120), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"], unique=False)
    op.create_table(
        "login_failure",
        sa.Column("name_key", sa.String(length=80), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name_key", name=op.f("pk_login_failure")),
    )
    op.create_table(
        "account_pin",
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_pin")),
    )
    for sql in AUDIT_TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_rewrite")
    op.drop_table("account_pin")
    op.drop_table("login_failure")
    op.drop_index("ix_audit_entry_at", table_name="audit_entry")
    op.drop_table("audit_entry")
    op.drop_index("ix_account_name_key", table_name="account")
    op.drop_table("account")
