"""Who is at the desk, and the lock: the login at start (or the first admin), the lock after inactivity.

The idle clock is injected (`clock`, seconds, monotonic by default): tests move it, never sleep. Any key
or click in the application counts as activity. Locked, the desk shows `LockPage` (the queue as tickets
and waits, the login) and every action of the window is off until someone logs in.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}
CHECK_MS = 15_000


class DeskSession(QObject):
    """`actor` is who is logged in (None: locked). Emits `changed(actor)`."""

    changed = Signal(object)

    def __init__(self, window: Any, db: Any) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor: Any = None
        self.clock: Callable[[], float] = time.monotonic
        self.last_activity = self.clock()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start(CHECK_MS)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY:
            self.last_activity = self.clock()
        return False

    def lock_seconds(self) -> int:
        """Read at each check: a change in the settings applies to the running desk."""
        from app.services import accounts

        return accounts.lock_minutes(self.db) * 60

    def start(self, actor: Any = None) -> bool:
        """At start: the first admin when this PC has no account yet (False: refused, the desk closes),
        else the login; `actor`: the admin the first-run wizard just created (logged in)."""
        from app.services import accounts, installation

        if actor is not None:
            self.unlock(actor)
            return True
        if not accounts.has_accounts(self.db):
            from app.ui.accounts.admin_setup import AdminSetupDialog

            ctx = installation.context(self.db)
            name = ctx.conseiller.full_name if ctx.conseiller else ""
            dialog = AdminSetupDialog(self.db, self.window, name=name,
                                      conseiller_id=ctx.conseiller.id if ctx.conseiller else None)
            if dialog.exec() != AdminSetupDialog.DialogCode.Accepted:
                return False
            self.unlock(dialog.actor)
            return True
        self.lock(audit_it=False)
        return True

    def check_idle(self) -> None:
        if self.actor is not None and self.clock() - self.last_activity >= self.lock_seconds():
            self.lock()

    def lock(self, *, audit_it: bool = True) -> None:
        from app.domain.audit import AuditAction
        from app.services import audit

        if audit_it and self.actor is not None:
            audit.record(self.db, self.actor, AuditAction.LOCKED, "inactivité ou verrouillage")
        self.actor = None
        self.window.show_lock()
        self.changed.emit(None)

    def unlock(self, actor: Any) -> None:
        from app.services import accounts

        self.actor = actor
        self.last_activity = self.clock()
        self.window.hide_lock()
        self.changed.emit(actor)
        account = accounts.account_of(self.db, actor)
        if account is not None and account.must_change_password:
            from app.ui.accounts.password_dialog import ChangePasswordDialog

            ChangePasswordDialog(self.db, actor, self.window, required=True).exec()


def actor_of(widget: Any) -> Any:
    """Who is logged in at the desk that holds `widget` (the command line's rights outside a desk)."""
    from app.domain.permissions import COMMAND_LINE

    while widget is not None:  # a dialog is its own window: walk up to the desk
        session = getattr(widget, "session", None)
        if isinstance(session, DeskSession):
            return session.actor if session.actor is not None else COMMAND_LINE
        widget = widget.parentWidget()
    return COMMAND_LINE
