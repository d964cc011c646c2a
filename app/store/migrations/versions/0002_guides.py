"""guides library: guide, guide_image (synced) and the guide_fts full-text index with its triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 20:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# A copy of app/store/guide_index.py at this revision (migrations never import application code).
CREATE_FTS = (
    "CREATE VIRTUAL TABLE guide_fts USING fts5("
    "guide_id UNINDEXED, status UNINDEXED, title, keywords, summary, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
_COLUMNS = "guide_id, status, title, keywords, summary, body"
_VALUES = "new.id, new.status, new.title, new.keywords, new.summary, new.body_text"
TRIGGERS = (
    f"CREATE TRIGGER guide_fts_ai AFTER INSERT ON guide WHEN new.deleted = 0 BEGIN "
    f"INSERT INTO guide_fts({_COLUMNS}) VALUES ({_VALUES}); END",
    "CREATE TRIGGER guide_fts_ad AFTER DELETE ON guide BEGIN DELETE FROM guide_fts WHERE guide_id = old.id; END",
    f"CREATE TRIGGER guide_fts_au AFTER UPDATE ON guide BEGIN "
    f"DELETE FROM guide_fts WHERE guide_id = old.id; "
    f"INSERT INTO guide_fts({_COLUMNS}) SELECT {_VALUES} WHERE new.deleted = 0; END",
)


def _synced() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "guide",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("demarches", sa.JSON(), nullable=False),
        sa.Column("official_urls", sa.JSON(), nullable=False),
        sa.Column("prerequisites", sa.JSON(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("reviewed", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("falc", sa.Text(), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("bundled_version", sa.Integer(), nullable=True),
        sa.Column("locally_modified", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("newer_official_version", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("official_source", sa.Text(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guide")),
    )
    op.create_table(
        "guide_image",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("guide_id", sa.String(length=80), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guide_image")),
    )
    with op.batch_alter_table("guide_image", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guide_image_guide_id"), ["guide_id"], unique=False)
    op.execute(CREATE_FTS)
    for sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    for name in ("guide_fts_au", "guide_fts_ad", "guide_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS guide_fts")
    with op.batch_alter_table("guide_image", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guide_image_guide_id"))
    op.drop_table("guide_image")
    op.drop_table("guide")
