"""Rules of staff accounts: names, passwords, PINs and the growing delay after failed logins. No I/O."""

from __future__ import annotations

from datetime import timedelta

from app.domain.errors import ValidationError
from app.domain.text import fold

NAME_MAX = 80
PASSWORD_MIN = 8
PASSWORD_MAX = 200
PIN_MIN, PIN_MAX = 4, 8
# Failed logins allowed before a wait; then the wait doubles at each failure, up to LOCK_MAX.
FREE_FAILURES = 3
LOCK_FIRST = timedelta(seconds=30)
LOCK_MAX = timedelta(minutes=15)
# The desk locks after this many minutes without a key or a click (the setting `accounts.lock_minutes`).
IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 120


def check_lock_minutes(minutes: object, field: str = "verrouillage") -> int:
    """The desk's idle delay before it locks: a whole number of minutes, 1 to 120."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError(field, f"« {minutes} » : donnez un nombre entier de minutes, de {IDLE_LOCK_MIN} à "
                                     f"{IDLE_LOCK_MAX}")
    if not IDLE_LOCK_MIN <= minutes <= IDLE_LOCK_MAX:
        raise ValidationError(field, f"{minutes} min : choisissez de {IDLE_LOCK_MIN} à {IDLE_LOCK_MAX} minutes "
                                     "sans activité avant que le poste se verrouille")
    return minutes


def check_name(name: str, field: str = "nom") -> str:
    text = " ".join(name.split())
    if not text:
        raise ValidationError(field, "vide : donnez le nom du compte (par exemple « Camille Durand »)")
    if len(text) > NAME_MAX:
        raise ValidationError(field, f"{len(text)} caractères : au plus {NAME_MAX}")
    if any(ord(c) < 32 for c in name):
        raise ValidationError(field, "caractères de contrôle : retapez le nom")
    return text


def name_key(name: str) -> str:
    """The form two names are compared in: « Camille DURAND » and « camille durand » are one account."""
    return fold(" ".join(name.split()))


def check_password(password: str, field: str = "mot de passe") -> str:
    if len(password) < PASSWORD_MIN:
        raise ValidationError(field, f"trop court : au moins {PASSWORD_MIN} caractères")
    if len(password) > PASSWORD_MAX:
        raise ValidationError(field, f"trop long : au plus {PASSWORD_MAX} caractères")
    if password.strip() != password or not password.strip():
        raise ValidationError(field, "espaces au début ou à la fin : retirez-les")
    return password


def check_pin(pin: str, field: str = "code") -> str:
    if not (pin.isascii() and pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise ValidationError(field, f"de {PIN_MIN} à {PIN_MAX} chiffres")
    return pin


def lock_delay(failures: int) -> timedelta:
    """How long logins wait after `failures` consecutive failures: none for the first few, then 30 s,
    1 min, 2 min… up to 15 min."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(LOCK_MAX, LOCK_FIRST * (2 ** min(failures - FREE_FAILURES, 16)))


def wait_words(delay: timedelta) -> str:
    """« 30 s », « 2 min », « 1 min 30 s »."""
    seconds = max(1, int(delay.total_seconds() + 0.999))
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")
