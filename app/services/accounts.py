"""Staff accounts: the first admin, log in (password, or a PIN on a trusted desk), lockout, resets.

Passwords are hashed with argon2id (`argon2-cffi`, RFC 9106 « low memory » profile: 64 MiB, 3 passes,
4 lanes) and never stored, logged or exported in clear. The hash syncs (inside the encrypted segments) so
that one password works on every PC of the network; a PIN's hash never leaves this PC (a 4-8 digit PIN
is guessed from its hash in hours). Failed logins count per name on this PC and make the next attempt
wait longer and longer (`app/domain/accounts.lock_delay`); the clock is injected (`now`).

`require(actor, action)` is the one check every service calls (the matrix: `app/domain/permissions.py`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import accounts as rules
from app.domain.audit import AuditAction
from app.domain.errors import ValidationError
from app.domain.permissions import ROLE_LABELS, Action, Actor, PermissionDenied, Role, require
from app.services import audit
from app.store import settings
from app.store.db import Database
from app.store.models import Account, AccountPin, Conseiller, LoginFailure
from app.store.types import utcnow

__all__ = ["Actor", "PermissionDenied", "Role", "Action", "require"]

# The production parameters; tests swap `hasher` for a cheap one (and check these separately).
PARAMETERS = profiles.RFC_9106_LOW_MEMORY
hasher = PasswordHasher.from_parameters(PARAMETERS)
# A hash of nothing, verified when the name is unknown so that a refusal takes as long either way.
_DUMMY: dict[int, str] = {}

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class AccountInfo:
    """An account as the admin's list shows it (never its hash)."""

    id: str
    name: str
    role: Role
    active: bool
    conseiller_id: str | None
    must_change_password: bool
    has_pin: bool


class LoginRefused(ValidationError):
    """Wrong name or password, or a wait after failures; `wait` says how long before the next try."""

    def __init__(self, message: str, wait: timedelta = timedelta(0)) -> None:
        super().__init__("connexion", message)
        self.wait = wait


# --- reading -----------------------------------------------------------------------------------------


def has_accounts(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Account).where(Account.deleted.is_(False))))


def has_admin(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Account).where(
            Account.deleted.is_(False), Account.active.is_(True), Account.role == Role.ADMIN.value)))


def _find(s: Session, name: str) -> Account | None:
    key = rules.name_key(name)
    return s.scalars(select(Account).where(Account.name_key == key, Account.deleted.is_(False))
                     .order_by(Account.created_at, Account.id)).first()


def list_accounts(db: Database, actor: Actor) -> list[AccountInfo]:
    require(actor, Action.ACCOUNTS)
    with db.read() as s:
        pins = set(s.scalars(select(AccountPin.account_id)))
        rows = s.scalars(select(Account).where(Account.deleted.is_(False)).order_by(Account.name_key)).all()
        return [AccountInfo(a.id, a.name, _role(a.role), a.active, a.conseiller_id, a.must_change_password,
                            a.id in pins) for a in rows]


def _role(text: str) -> Role:
    try:
        return Role(text)
    except ValueError:
        return Role.CONSEILLER  # a role of a newer version: the least rights


def _actor(a: Account) -> Actor:
    return Actor(a.name, _role(a.role), a.id)


def check_role(text: str, field: str = "rôle") -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise ValidationError(field, f"« {text} » inconnu", [r.value for r in Role]) from None


def require_once_an_admin_exists(db: Database, actor: Actor, action: Action) -> None:
    """`require`, on a PC that has an admin. Before the first run created one (a fresh PC, or one that
    ran a version without accounts), there is nobody to ask: the settings stay open to set the PC up."""
    if has_admin(db):
        require(actor, action)


# --- creating ----------------------------------------------------------------------------------------


