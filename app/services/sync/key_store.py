"""Where this PC keeps the network key it remembers (« Retenir la clé »): never in the database.

First choice, the OS keyring through the `keyring` package (Windows Credential Manager, the Secret
Service of the Linux desktop, macOS Keychain). Where none answers (a Linux PC without a desktop session,
a kiosk), a file that only this PC's user can read (0600, in a 0700 folder of the user's configuration,
outside the data folder: a copied data folder or database does not carry it). `place(db)` says which;
`pasapas sync status` prints it. A key found in the database (versions before 0009) is moved out at
the first sync use, and its old value is wiped from the file (`secure_delete`, WAL folded).

What is kept is the network's current data key (never the passphrase), with the network's id, under this
PC's device id, and beside it this PC's own secret (X25519): with it, the PC receives a new data key
from the PC that removed another or changed the passphrase (a « grant », `keys.py`), without anyone typing
the new passphrase here.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.services.sync import crypto
from app.store import settings
from app.store.db import Database
from app.store.files import PRIVATE_DIR, make_private, write_atomic

SERVICE = "Pas à Pas — clé du réseau"
KEY_DIR_ENV = "PASAPAS_KEY_DIR"
KEYRING, FILE = "keyring", "file"


@dataclass(frozen=True)
class Place:
    """Where the key is: `kind` keyring | file | "" (not remembered), and in words."""

    kind: str
    where: str

    @property
    def words(self) -> str:
        if self.kind == KEYRING:
            return f"dans le trousseau protégé du système ({self.where})"
        if self.kind == FILE:
            return f"dans un fichier lisible par vous seul ({self.where}) : pas de trousseau du système sur ce PC"
        return "non retenue : la phrase secrète est demandée à chaque synchronisation"


def key_dir() -> Path:
    env = os.environ.get(KEY_DIR_ENV)
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("pasapas", appauthor=False, roaming=False)) / "network-keys"


def _user(db: Database) -> str:
    return f"device-{db.device_id}"


def _file(db: Database) -> Path:
    return key_dir() / f"{db.device_id}.key"


def _backend_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return getattr(backend, "name", type(backend).__name__)


def save(db: Database, dataset: str, key: bytes) -> Place:
    """Remember `key` for `dataset`: in the keyring when one answers, else in the private file."""
    migrate_out_of_database(db)
    secret = device_secret(db)
    if secret is None:
        secret = crypto.new_device_secret()
        settings.put(db, settings.SYNC_DEVICE_PUBLISHED, "")  # its public key goes to the share at the next round
    payload = json.dumps({"dataset": dataset, "key": base64.b64encode(key).decode(),
                          "device": base64.b64encode(secret).decode()})
    try:
        import keyring

        keyring.set_password(SERVICE, _user(db), payload)
        if keyring.get_password(SERVICE, _user(db)) != payload:
            raise RuntimeError("the keyring did not give the key back")
        kind = KEYRING
    except Exception:  # no keyring (NoKeyringError), a locked or absent Secret Service, D-Bus errors…
        folder = key_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        make_private(folder)
        write_atomic(_file(db), payload.encode(), mode=0o600)
        kind = FILE
    if kind == KEYRING:
        with contextlib.suppress(OSError):
            _file(db).unlink()
    settings.put(db, settings.SYNC_KEY_PLACE, kind)
    return place(db)


def place(db: Database) -> Place:
    kind = settings.get(db, settings.SYNC_KEY_PLACE)
    if kind == KEYRING:
        return Place(KEYRING, _safe_backend_name())
    if kind == FILE:
        return Place(FILE, str(_file(db)))
    if settings.get(db, settings.SYNC_KEY):
        return Place("database", "")  # not moved out yet (moved at the first sync use)
    return Place("", "")


def _safe_backend_name() -> str:
    try:
        return _backend_name()
    except Exception:
        return "trousseau"


def load(db: Database, dataset: str) -> bytes | None:
    """The remembered key of `dataset`, or None (not remembered, another network, keyring unavailable)."""
    migrate_out_of_database(db)
    return _decode(_payload(db), dataset)


def device_secret(db: Database) -> bytes | None:
    """This PC's own secret, kept beside the remembered key (None when no key is remembered)."""
    text = _payload(db)
    if not text:
        return None
    try:
        secret = base64.b64decode(json.loads(text)["device"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return secret if len(secret) == 32 else None


def _payload(db: Database) -> str | None:
    kind = settings.get(db, settings.SYNC_KEY_PLACE)
    text: str | None = None
    if kind == KEYRING:
        try:
            import keyring

            text = keyring.get_password(SERVICE, _user(db))
        except Exception:
            text = None
    elif kind == FILE:
        try:
            text = _file(db).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = None
    return text


def _decode(text: str | None, dataset: str) -> bytes | None:
    if not text:
        return None
    try:
        data = json.loads(text)
        return base64.b64decode(data["key"]) if data.get("dataset") == dataset else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def forget(db: Database) -> None:
    """Forget the key everywhere this PC may have kept it."""
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(SERVICE, _user(db))
    with contextlib.suppress(OSError):
        _file(db).unlink()
    settings.put(db, settings.SYNC_KEY_PLACE, "")
    if settings.get(db, settings.SYNC_KEY):
        _wipe_database_copy(db)


def migrate_out_of_database(db: Database) -> None:
    """A key remembered by a version before 0009 sits in `local_setting`: move it, then wipe it, here and in
    the backups that still hold it (those made before, the one before the migration to 0009 first)."""
    if not settings.get(db, settings.SYNC_KEY_BACKUPS_CLEAN):
        from app.store.backups import scrub_local_setting

        scrub_local_setting(db.path, settings.SYNC_KEY.key)
        settings.put(db, settings.SYNC_KEY_BACKUPS_CLEAN, True)
    text = settings.get(db, settings.SYNC_KEY)
    if not text:
        return
    try:
        data = json.loads(text)
        dataset, key = str(data["dataset"]), base64.b64decode(data["key"])
    except (ValueError, KeyError, TypeError, AttributeError):
        dataset, key = "", b""
    _wipe_database_copy(db)
    if dataset and key:
        save(db, dataset, key)


def _wipe_database_copy(db: Database) -> None:
    """Clear the old setting with SQLite's secure_delete (its bytes overwritten, not just unlinked), then
    fold the WAL into the file and empty it, so that no copy of the old value stays on disk."""
    con = sqlite3.connect(db.path, timeout=5)
    try:
        con.execute("PRAGMA secure_delete=ON")
        con.execute("DELETE FROM local_setting WHERE key = ?", (settings.SYNC_KEY.key,))
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
