"""This PC's sync settings and status, kept in local_setting (never synced): folder, interval, key, status."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.store import changes, held, settings
from app.store.db import Database
from app.store.files import write_atomic

STATUS_FILE = "sync-status.json"
DEFAULT_INTERVAL = settings.SYNC_INTERVAL.default
MIN_INTERVAL = 5


@dataclass(frozen=True)
class Settings:
    """Per-PC sync settings."""

    folder: str = ""
    interval: int = DEFAULT_INTERVAL
    key_stored: bool = False


@dataclass
class Status:
    """What the status bar shows: last success, changes waiting, the last error in words."""

    last_success: str = ""  # ISO time UTC
    last_error: str = ""
    last_attempt: str = ""
    waiting: int = 0
    last_report: dict[str, Any] = field(default_factory=dict)


def load_settings(db: Database) -> Settings:
    values = settings.get_all(db)
    interval = values[settings.SYNC_INTERVAL.key]
    return Settings(
        folder=values[settings.SYNC_FOLDER.key],
        interval=max(MIN_INTERVAL, interval) if interval >= 0 else DEFAULT_INTERVAL,
        key_stored=bool(values[settings.SYNC_KEY_PLACE.key] or values[settings.SYNC_KEY.key]),
    )


def save_settings(db: Database, *, folder: str, interval: int) -> None:
    with db.write() as s:
        settings.put(s, settings.SYNC_FOLDER, folder.strip())
        settings.put(s, settings.SYNC_INTERVAL, max(MIN_INTERVAL, int(interval)))


def remember_key(db: Database, dataset: str, key: bytes) -> None:
    """Keep the derived key (not the passphrase) for this network on this PC: in the OS keyring, else in
    a file only this user reads; never in the database (`key_store`)."""
    from app.services.sync import key_store

    key_store.save(db, dataset, key)


def forget_key(db: Database) -> None:
    from app.services.sync import key_store

    key_store.forget(db)


def stored_key(db: Database, dataset: str) -> bytes | None:
    from app.services.sync import key_store

    return key_store.load(db, dataset)


def set_aside(db: Database) -> dict[str, int]:
    """Changes received but not applied: too far in the future, or waiting for the rest of their row."""
    with db.read() as s:
        return {
            "quarantined": int(s.scalar(select(func.count()).select_from(changes.quarantine)) or 0),
            "pending": int(s.scalar(select(func.count()).select_from(changes.pending)) or 0),
            "held": int(s.scalar(select(func.count()).select_from(held.held).where(held.held.c.reason != held.REFUSED))
                        or 0),
        }


def waiting_changes(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(changes.outbox)) or 0)


def status_path(db: Database) -> Path:
    """The status lives in a small file next to the database: a round that changed nothing writes no row."""
    return db.path.parent / STATUS_FILE


def load_status(db: Database) -> Status:
    try:
        st = Status(**json.loads(status_path(db).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        st = Status()
    st.waiting = waiting_changes(db)
    return st


def _save_status(db: Database, st: Status) -> None:
    with contextlib.suppress(OSError):  # the status is a convenience; the next round writes it again
        write_atomic(status_path(db), json.dumps(asdict(st), ensure_ascii=False).encode("utf-8"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record_success(db: Database, report: dict[str, Any]) -> None:
    st = load_status(db)
    st.last_success = st.last_attempt = _now()
    st.last_error = ""
    st.last_report = report
    _save_status(db, st)


def record_failure(db: Database, message: str) -> None:
    st = load_status(db)
    st.last_attempt = _now()
    st.last_error = message
    _save_status(db, st)


def check_folder(path: str) -> tuple[bool, str]:
    """« Tester »: can this PC read and write in the folder? (ok, message in words)."""
    if not path.strip():
        return False, "choisissez d'abord un dossier partagé"
    folder = Path(path).expanduser()
    if not folder.is_dir():
        return False, f"{folder} est introuvable (clé USB retirée ou partage non connecté ?)"
    probe = folder / f".pasapas-test-{uuid.uuid4().hex[:8]}"
    try:
        probe.write_bytes(b"ok")
        with open(probe, "rb+") as fh:
            os.fsync(fh.fileno())
        ok = probe.read_bytes() == b"ok"
    except OSError as exc:
        return False, f"impossible d'écrire dans {folder} ({exc.strerror or exc})"
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
    if not ok:
        return False, f"ce qui est écrit dans {folder} ne se relit pas pareil"
    network = (folder / "pasapas" / "FOLDER.json").exists()
    return True, (
        "lecture et écriture possibles ; un réseau Pas à Pas existe déjà ici"
        if network
        else "lecture et écriture possibles ; aucun réseau ici pour l'instant (il faudra le créer)"
    )
