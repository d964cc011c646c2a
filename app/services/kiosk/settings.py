"""The kiosk's per-PC settings (idle delay, pages per visit) and the staff PIN, hashed with argon2.

Stored as per-PC values (`local_setting`), never synced: each kiosk has its own PIN. The PIN is never
kept in clear, not even for a moment on disk: only its argon2id hash (salted, with its parameters).
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.domain.kiosk import (
    IDLE_SECONDS_DEFAULT,
    PAGES_PER_VISIT_DEFAULT,
    KioskSettings,
    check_idle_seconds,
    check_pages_per_visit,
    check_pin,
)
from app.store import settings
from app.store.db import Database

# argon2id with the library's default (RFC 9106 « low memory ») cost; tests swap in a cheap one.
hasher = PasswordHasher()


def load(db: Database) -> KioskSettings:
    values = settings.get_all(db)  # a damaged value reads as the default, never a crash
    idle = values[settings.KIOSK_IDLE_SECONDS.key]
    pages = values[settings.KIOSK_PAGES_PER_VISIT.key]
    try:
        check_idle_seconds(idle)
    except ValueError:
        idle = IDLE_SECONDS_DEFAULT
    try:
        check_pages_per_visit(pages)
    except ValueError:
        pages = PAGES_PER_VISIT_DEFAULT
    return KioskSettings(idle, pages, bool(values[settings.KIOSK_PIN_HASH.key]))


def save(db: Database, *, idle_seconds: int | None = None, pages_per_visit: int | None = None) -> KioskSettings:
    if idle_seconds is not None:
        settings.put(db, settings.KIOSK_IDLE_SECONDS, check_idle_seconds(idle_seconds))
    if pages_per_visit is not None:
        settings.put(db, settings.KIOSK_PAGES_PER_VISIT, check_pages_per_visit(pages_per_visit))
    return load(db)


def set_staff_pin(db: Database, pin: str) -> None:
    """Set (or change) this kiosk's staff PIN: 4 to 12 digits, stored as an argon2id hash only."""
    settings.put(db, settings.KIOSK_PIN_HASH, hasher.hash(check_pin(pin)))


def check_staff_pin(db: Database, pin: str) -> bool:
    """True when `pin` is this kiosk's staff PIN. Without a PIN set, nothing opens the staff menu."""
    stored = settings.get(db, settings.KIOSK_PIN_HASH)
    if not stored or not pin:
        return False
    try:
        ok = hasher.verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False
    if ok:
        from app.domain.audit import AuditAction
        from app.services import audit

        audit.record(db, None, AuditAction.KIOSK_PIN_EXIT, "code du personnel accepté")
    return ok
