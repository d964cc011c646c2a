"""Open a data directory: create it, migrate the database (with a backup first), return a Database."""

from __future__ import annotations

from pathlib import Path

from app.paths import database_path
from app.store.db import Database
from app.store.guide_index import ensure_index, index_is_current
from app.store.migrate import ensure_schema


def open_data_dir(directory: Path) -> Database:
    """The Database of `directory`, created or upgraded as needed. Raises migrate.DatabaseError."""
    directory.mkdir(parents=True, exist_ok=True)
    path = database_path(directory)
    ensure_schema(path)
    db = Database(path)
    # The guide index's triggers may come from an older version (they indexed keywords as JSON): a read
    # of sqlite_master when they are current, a one-time rebuild when not.
    with db.read_connection() as conn:
        current = index_is_current(conn)
    if not current:
        with db.write_connection() as conn:
            ensure_index(conn)
    return db
