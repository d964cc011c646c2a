"""Acknowledgements: each PC tells the others, in `devices/<id>/ack-<n>.json`, how far it applied their segments.

For each device, the highest sequence up to which this PC applied everything listed. It holds ids and
numbers only, with a keyed MAC. Compaction (`compaction.py`) folds a device's old segments once every
other device acknowledged them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from app.services.sync import crypto, segment
from app.services.sync.context import Listing, RoundContext
from app.store import sync_book

ACK_RE = re.compile(r"^ack-(\d{8})\.json$")


def is_ack(name: str) -> bool:
    return ACK_RE.match(name) is not None


def watermarks(listing: dict[str, list[str]], applied: dict[str, set[str]]) -> dict[str, int]:
    """For each device: the highest seq such that every listed segment up to it is applied here."""
    out: dict[str, int] = {}
    for dev, names in listing.items():
        parsed = sorted(p + (n,) for n in names if (p := segment.parse_name(n)))
        done = applied.get(dev, set())
        w = 0
        for seq, _digest, name in parsed:
            if name not in done:
                break
            w = max(w, seq)
        if w:
            out[dev] = w
    return out


def ack_bytes(key: bytes, *, device: str, dataset: str, marks: dict[str, int]) -> bytes:
    body = {"format": 1, "device": device, "dataset": dataset, "applied": dict(sorted(marks.items()))}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return json.dumps({**body, "mac": crypto.mac(key, text.encode())}, sort_keys=True).encode()


def read_ack(keys: Iterable[bytes], data: bytes, *, device: str, dataset: str) -> dict[str, int] | None:
    """The marks of a valid acknowledgement written by `device` (under one of `keys`: a PC that has not
    moved to the network's newest key yet writes with the one before), else None (never trusted then)."""
    try:
        doc: dict[str, Any] = json.loads(data)
        mac = doc.pop("mac")
        text = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
        if not any(mac == crypto.mac(k, text) for k in keys) or doc["device"] != device or doc["dataset"] != dataset:
            return None
        return {str(k): int(v) for k, v in doc["applied"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None



def acked(ctx: RoundContext) -> dict[str, int]:
    """The marks this PC last published (empty before the first)."""
    state = sync_book.ack_state(ctx.conn)
    return state[1] if state else {}


def publish(ctx: RoundContext, listing: Listing) -> None:
    """Tell the others how far this PC applied their segments (only when it moved)."""
    state = sync_book.ack_state(ctx.conn)
    if not ctx.report.segments_read and not ctx.marked and state is not None:
        return
    marks = watermarks({d: n for d, n in listing.items() if d != ctx.me}, ctx.applied(listing))
    known = state[1] if state else {}
    marks = {d: max(w, known.get(d, 0)) for d, w in {**known, **marks}.items()}
    if marks == known:
        return
    n = (state[0] if state else 0) + 1
    own = ctx.net.device_dir(ctx.me)
    data = ack_bytes(ctx.key, device=ctx.me, dataset=ctx.net.dataset, marks=marks)
    try:
        if not ctx.io.is_dir(own):
            ctx.io.make_dirs(own)
        ctx.io.write_atomic(own / f"ack-{n:08d}.json", data)
        with ctx.tx():
            sync_book.set_ack_state(ctx.conn, n, marks)
        for old in ctx.io.list_dir(own):
            if is_ack(old) and old != f"ack-{n:08d}.json":
                ctx.io.remove(own / old)
    except OSError as exc:
        raise ctx.share_error(exc) from exc


def others_marks(ctx: RoundContext, listing: Listing) -> dict[str, int]:
    """What each other device acknowledged of this PC's segments (0 without a valid ack)."""
    out = {}
    gone = ctx.net.removed  # a removed PC acknowledges nothing any more: it holds nothing back
    for dev, names in listing.items():
        if dev == ctx.me or dev in gone or not any(segment.parse_name(n) or is_ack(n) for n in names):
            continue
        acks = sorted(n for n in names if is_ack(n))
        marks = None
        if acks:
            data = ctx.io.read_bytes(ctx.net.device_dir(dev) / acks[-1])
            marks = read_ack(sorted(ctx.keys.values(), key=lambda k: k != ctx.key), data, device=dev,
                             dataset=ctx.net.dataset)
        out[dev] = (marks or {}).get(ctx.me, 0)
    return out
