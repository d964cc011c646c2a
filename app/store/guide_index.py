"""The full-text index of guides (SQLite FTS5, not synced): its schema, the triggers that keep it, a repair.

The index is a plain FTS5 table filled by triggers on `guide`, so that every writer (the guides
service, the sync engine, an import) keeps it current. Accents are folded by the tokenizer
(`unicode61 remove_diacritics 2`: "impots" finds "Impôts"); prefix indexes make as-you-type cheap.
Alembic batch mode drops triggers when it rebuilds a table: `ensure_index` puts them back.
Migration 0002 holds a copy of this SQL (a migration never imports application code).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

FTS_TABLE = "guide_fts"
CREATE_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS guide_fts USING fts5("
    "guide_id UNINDEXED, status UNINDEXED, title, keywords, summary, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
_COLUMNS = "guide_id, status, title, keywords, summary, body"
_VALUES = "new.id, new.status, new.title, new.keywords, new.summary, new.body_text"
TRIGGERS = {
    "guide_fts_ai": f"CREATE TRIGGER guide_fts_ai AFTER INSERT ON guide WHEN new.deleted = 0 BEGIN "
    f"INSERT INTO guide_fts({_COLUMNS}) VALUES ({_VALUES}); END",
    "guide_fts_ad": "CREATE TRIGGER guide_fts_ad AFTER DELETE ON guide BEGIN "
    "DELETE FROM guide_fts WHERE guide_id = old.id; END",
    "guide_fts_au": f"CREATE TRIGGER guide_fts_au AFTER UPDATE ON guide BEGIN "
    f"DELETE FROM guide_fts WHERE guide_id = old.id; "
    f"INSERT INTO guide_fts({_COLUMNS}) SELECT {_VALUES} WHERE new.deleted = 0; END",
}
# Column weights for bm25, in the order of the table's columns (guide_id, status are not indexed).
BM25_WEIGHTS = (0.0, 0.0, 10.0, 6.0, 3.0, 1.0)


def ensure_index(conn: Connection) -> bool:
    """Create the index and its triggers if any is missing, and refill it then. True if it was repaired."""
    present = {
        r[0]
        for r in conn.execute(
            text("SELECT name FROM sqlite_master WHERE name = 'guide_fts' OR (type = 'trigger' AND tbl_name = 'guide')")
        )
    }
    if FTS_TABLE in present and all(name in present for name in TRIGGERS):
        return False
    conn.execute(text(CREATE_FTS))
    for name, sql in TRIGGERS.items():
        if name not in present:
            conn.execute(text(sql))
    rebuild(conn)
    return True


def rebuild(conn: Connection) -> None:
    conn.execute(text("DELETE FROM guide_fts"))
    conn.execute(
        text(f"INSERT INTO guide_fts({_COLUMNS}) SELECT id, status, title, keywords, summary, body_text "
             "FROM guide WHERE deleted = 0")
    )
