"""Open a data directory: create it, migrate the database (with a backup first), return a Database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.paths import database_path
from app.store.db import Database
from app.store.files import make_data_dir_private
from app.store.guide_index import ensure_index, index_is_current
from app.store.health import DamagedDatabase, explain, quick_check
from app.store.migrate import DatabaseError, ensure_schema


def open_data_dir(directory: Path, *, check: bool = True) -> Database:
    """The Database of `directory`, created or upgraded as needed. Raises migrate.DatabaseError
    (health.DamagedDatabase for a file that fails SQLite's `quick_check`, offering the newest sound backup).

    `check=False` leaves the integrity check to the caller (the desk runs it in the background)."""
    if directory.exists() and not directory.is_dir():
        raise DatabaseError(f"{directory} est un fichier, pas un dossier : choisissez un dossier de données "
                            "(--data-dir)")
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = database_path(directory)
    if check and path.is_file() and path.stat().st_size > 0:
        try:
            damaged = quick_check(path) is not None
        except sqlite3.Error as exc:
            raise DatabaseError(explain(exc, path) or str(path)) from None
        if damaged:
            raise DamagedDatabase(path)
    ensure_schema(path)
    make_data_dir_private(directory)  # 0700 / 0600: SQLite gives -wal and -shm the database's mode
    try:
        db = Database(path)
    except Exception as exc:
        why = explain(exc, path)
        if why is None:
            raise
        raise DatabaseError(why) from None
    # The guide index's triggers may come from an older version (they indexed keywords as JSON): a read
    # of sqlite_master when they are current, a one-time rebuild when not.
    with db.read_connection() as conn:
        current = index_is_current(conn)
    if not current:
        with db.write_connection() as conn:
            ensure_index(conn)
    return db
