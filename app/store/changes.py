"""Change capture: every write to a synced table leaves, in the same transaction, an outbox row per change.

The outbox (`sync_outbox`) is what the next export sends. `sync_row` keeps each row's field clocks
(a base clock plus per-field overrides), `sync_history` every value that was replaced or lost a merge.
Session events capture ORM writes; `capture_inserted` is the helper for Core bulk inserts (demo data).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Boolean, Column, Index, Integer, String, Table, Text, UniqueConstraint, event
from sqlalchemy.orm import Session

from app.domain.hlc import ZERO, Hlc, far_ahead, observe, tick, wall_of
from app.domain.merge import META_FIELDS
from app.store import settings
from app.store.models import Base, Synced
from app.store.synced import TableInfo, dumps, synced_tables

# session.info key: a callable(obj) -> small int. Writes of that session are the « base layer » (content
# shipped with the application, e.g. bundled guides, stamped with their version): any real edit, made
# on any PC at any time, wins over them, and they never overwrite a real edit.
BASE_LAYER = "sync_base_layer"
# session.info key: a callable() -> wall ms, the clock of the writes of that session (tests inject one).
CLOCK = "sync_clock"
CHUNK = 400  # ids per IN (…) list, under SQLite's parameter limit

outbox = Table(
    "sync_outbox",
    Base.metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("tbl", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("hlc", String(80), nullable=False),
    Column("fields", Text, nullable=False),
    Column("prevs", Text, nullable=False, server_default="{}"),
    sqlite_autoincrement=True,
)
row_clock = Table(
    "sync_row",
    Base.metadata,
    Column("row_id", String(36), primary_key=True),
    Column("tbl", String(60), nullable=False),
    Column("base", String(80), nullable=False),
    Column("over", Text, nullable=False, server_default="{}"),
    Index("ix_sync_row_tbl", "tbl"),
)
history = Table(
    "sync_history",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("tbl", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("field", String(60), nullable=False),
    Column("value", Text, nullable=False),
    Column("hlc", String(80), nullable=False),
    Column("winner_hlc", String(80), nullable=False),
    Column("conflict", Boolean, nullable=False, server_default="0"),
    UniqueConstraint("row_id", "field", "hlc", name="uq_sync_history_version"),
)
applied = Table(
    "sync_applied",
    Base.metadata,
    Column("device", String(36), primary_key=True),
    Column("name", String(120), primary_key=True),
)
peer = Table(
    "sync_peer",
    Base.metadata,
    Column("device", String(36), primary_key=True),
    Column("name", String(120), nullable=False, server_default=""),
)
pending = Table(
    "sync_pending",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("tbl", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("change", Text, nullable=False),
    Index("ix_sync_pending_row", "row_id"),
)
quarantine = Table(
    "sync_quarantine",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("device", String(36), nullable=False),
    Column("hlc", String(80), nullable=False),
    Column("change", Text, nullable=False),
    Index("ix_sync_quarantine_hlc", "hlc"),
)

Change = tuple[str, str, str, dict[str, Any], dict[str, Any]]  # table, row id, clock, fields, prevs


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def device_id(conn: sqlite3.Connection) -> str:
    return settings.get(conn, settings.DEVICE_ID)


def last_hlc(conn: sqlite3.Connection) -> Hlc:
    text = settings.get(conn, settings.HLC)
    return Hlc.decode(text) if text else ZERO


def next_hlc(conn: sqlite3.Connection, device: str, *, wall_ms: int | None = None) -> str:
    """A new clock for a local write, stored so that the next one is after it (same transaction)."""
    hlc = tick(last_hlc(conn), now_ms() if wall_ms is None else wall_ms, device)
    settings.put(conn, settings.HLC, hlc.encode())
    return hlc.encode()


def observe_hlc(conn: sqlite3.Connection, remote: str) -> None:
    """Move the local clock past a remote clock that was applied."""
    last = last_hlc(conn)
    new = observe(last, Hlc.decode(remote))
    if new != last:
        settings.put(conn, settings.HLC, new.encode())


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def read_rows(conn: sqlite3.Connection, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Raw rows of `table` by id."""
    out: dict[str, dict[str, Any]] = {}
    for part in chunks(ids):
        cur = conn.execute(f'SELECT * FROM "{table}" WHERE id IN ({",".join("?" * len(part))})', tuple(part))
        names = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(names, values, strict=True))
            out[row["id"]] = row
    return out


