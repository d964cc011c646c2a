"""The database's health while the desk runs: integrity checked off the start path, then the daily backup."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.store.backups import daily_backup
from app.store.health import damaged_message, describe_failure, quick_check


@dataclass(frozen=True)
class HealthReport:
    """`damaged`: the message offering the newest sound backup (the desk must stop); `backup`: the daily
    backup made now, if any; `backup_failed`: why the daily backup could not be made (disk full…)."""

    damaged: str | None = None
    backup: Path | None = None
    backup_failed: str | None = None


def check_and_back_up(path: Path, today: date) -> HealthReport:
    """SQLite's quick_check, then (only for a sound file) today's backup if none was made yet."""
    try:
        finding = quick_check(path)
    except Exception as exc:
        return HealthReport(backup_failed=describe_failure(exc, path))
    if finding is not None:
        return HealthReport(damaged=damaged_message(path))
    try:
        return HealthReport(backup=daily_backup(path, today))
    except Exception as exc:
        return HealthReport(backup_failed=describe_failure(exc, path))
