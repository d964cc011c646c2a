"""Shared fixtures: a fresh data directory and database per test, set up as a help point would be."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """argon2id at its smallest cost: the production parameters are checked in tests/accounts."""
    from argon2 import PasswordHasher

    from app.services import accounts

    monkeypatch.setattr(accounts, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture(autouse=True)
def test_keyring(monkeypatch, tmp_path_factory):
    """The OS keyring of a test is in memory, and the fallback key file in a temporary folder; a command
    run in a subprocess finds no keyring (and uses that folder): the machine's own is never touched."""
    import keyring

    from tests.keyring_backend import MemoryKeyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("PASAPAS_KEY_DIR", str(tmp_path_factory.mktemp("keys")))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return backend


@pytest.fixture(autouse=True)
def desk_logged_in(request, monkeypatch):
    """A desk window opens with an admin of the PC logged in (made at its first start, through the real
    service): tests of the desk's pages need no login. Tests of the login and the lock mark themselves
    `@pytest.mark.real_login` and go through the login page."""
    if request.node.get_closest_marker("real_login"):
        return
    from app.ui.desk import session
    from tests.desk_login import start_logged_in

    monkeypatch.setattr(session.DeskSession, "start", start_logged_in)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def db(data_dir: Path):
    """An empty, migrated database in a fresh data directory."""
    from app.store.open import open_data_dir

    database = open_data_dir(data_dir)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db):
    """The database set up for one site and one conseiller (what the first-run screen does)."""
    from app.services import installation

    return installation.set_up(
        db, site_name="Médiathèque du Carré des Jalles", device_name="PC-TEST", conseiller_name="Camille Durand"
    )


@pytest.fixture
def admin(db, ctx):
    """The first admin of this PC (what the first run creates), as an actor."""
    from app.services import accounts

    return accounts.create_first_admin(db, "Camille Durand", "mot-de-passe-admin", conseiller_id=ctx.conseiller.id)


@pytest.fixture
def conseiller(db, admin):
    """A conseiller account (password already changed), as an actor."""
    from app.services import accounts

    accounts.create_account(db, admin, "Yanis Benali", "mot-de-passe-temporaire")
    actor = accounts.login(db, "Yanis Benali", "mot-de-passe-temporaire")
    accounts.change_password(db, actor, "mot-de-passe-temporaire", "mot-de-passe-yanis")
    return actor
