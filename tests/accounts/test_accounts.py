"""Accounts: first admin, login, the growing delay after failures (injected clock), resets, PINs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.permissions import PermissionDenied, Role
from app.services import accounts, audit


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def test_the_first_run_creates_an_admin_and_only_once(db, ctx):
    assert not accounts.has_accounts(db)
    admin = accounts.create_first_admin(db, "Camille Durand", "un bon mot de passe")
    assert admin.role is Role.ADMIN and accounts.has_admin(db)
    with pytest.raises(ValidationError, match="un compte existe déjà"):
        accounts.create_first_admin(db, "Intrus", "un autre mot de passe")


def test_login_with_the_right_password_and_names_compared_without_case_or_accents(db, admin):
    who = accounts.login(db, "  camille   DURAND ", "mot-de-passe-admin")
    assert (who.name, who.role, who.account_id) == ("Camille Durand", Role.ADMIN, admin.account_id)
    with pytest.raises(accounts.LoginRefused, match="nom ou mot de passe incorrect"):
        accounts.login(db, "Camille Durand", "Mot-de-passe-admin")


def test_an_unknown_name_gets_the_same_refusal_as_a_wrong_password(db, admin):
    with pytest.raises(accounts.LoginRefused) as unknown:
        accounts.login(db, "Personne", "mot-de-passe-admin")
    with pytest.raises(accounts.LoginRefused) as wrong:
        accounts.login(db, "Camille Durand", "faux mot de passe")
    assert str(unknown.value) == str(wrong.value) == "connexion : nom ou mot de passe incorrect"


def test_failures_make_the_next_try_wait_longer_and_longer(db, admin):
    clock = Clock()
    for _ in range(2):
        with pytest.raises(accounts.LoginRefused):
            accounts.login(db, "Camille Durand", "faux", now=clock)
    with pytest.raises(accounts.LoginRefused, match="prochain essai dans 30 s") as third:
        accounts.login(db, "Camille Durand", "faux", now=clock)
    assert third.value.wait == timedelta(seconds=30)
    clock.advance(seconds=29)
    # Even the right password is not checked during the wait.
    with pytest.raises(accounts.LoginRefused, match="réessayez dans 1 s"):
        accounts.login(db, "Camille Durand", "mot-de-passe-admin", now=clock)
    clock.advance(seconds=1)
    with pytest.raises(accounts.LoginRefused, match="prochain essai dans 1 min"):
        accounts.login(db, "Camille Durand", "faux", now=clock)
    clock.advance(seconds=60)
    with pytest.raises(accounts.LoginRefused, match="dans 2 min"):
        accounts.login(db, "Camille Durand", "faux", now=clock)
    assert accounts.wait_before_login(db, "camille durand", now=clock) == timedelta(minutes=2)
    clock.advance(minutes=2)
    assert accounts.login(db, "Camille Durand", "mot-de-passe-admin", now=clock).role is Role.ADMIN
    # A success starts the count again.
    with pytest.raises(accounts.LoginRefused, match="incorrect$"):
        accounts.login(db, "Camille Durand", "faux", now=clock)


def test_the_delay_stops_growing_at_fifteen_minutes():
    from app.domain.accounts import lock_delay

    assert [lock_delay(n).total_seconds() for n in range(7)] == [0, 0, 0, 30, 60, 120, 240]
    assert lock_delay(50) == timedelta(minutes=15)


def test_an_admin_resets_a_password_and_lifts_the_wait(db, admin, conseiller):
    clock = Clock()
    for _ in range(4):
        with pytest.raises(accounts.LoginRefused):
            accounts.login(db, "Yanis Benali", "oublié", now=clock)
    with pytest.raises(PermissionDenied, match="réservé aux administrateurs"):
        accounts.reset_password(db, conseiller, "Yanis Benali", "nouveau-mot-de-passe")
    accounts.reset_password(db, admin, "Yanis Benali", "nouveau-mot-de-passe", now=clock)
    who = accounts.login(db, "Yanis Benali", "nouveau-mot-de-passe", now=clock)
    assert accounts.account_of(db, who).must_change_password  # type: ignore[union-attr]


def test_a_closed_account_cannot_log_in_and_the_last_admin_stays(db, admin, conseiller):
    accounts.set_active(db, admin, "Yanis Benali", False)
    with pytest.raises(accounts.LoginRefused):
        accounts.login(db, "Yanis Benali", "mot-de-passe-yanis")
    with pytest.raises(ValidationError, match="dernier administrateur"):
        accounts.set_active(db, admin, "Camille Durand", False)
    with pytest.raises(ValidationError, match="dernier administrateur"):
        accounts.set_role(db, admin, "Camille Durand", Role.CONSEILLER)


def test_bad_names_and_passwords_are_named(db, admin):
    with pytest.raises(ValidationError, match="mot de passe : trop court : au moins 8"):
        accounts.create_account(db, admin, "Léa Martin", "court")
    with pytest.raises(ValidationError, match="nom : vide"):
        accounts.create_account(db, admin, "  ", "assez long mot de passe")
    with pytest.raises(ValidationError, match="existe déjà"):
        accounts.create_account(db, admin, "CAMILLE durand", "assez long mot de passe")


def test_a_pin_works_only_on_a_trusted_desk_and_never_syncs(db, admin, conseiller):
    from app.store.synced import synced_tables

    with pytest.raises(ValidationError, match="poste de confiance"):
        accounts.set_pin(db, conseiller, "4821")
    accounts.set_trusted_desk(db, admin, True)
    with pytest.raises(ValidationError, match="code : de 4 à 8 chiffres"):
        accounts.set_pin(db, conseiller, "12ab")
    accounts.set_pin(db, conseiller, "4821")
    assert accounts.login_pin(db, "Yanis Benali", "4821").name == "Yanis Benali"
    with pytest.raises(accounts.LoginRefused, match="nom ou code incorrect"):
        accounts.login_pin(db, "Yanis Benali", "0000")
    assert "account_pin" not in synced_tables() and "login_failure" not in synced_tables()
    accounts.set_trusted_desk(db, admin, False)  # PINs of this PC forgotten
    with pytest.raises(accounts.LoginRefused, match="pas un poste de confiance"):
        accounts.login_pin(db, "Yanis Benali", "4821")


def test_passwords_are_never_in_the_database_only_their_argon2id_hash(db, admin, conseiller):
    db.dispose()
    raw = db.path.read_bytes() + (db.path.with_name(db.path.name + "-wal").read_bytes()
                                  if db.path.with_name(db.path.name + "-wal").exists() else b"")
    assert b"mot-de-passe-yanis" not in raw and b"mot-de-passe-admin" not in raw
    assert b"$argon2id$" in raw


def test_production_hashing_parameters_are_argon2id_rfc9106(monkeypatch):
    from argon2 import PasswordHasher, Type, extract_parameters, profiles

    production = PasswordHasher.from_parameters(accounts.PARAMETERS)
    monkeypatch.setattr(accounts, "hasher", production)
    digest = production.hash("un mot de passe")
    params = extract_parameters(digest)
    assert params.type is Type.ID
    assert (params.memory_cost, params.time_cost, params.parallelism) == (65536, 3, 4)
    assert params.salt_len >= 16 and params.hash_len >= 32
    assert accounts.PARAMETERS == profiles.RFC_9106_LOW_MEMORY
    assert production.verify(digest, "un mot de passe")


def test_a_hash_with_older_weaker_parameters_is_renewed_at_login(db, admin, monkeypatch):
    from argon2 import PasswordHasher

    from app.store.models import Account

    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    monkeypatch.setattr(accounts, "hasher", stronger)
    accounts.login(db, "Camille Durand", "mot-de-passe-admin")
    with db.read() as s:
        assert "m=16,t=2,p=1" in s.get(Account, admin.account_id).password_hash


def test_logins_and_failures_are_in_the_audit_log_without_the_typed_text(db, admin):
    with pytest.raises(accounts.LoginRefused):
        accounts.login(db, "Quelqu'un d'autre", "secret tapé")
    accounts.login(db, "Camille Durand", "mot-de-passe-admin")
    lines = audit.entries(db, admin)
    assert [line.label for line in lines[:2]] == ["Connexion", "Connexion refusée"]
    assert lines[1].detail == "nom inconnu, essai n° 1"
    assert all("secret" not in line.detail and "Quelqu" not in line.detail for line in lines)