def read_clocks(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, tuple[str, str, dict[str, list[Any]]]]:
    """Field clocks by row id: (table, base clock, {field: [clock, prev]})."""
    out: dict[str, tuple[str, str, dict[str, list[Any]]]] = {}
    for part in chunks(ids):
        q = f"SELECT row_id, tbl, base, over FROM sync_row WHERE row_id IN ({','.join('?' * len(part))})"
        for row_id, tbl, base, over in conn.execute(q, tuple(part)):
            out[row_id] = (tbl, base, json.loads(over))
    return out


def capture_inserted(conn: sqlite3.Connection, table: str, ids: Sequence[str], hlc: str | None = None) -> str:
    """Capture rows just inserted into a synced table (whole rows, one clock). Returns the clock.

    For Core bulk inserts that bypass the Session (demo data): call in the same transaction.
    """
    info = synced_tables()[table]
    hlc = hlc or next_hlc(conn, device_id(conn))
    if not info.blobs:
        pairs = ",".join(f"'{c}',\"{c}\"" for c in info.columns)
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            conn.execute(
                f"INSERT INTO sync_outbox (tbl, row_id, hlc, fields, prevs) SELECT ?, id, ?, json_object({pairs}), '{{}}' "
                f'FROM "{table}" WHERE id IN ({marks})',
                (table, hlc, *part),
            )
            conn.execute(
                f"INSERT OR REPLACE INTO sync_row (row_id, tbl, base, over) SELECT id, ?, ?, '{{}}' "
                f'FROM "{table}" WHERE id IN ({marks})',
                (table, hlc, *part),
            )
        return hlc
    rows = read_rows(conn, table, ids)
    conn.executemany(
        "INSERT INTO sync_outbox (tbl, row_id, hlc, fields, prevs) VALUES (?, ?, ?, ?, '{}')",
        [(table, rid, hlc, dumps(row)) for rid, row in rows.items()],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO sync_row (row_id, tbl, base, over) VALUES (?, ?, ?, '{}')",
        [(rid, table, hlc) for rid in rows],
    )
    return hlc


BASE_LAYER_LIMIT_MS = 10**9  # clocks below this (before 12 January 1970) are base-layer clocks


def is_base_layer(hlc: str) -> bool:
    return wall_of(hlc) < BASE_LAYER_LIMIT_MS


def _after(prev: str, mine: str) -> str:
    """A base-layer clock just after `prev`, written by this device."""
    p = Hlc.decode(prev)
    return Hlc(p.wall_ms, p.counter + 1, Hlc.decode(mine).device).encode()


def capture_updated(
    conn: sqlite3.Connection,
    info: TableInfo,
    before: dict[str, dict[str, Any]],
    after: dict[str, dict[str, Any]],
    hlc: str,
) -> None:
    """Capture local edits: the changed fields of each row, the replaced values into the history."""
    clocks = read_clocks(conn, list(after))
    untracked = [rid for rid in after if rid not in clocks]
    if untracked:  # a row written outside the Session (or before sync existed): send it whole
        capture_inserted(conn, info.name, untracked, hlc)
    out, hist, clock_rows = [], [], []
    reverts: list[tuple[str, str, Any, str]] = []
    for rid, new in after.items():
        if rid not in clocks:
            continue
        old = before.get(rid, {})
        changed = {k: v for k, v in new.items() if k in old and old[k] != v}
        if not changed:
            continue
        _tbl, base, over = clocks[rid]
        groups: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
        for name, value in changed.items():
            prev = over[name][0] if name in over else base
            at = hlc
            if hlc <= prev and not is_base_layer(hlc) and far_ahead(prev, wall_of(hlc)):
                pass  # written while this PC's clock was far ahead: the edit made now wins
            elif hlc <= prev:
                if not is_base_layer(prev):  # a base-layer write under a real edit: the edit stays
                    reverts.append((info.name, name, old[name], rid))
                    continue
                at = _after(prev, hlc)  # a newer base layer over an older one
            fields, prevs = groups.setdefault(at, ({}, {}))
            fields[name], prevs[name] = value, prev
            over[name] = [at, prev]
            if name not in META_FIELDS:
                hist.append((info.name, rid, name, dumps(old[name]), prev, at))
        if not groups:
            continue
        for at, (fields, prevs) in sorted(groups.items()):
            out.append((info.name, rid, at, dumps(fields), dumps(prevs)))
        clock_rows.append((dumps(over), rid))
    for tbl, name, value, rid in reverts:
        conn.execute(f'UPDATE "{tbl}" SET "{name}" = ? WHERE id = ?', (value, rid))
    conn.executemany("INSERT INTO sync_outbox (tbl, row_id, hlc, fields, prevs) VALUES (?, ?, ?, ?, ?)", out)
    conn.executemany("UPDATE sync_row SET over = ? WHERE row_id = ?", clock_rows)
    conn.executemany(
        "INSERT OR IGNORE INTO sync_history (tbl, row_id, field, value, hlc, winner_hlc, conflict) "
        "VALUES (?, ?, ?, ?, ?, ?, 0)",
        hist,
    )


