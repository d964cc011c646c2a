"""help_request_text: the session's texts folded (no case, no accents), kept by triggers, for the log search

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 22:00:00

Not synced: every PC derives it from its own rows, whoever wrote them (the desk, the sync import, the demo's
bulk insert), through SQLite triggers that call the `pp_fold` function every connection of
`app.store.db.make_engine` registers. A later migration that batch-alters `help_request` drops these
triggers and must create them again (a test checks that they exist at the head revision).
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FOLDED = "pp_fold(new.notes || ' ' || new.demarche_name || ' ' || new.workshop_title)"
_HAS_TEXT = "(new.notes != '' OR new.demarche_name != '' OR new.workshop_title != '')"
TRIGGERS = (
    # Rows without any text (most of them) get no entry: an empty text matches no search.
    f"CREATE TRIGGER help_request_text_ai AFTER INSERT ON help_request WHEN {_HAS_TEXT} BEGIN "
    f"INSERT OR REPLACE INTO help_request_text (id, folded) VALUES (new.id, {_FOLDED}); END",
    "CREATE TRIGGER help_request_text_au AFTER UPDATE OF notes, demarche_name, workshop_title ON help_request "
    "BEGIN DELETE FROM help_request_text WHERE id = old.id; "
    f"INSERT INTO help_request_text (id, folded) SELECT new.id, {_FOLDED} WHERE {_HAS_TEXT}; END",
    "CREATE TRIGGER help_request_text_ad AFTER DELETE ON help_request BEGIN "
    "DELETE FROM help_request_text WHERE id = old.id; END",
)


def upgrade() -> None:
    # WITHOUT ROWID: one b-tree keyed by the session's id (written once per imported row).
    op.execute(
        "CREATE TABLE help_request_text (id VARCHAR(36) NOT NULL, folded TEXT NOT NULL, "
        "CONSTRAINT pk_help_request_text PRIMARY KEY (id)) WITHOUT ROWID"
    )
    for sql in TRIGGERS:
        op.execute(sql)
    op.execute(
        "INSERT INTO help_request_text (id, folded) "
        "SELECT id, pp_fold(notes || ' ' || demarche_name || ' ' || workshop_title) FROM help_request "
        "WHERE notes != '' OR demarche_name != '' OR workshop_title != ''"
    )


def downgrade() -> None:
    for name in ("help_request_text_ai", "help_request_text_au", "help_request_text_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("help_request_text")
