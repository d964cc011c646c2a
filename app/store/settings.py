"""Every per-PC setting, declared once (key, type, default, synced or local), and the one API to read and write them.

Adding a setting is one declaration in this module::

    KIOSK_IDLE_SECONDS = declare("kiosk.idle_seconds", int, 120, doc="Kiosk: back to the start after idling")

then `settings.get(db, settings.KIOSK_IDLE_SECONDS)` (an int, the default when never written) and
`settings.put(db, settings.KIOSK_IDLE_SECONDS, 90)`. `get`/`put` take a `Database` (their own short
read or write), a SQLAlchemy `Session` or a raw `sqlite3.Connection` (inside the caller's transaction:
the sync round, change capture).

Values are plain text in `local_setting` (never pickled objects); `str`, `int` and `bool` are the
types. Local settings never leave this PC. `synced=True` is refused for now: no setting needs the same
value on every PC of the network yet; the first that does adds a synced table for them (model,
migration, capture) and lifts the refusal here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy.orm import Session

from app.domain.kiosk import IDLE_SECONDS_DEFAULT, PAGES_PER_VISIT_DEFAULT

if TYPE_CHECKING:
    from app.store.db import Database

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One per-PC setting: its key in `local_setting`, its type and its default."""

    key: str
    kind: type[T]
    default: T
    synced: bool
    doc: str

    def decode(self, text: str | None) -> T:
        if text is None or text == "":
            return self.default
        if self.kind is bool:
            return text == "1"
        if self.kind is int:
            try:
                return int(text)  # type: ignore[return-value]
            except ValueError:
                return self.default
        return text  # type: ignore[return-value]

    def encode(self, value: T) -> str:
        if not isinstance(value, self.kind):
            raise TypeError(f"réglage {self.key} : {type(value).__name__} donné, {self.kind.__name__} attendu")
        if isinstance(value, bool):
            return "1" if value else "0"
        return str(value)


REGISTRY: dict[str, Setting[Any]] = {}


def declare(key: str, kind: type[T], default: T, *, doc: str, synced: bool = False) -> Setting[T]:
    """Declare a setting (once per key)."""
    if key in REGISTRY:
        raise ValueError(f"réglage déclaré deux fois : {key}")
    if synced:
        raise ValueError(f"réglage {key} : aucun réglage partagé entre les postes n'est encore pris en charge")
    setting = Setting(key, kind, default, synced, doc)
    REGISTRY[key] = setting
    return setting


# --- This PC -----------------------------------------------------------------------------------------
DEVICE_ID = declare("device_id", str, "", doc="This PC's id in the network (a UUID, made at first start)")
DEVICE_NAME = declare("device_name", str, "", doc="This PC's name, as people call it (« PC-ACCUEIL-1 »)")
CURRENT_SITE = declare("current_site_id", str, "", doc="The site this PC records for")
CURRENT_CONSEILLER = declare("current_conseiller_id", str, "", doc="The conseiller this PC records for")
PC_ROLE = declare("pc.role", str, "desk", doc="What this PC is for: « desk », « kiosk » or « both » (first-run wizard)")

# --- Accounts ----------------------------------------------------------------------------------------
TRUSTED_DESK = declare("accounts.trusted_desk", bool, False, doc="An admin marked this PC a trusted desk: PINs accepted")
LOCK_MINUTES = declare("accounts.lock_minutes", int, 5, doc="Desk: minutes without a key or click before it locks")

# --- Kiosk -------------------------------------------------------------------------------------------
KIOSK_IDLE_SECONDS = declare("kiosk.idle_seconds", int, IDLE_SECONDS_DEFAULT, doc="Kiosk: idle delay before reset")
KIOSK_PAGES_PER_VISIT = declare("kiosk.pages_per_visit", int, PAGES_PER_VISIT_DEFAULT,
                                doc="Kiosk: pages one visitor may print")
KIOSK_PIN_HASH = declare("kiosk.staff_pin_hash", str, "", doc="Kiosk: argon2id hash of the staff PIN (never the PIN)")

