"""This PC's own segments on the share, kept intact; gaps in the other PCs' sequences, reported.

Each segment this PC writes is also kept beside the database (`sync-envoyes/`) until every known PC
acknowledged it; one deleted or damaged on the share (a clean-up, a sync client, a placeholder file)
is written again at the next round. A segment's name carries its SHA-256: « intact » is checked on the
share's bytes, without the key.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from app.services.sync import acknowledgement, segment
from app.services.sync.context import Listing, RoundContext
from app.store import sync_book
from app.store.files import write_atomic

KEPT_DIR = "sync-envoyes"


def kept_dir(data_dir: Path) -> Path:
    return Path(data_dir) / KEPT_DIR


def keep(ctx: RoundContext, name: str, data: bytes) -> None:
    """A local copy of a segment about to go to the share (temp file, fsync, rename)."""
    folder = kept_dir(ctx.db.path.parent)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / name, data)


def kept(data_dir: Path) -> list[str]:
    try:
        return sorted(n for n in os.listdir(kept_dir(data_dir)) if segment.parse_name(n))
    except FileNotFoundError:
        return []


def intact(name: str, data: bytes) -> bool:
    parsed = segment.parse_name(name)
    return parsed is not None and hashlib.sha256(data).hexdigest()[:32] == parsed[1]


def _seq(name: str) -> int:
    parsed = segment.parse_name(name)
    return parsed[0] if parsed else 0


def _folded(ctx: RoundContext) -> tuple[int, str]:
    """(covers, name) of this PC's latest snapshot: segments up to `covers` are folded into it."""
    snap = sync_book.snapshot(ctx.conn)
    if not snap or snap["device"] != ctx.me:
        return 0, ""
    return int(snap["covers"]), str(snap["name"])


def restore(ctx: RoundContext, listing: Listing) -> None:
    """Write again every kept segment this PC exported that is missing or damaged on the share."""
    data_dir = ctx.db.path.parent
    names = kept(data_dir)
    if not names:
        return
    exported = sync_book.applied_among(ctx.conn, ctx.me, names)
    covers, snapshot = _folded(ctx)
    own = ctx.net.device_dir(ctx.me)
    on_share = set(listing.get(ctx.me, []))
    done = 0
    try:
        for name in names:
            if name not in exported or (_seq(name) <= covers and name != snapshot):
                continue  # not sent yet (the export will build it again), or folded into the snapshot
            if name in on_share:
                try:
                    if intact(name, ctx.io.read_bytes(own / name)):
                        continue
                except FileNotFoundError:
                    pass
            data = (kept_dir(data_dir) / name).read_bytes()
            if not intact(name, data):
                continue  # the local copy is damaged too: nothing sound to write
            if not ctx.io.is_dir(own):
                ctx.io.make_dirs(own)
            ctx.io.write_atomic(own / name, data)
            done += 1
    except OSError as exc:
        raise ctx.share_error(exc) from exc
    if done:
        ctx.report.restored += done
        ctx.report.problems.append(
            f"{done} fichier(s) de ce poste manquant(s) ou abîmé(s) dans le dossier partagé : réécrit(s) "
            "(un nettoyage ou un logiciel de synchronisation les avait retirés)")


def prune(ctx: RoundContext, listing: Listing) -> None:
    """Drop the copies every known PC acknowledged (and those never sent); the latest snapshot stays."""
    data_dir = ctx.db.path.parent
    names = kept(data_dir)
    if not names:
        return
    exported = sync_book.applied_among(ctx.conn, ctx.me, names)
    try:
        marks = acknowledgement.others_marks(ctx, listing)
    except OSError:
        return  # the share went away: keep everything until the next round
    # Every PC present on the share must have acknowledged; alone on the share, everything is kept.
    acked = min(marks.values(), default=0)
    covers, snapshot = _folded(ctx)
    for name in names:
        gone = name not in exported or (_seq(name) <= covers and name != snapshot) or (
            _seq(name) <= acked and name != snapshot)
        if gone:
            with contextlib.suppress(OSError):
                (kept_dir(data_dir) / name).unlink()


def missing(seqs: Iterable[int], *, covered: int = 0) -> list[tuple[int, int]]:
    """Runs (first, last) of numbers absent after `covered`, up to the highest number known."""
    runs: list[tuple[int, int]] = []
    expected = covered + 1
    for s in sorted(set(seqs)):
        if s <= covered:
            continue
        if s > expected:
            runs.append((expected, s - 1))
        expected = s + 1
    return runs


def report_gaps(ctx: RoundContext, listing: Listing) -> None:
    """A number missing between two of another PC's files on the share, never applied here: said."""
    for dev, names in listing.items():
        if dev == ctx.me:
            continue
        seqs = sorted(_seq(n) for n in names if segment.parse_name(n))
        if len(seqs) < 2:
            continue
        applied = sync_book.applied_seqs_between(ctx.conn, dev, seqs[0], seqs[-1])
        runs = missing([*seqs, *applied], covered=seqs[0])
        if runs:
            pc = sync_book.peer_name(ctx.conn, dev) or dev[:8]
            numbers = ", ".join(f"{a}" if a == b else f"{a} à {b}" for a, b in runs[:5])
            ctx.report.problems.append(
                f"poste « {pc} » : fichier(s) n° {numbers} absent(s) du dossier partagé ; ce poste les "
                "réécrira à sa prochaine synchronisation (sinon, vérifiez le dossier partagé)")
