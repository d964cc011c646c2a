"""The first screen read with plain `sqlite3`, before SQLAlchemy is loaded (≈ 0.3 s to import).

Read-only. Returns None whenever anything is unusual (no file, a migration due, a PC not set up): the
desk then takes the normal path through the services.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.domain.queue import QueueEntry
from app.store.migrate import HEAD_REVISION

_SETTINGS = ("device_name", "current_site_id", "current_conseiller_id")


@dataclass(frozen=True)
class StartScreen:
    site_id: str
    site_name: str
    conseiller_name: str
    queue: list[QueueEntry]


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def read_start_screen(path: Path, today: date) -> StartScreen | None:
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if con.execute("SELECT version_num FROM alembic_version").fetchone() != (HEAD_REVISION,):
            return None
        values = dict(con.execute(
            "SELECT key, value FROM local_setting WHERE key IN (?, ?, ?)", _SETTINGS).fetchall())
        site_id, conseiller_id = values.get("current_site_id"), values.get("current_conseiller_id")
        if not site_id or not conseiller_id:
            return None
        site = con.execute("SELECT name FROM site WHERE id = ?", (site_id,)).fetchone()
        person = con.execute("SELECT first_name, last_name FROM conseiller WHERE id = ?", (conseiller_id,)).fetchone()
        if site is None or person is None:
            return None
        rows = con.execute(
            "SELECT id, ticket_number, visitor_label, queue_status, arrived_at, started_at, ticket_letter, themes "
            "FROM help_request "
            "WHERE queue_status IN ('waiting', 'in_progress') AND day = ? AND site_id = ? AND deleted = 0 "
            "ORDER BY arrived_at, ticket_number",
            (today.isoformat(), site_id),
        ).fetchall()
        queue = [QueueEntry(r[0], r[1], r[2], r[3], _moment(r[4]), _moment(r[5]), r[6] or "", tuple(json.loads(r[7] or "[]")))
                 for r in rows]
        return StartScreen(site_id, site[0], f"{person[0]} {person[1]}".strip(), queue)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        con.close()


ROLE_KEY = "pc.role"  # settings.PC_ROLE, read here without SQLAlchemy (checked by a test)


def read_role(path: Path) -> str:
    """This PC's role (« desk », « kiosk », « both »), or « desk » when the database cannot tell."""
    if not path.exists():
        return "desk"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return "desk"
    try:
        row = con.execute("SELECT value FROM local_setting WHERE key = ?", (ROLE_KEY,)).fetchone()
        return str(row[0]) if row and row[0] else "desk"
    except sqlite3.Error:
        return "desk"
    finally:
        con.close()