# --- Followed beneficiaries (RGPD) ---------------------------------------------------------------------
RETENTION_MONTHS = declare("privacy.retention_months", int, 12,
                           doc="Followed persons without a session for this many months are anonymised; "
                               "their notes older than this are cleared")
RETENTION_LAST_DAY = declare("privacy.retention_last_day", str, "", doc="Day (AAAA-MM-JJ) of the last retention run")

# --- Bundled guides ----------------------------------------------------------------------------------
GUIDES_DIGEST = declare("guides.bundled_digest", str, "", doc="Digest of the bundled guides last loaded")
GUIDES_PROBLEMS = declare("guides.bundled_problems", str, "", doc="JSON list of their problems")

# --- Sync: what the conseiller sets ------------------------------------------------------------------
SYNC_FOLDER = declare("sync.folder", str, "", doc="The shared folder")
SYNC_INTERVAL = declare("sync.interval", int, 10, doc="Seconds between automatic rounds")
SYNC_KEY = declare("sync.key", str, "", doc="Before 0009 only: the remembered key, now moved out (key_store)")
SYNC_KEY_BACKUPS_CLEAN = declare("sync.key_backups_clean", bool, False,
                                 doc="The backups were cleared of a key kept by a version before 0009")
SYNC_KEY_PLACE = declare("sync.key_place", str, "", doc="Where the remembered key is: keyring | file | ''")

# --- Sync: bookkeeping of this replica ----------------------------------------------------------------
HLC = declare("sync.hlc", str, "", doc="The last clock given to a local write")
SYNC_DATASET = declare("sync.dataset", str, "", doc="The network this PC last synced with")
SYNC_SEQ = declare("sync.seq", int, 0, doc="Sequence number of this PC's last segment")
SYNC_PREV = declare("sync.prev", str, "", doc="Name of this PC's last segment (chained in the next)")
SYNC_FINGERPRINT = declare("sync.fingerprint", str, "", doc="Host and path: changes when the data is copied")
SYNC_ACK = declare("sync.ack", str, "", doc="JSON: how far this PC applied each other's segments")
SYNC_GENERATION = declare("sync.generation", int, 0, doc="The network key generation this PC last synced with")
SYNC_DEVICE_PUBLISHED = declare("sync.device_published", str, "",
                                doc="Generation and public key of the device.json this PC last wrote")
SYNC_SNAPSHOT = declare("sync.snapshot", str, "", doc="JSON: this PC's latest compaction snapshot")


# --- The API -----------------------------------------------------------------------------------------


def _read_text(src: Database | Session | sqlite3.Connection, key: str) -> str | None:
    if isinstance(src, sqlite3.Connection):
        row = src.execute("SELECT value FROM local_setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    if isinstance(src, Session):
        from app.store.models import LocalSetting

        found = src.get(LocalSetting, key)
        return found.value if found else None
    with src.read() as s:
        return _read_text(s, key)


def _write_text(src: Database | Session | sqlite3.Connection, key: str, text: str) -> None:
    if isinstance(src, sqlite3.Connection):
        src.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)", (key, text))
        return
    if isinstance(src, Session):
        from app.store.models import LocalSetting

        src.merge(LocalSetting(key=key, value=text))
        return
    with src.write() as s:
        _write_text(s, key, text)


def get(src: Database | Session | sqlite3.Connection, setting: Setting[T]) -> T:
    """The setting's value on this PC (its default when never written)."""
    return setting.decode(_read_text(src, setting.key))


def put(src: Database | Session | sqlite3.Connection, setting: Setting[T], value: T) -> None:
    """Write the setting (in the given session or connection's transaction, or a write of its own)."""
    _write_text(src, setting.key, setting.encode(value))


def get_all(src: Database | Session) -> dict[str, Any]:
    """Every declared setting's value, in one read (keys as declared)."""
    from app.store.models import LocalSetting

    if isinstance(src, Session):
        stored = {r.key: r.value for r in src.query(LocalSetting).filter(LocalSetting.key.in_(REGISTRY))}
        return {k: s.decode(stored.get(k)) for k, s in REGISTRY.items()}
    with src.read() as s:
        return get_all(s)
