"""Changes set aside by the sync, for a person to see and decide: apply a mass change, or refuse it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from app.domain.errors import ValidationError
from app.domain.hlc import MAX_AHEAD_MS
from app.services.sync.round_lock import one_round
from app.store import held, sync_book
from app.store.apply import apply_changes, decode_change
from app.store.changes import now_ms, observe_hlc
from app.store.db import Database
from app.store.held import HeldBatch

T = TypeVar("T")


@contextmanager
def _connection(db: Database) -> Iterator[sqlite3.Connection]:
    pooled = db.engine.raw_connection()
    conn: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
    conn.execute("PRAGMA foreign_keys=OFF")  # as in a round: rows may come before the row they point to
    try:
        yield conn
    finally:
        conn.execute("PRAGMA foreign_keys=ON")
        pooled.close()


def _with(db: Database, work: Callable[[sqlite3.Connection], T]) -> T:
    with one_round(db.path.parent, wait_s=30), _connection(db) as conn, sync_book.transaction(conn):
        return work(conn)


def waiting(db: Database) -> list[HeldBatch]:
    """Every set of changes waiting here, oldest first."""
    with _connection(db) as conn:
        return held.batches(conn)


def _batch(conn: sqlite3.Connection, batch: str) -> HeldBatch:
    for b in held.batches(conn):
        if b.batch == batch or b.batch.endswith("/" + batch) or b.batch.split("/")[-1].startswith(batch):
            return b
    raise ValidationError("lot", f"« {batch} » n'est pas en attente (voir « pasapas sync pending »)")


def confirm(db: Database, batch: str, *, now: int | None = None) -> int:
    """Apply a mass change a person confirmed. Returns how many changes were applied."""

    def work(conn: sqlite3.Connection) -> int:
        b = _batch(conn, batch)
        if b.reason != held.MASS:
            raise ValidationError("lot", "des valeurs illisibles ne peuvent pas être appliquées : refusez le lot, "
                                  "ou mettez à jour Pas à Pas sur ce poste")
        taken = held.take(conn, b.batch)
        stats = apply_changes(conn, [decode_change(c) for _d, c in taken], device=b.device,
                              now_ms=now if now is not None else now_ms(), max_ahead_ms=MAX_AHEAD_MS)
        if stats.max_hlc:
            observe_hlc(conn, stats.max_hlc)
        return stats.applied

    return _with(db, work)


def refuse(db: Database, batch: str) -> int:
    """A person refused the change set: it is kept aside as refused, never applied."""

    def work(conn: sqlite3.Connection) -> int:
        b = _batch(conn, batch)
        held.refuse(conn, b.batch)
        return b.count

    return _with(db, work)
