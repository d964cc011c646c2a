"""The daily backup of the database (SQLite's backup API, into `backups/`), made only from a sound file.

Minimal until the accounts work adds its own schedule: one backup per calendar day, the last
`KEEP_DAILY` kept; backups made before a migration are never pruned here.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from app.domain.clock import PARIS
from app.store.health import backups_of
from app.store.migrate import backup

DAILY_LABEL = "quotidienne"
KEEP_DAILY = 7


def daily_backups(path: Path) -> list[Path]:
    """The daily backups of `path`, newest first."""
    return [p for p in backups_of(path) if p.stem.endswith(f"-{DAILY_LABEL}")]


def daily_backup(path: Path, today: date) -> Path | None:
    """Back up `path` once on `today`: the new backup, or None when today's exists already.

    Raises health.DamagedDatabase (nothing copied, the older backups kept) for a damaged file."""
    if not path.is_file():
        return None
    if any(datetime.fromtimestamp(p.stat().st_mtime, PARIS).date() == today for p in daily_backups(path)):
        return None
    made = backup(path, DAILY_LABEL)
    for old in daily_backups(path)[KEEP_DAILY:]:
        old.unlink(missing_ok=True)
    return made
