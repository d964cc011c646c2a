"""This replica's identity and outbox upkeep: re-keying a cloned PC, rows never captured, a full resend."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from app.store import settings
from app.store.changes import capture_inserted, chunks, device_id, next_hlc, read_clocks, read_rows
from app.store.synced import dumps, synced_tables
from app.store.types import new_id


def rekey(conn: sqlite3.Connection) -> str:
    """Give this PC a new device id (a copy of another PC's data was detected). Returns the new id.

    Nothing is lost: rows and outbox stay; the old id's segments become another device's to import.
    """
    device = new_id()
    settings.put(conn, settings.DEVICE_ID, device)
    return device


def untracked_tables(conn: sqlite3.Connection) -> list[str]:
    """Synced tables holding rows without field clocks (a cheap count check)."""
    out = []
    for name in synced_tables():
        rows = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        known = conn.execute("SELECT count(*) FROM sync_row WHERE tbl = ?", (name,)).fetchone()[0]
        if rows > known:
            out.append(name)
    return out


def backfill_untracked(conn: sqlite3.Connection, tables: list[str] | None = None) -> int:
    """Capture rows that exist without field clocks (written before sync existed, or outside a Session)."""
    total = 0
    for name in untracked_tables(conn) if tables is None else tables:
        ids = [r[0] for r in conn.execute(f'SELECT id FROM "{name}" WHERE id NOT IN (SELECT row_id FROM sync_row)')]
        if ids:
            hlc = next_hlc(conn, device_id(conn))
            for part in chunks(ids, 5000):
                capture_inserted(conn, name, part, hlc)
            total += len(ids)
    return total


def enqueue_full_state(conn: sqlite3.Connection) -> int:
    """Put every synced row, with its field clocks as they are, into the outbox (joining another network)."""
    out: list[tuple[str, str, str, str, str]] = []
    for name in synced_tables():
        ids = [r[0] for r in conn.execute(f'SELECT id FROM "{name}"')]
        for part in chunks(ids, 2000):
            clocks = read_clocks(conn, part)
            for rid, row in read_rows(conn, name, part).items():
                if rid not in clocks:
                    continue  # captured whole by backfill_untracked
                _t, base, over = clocks[rid]
                groups: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
                for col, value in row.items():
                    hlc, prev = over.get(col, (base, None))
                    fields, prevs = groups.setdefault(hlc, ({}, {}))
                    fields[col] = value
                    if prev is not None:
                        prevs[col] = prev
                for hlc, (fields, prevs) in sorted(groups.items()):
                    out.append((name, rid, hlc, dumps(fields), json.dumps(prevs)))
    conn.executemany("INSERT INTO sync_outbox (tbl, row_id, hlc, fields, prevs) VALUES (?, ?, ?, ?, ?)", out)
    return len(out)
