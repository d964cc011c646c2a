"""The sync's bookkeeping in the local database: segments applied, peers' names, the outbox, ack and snapshot marks.

Every SQL statement the sync round runs on its own tables lives here; the round's modules
(`app/services/sync/`) say what to record, this module says how. Functions take the round's raw
connection and run inside the caller's transaction (`transaction`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from app.store import settings
from app.store.changes import chunks

OutboxRow = tuple[int, str, str, str, str, str]  # seq, table, row id, clock, fields JSON, prevs JSON


@contextmanager
def transaction(conn: sqlite3.Connection, before_commit: Callable[[], None] = lambda: None) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error). `before_commit` runs just before the commit (crash tests)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        before_commit()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# --- Segments applied here ---------------------------------------------------------------------------


def applied_among(conn: sqlite3.Connection, device: str, names: Sequence[str]) -> set[str]:
    """Which of `names` (segments of `device`) are applied here: looked up by name, in pieces."""
    found: set[str] = set()
    for part in chunks(names, 5000):
        q = f"SELECT name FROM sync_applied WHERE device = ? AND name IN ({','.join('?' * len(part))})"
        found.update(n for (n,) in conn.execute(q, (device, *part)))
    return found


def mark_applied(conn: sqlite3.Connection, device: str, name: str) -> None:
    conn.execute("INSERT OR IGNORE INTO sync_applied (device, name) VALUES (?, ?)", (device, name))


def applied_seqs_between(conn: sqlite3.Connection, device: str, first: int, last: int) -> list[int]:
    """Sequence numbers of `device`'s segments applied here between `first` and `last` (names sort by seq)."""
    q = "SELECT name FROM sync_applied WHERE device = ? AND name >= ? AND name < ?"
    rows = conn.execute(q, (device, f"{first:08d}", f"{last + 1:08d}"))
    return [int(n[:8]) for (n,) in rows if n[:8].isdigit()]


def peer_name(conn: sqlite3.Connection, device: str) -> str:
    row = conn.execute("SELECT name FROM sync_peer WHERE device = ?", (device,)).fetchone()
    return str(row[0]) if row else ""


def record_peer(conn: sqlite3.Connection, device: str, name: str) -> None:
    """The name a device gave itself (shown in conflict notes: « modifié aussi sur PC-… »)."""
    conn.execute("INSERT OR REPLACE INTO sync_peer (device, name) VALUES (?, ?)", (device, name))


# --- The outbox --------------------------------------------------------------------------------------

_OUTBOX = "SELECT seq, tbl, row_id, hlc, fields, prevs FROM sync_outbox"


def outbox_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])


def outbox_between(conn: sqlite3.Connection, first: int, last: int) -> list[OutboxRow]:
    return conn.execute(_OUTBOX + " WHERE seq BETWEEN ? AND ? ORDER BY seq", (first, last)).fetchall()


def outbox_after(conn: sqlite3.Connection, after: int, limit: int) -> list[OutboxRow]:
    return conn.execute(_OUTBOX + " WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit)).fetchall()


def drop_exported(conn: sqlite3.Connection, last_seq: int) -> None:
    """Outbox rows up to `last_seq` are in a segment on the share, read back and checked."""
    conn.execute("DELETE FROM sync_outbox WHERE seq <= ?", (last_seq,))


# --- This PC's own segment chain ---------------------------------------------------------------------


def own_chain(conn: sqlite3.Connection) -> tuple[int, str]:
    """The sequence number and name of this PC's last segment."""
    return settings.get(conn, settings.SYNC_SEQ), settings.get(conn, settings.SYNC_PREV)


def set_own_chain(conn: sqlite3.Connection, seq: int, name: str) -> None:
    settings.put(conn, settings.SYNC_SEQ, seq)
    settings.put(conn, settings.SYNC_PREV, name)


# --- Acknowledgements and snapshots ------------------------------------------------------------------


def ack_state(conn: sqlite3.Connection) -> tuple[int, dict[str, int]] | None:
    """This PC's last published acknowledgement: its number and marks (None before the first)."""
    text = settings.get(conn, settings.SYNC_ACK)
    if not text:
        return None
    doc = json.loads(text)
    return int(doc["n"]), {k: int(v) for k, v in doc["marks"].items()}


def set_ack_state(conn: sqlite3.Connection, n: int, marks: dict[str, int]) -> None:
    settings.put(conn, settings.SYNC_ACK, json.dumps({"n": n, "marks": marks}))


def snapshot(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """This PC's latest snapshot: {device, name, covers} (None before the first)."""
    text = settings.get(conn, settings.SYNC_SNAPSHOT)
    return json.loads(text) if text else None


def set_snapshot(conn: sqlite3.Connection, device: str, name: str, covers: int) -> None:
    settings.put(conn, settings.SYNC_SNAPSHOT, json.dumps({"device": device, "name": name, "covers": covers}))
