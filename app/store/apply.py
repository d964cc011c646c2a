"""Apply remote changes to the local database: per-field merge, history, pending rows, quarantine.

Called inside one transaction per segment with the segment's "applied" mark, so a crash applies all
of a segment or nothing, and applying it again changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.hlc import impossible, wall_of
from app.domain.merge import Loser, Version, merge_row
from app.store import erasure, held, incoming
from app.store.changes import Change, chunks, read_clocks, read_rows
from app.store.synced import TableInfo, decode_blob, dumps, synced_tables


@dataclass
class ApplyStats:
    """What one batch of changes did here."""

    applied: int = 0  # changes merged (winning or not)
    conflicts: int = 0  # true concurrent edits recorded in the history
    quarantined: int = 0  # clocks too far ahead: kept aside, not applied
    pending: int = 0  # changes of rows not complete yet (or of a table this version does not know)
    malformed: int = 0  # values this PC cannot read back: set aside (store.held), reported
    malformed_reasons: list[str] = field(default_factory=list)
    max_hlc: str = ""
    touched: set[str] = field(default_factory=set)  # tables whose rows changed

    def add(self, other: ApplyStats) -> None:
        self.applied += other.applied
        self.conflicts += other.conflicts
        self.quarantined += other.quarantined
        self.pending += other.pending
        self.malformed += other.malformed
        self.malformed_reasons = sorted({*self.malformed_reasons, *other.malformed_reasons})
        self.max_hlc = max(self.max_hlc, other.max_hlc)
        self.touched |= other.touched


def versions(values: dict[str, Any], base: str, over: dict[str, list[Any]]) -> dict[str, Version]:
    """A stored row's fields as versions (value, clock, prev)."""
    out = {}
    for name, value in values.items():
        if name in over:
            out[name] = Version(value, over[name][0], over[name][1])
        else:
            out[name] = Version(value, base)
    return out


def pack_clocks(state: dict[str, Version]) -> tuple[str, dict[str, list[Any]]]:
    """The compact form of a row's clocks: the most common plain clock, and the fields that differ."""
    plain = Counter(v.hlc for v in state.values() if v.prev is None)
    base = plain.most_common(1)[0][0] if plain else max(v.hlc for v in state.values())
    over = {k: [v.hlc, v.prev] for k, v in state.items() if v.hlc != base or v.prev is not None}
    return base, over


def encode_change(ch: Change) -> str:
    return dumps([ch[0], ch[1], ch[2], ch[3], ch[4]])


def decode_change(text: str) -> Change:
    tbl, rid, hlc, fields, prevs = json.loads(text)
    return tbl, rid, hlc, fields, prevs


def _complete(info: TableInfo, state: dict[str, Version]) -> bool:
    return "id" in state and info.required <= state.keys()