def capture_hard_deleted(conn: sqlite3.Connection, table: str, ids: Sequence[str], hlc: str) -> None:
    """A synced row removed with DELETE: the others get a tombstone (nothing synced is hard-deleted)."""
    clocks = read_clocks(conn, ids)
    rows = []
    for rid in ids:
        if rid in clocks:
            _t, base, over = clocks[rid]
            prev = over["deleted"][0] if "deleted" in over else base
            rows.append((table, rid, hlc, '{"deleted":1}', dumps({"deleted": prev})))
    conn.executemany("INSERT INTO sync_outbox (tbl, row_id, hlc, fields, prevs) VALUES (?, ?, ?, ?, ?)", rows)


# --- Session events ---------------------------------------------------------------------------------

_BEFORE = "_sync_before"


def _raw_connection(session: Session) -> sqlite3.Connection:
    return session.connection().connection.driver_connection  # type: ignore[return-value]


def _group(objs: Iterable[Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for obj in objs:
        if isinstance(obj, Synced) and obj.id:
            out.setdefault(obj.__table__.name, []).append(obj.id)  # type: ignore[attr-defined]
    return out


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Snapshot, as stored, the rows this flush is about to change."""
    touched = _group(o for o in session.dirty if session.is_modified(o))
    touched_del = _group(session.deleted)
    if not touched and not touched_del:
        session.info.pop(_BEFORE, None)
        return
    conn = _raw_connection(session)
    snap = {tbl: read_rows(conn, tbl, ids) for tbl, ids in touched.items()}
    session.info[_BEFORE] = (snap, touched_del)


def _after_flush(session: Session, _context: Any) -> None:
    """Write the outbox rows of this flush, in its transaction."""
    snap, deleted = session.info.pop(_BEFORE, ({}, {}))
    new = [o for o in session.new if isinstance(o, Synced)]
    if not new and not snap and not deleted:
        return
    conn = _raw_connection(session)
    tables = synced_tables()
    device = session.info.get("device_id") or device_id(conn)
    wall = session.info.get(CLOCK)
    hlc = next_hlc(conn, device, wall_ms=wall() if wall else None)
    layer = session.info.get(BASE_LAYER)

    def clock(obj: Any) -> str:
        return Hlc(max(1, int(layer(obj))), 0, device).encode() if layer else hlc

    inserted: dict[tuple[str, str], list[str]] = {}
    for obj in new:
        inserted.setdefault((obj.__table__.name, clock(obj)), []).append(obj.id)  # type: ignore[attr-defined]
    for (tbl, at), ids in inserted.items():
        capture_inserted(conn, tbl, ids, at)
    clocks = {o.id: clock(o) for o in session.dirty if isinstance(o, Synced)} if layer else {}
    for tbl, before in snap.items():
        after = read_rows(conn, tbl, list(before))
        by_clock: dict[str, dict[str, dict[str, Any]]] = {}
        for rid, row in after.items():
            by_clock.setdefault(clocks.get(rid, hlc), {})[rid] = row
        for at, rows in by_clock.items():
            capture_updated(conn, tables[tbl], before, rows, at)
    for tbl, ids in deleted.items():
        capture_hard_deleted(conn, tbl, ids, hlc)


class UncapturedWrite(RuntimeError):
    """A bulk UPDATE/DELETE on a synced model: it would bypass change capture, so it is refused."""


def _refuse_bulk(state: Any) -> None:
    """ORM bulk UPDATE/DELETE skip the flush events: on a synced table the other PCs would never know."""
    if state.is_update or state.is_delete:
        mapper = state.bind_mapper
        if mapper is not None and issubclass(mapper.class_, Synced):
            raise UncapturedWrite(
                f"mise à jour en masse de « {mapper.local_table.name} » refusée : modifiez les objets dans "
                "la Session pour que la synchronisation voie le changement"
            )


event.listen(Session, "do_orm_execute", _refuse_bulk)
event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "after_flush", _after_flush)
