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


def open_desk(qtbot, data_dir, *, monkeypatch=None, wizard=None, timeout_ms: int = 10_000):
    """A desk window on `data_dir`, shown and `ready`. `wizard(w)` answers the first-run wizard as a person
    would (it replaces `FirstRunWizard.exec` through `monkeypatch`, and returns the wizard's result)."""
    from app.ui.desk.window import DeskWindow

    if wizard is not None:
        from app.ui.setup.wizard import FirstRunWizard

        if monkeypatch is None:
            raise TypeError("open_desk: a wizard answer needs the test's monkeypatch")
        monkeypatch.setattr(FirstRunWizard, "exec", wizard)
    window = DeskWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=timeout_ms):
        window.show()
    return window


def close_desk(window) -> None:
    """Close the desk and let its database go (the test's folder is removed after it)."""
    window.close()
    if window.db is not None:
        window.db.dispose()
