"""Import: the other PCs' new segments are read, checked and merged here, one local transaction each."""

from __future__ import annotations

from typing import Any

from app.domain.hlc import is_clock
from app.services.sync import acknowledgement, keys, segment
from app.services.sync.context import Listing, RoundContext
from app.services.sync.io import TMP_SUFFIX
from app.services.sync.mass_guard import mass_change
from app.store import held, sync_book
from app.store.apply import (
    apply_changes,
    apply_pending,
    encode_change,
    quarantined_count,
    ready_pending,
    retry_quarantine,
)
from app.store.changes import Change, observe_hlc


def import_segments(
    ctx: RoundContext, listing: Listing, applied: dict[str, set[str]], *, now: int, max_ahead_ms: int
) -> None:
    """Apply every listed segment not applied yet (oldest first), then what waited for its row, then the
    quarantine whose clock is no longer too far ahead. The tables that changed go in the report."""
    todo: list[tuple[str, int, str]] = []
    for dev, names in listing.items():
        seen = applied.get(dev, set())
        for name in names:
            if (name in seen or (name.startswith(".") and name.endswith(TMP_SUFFIX)) or acknowledgement.is_ack(name)
                    or name == keys.DEVICE_FILE):
                continue
            parsed = segment.parse_name(name)
            if parsed is None:
                ctx.skip(dev, name, "nom de fichier inattendu (copie de conflit ou fichier étranger)")
            else:
                todo.append((dev, parsed[0], name))
    todo.sort()
    touched: set[str] = set()
    conn, report = ctx.conn, ctx.report
    for i, (dev, _seq, name) in enumerate(todo):
        ctx.progress(i, len(todo), f"Réception des modifications ({i + 1}/{len(todo)})")
        gone = keys.removed_pc_file(ctx.net, dev, name)
        if gone:  # known by its name: not read again at every round
            ctx.skip(dev, name, gone)
            continue
        try:
            data = ctx.io.read_bytes(ctx.net.device_dir(dev) / name)
        except OSError as exc:
            raise ctx.share_error(exc) from exc
        try:
            header, _head, _ct = segment.read_header(name, data)
            if header.covers and acknowledgement.acked(ctx).get(dev, 0) >= header.covers:
                with ctx.tx():  # a snapshot of what was applied here already
                    sync_book.mark_applied(conn, dev, name)
                ctx.marked += 1
                continue
            why = keys.refused(ctx.net, dev, name, header)
            if why:
                ctx.skip(dev, name, why)
                continue
            seg = segment.open_segment(ctx.keys, name, data, dataset=ctx.net.dataset, device=dev)
            changes = [_change(c) for c in seg.changes]
        except segment.Rejected as exc:
            ctx.skip(dev, name, str(exc))
            continue
        mass = mass_change(conn, changes)
        if mass:
            # A change set that deletes or rewrites a large share of a table waits for a person.
            with ctx.tx():
                held.hold(conn, f"{dev}/{name}", dev, held.MASS, f"« {seg.header.name} » {mass}",
                          [encode_change(c) for c in changes], now)
                sync_book.mark_applied(conn, dev, name)
                sync_book.record_peer(conn, dev, seg.header.name)
            report.segments_read += 1
            report.held += len(changes)
            report.problems.append(
                f"modifications de « {seg.header.name} » mises en attente : elles {mass} ; confirmez-les sur un "
                "poste (Synchronisation, ou « pasapas sync confirm ») si c'est voulu")
            continue
        with ctx.tx():
            stats = apply_changes(conn, changes, device=dev, now_ms=now, max_ahead_ms=max_ahead_ms)
            sync_book.mark_applied(conn, dev, name)
            sync_book.record_peer(conn, dev, seg.header.name)
            if stats.max_hlc:
                observe_hlc(conn, stats.max_hlc)
        if stats.malformed:
            report.held += stats.malformed
            report.problems.append(
                f"{stats.malformed} modification(s) reçue(s) de « {seg.header.name} » illisible(s) ici "
                f"({'; '.join(stats.malformed_reasons[:3])}) : mises de côté, non appliquées "
                "(voir « pasapas sync pending »)")
        report.segments_read += 1
        report.imported += stats.applied
        report.conflicts += stats.conflicts
        report.quarantined += stats.quarantined
        touched |= stats.touched
    if todo:
        ctx.progress(len(todo), len(todo), "")
    ids, ready = ready_pending(conn)
    if ready:
        with ctx.tx():
            stats = apply_pending(conn, ids, ready, now_ms=now, max_ahead_ms=max_ahead_ms)
        report.imported += stats.applied
        touched |= stats.touched
    if quarantined_count(conn):
        with ctx.tx():
            stats = retry_quarantine(conn, now_ms=now, max_ahead_ms=max_ahead_ms)
            if stats.max_hlc:
                observe_hlc(conn, stats.max_hlc)
        report.imported += stats.applied
        report.conflicts += stats.conflicts
        touched |= stats.touched
        left = quarantined_count(conn)
        if left:
            report.problems.append(
                f"{left} modification(s) datée(s) de plus de 72 h dans le futur mises de côté : "
                "vérifiez l'heure du PC qui les a envoyées"
            )
    report.tables = sorted(touched)


def _change(c: Any) -> Change:
    """A change as read from a segment, checked for shape. Raises Rejected."""
    if (
        not isinstance(c, list)
        or len(c) != 5
        or not isinstance(c[0], str)
        or not isinstance(c[1], str)
        or not is_clock(c[2])
        or not isinstance(c[3], dict)
        or not isinstance(c[4], dict)
        or c[3].get("id", c[1]) != c[1]
    ):
        raise segment.Rejected("contenu inattendu")
    return c[0], c[1], c[2], c[3], c[4]
