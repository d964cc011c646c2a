"""The network folder: `<share>/pasapas/FOLDER.json` (dataset id, format, key salt) and its layout."""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.services.sync import crypto
from app.services.sync.errors import DamagedFolder, ShareUnavailable, SyncError, WrongPassphrase, unavailable
from app.services.sync.io import ShareIO

FORMAT = 1
APP_DIR = "pasapas"
FOLDER_FILE = "FOLDER.json"
DEVICES_DIR = "devices"


@dataclass(frozen=True)
class Network:
    """An opened network folder."""

    root: Path  # <share>/pasapas
    dataset: str
    format: int
    salt: bytes
    kdf: dict[str, int]
    check: bytes

    @property
    def devices(self) -> Path:
        return self.root / DEVICES_DIR

    def device_dir(self, device: str) -> Path:
        return self.devices / device

    def derive(self, passphrase: str) -> bytes:
        """The key of this network for `passphrase`; WrongPassphrase when it does not open it."""
        key = crypto.derive_key(passphrase, self.salt, **self.kdf)
        self.verify(key)
        return key

    def verify(self, key: bytes) -> None:
        if not crypto.verify_key(key, self.dataset, self.check):
            raise WrongPassphrase(
                "phrase secrète incorrecte : elle n'ouvre pas ce réseau de synchronisation. "
                "Vérifiez-la (majuscules, accents) ; rien n'a été importé ni envoyé."
            )


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
        return Network(
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
        "format": FORMAT,
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