class _Writes:
    """The statements of one batch, grouped for executemany."""

    def __init__(self) -> None:
        self.inserts: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        self.updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        self.clocks: list[tuple[str, str, str, str]] = []
        self.history: list[tuple[Any, ...]] = []
        self.conflicts: list[tuple[Any, ...]] = []
        self.pending_add: list[tuple[str, str, str]] = []
        self.pending_done: list[str] = []

    def losers(self, tbl: str, rid: str, losers: list[Loser]) -> None:
        for lo in losers:
            row = (tbl, rid, lo.field, dumps(lo.value), lo.hlc, lo.winner_hlc, int(lo.conflict))
            (self.conflicts if lo.conflict else self.history).append(row)

    def insert(self, info: TableInfo, state: dict[str, Version]) -> None:
        self.insert_fields(info, {k: v.value for k, v in state.items() if k in info.column_set})

    def insert_fields(self, info: TableInfo, values: dict[str, Any]) -> None:
        for col in info.columns:
            if col not in values and col in info.python_defaults:
                values[col] = info.default_raw(col)
        cols = tuple(values)
        self.inserts.setdefault((info.name, cols), []).append(tuple(values.values()))

    def update(self, info: TableInfo, rid: str, changed: dict[str, Version]) -> None:
        cols = tuple(sorted(k for k in changed if k in info.columns and k != "id"))
        if cols:
            self.updates.setdefault((info.name, cols), []).append((*(changed[c].value for c in cols), rid))

    def run(self, conn: sqlite3.Connection) -> int:
        for (tbl, cols), rows in self.inserts.items():
            names = ",".join(f'"{c}"' for c in cols)
            conn.executemany(f'INSERT INTO "{tbl}" ({names}) VALUES ({",".join("?" * len(cols))})', rows)
        for (tbl, cols), rows in self.updates.items():
            sets = ",".join(f'"{c}" = ?' for c in cols)
            conn.executemany(f'UPDATE "{tbl}" SET {sets} WHERE id = ?', rows)
        conn.executemany("INSERT OR REPLACE INTO sync_row (row_id, tbl, base, over) VALUES (?, ?, ?, ?)", self.clocks)
        sql = (
            "INSERT OR IGNORE INTO sync_history (tbl, row_id, field, value, hlc, winner_hlc, conflict) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        conn.executemany(sql, self.history)
        new_conflicts = conn.executemany(sql, self.conflicts).rowcount if self.conflicts else 0
        for part in chunks(self.pending_done):
            conn.execute(f"DELETE FROM sync_pending WHERE row_id IN ({','.join('?' * len(part))})", tuple(part))
        conn.executemany("INSERT INTO sync_pending (tbl, row_id, change) VALUES (?, ?, ?)", self.pending_add)
        return max(new_conflicts, 0)


def _has_pending(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sync_pending LIMIT 1").fetchone() is not None


def _read_pending(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, list[Change]]:
    out: dict[str, list[Change]] = {}
    for part in chunks(ids):
        q = f"SELECT row_id, change FROM sync_pending WHERE row_id IN ({','.join('?' * len(part))}) ORDER BY id"
        for rid, text in conn.execute(q, tuple(part)):
            out.setdefault(rid, []).append(decode_change(text))
    return out


def _clean(info: TableInfo, ch: Change) -> Change:
    """Blob fields decoded; columns this version does not know left out."""
    tbl, rid, hlc, fields, prevs = ch
    if info.blobs or not fields.keys() <= info.column_set:
        fields = {k: decode_blob(v) if k in info.blobs else v for k, v in fields.items() if k in info.columns}
    return tbl, rid, hlc, fields, prevs


def apply_changes(
    conn: sqlite3.Connection, changes: Sequence[Change], *, device: str, now_ms: int, max_ahead_ms: int
) -> ApplyStats:
    """Merge `changes` (written by `device`) into the database, in the caller's transaction."""
    tables = synced_tables()
    stats = ApplyStats()
    limit = now_ms + max_ahead_ms
    by_row: dict[str, list[Change]] = {}
    quarantined, unknown = [], []
    bad: dict[str, list[str]] = {}
    for ch in changes:
        # Checked like typed input: a value this PC cannot read back is set aside, never applied.
        why = "horloge après 2099 : pas une date" if impossible(ch[2]) else (
            incoming.malformed(ch[0], ch[3]) if ch[0] in tables else None)
        if why:
            bad.setdefault(why, []).append(encode_change(ch))
        elif wall_of(ch[2]) > limit:
            quarantined.append((device, ch[2], encode_change(ch)))
        elif ch[0] not in tables:
            unknown.append((ch[0], ch[1], encode_change(ch)))
        else:
            by_row.setdefault(ch[1], []).append(_clean(tables[ch[0]], ch))
    for why, encoded in bad.items():
        held.hold(conn, f"illisible:{device}", device, held.MALFORMED, why, encoded, now_ms)
    conn.executemany("INSERT INTO sync_quarantine (device, hlc, change) VALUES (?, ?, ?)", quarantined)
    conn.executemany("INSERT INTO sync_pending (tbl, row_id, change) VALUES (?, ?, ?)", unknown)
    stats.quarantined, stats.pending = len(quarantined), len(unknown)
    stats.malformed = sum(len(v) for v in bad.values())
    stats.malformed_reasons = sorted(bad)
    if not by_row:
        return stats

    ids = list(by_row)
    clocks = read_clocks(conn, ids)
    by_table: dict[str, list[str]] = {}
    for rid, chs in by_row.items():
        by_table.setdefault(chs[0][0], []).append(rid)
    current: dict[str, dict[str, Any]] = {}
    for tbl, rids in by_table.items():
        current.update(read_rows(conn, tbl, rids))
    waiting = _read_pending(conn, ids) if _has_pending(conn) else {}

    w = _Writes()
    for rid, chs in by_row.items():
        info = tables[chs[0][0]]
        if rid not in current and rid not in waiting and len(chs) == 1 and not chs[0][4]:
            # Fast path (bootstrap, new rows): one whole change, nothing to merge with.
            _t, _r, hlc, fields, _p = chs[0]
            if "id" in fields and info.required <= fields.keys():
                w.insert_fields(info, fields)
                w.clocks.append((rid, info.name, hlc, "{}"))
                stats.applied += 1
                stats.touched.add(info.name)
                stats.max_hlc = max(stats.max_hlc, hlc)
                continue
        if rid in current:
            _tbl, base, over = clocks.get(rid, (info.name, "", {}))
            state = versions(current[rid], base, over)
            changed: dict[str, Version] = {}
            earlier = waiting.get(rid, [])
            if earlier:  # changes that waited for this row (it now exists here)
                w.pending_done.append(rid)
            for _t, _r, hlc, fields, prevs in (*(_clean(info, c) for c in earlier), *chs):
                delta, losers = merge_row(state, hlc, fields, prevs)
                state.update(delta)
                changed.update(delta)
                w.losers(info.name, rid, losers)
            if changed:
                w.update(info, rid, {k: v for k, v in changed.items() if current[rid].get(k, _MISSING) != v.value})
                w.clocks.append((rid, info.name, *_packed(state)))
        else:
            earlier = waiting.get(rid, [])
            state = {}
            for _t, _r, hlc, fields, prevs in (*(_clean(info, c) for c in earlier), *chs):
                delta, losers = merge_row(state, hlc, fields, prevs)
                state.update(delta)
                w.losers(info.name, rid, losers)
            if _complete(info, state):
                w.insert(info, state)
                w.clocks.append((rid, info.name, *_packed(state)))
                if earlier:
                    w.pending_done.append(rid)
            else:
                w.pending_add.extend((info.name, rid, encode_change(c)) for c in chs)
                stats.pending += len(chs)
                continue
        stats.applied += len(chs)
        stats.touched.add(info.name)
        stats.max_hlc = max(stats.max_hlc, *(c[2] for c in chs))
    stats.conflicts = w.run(conn)
    if stats.touched & {erasure.PERSON, erasure.SESSION}:
        erasure.after_apply(conn, [rid for rid, chs in by_row.items() if chs[0][0] in (erasure.PERSON, erasure.SESSION)])
    return stats


_MISSING = object()


def _packed(state: dict[str, Version]) -> tuple[str, str]:
    base, over = pack_clocks(state)
    return base, json.dumps(over, separators=(",", ":"))


def retry_quarantine(conn: sqlite3.Connection, *, now_ms: int, max_ahead_ms: int) -> ApplyStats:
    """Apply the quarantined changes whose clock is no longer too far ahead."""
    from app.domain.hlc import WALL_DIGITS

    limit = f"{now_ms + max_ahead_ms:0{WALL_DIGITS}d}~"
    rows = conn.execute("SELECT id, device, change FROM sync_quarantine WHERE hlc <= ? ORDER BY id", (limit,)).fetchall()
    stats = ApplyStats()
    by_device: dict[str, list[Change]] = {}
    for _id, dev, text in rows:
        by_device.setdefault(dev, []).append(decode_change(text))
    for part in chunks([r[0] for r in rows]):
        conn.execute(f"DELETE FROM sync_quarantine WHERE id IN ({','.join('?' * len(part))})", tuple(part))
    for dev, chs in by_device.items():
        stats.add(apply_changes(conn, chs, device=dev, now_ms=now_ms, max_ahead_ms=max_ahead_ms))
    return stats


def ready_pending(conn: sqlite3.Connection) -> tuple[list[int], list[Change]]:
    """Waiting changes that can be applied now (read only): their row exists here (created here with
    the same id, like a bundled guide), or they became complete (a table this version gained)."""
    if not _has_pending(conn):
        return [], []
    tables = synced_tables()
    by_row: dict[str, list[tuple[int, Change]]] = {}
    for pid, tbl, rid, text in conn.execute("SELECT id, tbl, row_id, change FROM sync_pending ORDER BY id"):
        if tbl in tables:
            by_row.setdefault(rid, []).append((pid, decode_change(text)))
    by_table: dict[str, list[str]] = {}
    for rid, items in by_row.items():
        by_table.setdefault(items[0][1][0], []).append(rid)
    existing: set[str] = set()
    for tbl, rids in by_table.items():
        existing |= set(read_rows(conn, tbl, rids))
    ids: list[int] = []
    ready: list[Change] = []
    for rid, items in by_row.items():
        info = tables[items[0][1][0]]
        if rid not in existing:
            state: dict[str, Version] = {}
            for _t, _r, hlc, fields, prevs in (_clean(info, c) for _p, c in items):
                state.update(merge_row(state, hlc, fields, prevs)[0])
            if not _complete(info, state):
                continue
        ids.extend(p for p, _c in items)
        ready.extend(c for _p, c in items)
    return ids, ready


def apply_pending(
    conn: sqlite3.Connection, ids: list[int], ready: list[Change], *, now_ms: int, max_ahead_ms: int
) -> ApplyStats:
    """Apply what ready_pending found, in the caller's transaction."""
    for part in chunks(ids):
        conn.execute(f"DELETE FROM sync_pending WHERE id IN ({','.join('?' * len(part))})", tuple(part))
    return apply_changes(conn, ready, device="", now_ms=now_ms, max_ahead_ms=max_ahead_ms)


def quarantined_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0])
