"""Compaction: a device folds its own old segments into one snapshot segment, only once every other device
on the share has acknowledged them. A device away for months holds the fold back (its last acknowledgement
is old), so it still catches up; a new PC starts from the snapshot.
"""

from __future__ import annotations

import json
from typing import Any

from app.services.sync import acknowledgement, own_files, segment
from app.services.sync.context import Listing, RoundContext
from app.store import settings, sync_book

COMPACT_MIN = 200  # fold only when at least this many own segments can go


def fold(segments: list[segment.Segment]) -> list[list[Any]]:
    """One device's changes folded to the latest value of each field (its own writes are sequential)."""
    latest: dict[tuple[str, str, str], tuple[str, Any, Any]] = {}
    for seg in segments:
        for tbl, rid, hlc, fields, prevs in seg.changes:
            for name, value in fields.items():
                key = (tbl, rid, name)
                if key not in latest or hlc > latest[key][0]:
                    latest[key] = (hlc, value, prevs.get(name))
    grouped: dict[tuple[str, str, str], tuple[dict[str, Any], dict[str, Any]]] = {}
    for (tbl, rid, name), (hlc, value, prev) in latest.items():
        fields, prevs = grouped.setdefault((tbl, rid, hlc), ({}, {}))
        fields[name] = value
        if prev is not None:
            prevs[name] = prev
    return [[tbl, rid, hlc, f, p] for (tbl, rid, hlc), (f, p) in sorted(grouped.items())]


def compact(ctx: RoundContext, listing: Listing) -> None:
    """Fold this PC's old segments into one, once every other device applied them."""
    own = ctx.net.device_dir(ctx.me)
    try:
        if len(listing.get(ctx.me, [])) + ctx.report.segments_written < COMPACT_MIN:
            return
        _clean_folded(ctx)
        names = sorted(n for n in ctx.io.list_dir(own) if segment.parse_name(n))
        mine = ctx.applied({ctx.me: names})[ctx.me]
        if len(names) < COMPACT_MIN or any(n not in mine for n in names):
            return
        others = acknowledgement.others_marks(ctx, listing)
        upto = min(others.values()) if others else max(_seq(n) for n in names)
        folded = [n for n in names if _seq(n) <= upto]
        if len(folded) < COMPACT_MIN:
            return
        changes = fold(_own_segments(ctx, folded, upto))
        name, data = segment.build(
            ctx.key, dataset=ctx.net.dataset, device=ctx.me,
            device_name=settings.get(ctx.conn, settings.DEVICE_NAME),
            seq=upto, prev="", payload=_dump(changes), count=len(changes), outbox=(0, 0), covers=upto,
            gen=ctx.chain.current,
        )
        own_files.keep(ctx, name, data)
        ctx.io.write_atomic(own / name, data)
        with ctx.tx():
            record_snapshot(ctx, name, upto)
        _clean_folded(ctx)
        ctx.report.compacted += len(folded)
    except OSError as exc:
        raise ctx.share_error(exc) from exc
    except segment.Rejected as exc:
        ctx.report.problems.append(f"regroupement des anciens fichiers remis à plus tard : {exc}")


def own_fold_mac(ctx: RoundContext, listing: Listing, covers: int, key: bytes) -> str:
    """The MAC a snapshot of this PC's applied segments up to `covers`, sealed with `key`, would carry
    ("" if unreadable)."""
    mine = ctx.applied(listing).get(ctx.me, set())
    try:
        segs = _own_segments(ctx, [n for n in listing.get(ctx.me, []) if n in mine], covers)
    except segment.Rejected:
        return ""
    return segment.payload_mac(key, _dump(fold(segs)))


def record_snapshot(ctx: RoundContext, name: str, covers: int) -> None:
    sync_book.mark_applied(ctx.conn, ctx.me, name)
    sync_book.set_snapshot(ctx.conn, ctx.me, name, covers)


def _own_segments(ctx: RoundContext, names: list[str], upto: int) -> list[segment.Segment]:
    own = ctx.net.device_dir(ctx.me)
    segs = []
    for name in names:
        parsed = segment.parse_name(name)
        if parsed and parsed[0] <= upto:
            data = ctx.io.read_bytes(own / name)
            segs.append(segment.open_segment(ctx.keys, name, data, dataset=ctx.net.dataset, device=ctx.me))
    return segs


def _clean_folded(ctx: RoundContext) -> None:
    """Remove own segments covered by this PC's latest snapshot (also finishes a compaction cut short)."""
    snap = sync_book.snapshot(ctx.conn)
    if not snap or snap["device"] != ctx.me:
        return
    own = ctx.net.device_dir(ctx.me)
    for name in ctx.io.list_dir(own):
        if segment.parse_name(name) and name != snap["name"] and _seq(name) <= snap["covers"]:
            ctx.io.remove(own / name)


def _seq(name: str) -> int:
    parsed = segment.parse_name(name)
    return parsed[0] if parsed else 0


def _dump(changes: list[list[Any]]) -> bytes:
    return json.dumps(changes, separators=(",", ":"), ensure_ascii=False).encode()
