"""One sync round: check the share and the key, export the outbox as a segment, import the others' segments.

Local writes happen in short transactions, each with its own record of what it did (segment applied,
outbox rows exported), so a crash at any point leaves a state the next round completes: nothing lost,
nothing applied twice. A share that cannot be read or written changes nothing here.
"""

from __future__ import annotations

import hashlib
import json
import socket
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.services.sync import compaction, segment
from app.services.sync.errors import MissingPassphrase, unavailable
from app.services.sync.folder import Network, open_network
from app.services.sync.io import TMP_SUFFIX, ShareIO
from app.store import settings
from app.store.apply import apply_changes, apply_pending, quarantined_count, ready_pending, retry_quarantine
from app.store.changes import chunks, now_ms, observe_hlc
from app.store.db import Database
from app.store.device import backfill_untracked, enqueue_full_state, rekey, untracked_tables

MAX_AHEAD_MS = 72 * 3600 * 1000  # a clock further ahead than this is quarantined
SEGMENT_CHANGES = 5000
SEGMENT_BYTES = 8 * 1024 * 1024  # guide pictures are big: a segment stays a size a USB key and RAM take

Progress = Callable[[int, int, str], None]


@dataclass
class Report:
    """What a round did, as printed by `pasapas sync` and shown in the status bar."""

    exported: int = 0  # changes sent
    imported: int = 0  # changes received and merged
    conflicts: int = 0
    quarantined: int = 0
    skipped: int = 0  # files ignored (torn, foreign, conflict copies, newer format)
    segments_written: int = 0
    segments_read: int = 0
    compacted: int = 0  # own old segments folded into a snapshot
    rekeyed: bool = False
    waiting: int = 0  # changes still in the outbox
    problems: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # tables whose rows changed here

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def changed_data(self) -> bool:
        return bool(self.tables)


def machine_fingerprint(db_path: Path) -> str:
    """Changes when the data directory is copied to another PC or place."""
    parts = [socket.gethostname(), str(Path(db_path).resolve())]
    with suppress(OSError):
        parts.append(Path("/etc/machine-id").read_text().strip())
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


@contextmanager
def _tx(conn: sqlite3.Connection, io: ShareIO) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        io.step("commit")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def resolve_key(db: Database, net: Network, *, passphrase: str | None = None, key: bytes | None = None) -> bytes:
    """The network key: from the passphrase, the given key, or the one remembered on this PC."""
    from app.services.sync import state

    if passphrase:
        return net.derive(passphrase)
    key = key or state.stored_key(db, net.dataset)
    if key is None:
        raise MissingPassphrase(
            "phrase secrète du réseau manquante : donnez-la (--passphrase-file, ou Réglages de synchronisation)."
        )
    net.verify(key)
    return key


