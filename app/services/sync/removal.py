"""Taking a PC out of the network, and changing the passphrase: both move the network to a new data key.

Admin only (`Action.REMOVE_PC`), audited. Run on a PC that has the current key (remembered, or its
passphrase given); the new passphrase opens the new key for PCs that join or type it; the PCs that
published their public key receive the new key at their next round without typing anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.audit import AuditAction
from app.domain.permissions import Action, Actor, require
from app.domain.text import fold
from app.services import audit
from app.services.sync import crypto, keys, state
from app.services.sync.errors import SyncError
from app.services.sync.folder import Network, open_network, share_listing
from app.services.sync.io import ShareIO
from app.services.sync.notes import peers
from app.services.sync.round_lock import one_round
from app.store import settings
from app.store.db import Database


@dataclass(frozen=True)
class Pc:
    """A PC of the network as the share shows it."""

    device: str
    name: str
    removed: bool
    this_pc: bool


def list_pcs(db: Database, share: Path | str, *, io: ShareIO | None = None) -> list[Pc]:
    """The PCs that have a folder on the share, with the names this PC knows them by."""
    io = io or ShareIO()
    net = open_network(Path(share), io)
    return _pcs(db, net, share_listing(net, io))


def _pcs(db: Database, net: Network, listing: dict[str, list[str]]) -> list[Pc]:
    names = peers(db)
    gone = net.removed
    pcs = [Pc(d, gone[d].name if d in gone and gone[d].name else names.get(d, ""), d in gone, d == db.device_id)
           for d in listing]
    return sorted(pcs, key=lambda p: (fold(p.name) or "~", p.device))


def find_pc(pcs: list[Pc], wanted: str) -> Pc:
    """The PC named `wanted` (accents and case aside) or whose id starts with it (8 characters at least)."""
    w = " ".join(fold(wanted).split())
    hits = [p for p in pcs if w and " ".join(fold(p.name).split()) == w]
    if not hits and len(wanted.strip()) >= 8:
        hits = [p for p in pcs if p.device.startswith(wanted.strip().lower())]
    if not hits:
        known = ", ".join(f"« {p.name or p.device[:8]} »" for p in pcs if not p.removed and not p.this_pc) or "aucun"
        raise SyncError(f"poste « {wanted} » introuvable dans le dossier partagé ; postes connus : {known}.")
    if len(hits) > 1:
        ids = ", ".join(p.device[:8] for p in hits)
        raise SyncError(f"plusieurs postes s'appellent « {wanted} » : donnez le début de l'identifiant ({ids}).")
    return hits[0]


def _rotate(
    db: Database, share: Path | str, actor: Actor, *, new_passphrase: str, passphrase: str | None,
    remove: str | None, io: ShareIO | None, kdf_n: int,
) -> keys.Rotation:
    require(actor, Action.REMOVE_PC)
    io = io or ShareIO()
    with one_round(db.path.parent):
        net = open_network(Path(share), io)
        keys.refuse_rollback(db, net)
        chain = keys.resolve(db, net, passphrase=passphrase)
        names = peers(db)
        listing = share_listing(net, io)  # read once: the PC to remove, the marks and the grants all use it
        target: list[str] = []
        if remove is not None:
            pc = find_pc(_pcs(db, net, listing), remove)
            if pc.this_pc:
                raise SyncError("on ne retire pas le poste sur lequel on travaille : faites-le depuis un autre poste.")
            if pc.removed:
                raise SyncError(f"le poste « {pc.name or pc.device[:8]} » a déjà été retiré du réseau.")
            target = [pc.device]
            names.setdefault(pc.device, pc.name)
        remembered = state.stored_key(db, net.dataset) is not None
        _net, new_chain, rotation = keys.rotate(
            net, chain, me=db.device_id, new_passphrase=new_passphrase, listing=listing, names=names,
            remove=target, io=io, kdf_n=kdf_n,
        )
        if remembered:
            state.remember_key(db, net.dataset, new_chain.key)
        settings.put(db, settings.SYNC_GENERATION, new_chain.current)
    if target:
        audit.record(db, actor, AuditAction.PC_REMOVED,
                     f"poste « {rotation.removed[0]} » ; nouvelle clé n° {rotation.generation}, transmise à "
                     f"{len(rotation.granted)} poste(s)")
    else:
        audit.record(db, actor, AuditAction.PASSPHRASE_CHANGED,
                     f"nouvelle clé n° {rotation.generation}, transmise à {len(rotation.granted)} poste(s)")
    return rotation


def remove_pc(
    db: Database, share: Path | str, name: str, *, actor: Actor, new_passphrase: str, passphrase: str | None = None,
    io: ShareIO | None = None, kdf_n: int = crypto.SCRYPT_N,
) -> keys.Rotation:
    """Take the PC `name` out of the network: its files made from now on are refused by every other PC, and
    the network moves to a new key opened by `new_passphrase`. PermissionDenied, SyncError and its kinds."""
    return _rotate(db, share, actor, new_passphrase=new_passphrase, passphrase=passphrase, remove=name, io=io,
                   kdf_n=kdf_n)


def change_passphrase(
    db: Database, share: Path | str, *, actor: Actor, new_passphrase: str, passphrase: str | None = None,
    io: ShareIO | None = None, kdf_n: int = crypto.SCRYPT_N,
) -> keys.Rotation:
    """A new passphrase, and with it a new key: the old phrase opens nothing written from now on."""
    return _rotate(db, share, actor, new_passphrase=new_passphrase, passphrase=passphrase, remove=None, io=io,
                   kdf_n=kdf_n)
