"""Export: this PC's outbox goes to the share as segments, each written, read back, then marked sent."""

from __future__ import annotations

import json
from typing import Any

from app.services.sync import own_files, segment
from app.services.sync.context import Listing, RoundContext
from app.store import settings, sync_book


def export(ctx: RoundContext, listing: Listing, *, max_changes: int, max_bytes: int) -> None:
    """Send the outbox in segments of at most `max_changes` changes and about `max_bytes`, read in pieces."""
    conn = ctx.conn
    total = sync_book.outbox_count(conn)
    if not total:
        return
    own = ctx.net.device_dir(ctx.me)
    taken = [p[0] for p in map(segment.parse_name, listing.get(ctx.me, [])) if p]
    seq = max([sync_book.own_chain(conn)[0], *taken])
    name_of_pc = settings.get(conn, settings.DEVICE_NAME)
    after = 0
    try:
        if not ctx.io.is_dir(own):
            ctx.io.make_dirs(own)
        while part := sync_book.outbox_after(conn, after, max_changes):
            part = _within_bytes(part, max_bytes)
            ctx.progress(ctx.report.exported, total, "Envoi des modifications de ce poste")
            seq += 1
            name, data = segment.build(
                ctx.key,
                dataset=ctx.net.dataset,
                device=ctx.me,
                device_name=name_of_pc,
                seq=seq,
                prev=sync_book.own_chain(conn)[1],
                payload=payload(part),
                count=len(part),
                outbox=(part[0][0], part[-1][0]),
                gen=ctx.chain.current,
            )
            own_files.keep(ctx, name, data)  # to write it again if it goes missing from the share
            ctx.io.write_atomic(own / name, data)
            ctx.written.append(str(own / name))
            mark_exported(ctx, name, part[-1][0], seq)
            after = part[-1][0]
            ctx.report.exported += len(part)
            ctx.report.segments_written += 1
    except OSError as exc:
        raise ctx.share_error(exc) from exc


def mark_exported(ctx: RoundContext, name: str, last_seq: int, seg_seq: int) -> None:
    """The segment is on the share: its outbox rows go, it counts as applied here, the chain moves on."""
    with ctx.tx():
        sync_book.drop_exported(ctx.conn, last_seq)
        sync_book.mark_applied(ctx.conn, ctx.me, name)
        if seg_seq > sync_book.own_chain(ctx.conn)[0]:
            sync_book.set_own_chain(ctx.conn, seg_seq, name)


def payload(rows: list[Any]) -> bytes:
    """The segment's JSON list of changes, built from the outbox's stored JSON without re-parsing it."""
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
