"""The network's data keys, one per generation: opened from the passphrase, a remembered key or a grant.

Generation 0 is the key derived from the network's first passphrase (format 1 folders have only it).
`rotate` — behind `sync remove-pc` and `sync change-passphrase` — makes the next one: a random key,
wrapped by the new passphrase's key (for PCs that join or type the phrase), sealing the previous key
(so one key opens all the older segments), granted to each remaining PC that published its public key
(`device.json`), authenticated by the previous key, and with the list of segment files on the share at
that moment: a file sealed with an older key that is not on that list was written after the change
(by a removed PC, or by anyone who kept an old key) and is refused (`refused`).

What a removed PC can still read: everything it had, and every file sealed with a key it had (the share
as it was at its removal). It cannot read what is sealed afterwards, nor add anything the others accept.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.services.sync import crypto, segment
from app.services.sync.errors import DamagedFolder, KeyChanged, MissingPassphrase, SyncError, WrongPassphrase
from app.services.sync.folder import FOLDER_FILE, Generation, Network, day_in_paris, open_network
from app.services.sync.io import ShareIO
from app.store import settings
from app.store.db import Database

DEVICE_FILE = "device.json"  # in each PC's folder: its public key, authenticated by the current data key
DIGEST_CHARS = 16  # of a segment's name: which files existed when a key was replaced


@dataclass
class KeyChain:
    """The data keys this PC holds for a network, by generation; `key` is the current one (seals)."""

    dataset: str
    keys: dict[int, bytes] = field(default_factory=dict)

    @property
    def current(self) -> int:
        return max(self.keys)

    @property
    def key(self) -> bytes:
        return self.keys[self.current]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _aad(net: Network | str, what: str, n: int, device: str = "") -> bytes:
    dataset = net if isinstance(net, str) else net.dataset
    return f"{dataset}/{what}/{n}{'/' + device if device else ''}".encode()


def entry_mac(key: bytes, entry: dict[str, Any]) -> str:
    """The MAC of a generation entry under the previous key (its `wrap` and `auth` aside)."""
    body = {k: v for k, v in entry.items() if k not in ("auth", "wrap")}
    return crypto.mac(key, json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode())


def _damaged(net: Network, why: str) -> DamagedFolder:
    return DamagedFolder(
        f"dossier partagé abîmé ou falsifié : {net.root / FOLDER_FILE} — {why} ; rien n'a été lu ni envoyé. "
        "Remettez ce fichier depuis une copie (ou demandez à l'administrateur du réseau)."
    )


def _opens(net: Network, key: bytes, g: Generation) -> bool:
    return crypto.verify_key(key, f"{net.dataset}/{g.n}", g.check)


def _down(net: Network, n: int, key: bytes) -> KeyChain:
    """From the key of generation `n`, every older one (each generation seals the one before it)."""
    keys = {n: key}
    for m in range(n, 0, -1):
        g = net.generation(m)
        assert g is not None
        if not _opens(net, keys[m], g):
            raise _damaged(net, f"la clé de la génération {m} ne correspond pas")
        try:
            prev = crypto.unseal(keys[m], g.previous[: crypto.NONCE_BYTES], g.previous[crypto.NONCE_BYTES:],
                                 _aad(net, "previous", m))
        except crypto.Unreadable as exc:
            raise _damaged(net, f"la génération {m} ne donne pas la clé précédente") from exc
        if entry_mac(prev, g.raw) != g.auth:
            raise _damaged(net, f"la génération {m} n'a pas été écrite par un poste du réseau")
        keys[m - 1] = prev
    return KeyChain(net.dataset, keys)


def from_passphrase(net: Network, passphrase: str) -> KeyChain:
    """Every key of the network, from its current passphrase. WrongPassphrase, DamagedFolder."""
    pk = net.passphrase_key(passphrase)
    if not net.generations:
        return KeyChain(net.dataset, {0: pk})
    g = net.generations[-1]
    try:
        key = crypto.unseal(pk, g.wrap[: crypto.NONCE_BYTES], g.wrap[crypto.NONCE_BYTES:], _aad(net, "wrap", g.n))
    except crypto.Unreadable as exc:
        raise _damaged(net, "la clé actuelle ne s'ouvre pas avec la phrase secrète") from exc
    return _down(net, g.n, key)


def generation_of(net: Network, key: bytes) -> int | None:
    """Which generation `key` is, or None (not a key of this network)."""
    if not net.generations:
        return 0 if crypto.verify_key(key, net.dataset, net.check) else None
    for g in reversed(net.generations):
        if _opens(net, key, g):
            return g.n
        if crypto.verify_key(key, f"{net.dataset}/{g.n - 1}", g.before):
            return g.n - 1
    return None


def from_key(
    net: Network, key: bytes, *, me: str, secret: Callable[[], bytes | None]
) -> tuple[KeyChain, bool]:
    """Every key from a remembered one, moving forward through the grants made for this PC; (chain, moved).
    WrongPassphrase (not this network's key), KeyChanged (a newer key this PC was not given), DamagedFolder."""
    n = generation_of(net, key)
    if n is None:
        raise WrongPassphrase(
            "la clé retenue sur ce poste n'ouvre pas ce réseau (FOLDER.json remplacé ?) : tapez la phrase secrète "
            "(Réglages de synchronisation, ou --passphrase-file) ; rien n'a été importé ni envoyé."
        )
    chain = _down(net, n, key)
    moved = False
    for g in net.generations[n:]:
        if entry_mac(chain.keys[g.n - 1], g.raw) != g.auth:
            raise _damaged(net, f"la génération {g.n} n'a pas été écrite par un poste du réseau")
        new = _granted(net, g, me, secret())
        if new is None:
            raise key_changed(net, g, me)
        chain.keys[g.n] = new
        moved = True
    return chain, moved


def _granted(net: Network, g: Generation, me: str, secret: bytes | None) -> bytes | None:
    blob = g.grants.get(me)
    if not blob or not secret:
        return None
    try:
        key = crypto.open_grant(secret, blob, _aad(net, "grant", g.n, me))
    except (crypto.Unreadable, ValueError):
        return None
    return key if _opens(net, key, g) else None


def key_changed(net: Network, g: Generation, me: str) -> KeyChanged:
    gone = net.removed.get(me)
    if gone:
        return KeyChanged(
            f"ce poste a été retiré du réseau de synchronisation le {day_in_paris(gone.at)} : il n'envoie ni ne reçoit plus "
            "rien. Si c'est une erreur, un administrateur lui donne la nouvelle phrase secrète."
        )
    return KeyChanged(
        f"le réseau a une nouvelle clé depuis le {day_in_paris(g.made_at)} (un poste retiré, ou une nouvelle phrase "
        "secrète) et ce poste ne l'a pas reçue : tapez la nouvelle phrase secrète (Réglages de synchronisation, "
        "ou --passphrase-file) ; rien n'a été importé ni envoyé."
    )


def resolve(db: Database, net: Network, *, passphrase: str | None = None, key: bytes | None = None) -> KeyChain:
    """The keys for a round: from the passphrase, the given key, or the one remembered here (kept up to date
    when the network moved to a newer key). MissingPassphrase, KeyChanged, WrongPassphrase, DamagedFolder.
    Every round calls it: the keyring is read only when needed (no key given, or the network moved)."""
    from app.services.sync import key_store, state

    if passphrase:
        chain = from_passphrase(net, passphrase)
        if net.latest:  # a PC that remembers an older key keeps the newest one from now on
            stored = state.stored_key(db, net.dataset)
            if stored is not None and stored != chain.key:
                state.remember_key(db, net.dataset, chain.key)
        return chain
    stored = None if key else state.stored_key(db, net.dataset)
    given = key or stored
    if given is None:
        raise MissingPassphrase(
            "phrase secrète du réseau manquante : donnez-la (--passphrase-file, ou Réglages de synchronisation)."
        )
    chain, moved = from_key(net, given, me=db.device_id, secret=lambda: key_store.device_secret(db))
    if moved:
        stored = stored if stored is not None else state.stored_key(db, net.dataset)
        if stored is not None:
            state.remember_key(db, net.dataset, chain.key)
    return chain


def refuse_rollback(db: Database, net: Network) -> None:
    """An old copy of FOLDER.json put back (by a removed PC?): no PC goes back to a replaced key. DamagedFolder.
    Checked before the key is looked for (a remembered newer key would not open the old file anyway)."""
    pooled = db.engine.raw_connection()  # two small reads at every round: no ORM session for them
    try:
        conn: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        known = settings.get(conn, settings.SYNC_GENERATION)
        stale = net.latest < known and settings.get(conn, settings.SYNC_DATASET) == net.dataset
    finally:
        pooled.close()
    if stale:
        raise _damaged(net, f"il est revenu à une ancienne clé (n° {net.latest}, ce poste connaît la n° {known})")


def removed_pc_file(net: Network, device: str, name: str) -> str | None:
    """Why a file of a removed PC is refused, known from its name alone (it was not on the share at the
    removal), or None. The import checks this before reading it: such files are not read again each round."""
    gone = net.removed.get(device)
    parsed = segment.parse_name(name)
    if gone is None or parsed is None:
        return None
    at_removal = net.generation(gone.generation)
    if at_removal is not None and parsed[1][:DIGEST_CHARS] in at_removal.files.get(device, frozenset()):
        return None
    return f"fichier du poste « {gone.name or device[:8]} », retiré du réseau le {day_in_paris(gone.at)} : refusé"


def refused(net: Network, device: str, name: str, header: segment.Header) -> str | None:
    """Why a segment is not accepted from `device` although it opens, or None."""
    if header.gen >= net.latest:
        return None
    nxt = net.generation(header.gen + 1)
    parsed = segment.parse_name(name)
    if nxt is None or parsed is None or parsed[1][:DIGEST_CHARS] in nxt.files.get(device, frozenset()):
        return None
    return removed_pc_file(net, device, name) or (
        "écrit avec une ancienne clé du réseau après son remplacement : refusé (un poste retiré ?)")


# --- Device public keys ----------------------------------------------------------------------------------


def device_bytes(chain: KeyChain, *, device: str, public: bytes) -> bytes:
    body = {"format": 1, "dataset": chain.dataset, "device": device, "gen": chain.current, "public": _b64(public)}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return json.dumps({**body, "mac": crypto.mac(chain.key, text.encode())}, sort_keys=True).encode()


def read_device(chain: KeyChain, data: bytes, *, device: str) -> bytes | None:
    """The public key in a `device.json` authenticated by the *current* key (an older key's holder, a removed
    PC, cannot make one count), else None."""
    try:
        doc: dict[str, Any] = json.loads(data)
        mac = doc.pop("mac")
        text = json.dumps(doc, sort_keys=True, separators=(",", ":"))
        if (mac != crypto.mac(chain.key, text.encode()) or doc["device"] != device
                or doc["dataset"] != chain.dataset or int(doc["gen"]) != chain.current):
            return None
        public = base64.b64decode(doc["public"], validate=True)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return public if len(public) == crypto.PUBLIC_BYTES else None


# --- A new generation ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rotation:
    """What `rotate` did: the new generation, the PCs that received it and those that will ask the phrase."""

    generation: int
    removed: list[str]  # PC names
    granted: list[str]
    asking: list[str]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def rotate(
    net: Network,
    chain: KeyChain,
    *,
    me: str,
    new_passphrase: str,
    listing: dict[str, list[str]],
    names: dict[str, str],
    remove: Iterable[str] = (),
    io: ShareIO | None = None,
    kdf_n: int = crypto.SCRYPT_N,
    now: str | None = None,
) -> tuple[Network, KeyChain, Rotation]:
    """Write the next key generation into FOLDER.json; (network as re-read, new chain, what was done).
    `listing`: device id → file names on the share; `names`: device id → PC name."""
    io = io or ShareIO()
    if len(new_passphrase) < 8:
        raise SyncError("nouvelle phrase secrète trop courte : au moins 8 caractères (une phrase facile à retenir).")
    if chain.current != net.latest:
        raise SyncError("ce poste n'a pas la clé actuelle du réseau : synchronisez-le d'abord, puis recommencez.")
    removing = sorted(set(remove))
    gone = set(removing) | set(net.removed)
    n = net.latest + 1
    key = os.urandom(crypto.KEY_BYTES)
    salt = crypto.new_salt()
    kdf = {"n": kdf_n, "r": crypto.SCRYPT_R, "p": crypto.SCRYPT_P}
    pk = crypto.derive_key(new_passphrase, salt, **kdf)
    granted: dict[str, str] = {}
    asking: list[str] = []
    for dev in sorted(listing):
        if dev in gone or dev == me:
            continue
        public = None
        if DEVICE_FILE in listing[dev]:
            try:
                public = read_device(chain, io.read_bytes(net.device_dir(dev) / DEVICE_FILE), device=dev)
            except OSError:
                public = None
        if public is None:
            asking.append(names.get(dev) or dev[:8])
        else:
            granted[dev] = _b64(crypto.seal_grant(public, key, _aad(net, "grant", n, dev)))
    stamp = now or _now()
    files = {dev: sorted({p[1][:DIGEST_CHARS] for f in fs if (p := segment.parse_name(f))})
             for dev, fs in sorted(listing.items())}
    entry: dict[str, Any] = {
        "n": n,
        "made_at": stamp,
        "check": _b64(crypto.key_check(key, f"{net.dataset}/{n}")),
        "before": _b64(crypto.key_check(chain.key, f"{net.dataset}/{n - 1}")),  # recognises the previous key
        "previous": _b64(b"".join(crypto.seal(key, chain.key, _aad(net, "previous", n)))),
        "files": {d: f for d, f in files.items() if f},
        "grants": granted,
        "removed": [{"device": d, "name": names.get(d, ""), "at": stamp} for d in removing],
    }
    entry["auth"] = entry_mac(chain.key, entry)
    entry["wrap"] = _b64(b"".join(crypto.seal(pk, key, _aad(net, "wrap", n))))
    try:
        doc = json.loads(io.read_bytes(net.root / FOLDER_FILE))
    except (OSError, ValueError) as exc:
        raise SyncError(f"{net.root / FOLDER_FILE} illisible à l'instant : rien n'a été changé. Réessayez.") from exc
    old = [{k: v for k, v in g.items() if k != "wrap"} for g in doc.get("generations") or []]
    doc.update({
        "format": 2,
        "kdf": {"name": "scrypt", "salt": _b64(salt), **kdf},
        "check": _b64(crypto.key_check(pk, net.dataset)),
        "generations": [*old, entry],
    })
    try:
        io.write_atomic(net.root / FOLDER_FILE, json.dumps(doc, indent=1, ensure_ascii=False).encode())
    except OSError as exc:
        raise SyncError(f"impossible d'écrire {net.root / FOLDER_FILE} ({exc.strerror or exc}) : rien n'a été "
                        "changé. Réessayez quand le dossier partagé est accessible.") from exc
    again = open_network(Path(net.root).parent, io)
    new_chain = from_passphrase(again, new_passphrase)
    if new_chain.key != key:
        raise SyncError("un autre poste a changé la clé du réseau au même moment : synchronisez ce poste avec la "
                        "phrase secrète de l'autre changement, puis recommencez.")
    rotation = Rotation(n, [names.get(d) or d[:8] for d in removing],
                        sorted(names.get(d) or d[:8] for d in granted), sorted(asking))
    return again, new_chain, rotation
