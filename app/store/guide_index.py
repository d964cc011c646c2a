"""The full-text index of guides (SQLite FTS5, not synced): its schema, the triggers that keep it, a repair.

The index is a plain FTS5 table filled by triggers on `guide`, so that every writer (the guides
service, the sync engine, an import) keeps it current. Accents are folded by the tokenizer
(`unicode61 remove_diacritics 2`: "impots" finds "Impôts"); prefix indexes make as-you-type cheap.
Keywords and prerequisites are stored as JSON lists; the index gets their plain text (JSON escapes
« oubli\\u00e9 » would make accented words unfindable). The body column holds the steps, the guide's
FALC text and the prerequisites.
Alembic batch mode drops triggers when it rebuilds a table, and an older version's triggers index less:
`ensure_index` puts back any trigger that is missing or differs from the SQL below, and refills the index.
Migration 0002 holds the first copy of this SQL (a migration never imports application code).
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


def _plain(column: str) -> str:
    """SQL for the plain text of a JSON list column (the raw value when it is not valid JSON)."""
    return (f"CASE WHEN json_valid({column}) THEN (SELECT group_concat(value, ' ') FROM json_each({column})) "
            f"ELSE {column} END")


def _values(row: str) -> str:
    body = (f"{row}.body_text || char(10) || coalesce({row}.falc, '') || char(10) || "
            f"coalesce({_plain(row + '.prerequisites')}, '')")
    return (f"{row}.id, {row}.status, {row}.title, coalesce({_plain(row + '.keywords')}, ''), {row}.summary, "
            f"{body}")


_VALUES = _values("new")
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


def _present(conn: Connection) -> dict[str, str | None]:
    return {
        r[0]: r[1]
        for r in conn.execute(
            text("SELECT name, sql FROM sqlite_master "
                 "WHERE name = 'guide_fts' OR (type = 'trigger' AND tbl_name = 'guide')")
        )
    }


def index_is_current(conn: Connection) -> bool:
    """True when the index and the current triggers are all there (a read of sqlite_master only)."""
    present = _present(conn)
    return FTS_TABLE in present and all(present.get(name) == sql for name, sql in TRIGGERS.items())


def ensure_index(conn: Connection) -> bool:
    """Create the index and its triggers if any is missing or out of date, and refill it then. True if it
    was repaired."""
    present = _present(conn)
    stale = [name for name, sql in TRIGGERS.items() if present.get(name) != sql]
    if FTS_TABLE in present and not stale:
        return False
    conn.execute(text(CREATE_FTS))
    for name in stale:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text(TRIGGERS[name]))
    rebuild(conn)
    return True


def rebuild(conn: Connection) -> None:
    conn.execute(text("DELETE FROM guide_fts"))
    conn.execute(
        text(f"INSERT INTO guide_fts({_COLUMNS}) SELECT {_values('guide')} FROM guide WHERE deleted = 0")
    )