class _Round:
    def __init__(self, db: Database, net: Network, key: bytes, io: ShareIO, progress: Progress | None) -> None:
        self.db, self.net, self.key, self.io = db, net, key, io
        self.progress = progress or (lambda _d, _t, _x: None)
        self.report = Report()
        self.marked = 0  # snapshots recognised as already applied
        self.pooled = db.engine.raw_connection()
        self.conn: sqlite3.Connection = self.pooled.driver_connection  # type: ignore[assignment]
        # Rows arrive from several PCs in any order: a session may come before the site it points to.
        self.conn.execute("PRAGMA foreign_keys=OFF")

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA foreign_keys=ON")
        finally:
            self.pooled.close()

    # --- local identity ------------------------------------------------------------------------------

    def prepare(self, fingerprint: str) -> None:
        c = self.conn
        me = settings.get(c, settings.DEVICE_ID)
        stored_fp, dataset = settings.get(c, settings.SYNC_FINGERPRINT), settings.get(c, settings.SYNC_DATASET)
        if stored_fp != fingerprint or dataset != self.net.dataset:
            with _tx(c, self.io):
                if stored_fp and stored_fp != fingerprint:
                    self._rekey("ce dossier de données a été copié depuis un autre PC ou déplacé")
                settings.put(c, settings.SYNC_FINGERPRINT, fingerprint)
                if dataset != self.net.dataset:
                    if dataset:
                        enqueue_full_state(c)  # the other network's segments are not here: send everything
                    settings.put(c, settings.SYNC_DATASET, self.net.dataset)
                    settings.put(c, settings.SYNC_SEQ, 0)
                    settings.put(c, settings.SYNC_PREV, "")
        untracked = untracked_tables(c)
        if untracked:
            with _tx(c, self.io):
                backfill_untracked(c, untracked)
        self.me = settings.get(c, settings.DEVICE_ID) or me

    def _rekey(self, why: str) -> None:
        old = settings.get(self.conn, settings.DEVICE_ID)
        self.conn.execute(
            "INSERT OR REPLACE INTO sync_peer (device, name) VALUES (?, ?)", (old, settings.get(self.conn, settings.DEVICE_NAME))
        )
        new = rekey(self.conn)
        settings.put(self.conn, settings.SYNC_SEQ, 0)
        settings.put(self.conn, settings.SYNC_PREV, "")
        self.db.device_id = new
        self.me = new
        self.report.rekeyed = True
        self.report.problems.append(f"nouvel identifiant pour ce poste : {why} ; rien n'est perdu")

    # --- the share -----------------------------------------------------------------------------------

    def list_share(self) -> dict[str, list[str]]:
        try:
            if not self.io.is_dir(self.net.devices):
                return {}
            out = {}
            for dev in sorted(self.io.list_dir(self.net.devices)):
                if dev.startswith(".") or not self.io.is_dir(self.net.device_dir(dev)):
                    continue
                out[dev] = sorted(self.io.list_dir(self.net.device_dir(dev)))
            return out
        except OSError as exc:
            raise unavailable(exc, str(self.net.root)) from exc

    def applied(self, listing: dict[str, list[str]]) -> dict[str, set[str]]:
        """Which of the listed segments are applied here: looked up by name, so a quiet round costs
        what the share holds now, not every segment ever applied."""
        out: dict[str, set[str]] = {}
        for dev, names in listing.items():
            found: set[str] = set()
            segs = [n for n in names if n.endswith(".seg")]
            for part in chunks(segs, 5000):
                q = f"SELECT name FROM sync_applied WHERE device = ? AND name IN ({','.join('?' * len(part))})"
                found.update(n for (n,) in self.conn.execute(q, (dev, *part)))
            out[dev] = found
        return out

    # --- own folder: crashed exports and clones ------------------------------------------------------

    def check_own(self, listing: dict[str, list[str]], applied: dict[str, set[str]]) -> None:
        mine = applied.get(self.me, set())
        for name in listing.get(self.me, []):
            if name in mine or segment.parse_name(name) is None:
                continue
            try:
                header, _h, _c = segment.read_header(name, self.io.read_bytes(self.net.device_dir(self.me) / name))
            except OSError as exc:
                raise unavailable(exc, str(self.net.root)) from exc
            except segment.Rejected:
                continue  # a torn copy is not ours to worry about: it is reported at import
            if header.covers:
                if self._own_fold_mac(listing, header.covers) == header.mac:  # our compaction, cut short
                    with _tx(self.conn, self.io):
                        self._record_snapshot(name, header.covers)
                    mine.add(name)
                    continue
                with _tx(self.conn, self.io):
                    self._rekey("des fichiers à son nom ont été écrits par une copie de ce PC")
                return
            rows = self._outbox(header.outbox)
            if rows and segment.payload_mac(self.key, _payload(rows)) == header.mac:
                self._mark_exported(name, header.outbox[1], header.seq)  # our export that crashed before its commit
                mine.add(name)
            else:
                with _tx(self.conn, self.io):
                    self._rekey("des fichiers à son nom ont été écrits par une copie de ce PC")
                return

    def _outbox(self, bounds: tuple[int, int] | None = None) -> list[tuple[Any, ...]]:
        q = "SELECT seq, tbl, row_id, hlc, fields, prevs FROM sync_outbox"
        if bounds:
            return self.conn.execute(q + " WHERE seq BETWEEN ? AND ? ORDER BY seq", bounds).fetchall()
        return self.conn.execute(q + " ORDER BY seq").fetchall()

    def _mark_exported(self, name: str, last_seq: int, seg_seq: int) -> None:
        with _tx(self.conn, self.io):
            self.conn.execute("DELETE FROM sync_outbox WHERE seq <= ?", (last_seq,))
            self.conn.execute("INSERT OR IGNORE INTO sync_applied (device, name) VALUES (?, ?)", (self.me, name))
            if seg_seq > settings.get(self.conn, settings.SYNC_SEQ):
                settings.put(self.conn, settings.SYNC_SEQ, seg_seq)
                settings.put(self.conn, settings.SYNC_PREV, name)

    # --- export ---------------------------------------------------------------------------------------

    def export(self, listing: dict[str, list[str]]) -> None:
        """Send the outbox in segments of at most SEGMENT_CHANGES changes, read in pieces."""
        total = int(self.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])
        if not total:
            return
        own = self.net.device_dir(self.me)
        taken = [p[0] for p in map(segment.parse_name, listing.get(self.me, [])) if p]
        seq = max([settings.get(self.conn, settings.SYNC_SEQ), *taken])
        name_of_pc = settings.get(self.conn, settings.DEVICE_NAME)
        q = "SELECT seq, tbl, row_id, hlc, fields, prevs FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?"
        after = 0
        try:
            if not self.io.is_dir(own):
                self.io.make_dirs(own)
            while part := self.conn.execute(q, (after, SEGMENT_CHANGES)).fetchall():
                part = _within_bytes(part, SEGMENT_BYTES)
                self.progress(self.report.exported, total, "Envoi des modifications de ce poste")
                seq += 1
                name, data = segment.build(
                    self.key,
                    dataset=self.net.dataset,
                    device=self.me,
                    device_name=name_of_pc,
                    seq=seq,
                    prev=settings.get(self.conn, settings.SYNC_PREV),
                    payload=_payload(part),
                    count=len(part),
                    outbox=(part[0][0], part[-1][0]),
                )
                self.io.write_atomic(own / name, data)
                self._mark_exported(name, part[-1][0], seq)
                after = part[-1][0]
                self.report.exported += len(part)
                self.report.segments_written += 1
        except OSError as exc:
            raise unavailable(exc, str(self.net.root)) from exc

    # --- import ---------------------------------------------------------------------------------------

    def import_(self, listing: dict[str, list[str]], applied: dict[str, set[str]], now: int) -> None:
        todo: list[tuple[str, int, str]] = []
        for dev, names in listing.items():
            seen = applied.get(dev, set())
            for name in names:
                if name in seen or (name.startswith(".") and name.endswith(TMP_SUFFIX)) or compaction.is_ack(name):
                    continue
                parsed = segment.parse_name(name)
                if parsed is None:
                    self._skip(dev, name, "nom de fichier inattendu (copie de conflit ou fichier étranger)")
                else:
                    todo.append((dev, parsed[0], name))
        todo.sort()
        touched: set[str] = set()
        for i, (dev, _seq, name) in enumerate(todo):
            self.progress(i, len(todo), f"Réception des modifications ({i + 1}/{len(todo)})")
            try:
                data = self.io.read_bytes(self.net.device_dir(dev) / name)
            except OSError as exc:
                raise unavailable(exc, str(self.net.root)) from exc
            try:
                header, _head, _ct = segment.read_header(name, data)
                if header.covers and self._acked().get(dev, 0) >= header.covers:
                    with _tx(self.conn, self.io):  # a snapshot of what was applied here already
                        self.conn.execute("INSERT OR IGNORE INTO sync_applied (device, name) VALUES (?, ?)", (dev, name))
                    self.marked += 1
                    continue
                seg = segment.open_segment(self.key, name, data, dataset=self.net.dataset, device=dev)
                changes = [_change(c) for c in seg.changes]
            except segment.Rejected as exc:
                self._skip(dev, name, str(exc))
                continue
            with _tx(self.conn, self.io):
                stats = apply_changes(self.conn, changes, device=dev, now_ms=now, max_ahead_ms=MAX_AHEAD_MS)
                self.conn.execute("INSERT OR IGNORE INTO sync_applied (device, name) VALUES (?, ?)", (dev, name))
                self.conn.execute(
                    "INSERT OR REPLACE INTO sync_peer (device, name) VALUES (?, ?)", (dev, seg.header.name)
                )
                if stats.max_hlc:
                    observe_hlc(self.conn, stats.max_hlc)
            self.report.segments_read += 1
            self.report.imported += stats.applied
            self.report.conflicts += stats.conflicts
            self.report.quarantined += stats.quarantined
            touched |= stats.touched
        if todo:
            self.progress(len(todo), len(todo), "")
        ids, ready = ready_pending(self.conn)
        if ready:
            with _tx(self.conn, self.io):
                stats = apply_pending(self.conn, ids, ready, now_ms=now, max_ahead_ms=MAX_AHEAD_MS)
            self.report.imported += stats.applied
            touched |= stats.touched
        if quarantined_count(self.conn):
            with _tx(self.conn, self.io):
                stats = retry_quarantine(self.conn, now_ms=now, max_ahead_ms=MAX_AHEAD_MS)
                if stats.max_hlc:
                    observe_hlc(self.conn, stats.max_hlc)
            self.report.imported += stats.applied
            self.report.conflicts += stats.conflicts
            touched |= stats.touched
            left = quarantined_count(self.conn)
            if left:
                self.report.problems.append(
                    f"{left} modification(s) datée(s) de plus de 72 h dans le futur mises de côté : "
                    "vérifiez l'heure du PC qui les a envoyées"
                )
        self.report.tables = sorted(touched)

    # --- acknowledgements and compaction -------------------------------------------------------------

    def _acked(self) -> dict[str, int]:
        text = settings.get(self.conn, settings.SYNC_ACK)
        return {k: int(v) for k, v in json.loads(text)["marks"].items()} if text else {}

    def publish_ack(self, listing: dict[str, list[str]]) -> None:
        """Tell the others how far this PC applied their segments (only when it moved)."""
        if not self.report.segments_read and not self.marked and settings.get(self.conn, settings.SYNC_ACK):
            return
        marks = compaction.watermarks({d: n for d, n in listing.items() if d != self.me}, self.applied(listing))
        known = self._acked()
        marks = {d: max(w, known.get(d, 0)) for d, w in {**known, **marks}.items()}
        if marks == known:
            return
        text = settings.get(self.conn, settings.SYNC_ACK)
        n = (json.loads(text)["n"] if text else 0) + 1
        own = self.net.device_dir(self.me)
        data = compaction.ack_bytes(self.key, device=self.me, dataset=self.net.dataset, marks=marks)
        try:
            if not self.io.is_dir(own):
                self.io.make_dirs(own)
            self.io.write_atomic(own / f"ack-{n:08d}.json", data)
            with _tx(self.conn, self.io):
                settings.put(self.conn, settings.SYNC_ACK, json.dumps({"n": n, "marks": marks}))
            for old in self.io.list_dir(own):
                if compaction.is_ack(old) and old != f"ack-{n:08d}.json":
                    self.io.remove(own / old)
        except OSError as exc:
            raise unavailable(exc, str(self.net.root)) from exc

    def _others_marks(self, listing: dict[str, list[str]]) -> dict[str, int]:
        """What each other device acknowledged of this PC's segments (0 without a valid ack)."""
        out = {}
        for dev, names in listing.items():
            if dev == self.me or not any(segment.parse_name(n) or compaction.is_ack(n) for n in names):
                continue
            acks = sorted(n for n in names if compaction.is_ack(n))
            marks = None
            if acks:
                data = self.io.read_bytes(self.net.device_dir(dev) / acks[-1])
                marks = compaction.read_ack(self.key, data, device=dev, dataset=self.net.dataset)
            out[dev] = (marks or {}).get(self.me, 0)
        return out

    def _own_segments(self, names: list[str], upto: int) -> list[segment.Segment]:
        own = self.net.device_dir(self.me)
        segs = []
        for name in names:
            parsed = segment.parse_name(name)
            if parsed and parsed[0] <= upto:
                data = self.io.read_bytes(own / name)
                segs.append(segment.open_segment(self.key, name, data, dataset=self.net.dataset, device=self.me))
        return segs

    def _own_fold_mac(self, listing: dict[str, list[str]], covers: int) -> str:
        mine = self.applied(listing).get(self.me, set())
        try:
            segs = self._own_segments([n for n in listing.get(self.me, []) if n in mine], covers)
        except segment.Rejected:
            return ""
        return segment.payload_mac(self.key, _dump(compaction.fold(segs)))

    def compact(self, listing: dict[str, list[str]]) -> None:
        """Fold this PC's old segments into one, once every other device applied them."""
        own = self.net.device_dir(self.me)
        try:
            if len(listing.get(self.me, [])) + self.report.segments_written < compaction.COMPACT_MIN:
                return
            self._clean_folded()
            names = sorted(n for n in self.io.list_dir(own) if segment.parse_name(n))
            mine = self.applied({self.me: names})[self.me]
            if len(names) < compaction.COMPACT_MIN or any(n not in mine for n in names):
                return
            others = self._others_marks(listing)
            upto = min(others.values()) if others else max(_seq(n) for n in names)
            folded = [n for n in names if _seq(n) <= upto]
            if len(folded) < compaction.COMPACT_MIN:
                return
            changes = compaction.fold(self._own_segments(folded, upto))
            name, data = segment.build(
                self.key, dataset=self.net.dataset, device=self.me, device_name=settings.get(self.conn, settings.DEVICE_NAME),
                seq=upto, prev="", payload=_dump(changes), count=len(changes), outbox=(0, 0), covers=upto,
            )
            self.io.write_atomic(own / name, data)
            with _tx(self.conn, self.io):
                self._record_snapshot(name, upto)
            self._clean_folded()
            self.report.compacted += len(folded)
        except OSError as exc:
            raise unavailable(exc, str(self.net.root)) from exc
        except segment.Rejected as exc:
            self.report.problems.append(f"regroupement des anciens fichiers remis à plus tard : {exc}")

    def _record_snapshot(self, name: str, covers: int) -> None:
        self.conn.execute("INSERT OR IGNORE INTO sync_applied (device, name) VALUES (?, ?)", (self.me, name))
        settings.put(self.conn, settings.SYNC_SNAPSHOT, json.dumps({"device": self.me, "name": name, "covers": covers}))

    def _clean_folded(self) -> None:
        """Remove own segments covered by this PC's latest snapshot (also finishes a compaction cut short)."""
        text = settings.get(self.conn, settings.SYNC_SNAPSHOT)
        if not text:
            return
        snap = json.loads(text)
        if snap["device"] != self.me:
            return
        own = self.net.device_dir(self.me)
        for name in self.io.list_dir(own):
            if segment.parse_name(name) and name != snap["name"] and _seq(name) <= snap["covers"]:
                self.io.remove(own / name)

    def _skip(self, dev: str, name: str, why: str) -> None:
        self.report.skipped += 1
        self.report.problems.append(f"fichier ignoré {dev[:8]}…/{name} : {why}")


