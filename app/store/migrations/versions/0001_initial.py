"""initial schema: sites, conseillers, help requests, local settings

Revision ID: 0001
Revises:
Create Date: 2026-11-27 20:35:32.280680
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conseiller",
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conseiller")),
    )
    op.create_table(
        "local_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_setting")),
    )
    op.create_table(
        "site",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("insee_code", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("opening_hours", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
    )
    op.create_table(
        "help_request",
        sa.Column("queue_status", sa.String(length=20), nullable=False),
        sa.Column("ticket_number", sa.Integer(), nullable=True),
        sa.Column("visitor_label", sa.String(length=60), nullable=False),
        sa.Column("arrived_at", sa.DateTime(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=20), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("conseiller_id", sa.String(length=36), nullable=True),
        sa.Column("equipment", sa.JSON(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("demarches", sa.JSON(), nullable=False),
        sa.Column("demarche_name", sa.String(length=200), nullable=False),
        sa.Column("autonomy", sa.String(length=30), nullable=True),
        sa.Column("redirected", sa.Boolean(), nullable=False),
        sa.Column("structure", sa.String(length=40), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("age_group", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("beneficiary_commune", sa.String(length=120), nullable=False),
        sa.Column("beneficiary_postcode", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("workshop_title", sa.String(length=200), nullable=False),
        sa.Column("workshop_level", sa.String(length=20), nullable=True),
        sa.Column("participants_total", sa.Integer(), nullable=True),
        sa.Column("participants_already_helped", sa.Integer(), nullable=True),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("guide_ids", sa.JSON(), nullable=False),
        sa.Column("handout_guide_ids", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["conseiller_id"], ["conseiller.id"], name=op.f("fk_help_request_conseiller_id_conseiller")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_help_request_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_help_request")),
    )
    with op.batch_alter_table("help_request", schema=None) as batch_op:
        batch_op.create_index(
            "ix_help_request_log",
            [
                "day", "deleted", "site_id", "conseiller_id", "kind", "queue_status", "duration_minutes",
                "participants_total", "themes",
            ],
            unique=False,
        )
        batch_op.create_index("ix_help_request_queue", ["queue_status", "day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("help_request", schema=None) as batch_op:
        batch_op.drop_index("ix_help_request_queue")
        batch_op.drop_index("ix_help_request_log")

    op.drop_table("help_request")
    op.drop_table("site")
    op.drop_table("local_setting")
    op.drop_table("conseiller")
