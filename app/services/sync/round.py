"""One sync round: check the share and the key, then identity, export, import, acknowledgement, compaction.

Each part is its own module over the store's bookkeeping (`app/store/sync_book.py`). Local writes
happen in short transactions, each with its own record of what it did (segment applied, outbox rows
exported), so a crash at any point leaves a state the next round completes: nothing lost, nothing
applied twice. A share that cannot be read or written changes nothing here.
"""

from __future__ import annotations

import hashlib
import socket
from contextlib import suppress
from pathlib import Path

from app.domain import hlc
from app.services.sync import (
    acknowledgement,
    clock,
    compaction,
    exporting,
    identity,
    importing,
    key_round,
    keys,
    own_files,
)
from app.services.sync.context import Listing, Progress, Report, RoundContext
from app.services.sync.folder import open_network, share_listing
from app.services.sync.io import ShareIO
from app.services.sync.round_lock import one_round
from app.store import erasure, sync_book
from app.store.changes import now_ms
from app.store.db import Database

__all__ = ["Progress", "Report", "list_share", "machine_fingerprint", "run_round"]

MAX_AHEAD_MS = hlc.MAX_AHEAD_MS  # a clock further ahead than this is quarantined
SEGMENT_CHANGES = 5000
SEGMENT_BYTES = 8 * 1024 * 1024  # guide pictures are big: a segment stays a size a USB key and RAM take


def machine_fingerprint(db_path: Path) -> str:
    """Changes when the data directory is copied to another PC or place."""
    parts = [socket.gethostname(), str(Path(db_path).resolve())]
    with suppress(OSError):
        parts.append(Path("/etc/machine-id").read_text().strip())
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def list_share(ctx: RoundContext) -> Listing:
    """Every device folder on the share and its files. Raises ShareUnavailable."""
    return share_listing(ctx.net, ctx.io)


def _merge_same_names(ctx: RoundContext) -> bool:
    """Sites and conseillers of one name, brought together by the import, merged as every PC merges them
    (deterministic: two PCs merging at once write the same values, which are no conflict). True if it wrote.
    Looked at every round (two small tables), so a crash between an import and its merge is made good."""
    from app.services import merges

    if not merges.merge_same_names(ctx.db, touched=ctx.report.tables).changed:
        return False
    ctx.report.tables = sorted({*ctx.report.tables, *merges.WATCHED_TABLES})
    return True


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
    """Export then import. Raises ShareUnavailable (nothing changed here), WrongPassphrase, MissingPassphrase
    (KeyChanged: the network moved to a key this PC was not given), DamagedFolder."""
    io = io or ShareIO()
    now = now if now is not None else now_ms()
    clock.refuse_impossible(now)
    with one_round(db.path.parent):  # the desk's automatic round and a scheduled one never overlap
        net = open_network(Path(share), io)
        keys.refuse_rollback(db, net)
        chain = keys.resolve(db, net, passphrase=passphrase, key=key)
        ctx = RoundContext(db, net, chain, io, progress)
        try:
            listing = list_share(ctx)  # an unreachable share stops here, before any local write
            identity.prepare(ctx, fingerprint or machine_fingerprint(db.path))
            applied = ctx.applied(listing)
            identity.check_own(ctx, listing, applied)
            own_files.restore(ctx, listing)  # own segments deleted or damaged on the share: written again
            key_round.resend_late(ctx, listing)  # the network's key changed during a round of this PC: sent again
            exporting.export(ctx, listing, max_changes=SEGMENT_CHANGES, max_bytes=SEGMENT_BYTES)
            importing.import_segments(ctx, listing, applied, now=now, max_ahead_ms=MAX_AHEAD_MS)  # own new ones not listed
            if _merge_same_names(ctx):  # two PCs set up apart: one « Hôtel de Ville », one « Yanis Benali »
                # …sent at once, before the other PCs show the duplicate or make the same merge themselves
                exporting.export(ctx, listing, max_changes=SEGMENT_CHANGES, max_bytes=SEGMENT_BYTES)
            own_files.report_gaps(ctx, listing)
            acknowledgement.publish(ctx, listing)
            key_round.publish(ctx, listing)  # this PC's public key, for the next key change's grants
            compaction.compact(ctx, listing)
            own_files.prune(ctx, listing)
            clock.check(ctx, now)
            ctx.report.waiting = sync_book.outbox_count(ctx.conn)
        finally:
            ctx.report.problems.extend(ctx.skipped.lines())
            ctx.close()
        if erasure.PERSON in ctx.report.tables:  # maybe an erasure: its replaced pages leave the WAL now
            erasure.fold_wal(db)
        return ctx.report
