"""Tests: what a dialog or a page opened from the desk sees of who is logged in, without a whole desk."""

from __future__ import annotations


def desk_parent(qtbot, db, actor):
    """A parent widget that holds a desk session with `actor` logged in (`actor_of` walks up to it).
    Keep a reference to it for as long as its children live."""
    from PySide6.QtWidgets import QWidget

    from app.ui.desk.session import DeskSession

    class DeskStandIn(QWidget):
        def show_lock(self) -> None:
            pass

        def hide_lock(self) -> None:
            pass

    parent = DeskStandIn()
    qtbot.addWidget(parent)
    parent.session = DeskSession(parent, db)
    parent.session.unlock(actor)
    return parent


def conseiller_at(db, admin, name: str = "Yanis Benali"):
    """A conseiller account of `db` (password already changed), logged in: its actor."""
    from app.services import accounts

    accounts.create_account(db, admin, name, "mot-de-passe-temporaire")
    actor = accounts.login(db, name, "mot-de-passe-temporaire")
    accounts.change_password(db, actor, "mot-de-passe-temporaire", "mot-de-passe-du-conseiller")
    return actor
