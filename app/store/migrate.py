"""Bring a database file to the schema of this code: back it up, upgrade with Alembic, refuse newer files.

The start path reads the schema revision with plain `sqlite3`: Alembic (≈ 0.35 s to import) is only
loaded when there is something to migrate.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration in `migrations/versions/`. A test checks it against Alembic's own head.
HEAD_REVISION = "0012"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0006", "0007", "0008", "0009", "0012")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUPS_DIR = "backups"


class DatabaseError(Exception):
    """The database cannot be opened; the message says why and what to do."""


def current_revision(path: Path) -> str | None:
    """The Alembic revision stored in the file, or None for a new or empty file."""
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
                if tables:
                    raise DatabaseError(
                        f"{path} n'est pas une base Pas à Pas (aucune version de schéma). "
                        "Choisissez un autre dossier de données avec --data-dir."
                    )
                return None
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return version[0] if version else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        # Say what is wrong: a full disk or a read-only folder is not a damaged file, and restoring an
        # older copy over good data would lose it.
        from app.store.health import explain

        raise DatabaseError(explain(exc, path) or f"{path} : illisible") from None


def protect(path: Path, *, directory: bool = False) -> None:
    """Readable by this user only (0600 files, 0700 folders) on POSIX; Windows: the installer sets the ACLs."""
    if os.name == "posix":
        os.chmod(path, 0o700 if directory else 0o600)


def backup(path: Path, label: str) -> Path:
    """Copy the live database (consistently, through SQLite's backup API) into `backups/`.

    The database is checked first (a damaged one is not copied over as if sound: DamagedDatabase), and
    the copy is written aside then renamed, so a full disk never leaves half a backup that looks whole.
    """
    from app.store.health import DamagedDatabase, quick_check

    try:
        damaged = quick_check(path) is not None
    except sqlite3.Error as exc:
        from app.store.health import explain

        raise DatabaseError((explain(exc, path) or str(path)) + " (sauvegarde non faite)") from None
    if damaged:
        raise DamagedDatabase(path)
    target_dir = path.parent / BACKUPS_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    protect(target_dir, directory=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = target_dir / f"{path.stem}-{stamp}-{label}.sqlite"
    n = 1
    while target.exists():  # two backups in one second: never one over the other
        n += 1
        target = target_dir / f"{path.stem}-{stamp}-{n}-{label}.sqlite"
    partial = target.with_name(target.name + ".partiel")
    try:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            partial.touch(mode=0o600)  # never readable by others, not even while it is written
            protect(partial)
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        protect(partial)
        os.replace(partial, target)
    except sqlite3.Error as exc:
        from app.store.health import explain

        raise DatabaseError((explain(exc, target) or str(target)) + " (sauvegarde non faite)") from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def _alembic_config(path: Path) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return cfg


def upgrade(path: Path, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_alembic_config(path), revision)


def ensure_schema(path: Path) -> Path | None:
    """Make `path` a database at HEAD_REVISION. Returns the backup made before migrating, if any.

    Raises DatabaseError for a database written by a newer Pas à Pas or an unreadable file.
    """
    rev = current_revision(path)
    if rev == HEAD_REVISION:
        return None
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise DatabaseError(
            f"Cette base de données ({path}) a été créée par une version plus récente de Pas à Pas "
            f"(schéma {rev}). Installez la dernière version de Pas à Pas ; la base n'a pas été modifiée."
        )
    saved = backup(path, f"avant-{HEAD_REVISION}") if rev is not None else None
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        upgrade(path)
    except Exception as exc:
        from app.store.health import explain

        why = explain(exc, path)
        if why is None:
            raise
        raise DatabaseError(why) from None
    return saved
