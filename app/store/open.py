"""Open a data directory: create it, migrate the database (with a backup first), return a Database."""

from __future__ import annotations

from pathlib import Path

from app.paths import database_path
from app.store.db import Database
from app.store.migrate import ensure_schema


def open_data_dir(directory: Path) -> Database:
    """The Database of `directory`, created or upgraded as needed. Raises migrate.DatabaseError."""
    directory.mkdir(parents=True, exist_ok=True)
    path = database_path(directory)
    ensure_schema(path)
    return Database(path)