def create_first_admin(db: Database, name: str, password: str, *, conseiller_id: str | None = None,
                       now: Clock = utcnow) -> Actor:
    """First run: the first account, an admin. Refused once any account exists (on this PC or synced)."""
    if has_accounts(db):
        raise ValidationError("compte", "un compte existe déjà : connectez-vous avec un compte administrateur")
    return _create(db, None, name, password, Role.ADMIN, conseiller_id, now)


def create_account(db: Database, actor: Actor, name: str, password: str, role: Role = Role.CONSEILLER, *,
                   conseiller_id: str | None = None, now: Clock = utcnow) -> Actor:
    """An admin creates an account; the person changes the password at the first login."""
    require(actor, Action.ACCOUNTS)
    return _create(db, actor, name, password, role, conseiller_id, now, must_change=True)


def _create(db: Database, actor: Actor | None, name: str, password: str, role: Role, conseiller_id: str | None,
            now: Clock, *, must_change: bool = False) -> Actor:
    clean = rules.check_name(name)
    rules.check_password(password)
    digest = hasher.hash(password)
    with db.write() as s:
        if _find(s, clean) is not None:
            raise ValidationError("nom", f"un compte « {clean} » existe déjà : choisissez un autre nom")
        if conseiller_id is not None and s.get(Conseiller, conseiller_id) is None:
            raise ValidationError("conseiller", "inconnu : choisissez un conseiller de la liste")
        account = Account(name=clean, name_key=rules.name_key(clean), role=role.value, conseiller_id=conseiller_id,
                          password_hash=digest, must_change_password=must_change)
        s.add(account)
        s.flush()
        created = _actor(account)
        audit.record(s, actor or created, AuditAction.ACCOUNT_CREATED, f"{clean} ({ROLE_LABELS[role]})", now=now)
    return created


# --- logging in --------------------------------------------------------------------------------------


def login(db: Database, name: str, password: str, *, now: Clock = utcnow) -> Actor:
    """The account's actor when `password` is right; LoginRefused otherwise (and after failures, until
    the growing delay has passed, without even checking the password)."""
    return _login(db, name, password, now, pin=False)


def login_pin(db: Database, name: str, pin: str, *, now: Clock = utcnow) -> Actor:
    """Log in with the account's PIN: only on a PC an admin marked as a trusted desk."""
    if not is_trusted_desk(db):
        raise LoginRefused("ce PC n'est pas un poste de confiance : connectez-vous avec le mot de passe")
    return _login(db, name, pin, now, pin=True)


def _login(db: Database, name: str, secret: str, now: Clock, *, pin: bool) -> Actor:
    key = rules.name_key(name)
    at = now()
    with db.read() as s:
        failed = s.get(LoginFailure, key)
        failures, last = (failed.failures, failed.last_failure) if failed else (0, at)
        found = _find(s, name)
        account = _actor(found) if found is not None else None
        stored = ""
        if found is not None and found.active:
            if pin:
                row = s.get(AccountPin, found.id)
                stored = row.pin_hash if row else ""
            else:
                stored = found.password_hash
    wait = last + rules.lock_delay(failures) - at
    if failures and wait > timedelta(0):
        raise LoginRefused(f"trop d'essais : réessayez dans {rules.wait_words(wait)}", wait)
    ok = _verify(stored, secret)
    with db.write() as s:
        if ok and account is not None:
            failure = s.get(LoginFailure, key)
            if failure is not None:
                s.delete(failure)
            fresh = s.get(Account, account.account_id)
            if fresh is not None and not pin and hasher.check_needs_rehash(fresh.password_hash):
                fresh.password_hash = hasher.hash(secret)
            audit.record(s, account, AuditAction.LOGIN, "code" if pin else "mot de passe", now=now)
            return account
        failures += 1
        s.merge(LoginFailure(name_key=key, failures=failures, last_failure=at))
        known = account.name if account is not None else "nom inconnu"
        audit.record(s, None, AuditAction.LOGIN_FAILED, f"{known}, essai n° {failures}", now=now)
    delay = rules.lock_delay(failures)
    what = "code" if pin else "mot de passe"
    message = f"nom ou {what} incorrect"
    if delay:
        message += f" : prochain essai dans {rules.wait_words(delay)}"
    raise LoginRefused(message, delay)


