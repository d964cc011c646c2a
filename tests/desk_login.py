"""Tests and test scripts: a desk that opens with an admin of the PC logged in (through the real service)."""

from __future__ import annotations

TEST_ADMIN = ("Admin du test", "mot-de-passe-admin-du-test")


def start_logged_in(session, actor=None) -> bool:
    """`DeskSession.start` for tests: the PC's test admin (made if the PC has no account), logged in;
    `actor` (the admin the first-run wizard made) logged in as the real `start` does."""
    from app.services import accounts

    if actor is not None:
        session.unlock(actor)
        return True

    if not accounts.has_accounts(session.db):
        accounts.create_first_admin(session.db, *TEST_ADMIN)
    session.unlock(accounts.login(session.db, *TEST_ADMIN))
    return True


def patch_desk_start() -> None:
    """For scripts run in a subprocess (no pytest monkeypatch there)."""
    from app.ui.desk.session import DeskSession

    DeskSession.start = start_logged_in  # type: ignore[method-assign]
