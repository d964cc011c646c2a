"""Acknowledgements and compaction: a device folds its own old segments into one snapshot segment, only
once every other device on the share has said it applied them. A device away for months holds the
fold back (its last acknowledgement is old), so it still catches up; a new PC starts from the snapshot.

An acknowledgement is `devices/<id>/ack-<n>.json`: for each device, the highest sequence up to which
this PC applied everything listed. It holds ids and numbers only, with a keyed MAC.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.services.sync import crypto, segment

ACK_RE = re.compile(r"^ack-(\d{8})\.json$")
COMPACT_MIN = 200  # fold only when at least this many own segments can go


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


def read_ack(key: bytes, data: bytes, *, device: str, dataset: str) -> dict[str, int] | None:
    """The marks of a valid acknowledgement written by `device`, else None (never trusted then)."""
    try:
        doc: dict[str, Any] = json.loads(data)
        mac = doc.pop("mac")
        text = json.dumps(doc, sort_keys=True, separators=(",", ":"))
        if mac != crypto.mac(key, text.encode()) or doc["device"] != device or doc["dataset"] != dataset:
            return None
        return {str(k): int(v) for k, v in doc["applied"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


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
