"""Shared fixtures: a fresh data directory and database per test, set up as a help point would be."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UNANSWERED_DIALOG_MS = 120_000  # a test answers its dialogs in milliseconds; two minutes is a forgotten stub


@pytest.fixture(autouse=True)
def unanswered_dialog_fails():
    """A modal window that no one answers (a test forgot to stub it, or the code opened one it should not) is
    closed after two minutes and fails its test, named by its title: the suite goes on. pytest-timeout
    (pyproject.toml) is the last resort for any other hang."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        yield  # no Qt yet: nothing modal can be open
        return
    from PySide6.QtCore import QElapsedTimer, QTimer

    left_open: list[str] = []
    open_since: dict[int, QElapsedTimer] = {}  # Qt's own clock: a test may patch Python's

    def check() -> None:
        window = widgets.QApplication.activeModalWidget()
        if window is None:
            open_since.clear()
            return
        if id(window) not in open_since:
            open_since.clear()
            open_since[id(window)] = QElapsedTimer()
            open_since[id(window)].start()
        elif open_since[id(window)].hasExpired(UNANSWERED_DIALOG_MS):
            left_open.append(window.windowTitle() or type(window).__name__)
            open_since.clear()
            if isinstance(window, widgets.QDialog):
                window.reject()
            else:
                window.close()

    watch = QTimer()
    watch.timeout.connect(check)
    watch.start(1000)
    yield
    watch.stop()
    if left_open:
        pytest.fail(f"fenêtre modale laissée sans réponse pendant {UNANSWERED_DIALOG_MS // 1000} s : "
                    + ", ".join(f"« {t} »" for t in left_open))


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
