"""Backups and restore for a person or a script: `pasapas backup`, `pasapas restore`, the desk's offer.

The store does the copying (`app.store.backups`); this module adds what a restore means for the data: the
restored file is brought to this version's schema, and the erasures made since the backup are made again
(a restore never brings an erased person back).
"""

from __future__ import annotations

from pathlib import Path

from app.paths import database_path
from app.services import people
from app.services.user_files import check_target
from app.store import backups as store_backups
from app.store.backups import BackupUnusable, Restored
from app.store.health import latest_sound_backup
from app.store.open import open_data_dir

__all__ = ["BackupUnusable", "Restored", "back_up", "latest_sound", "restore"]


def back_up(data_dir: Path, out: str | None = None) -> Path:
    """A backup now: into `backups/` (kept with the others), or at `out` (0600, never over the database)."""
    db_path = database_path(data_dir)
    if not db_path.is_file():
        raise BackupUnusable(f"aucune base dans {data_dir} : rien à sauvegarder")
    if out is None:
        return store_backups.backup(db_path, store_backups.MANUAL_LABEL)
    target = check_target(out, field="--out", protected=[db_path])
    return store_backups.backup_to(db_path, target)


def latest_sound(data_dir: Path) -> Path | None:
    return latest_sound_backup(database_path(data_dir))


def restore(data_dir: Path, file: Path) -> tuple[Restored, int]:
    """Put `file` in place (checked first; the current database backed up before), migrate it, replay the
    erasures made since. Returns what was done and how many erasures were made again."""
    done = store_backups.restore(database_path(data_dir), file)
    db = open_data_dir(data_dir)
    try:
        again = people.replay_erasures(db)
    finally:
        db.dispose()
    return done, again
