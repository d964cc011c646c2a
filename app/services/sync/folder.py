"""The network folder: `<share>/pasapas/FOLDER.json` (dataset id, format, key salt, key generations) and its layout.

Format 1: the data key is the key derived from the passphrase. Format 2 (written by the first
`sync remove-pc` or `sync change-passphrase`): the data key of each generation is random, the latest one
wrapped by the current passphrase's key, each one sealing the one before it; every generation entry is
authenticated by the key before it (`app/services/sync/keys.py` opens and makes them).
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.services.sync import crypto
from app.services.sync.errors import DamagedFolder, ShareUnavailable, SyncError, WrongPassphrase, unavailable
from app.services.sync.io import ShareIO

FORMAT = 2  # the newest this version reads
FORMAT_PLAIN = 1  # written by `init_network`: versions before key generations read it too
APP_DIR = "pasapas"
FOLDER_FILE = "FOLDER.json"
DEVICES_DIR = "devices"
MAX_FOLDER_BYTES = 4 * 1024 * 1024  # FOLDER.json is read at every round: a huge one is not ours


@dataclass(frozen=True)
class Removed:
    """A PC taken out of the network: its files made after its removal are refused."""

    device: str
    name: str
    at: str  # ISO UTC
    generation: int


@dataclass(frozen=True)
class Generation:
    """One data key generation (1, 2…; generation 0 is the first passphrase's own key)."""

    n: int
    made_at: str
    check: bytes  # opens only under this generation's key
    before: bytes  # opens only under the previous generation's key
    previous: bytes  # the previous generation's key, sealed with this one
    wrap: bytes  # this key sealed with the passphrase key of its time (only the latest one is used)
    files: dict[str, frozenset[str]]  # device -> digests of its segments on the share when this key was made
    grants: dict[str, bytes]  # device -> this key for that PC's public key
    removed: tuple[Removed, ...]
    auth: str  # MAC of the entry under the previous generation's key
    raw: dict[str, Any] = field(compare=False, repr=False)  # as read, for the MAC


@dataclass(frozen=True)
class Network:
    """An opened network folder."""

    root: Path  # <share>/pasapas
    dataset: str
    format: int
    salt: bytes
    kdf: dict[str, int]
    check: bytes
    generations: tuple[Generation, ...] = ()

    @property
    def latest(self) -> int:
        """The current key generation (0: the passphrase's own key, format 1)."""
        return self.generations[-1].n if self.generations else 0

    def generation(self, n: int) -> Generation | None:
        return self.generations[n - 1] if 1 <= n <= len(self.generations) else None

    @property
    def removed(self) -> dict[str, Removed]:
        return {r.device: r for g in self.generations for r in g.removed}

    @property
    def devices(self) -> Path:
        return self.root / DEVICES_DIR

    def device_dir(self, device: str) -> Path:
        return self.devices / device

    def passphrase_key(self, passphrase: str) -> bytes:
        """The key derived from `passphrase` (checked); WrongPassphrase when it does not open this network."""
        key = crypto.derive_key(passphrase, self.salt, **self.kdf)
        if not crypto.verify_key(key, self.dataset, self.check):
            changed = f" (elle a été changée le {day_in_paris(self.generations[-1].made_at)})" if self.generations else ""
            raise WrongPassphrase(
                f"phrase secrète incorrecte{changed} : elle n'ouvre pas ce réseau de synchronisation. "
                "Vérifiez-la (majuscules, accents) ; rien n'a été importé ni envoyé."
            )
        return key

    def derive(self, passphrase: str) -> bytes:
        """The current data key of this network for `passphrase` (what a PC remembers); WrongPassphrase."""
        from app.services.sync import keys

        return keys.from_passphrase(self, passphrase).key


def share_listing(net: Network, io: ShareIO) -> dict[str, list[str]]:
    """Every device folder on the share and its files (device id → sorted names). Raises ShareUnavailable."""
    try:
        if not io.is_dir(net.devices):
            return {}
        out = {}
        for dev in sorted(io.list_dir(net.devices)):
            if dev.startswith(".") or not io.is_dir(net.device_dir(dev)):
                continue
            out[dev] = sorted(io.list_dir(net.device_dir(dev)))
        return out
    except OSError as exc:
        raise unavailable(exc, str(net.root)) from exc


def day_in_paris(stamp: str) -> str:
    """An ISO UTC time as the day in Paris: « 02/12/2026 »."""
    from app.domain.clock import PARIS

    try:
        return datetime.fromisoformat(stamp).astimezone(PARIS).strftime("%d/%m/%Y")
    except ValueError:
        return "récemment"


def root_of(share: Path) -> Path:
    return Path(share) / APP_DIR


def open_network(share: Path, io: ShareIO | None = None) -> Network:
    """Read FOLDER.json. ShareUnavailable when the share or the file is missing; SyncError when newer."""
    io = io or ShareIO()
    root = root_of(share)
    where = str(share)
    try:
        if not io.is_dir(Path(share)):
            raise ShareUnavailable(
                f"dossier partagé indisponible : {where} est introuvable (clé USB retirée ou partage non "
                "connecté ?). Nouvel essai plus tard."
            )
        if not io.exists(root / FOLDER_FILE):
            raise ShareUnavailable(
                f"dossier partagé indisponible : aucun réseau Pas à Pas dans {where} (FOLDER.json absent). "
                "Vérifiez le chemin, ou créez un réseau avec « pasapas sync init »."
            )
        raw = io.read_bytes(root / FOLDER_FILE)
    except OSError as exc:
        raise unavailable(exc, where) from exc
    if len(raw) > MAX_FOLDER_BYTES:
        raise DamagedFolder(
            f"dossier partagé abîmé : {root / FOLDER_FILE} est bien trop gros ({len(raw) // 1024} Ko) pour être "
            "celui de Pas à Pas ; rien n'a été lu ni envoyé. Remettez ce fichier depuis une copie.")
    try:
        data = json.loads(raw)
        fmt = int(data["format"])
        if fmt > FORMAT:
            raise SyncError(
                f"le réseau de {where} a été créé par une version plus récente de Pas à Pas (format {fmt}) : "
                "mettez Pas à Pas à jour sur ce PC. Rien n'a été modifié."
            )
        kdf = data["kdf"]
        params = {"n": kdf["n"], "r": kdf["r"], "p": kdf["p"]}
        salt = base64.b64decode(kdf["salt"], validate=True)
    except (ValueError, KeyError, TypeError) as exc:
        raise ShareUnavailable(
            f"dossier partagé indisponible : {root / FOLDER_FILE} est illisible (copie en cours ?). "
            "Nouvel essai plus tard."
        ) from exc
    why = crypto.kdf_problem(params, salt)
    if why:
        raise DamagedFolder(
            f"dossier partagé abîmé : {root / FOLDER_FILE} a des paramètres de clé impossibles ({why}) ; "
            "rien n'a été lu ni envoyé. Remettez ce fichier depuis une copie, ou recréez le réseau."
        )
    try:
        net = Network(
            root=root,
            dataset=str(uuid.UUID(data["dataset"])),
            format=fmt,
            salt=salt,
            kdf={k: int(v) for k, v in params.items()},
            check=base64.b64decode(data["check"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ShareUnavailable(
            f"dossier partagé indisponible : {root / FOLDER_FILE} est illisible (copie en cours ?). "
            "Nouvel essai plus tard."
        ) from exc
    try:
        gens = tuple(_generation(i + 1, g) for i, g in enumerate(data.get("generations") or []))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DamagedFolder(
            f"dossier partagé abîmé : les générations de clé de {root / FOLDER_FILE} sont illisibles ; rien n'a "
            "été lu ni envoyé. Remettez ce fichier depuis une copie."
        ) from exc
    return Network(**{**net.__dict__, "generations": gens})


def _b64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("base64 attendu")
    return base64.b64decode(text, validate=True)


def _generation(n: int, g: dict[str, Any]) -> Generation:
    if int(g["n"]) != n:
        raise ValueError("générations hors d'ordre")
    files = {str(d): frozenset(str(x) for x in names) for d, names in dict(g.get("files") or {}).items()}
    removed = tuple(
        Removed(str(r["device"]), str(r.get("name", "")), str(r.get("at", "")), n) for r in g.get("removed") or []
    )
    return Generation(
        n=n, made_at=str(g.get("made_at", "")), check=_b64(g["check"]), before=_b64(g["before"]), previous=_b64(g["previous"]),
        wrap=_b64(g["wrap"]) if g.get("wrap") else b"", files=files,
        grants={str(d): _b64(b) for d, b in dict(g.get("grants") or {}).items()}, removed=removed,
        auth=str(g["auth"]), raw=dict(g),
    )


def init_network(share: Path, passphrase: str, io: ShareIO | None = None, *, kdf_n: int = crypto.SCRYPT_N) -> Network:
    """Create a new network in `share` (which must exist). Refuses a folder that already holds one."""
    io = io or ShareIO()
    share = Path(share)
    if not passphrase or len(passphrase) < 8:
        raise SyncError("phrase secrète trop courte : au moins 8 caractères (une phrase facile à retenir).")
    if not io.is_dir(share):
        raise ShareUnavailable(f"dossier partagé indisponible : {share} est introuvable.")
    root = root_of(share)
    if io.exists(root / FOLDER_FILE):
        raise SyncError(f"{share} contient déjà un réseau Pas à Pas : utilisez-le avec sa phrase secrète.")
    dataset = str(uuid.uuid4())
    salt = crypto.new_salt()
    kdf = {"n": kdf_n, "r": crypto.SCRYPT_R, "p": crypto.SCRYPT_P}
    key = crypto.derive_key(passphrase, salt, **kdf)
    doc = {
        "app": "pasapas",
        "format": FORMAT_PLAIN,
        "dataset": dataset,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "kdf": {"name": "scrypt", "salt": base64.b64encode(salt).decode(), **kdf},
        "check": base64.b64encode(crypto.key_check(key, dataset)).decode(),
    }
    try:
        io.make_dirs(root / DEVICES_DIR)
        io.write_atomic(root / FOLDER_FILE, json.dumps(doc, indent=2).encode(), exclusive=True)
    except FileExistsError as exc:
        raise SyncError(f"{share} contient déjà un réseau Pas à Pas (créé à l'instant par un autre PC).") from exc
    except OSError as exc:
        raise unavailable(exc, str(share)) from exc
    return open_network(share, io)
