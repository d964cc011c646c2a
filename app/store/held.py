"""Changes arrived by sync and set aside for a person: malformed values, and mass changes to confirm.

A malformed change (a value this PC cannot read back: a date 2026-13-45, a list that is not one) is
kept here and reported, never applied. A mass change (a change set deleting or rewriting a large share
of a table) waits here until someone confirms it on a desk (`pasapas sync confirm`), or refuses it.
Nothing here is ever lost: refusing moves the batch to the history of changes not applied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Column, Index, Integer, String, Table, Text

from app.store.models import Base

MALFORMED = "malformed"
MASS = "mass"
REFUSED = "refused"

held = Table(
    "sync_held",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("batch", String(160), nullable=False),
    Column("device", String(36), nullable=False),
    Column("reason", String(20), nullable=False),
    Column("why", Text, nullable=False),
    Column("change", Text, nullable=False),
    Column("held_ms", Integer, nullable=False),
    Index("ix_sync_held_batch", "batch"),
)


@dataclass(frozen=True)
class HeldBatch:
    """One set of changes waiting: where it came from, why, how many changes."""

    batch: str
    device: str
    reason: str
    why: str
    count: int
    held_ms: int


def hold(
    conn: sqlite3.Connection, batch: str, device: str, reason: str, why: str, changes: Sequence[str], now_ms: int
) -> None:
    """Set encoded changes aside (in the caller's transaction)."""
    conn.executemany(
        "INSERT INTO sync_held (batch, device, reason, why, change, held_ms) VALUES (?, ?, ?, ?, ?, ?)",
        [(batch, device, reason, why, c, now_ms) for c in changes],
    )


def batches(conn: sqlite3.Connection) -> list[HeldBatch]:
    rows = conn.execute(
        "SELECT batch, device, reason, min(why), count(*), min(held_ms) FROM sync_held WHERE reason != ? "
        "GROUP BY batch, device, reason ORDER BY min(id)", (REFUSED,)
    ).fetchall()
    return [HeldBatch(*r) for r in rows]


def take(conn: sqlite3.Connection, batch: str) -> list[tuple[str, str]]:
    """Remove a batch and return its (device, encoded change) pairs, in arrival order."""
    rows = conn.execute("SELECT device, change FROM sync_held WHERE batch = ? ORDER BY id", (batch,)).fetchall()
    conn.execute("DELETE FROM sync_held WHERE batch = ?", (batch,))
    return [(d, c) for d, c in rows]


def count(conn: sqlite3.Connection, reason: str | None = None) -> int:
    if reason is None:
        return int(conn.execute("SELECT count(*) FROM sync_held").fetchone()[0])
    return int(conn.execute("SELECT count(*) FROM sync_held WHERE reason = ?", (reason,)).fetchone()[0])


def refuse(conn: sqlite3.Connection, batch: str) -> int:
    """A person refused the batch: it stays here, marked refused (never applied, never listed again)."""
    return conn.execute("UPDATE sync_held SET reason = ? WHERE batch = ?", (REFUSED, batch)).rowcount
