"""This PC's identity in a round: a copied data folder or a clone re-keys itself; its own crashed exports are finished."""

from __future__ import annotations

from app.services.sync import compaction, exporting, keys, segment
from app.services.sync.context import Listing, RoundContext
from app.store import settings, sync_book
from app.store.device import backfill_untracked, enqueue_full_state, rekey, untracked_tables


def prepare(ctx: RoundContext, fingerprint: str) -> None:
    """Before any exchange: the data folder's place, the network it syncs with, rows never captured."""
    c = ctx.conn
    me = settings.get(c, settings.DEVICE_ID)
    stored_fp, dataset = settings.get(c, settings.SYNC_FINGERPRINT), settings.get(c, settings.SYNC_DATASET)
    if stored_fp != fingerprint or dataset != ctx.net.dataset:
        with ctx.tx():
            if stored_fp and stored_fp != fingerprint:
                _rekey(ctx, "ce dossier de données a été copié depuis un autre PC ou déplacé")
            settings.put(c, settings.SYNC_FINGERPRINT, fingerprint)
            if dataset != ctx.net.dataset:
                if dataset:
                    enqueue_full_state(c)  # the other network's segments are not here: send everything
                settings.put(c, settings.SYNC_DATASET, ctx.net.dataset)
                sync_book.set_own_chain(c, 0, "")
    if settings.get(c, settings.DEVICE_ID) in ctx.net.removed:  # given the new passphrase after its removal
        with ctx.tx():
            _rekey(ctx, "ce poste avait été retiré du réseau ; il le rejoint sous un nouvel identifiant")
    untracked = untracked_tables(c)
    if untracked:
        with ctx.tx():
            backfill_untracked(c, untracked)
    ctx.me = settings.get(c, settings.DEVICE_ID) or me


def _rekey(ctx: RoundContext, why: str) -> None:
    old = settings.get(ctx.conn, settings.DEVICE_ID)
    sync_book.record_peer(ctx.conn, old, settings.get(ctx.conn, settings.DEVICE_NAME))
    new = rekey(ctx.conn)
    sync_book.set_own_chain(ctx.conn, 0, "")
    ctx.db.device_id = new
    ctx.me = new
    ctx.report.rekeyed = True
    ctx.report.problems.append(f"nouvel identifiant pour ce poste : {why} ; rien n'est perdu")


def check_own(ctx: RoundContext, listing: Listing, applied: dict[str, set[str]]) -> None:
    """Own files not applied here: an export or compaction cut short (finished now), or a clone (re-key)."""
    mine = applied.get(ctx.me, set())
    for name in listing.get(ctx.me, []):
        if name in mine or segment.parse_name(name) is None:
            continue
        try:
            data = ctx.io.read_bytes(ctx.net.device_dir(ctx.me) / name)
            header, _h, _c = segment.read_header(name, data)
        except OSError as exc:
            raise ctx.share_error(exc) from exc
        except segment.Rejected:
            continue  # a torn copy is not ours to worry about: it is reported at import
        why = keys.refused(ctx.net, ctx.me, name, header)
        if why:  # sealed with a replaced key after its replacement (a removed PC): no evidence of anything
            ctx.skip(ctx.me, name, why)
            continue
        if not _authentic(ctx, name, data):
            # Whoever can write to the share, without the passphrase, must not make this PC change its id.
            ctx.skip(ctx.me, name, "fichier non authentifié dans le dossier de ce poste (pas écrit avec la clé "
                     "du réseau) : ignoré, l'identifiant de ce poste ne change pas")
            continue
        key = ctx.keys[header.gen]  # it opened (_authentic): its generation is known here
        if header.covers:
            if compaction.own_fold_mac(ctx, listing, header.covers, key) == header.mac:  # our compaction, cut short
                with ctx.tx():
                    compaction.record_snapshot(ctx, name, header.covers)
                mine.add(name)
                continue
            with ctx.tx():
                _rekey(ctx, "des fichiers à son nom ont été écrits par une copie de ce PC")
            return
        rows = sync_book.outbox_between(ctx.conn, *header.outbox)
        if rows and segment.payload_mac(key, exporting.payload(rows)) == header.mac:
            exporting.mark_exported(ctx, name, header.outbox[1], header.seq)  # our export that crashed before its commit
            mine.add(name)
        else:
            with ctx.tx():
                _rekey(ctx, "des fichiers à son nom ont été écrits par une copie de ce PC")
            return


def _authentic(ctx: RoundContext, name: str, data: bytes) -> bool:
    """Only a file that opens under the network key is evidence of a copy of this PC."""
    try:
        segment.open_segment(ctx.keys, name, data, dataset=ctx.net.dataset, device=ctx.me)
    except segment.Rejected:
        return False
    return True