def _verify(stored: str, secret: str) -> bool:
    if not stored:
        # The same work as a real check, so that an unknown name is not told apart by the time it takes.
        dummy = _DUMMY.setdefault(id(hasher), hasher.hash("pasapas-dummy"))
        with contextlib.suppress(VerificationError, InvalidHashError):
            hasher.verify(dummy, secret + "\x00")
        return False
    try:
        return hasher.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def wait_before_login(db: Database, name: str, *, now: Clock = utcnow) -> timedelta:
    """How long `name` must still wait before the next try (zero: now)."""
    with db.read() as s:
        failed = s.get(LoginFailure, rules.name_key(name))
        if failed is None:
            return timedelta(0)
        until = failed.last_failure + rules.lock_delay(failed.failures)
    return max(timedelta(0), until - now())


# --- changing ----------------------------------------------------------------------------------------


def change_password(db: Database, actor: Actor, old: str, new: str, *, now: Clock = utcnow) -> None:
    """The logged-in person changes their own password (the old one first)."""
    if actor.account_id is None:
        raise ValidationError("compte", "connectez-vous d'abord (--as NOM)")
    rules.check_password(new, "nouveau mot de passe")
    with db.read() as s:
        account = s.get(Account, actor.account_id)
        stored = account.password_hash if account else ""
    if not _verify(stored, old):
        raise ValidationError("mot de passe actuel", "incorrect : retapez-le")
    digest = hasher.hash(new)
    with db.write() as s:
        account = s.get(Account, actor.account_id)
        assert account is not None
        account.password_hash = digest
        account.must_change_password = False
        audit.record(s, actor, AuditAction.PASSWORD_CHANGED, account.name, now=now)


def reset_password(db: Database, actor: Actor, name: str, new: str, *, now: Clock = utcnow) -> None:
    """An admin gives a new password (the person changes it at the next login); the lockout is lifted."""
    require(actor, Action.ACCOUNTS)
    rules.check_password(new, "nouveau mot de passe")
    digest = hasher.hash(new)
    with db.write() as s:
        account = _existing(s, name)
        account.password_hash = digest
        account.must_change_password = True
        row = s.get(LoginFailure, account.name_key)
        if row is not None:
            s.delete(row)
        audit.record(s, actor, AuditAction.PASSWORD_RESET, account.name, now=now)


def set_role(db: Database, actor: Actor, name: str, role: Role, *, now: Clock = utcnow) -> None:
    require(actor, Action.ACCOUNTS)
    with db.write() as s:
        account = _existing(s, name)
        if account.role == Role.ADMIN.value and role is not Role.ADMIN:
            _keep_one_admin(s, account)
        account.role = role.value
        audit.record(s, actor, AuditAction.ACCOUNT_CHANGED, f"{account.name} : {ROLE_LABELS[role]}", now=now)


def set_active(db: Database, actor: Actor, name: str, active: bool, *, now: Clock = utcnow) -> None:
    """Close (or reopen) an account; it is never removed (its audit lines keep its name)."""
    require(actor, Action.ACCOUNTS)
    with db.write() as s:
        account = _existing(s, name)
        if not active and account.role == Role.ADMIN.value:
            _keep_one_admin(s, account)
        account.active = active
        what = "réouvert" if active else "fermé"
        audit.record(s, actor, AuditAction.ACCOUNT_CHANGED, f"{account.name} : compte {what}", now=now)


def _keep_one_admin(s: Session, account: Account) -> None:
    others = s.scalar(select(func.count()).select_from(Account).where(
        Account.deleted.is_(False), Account.active.is_(True), Account.role == Role.ADMIN.value,
        Account.id != account.id))
    if not others:
        raise ValidationError("rôle", "c'est le dernier administrateur : nommez-en un autre d'abord")


