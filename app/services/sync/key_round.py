"""What a round does about the network's key generations: this PC's public key published (`device.json`),
and, after the network moved to a newer key, this PC's own files sealed with the replaced key after the
change (a round that was running at that moment) sent again under the new key, so nothing is lost."""

from __future__ import annotations

import json

from app.services.sync import crypto, keys, segment
from app.services.sync.context import Listing, RoundContext
from app.services.sync.own_files import kept_dir
from app.store import settings, sync_book


def publish(ctx: RoundContext, listing: Listing) -> None:
    """This PC's public key, for the grants of a future key change (only a PC that remembers the key has one)."""
    from app.services.sync import key_store

    done = settings.get(ctx.conn, settings.SYNC_DEVICE_PUBLISHED)
    if done.startswith(f"{ctx.chain.current}:") and keys.DEVICE_FILE in listing.get(ctx.me, []):
        return  # published under this key (a new secret clears the mark: key_store.save)
    if not settings.get(ctx.conn, settings.SYNC_KEY_PLACE):
        return  # no key remembered here: no secret either
    secret = key_store.device_secret(ctx.db)
    if secret is None:
        if key_store.load(ctx.db, ctx.net.dataset) is None:
            return  # the key is typed at each round here: the new phrase will be typed too
        key_store.save(ctx.db, ctx.net.dataset, ctx.chain.key)  # remembered by a version without a secret
        secret = key_store.device_secret(ctx.db)
        if secret is None:
            return
    public = crypto.device_public(secret)
    stamp = f"{ctx.chain.current}:{public.hex()}"
    own = ctx.net.device_dir(ctx.me)
    try:
        if not ctx.io.is_dir(own):
            ctx.io.make_dirs(own)
        ctx.io.write_atomic(own / keys.DEVICE_FILE, keys.device_bytes(ctx.chain, device=ctx.me, public=public))
    except OSError as exc:
        raise ctx.share_error(exc) from exc
    with ctx.tx():
        settings.put(ctx.conn, settings.SYNC_DEVICE_PUBLISHED, stamp)


def resend_late(ctx: RoundContext, listing: Listing) -> None:
    """Once, when this PC first syncs under a newer key: its own files the others now refuse (sealed with the
    replaced key, written after the change) go back to the outbox, and off the share."""
    latest = ctx.net.latest
    if settings.get(ctx.conn, settings.SYNC_GENERATION) == latest:
        return
    late: list[tuple[str, segment.Segment]] = []
    own = ctx.net.device_dir(ctx.me)
    names = [n for n in listing.get(ctx.me, []) if segment.parse_name(n)]
    sent_here = sync_book.applied_among(ctx.conn, ctx.me, names)  # a file put in this PC's folder by another
    for name in names:
        if name not in sent_here:  # (a removed PC, with the old key) is not this PC's to send again
            continue
        try:
            data = ctx.io.read_bytes(own / name)
            header, _head, _ct = segment.read_header(name, data)
            if not keys.refused(ctx.net, ctx.me, name, header):
                continue
            late.append((name, segment.open_segment(ctx.keys, name, data, dataset=ctx.net.dataset, device=ctx.me)))
        except OSError as exc:
            raise ctx.share_error(exc) from exc
        except segment.Rejected:
            continue  # not ours to resend (a torn or foreign file: reported at import)
    # In three steps, each safe to cut short: the changes back in the outbox (a repeat after a crash sends
    # the same values with the same clocks again: no change for the others), the files off the share (the
    # local copy first, or `own_files.restore` would put them back), then the generation noted.
    if late:
        with ctx.tx():
            for _name, seg in late:
                ctx.conn.executemany(
                    "INSERT INTO sync_outbox (tbl, row_id, hlc, fields, prevs) VALUES (?, ?, ?, ?, ?)",
                    [(t, r, h, json.dumps(f), json.dumps(p)) for t, r, h, f, p in seg.changes],
                )
    for name, _seg in late:
        (kept_dir(ctx.db.path.parent) / name).unlink(missing_ok=True)
        try:
            ctx.io.remove(own / name)
        except OSError as exc:
            raise ctx.share_error(exc) from exc
        listing[ctx.me].remove(name)
    with ctx.tx():
        settings.put(ctx.conn, settings.SYNC_GENERATION, latest)
    if late:
        ctx.report.problems.append(
            f"{len(late)} fichier(s) de ce poste écrit(s) pendant le changement de clé du réseau : renvoyé(s) avec "
            "la nouvelle clé")