def _payload(rows: list[tuple[Any, ...]]) -> bytes:
    parts = [f"[{json.dumps(t)},{json.dumps(r)},{json.dumps(h)},{f},{p}]" for _s, t, r, h, f, p in rows]
    return ("[" + ",".join(parts) + "]").encode()


def _within_bytes(rows: list[Any], limit: int) -> list[Any]:
    """The first rows whose changes fit in `limit` bytes (at least one)."""
    total = 0
    for i, row in enumerate(rows):
        total += len(row[4]) + len(row[5])
        if total > limit and i:
            return rows[:i]
    return rows


def _seq(name: str) -> int:
    parsed = segment.parse_name(name)
    return parsed[0] if parsed else 0


def _dump(changes: list[list[Any]]) -> bytes:
    return json.dumps(changes, separators=(",", ":"), ensure_ascii=False).encode()


def _change(c: Any) -> tuple[str, str, str, dict[str, Any], dict[str, Any]]:
    """A change as read from a segment, checked for shape. Raises Rejected."""
    if (
        not isinstance(c, list)
        or len(c) != 5
        or not isinstance(c[0], str)
        or not isinstance(c[1], str)
        or not isinstance(c[2], str)
        or len(c[2]) < 26
        or not c[2][:15].isdigit()
        or not isinstance(c[3], dict)
        or not isinstance(c[4], dict)
        or c[3].get("id", c[1]) != c[1]
    ):
        raise segment.Rejected("contenu inattendu")
    return c[0], c[1], c[2], c[3], c[4]


def run_round(
    db: Database,
    share: Path | str,
    *,
    passphrase: str | None = None,
    key: bytes | None = None,
    io: ShareIO | None = None,
    progress: Progress | None = None,
    now: int | None = None,
    fingerprint: str | None = None,
) -> Report:
    """Export then import. Raises ShareUnavailable (nothing changed here), WrongPassphrase, MissingPassphrase."""
    io = io or ShareIO()
    net = open_network(Path(share), io)
    key = resolve_key(db, net, passphrase=passphrase, key=key)
    r = _Round(db, net, key, io, progress)
    try:
        listing = r.list_share()  # an unreachable share stops here, before any local write
        r.prepare(fingerprint or machine_fingerprint(db.path))
        applied = r.applied(listing)
        r.check_own(listing, applied)
        r.export(listing)
        r.import_(listing, applied, now if now is not None else now_ms())  # own new segments are not listed
        r.publish_ack(listing)
        r.compact(listing)
        r.report.waiting = int(r.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])
    finally:
        r.close()
    return r.report
