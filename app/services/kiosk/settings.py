"""The kiosk's per-PC settings (idle delay, pages per visit) and the staff PIN, hashed with argon2.

Stored as per-PC values (`local_setting`), never synced: each kiosk has its own PIN. The PIN is never
kept in clear, not even for a moment on disk: only its argon2id hash (salted, with its parameters).
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.domain.kiosk import (
    IDLE_SECONDS_DEFAULT,
    PAGES_PER_VISIT_DEFAULT,
    check_idle_seconds,
    check_pages_per_visit,
    check_pin,
)
from app.services.installation import get_local, set_local
from app.store.db import Database

IDLE_KEY = "kiosk.idle_seconds"
PAGES_KEY = "kiosk.pages_per_visit"
PIN_KEY = "kiosk.staff_pin_hash"
# argon2id with the library's default (RFC 9106 « low memory ») cost; tests swap in a cheap one.
hasher = PasswordHasher()


@dataclass(frozen=True)
class KioskSettings:
    idle_seconds: int = IDLE_SECONDS_DEFAULT
    pages_per_visit: int = PAGES_PER_VISIT_DEFAULT
    pin_set: bool = False


def _int(db: Database, key: str, default: int) -> int:
    try:
        return int(get_local(db, key, str(default)))
    except ValueError:  # a damaged value: the default, never a crash
        return default


def load(db: Database) -> KioskSettings:
    idle = _int(db, IDLE_KEY, IDLE_SECONDS_DEFAULT)
    pages = _int(db, PAGES_KEY, PAGES_PER_VISIT_DEFAULT)
    try:
        check_idle_seconds(idle)
    except ValueError:
        idle = IDLE_SECONDS_DEFAULT
    try:
        check_pages_per_visit(pages)
    except ValueError:
        pages = PAGES_PER_VISIT_DEFAULT
    return KioskSettings(idle, pages, bool(get_local(db, PIN_KEY)))


def save(db: Database, *, idle_seconds: int | None = None, pages_per_visit: int | None = None) -> KioskSettings:
    if idle_seconds is not None:
        set_local(db, IDLE_KEY, str(check_idle_seconds(idle_seconds)))
    if pages_per_visit is not None:
        set_local(db, PAGES_KEY, str(check_pages_per_visit(pages_per_visit)))
    return load(db)


def set_staff_pin(db: Database, pin: str) -> None:
    """Set (or change) this kiosk's staff PIN: 4 to 12 digits, stored as an argon2id hash only."""
    set_local(db, PIN_KEY, hasher.hash(check_pin(pin)))


def check_staff_pin(db: Database, pin: str) -> bool:
    """True when `pin` is this kiosk's staff PIN. Without a PIN set, nothing opens the staff menu."""
    stored = get_local(db, PIN_KEY)
    if not stored or not pin:
        return False
    try:
        return hasher.verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False