def _existing(s: Session, name: str) -> Account:
    account = _find(s, name)
    if account is None:
        raise ValidationError("compte", f"« {' '.join(name.split())} » inconnu : voir « pasapas account list »")
    return account


# --- the desk's lock after inactivity (this PC) -------------------------------------------------------


def lock_minutes(db: Database) -> int:
    """Minutes without a key or a click before the desk locks (a value out of range read as the default)."""
    value = settings.get(db, settings.LOCK_MINUTES)
    return value if rules.IDLE_LOCK_MIN <= value <= rules.IDLE_LOCK_MAX else settings.LOCK_MINUTES.default


def set_lock_minutes(db: Database, actor: Actor, minutes: int, *, now: Clock = utcnow) -> bool:
    """An admin sets the desk's idle delay (1–120 min; open while the PC has no admin, like the other
    settings). Audited; the running desk reads it at its next check. Returns False when unchanged."""
    require_once_an_admin_exists(db, actor, Action.SETTINGS)
    minutes = rules.check_lock_minutes(minutes)
    before = lock_minutes(db)
    if minutes == before:
        return False
    with db.write() as s:
        settings.put(s, settings.LOCK_MINUTES, minutes)
        audit.record(s, actor, AuditAction.SETTINGS_CHANGED,
                     f"verrouillage du poste après {minutes} min sans activité (avant : {before} min)", now=now)
    return True


# --- trusted desk and PINs (this PC only) --------------------------------------------------------------


def is_trusted_desk(db: Database) -> bool:
    return settings.get(db, settings.TRUSTED_DESK)


def set_trusted_desk(db: Database, actor: Actor, trusted: bool, *, now: Clock = utcnow) -> None:
    """An admin marks this PC as a trusted desk (PINs accepted) or not (PINs of this PC forgotten)."""
    require(actor, Action.ACCOUNTS)
    with db.write() as s:
        settings.put(s, settings.TRUSTED_DESK, trusted)
        if not trusted:
            for row in s.scalars(select(AccountPin)).all():
                s.delete(row)
        audit.record(s, actor, AuditAction.SETTINGS_CHANGED,
                     "poste de confiance (code accepté)" if trusted else "poste ordinaire (mot de passe seul)", now=now)


def set_pin(db: Database, actor: Actor, pin: str, *, now: Clock = utcnow) -> None:
    """The logged-in person's PIN for this PC (a trusted desk only); its hash stays on this PC."""
    if actor.account_id is None:
        raise ValidationError("compte", "connectez-vous d'abord (--as NOM)")
    if not is_trusted_desk(db):
        raise ValidationError("code", "ce PC n'est pas un poste de confiance : un administrateur doit l'autoriser")
    digest = hasher.hash(rules.check_pin(pin))
    with db.write() as s:
        s.merge(AccountPin(account_id=actor.account_id, pin_hash=digest))
        audit.record(s, actor, AuditAction.ACCOUNT_CHANGED, f"{actor.name} : code de ce poste", now=now)


def account_of(db: Database, actor: Actor) -> AccountInfo | None:
    """The actor's own account (to know whether the password must be changed)."""
    if actor.account_id is None:
        return None
    with db.read() as s:
        a = s.get(Account, actor.account_id)
        if a is None:
            return None
        has_pin = s.get(AccountPin, a.id) is not None
        return AccountInfo(a.id, a.name, _role(a.role), a.active, a.conseiller_id, a.must_change_password, has_pin)


def login_names(db: Database) -> list[str]:
    """The names of the open accounts, for the login screen's list (names of staff, not of the public)."""
    with db.read() as s:
        return list(s.scalars(select(Account.name).where(Account.deleted.is_(False), Account.active.is_(True))
                              .order_by(Account.name_key)))
