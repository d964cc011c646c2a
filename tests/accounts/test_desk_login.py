"""At the desk: the first admin, the login, the lock after inactivity (injected clock), rights on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import audit, queue

pytestmark = pytest.mark.real_login


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _open(qtbot, data_dir):
    from app.ui.desk.window import DeskWindow

    window = DeskWindow(data_dir)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    window.activateWindow()
    return window


@pytest.fixture
def locked_desk(qtbot, data_dir, db, ctx, admin, conseiller):
    queue.add_arrival(db, label="Mme au manteau rouge")
    window = _open(qtbot, data_dir)
    yield window
    window.close()
    window.db.dispose()


def _log_in(qtbot, window, name, password):
    login = window.lock_page.login
    login.name.setCurrentText(name)
    login.password.setText(password)
    qtbot.mouseClick(login.button, Qt.MouseButton.LeftButton)


def test_the_desk_opens_on_the_login_and_the_queue_shows_tickets_not_labels(qtbot, locked_desk):
    w = locked_desk
    assert w.stack.currentWidget() is w.lock_page
    shown = [w.lock_page.queue.item(i).text() for i in range(w.lock_page.queue.count())]
    assert len(shown) == 1 and shown[0].startswith("A-1 — attend depuis")
    assert "manteau" not in " ".join(shown)
    assert not w.menuBar().isEnabled()
    assert sorted(w.lock_page.login.name.itemText(i) for i in range(w.lock_page.login.name.count())) == [
        "Camille Durand", "Yanis Benali"]


def test_a_wrong_password_is_said_and_the_right_one_opens_the_desk(qtbot, locked_desk):
    w = locked_desk
    _log_in(qtbot, w, "Yanis Benali", "pas le bon")
    assert w.stack.currentWidget() is w.lock_page
    assert w.lock_page.login.error.text() == "Nom ou mot de passe incorrect"
    assert w.lock_page.login.password.text() == ""  # never left in the field
    _log_in(qtbot, w, "Yanis Benali", "mot-de-passe-yanis")
    assert w.stack.currentWidget() is w.tabs and w.session.actor.name == "Yanis Benali"
    assert w.menuBar().isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.form.ui.duration)


def test_the_desk_locks_after_five_minutes_without_a_key_and_keeps_the_work(qtbot, locked_desk):
    w = locked_desk
    clock = Clock()
    w.session.clock = clock
    _log_in(qtbot, w, "Yanis Benali", "mot-de-passe-yanis")
    w.queue.list.setCurrentRow(0)
    w.queue.take_current()
    w.form.ui.duration.setEditText("45")
    clock.t += 4 * 60 + 59
    w.session.check_idle()
    assert w.stack.currentWidget() is w.tabs  # not yet
    qtbot.keyClick(w.form.ui.notes, Qt.Key.Key_A)  # activity: the count starts again
    clock.t += 4 * 60
    w.session.check_idle()
    assert w.stack.currentWidget() is w.tabs
    clock.t += 60
    w.session.check_idle()
    assert w.stack.currentWidget() is w.lock_page and w.session.actor is None
    assert not w.form.isVisible()  # the form (and its notes) is not on screen
    _log_in(qtbot, w, "Yanis Benali", "mot-de-passe-yanis")
    assert w.form.ui.duration.currentText() == "45"  # the work is where it was


def test_the_lock_delay_is_a_setting(qtbot, locked_desk):
    from app.store import settings

    w = locked_desk
    settings.put(w.db, settings.LOCK_MINUTES, 1)
    clock = Clock()
    w.session.clock = clock
    _log_in(qtbot, w, "Yanis Benali", "mot-de-passe-yanis")
    clock.t += 60
    w.session.check_idle()
    assert w.stack.currentWidget() is w.lock_page


def test_ctrl_l_locks_and_the_lock_is_in_the_audit_log(qtbot, locked_desk, db, admin):
    w = locked_desk
    _log_in(qtbot, w, "Yanis Benali", "mot-de-passe-yanis")
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentWidget() is w.lock_page
    labels = [line.label for line in audit.entries(db, admin)[:2]]
    assert labels == ["Poste verrouillé", "Connexion"]


def test_a_conseiller_sees_no_admin_menu_and_settings_are_refused(qtbot, locked_desk, monkeypatch):
    w = locked_desk
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    _log_in(qtbot, w, "Yanis Benali", "mot-de-passe-yanis")
    assert not w.accounts_action.isVisible() and not w.audit_action.isVisible()
    w.post_settings()
    assert said and "réservé aux administrateurs" in said[0]
    w.session.lock()
    _log_in(qtbot, w, "Camille Durand", "mot-de-passe-admin")
    assert w.accounts_action.isVisible() and w.audit_action.isVisible()


def test_an_admin_opens_the_accounts_and_the_audit_log(qtbot, locked_desk):
    from app.ui.accounts.accounts_dialog import AccountsDialog
    from app.ui.accounts.audit_dialog import AuditDialog

    w = locked_desk
    _log_in(qtbot, w, "Camille Durand", "mot-de-passe-admin")
    accounts_dialog = AccountsDialog(w.db, w.session.actor, w)
    qtbot.addWidget(accounts_dialog)
    names = [accounts_dialog.table.item(r, 0).text() for r in range(accounts_dialog.table.rowCount())]
    assert names == ["Camille Durand", "Yanis Benali"]
    accounts_dialog.table.selectRow(1)
    accounts_dialog.toggle_active()
    assert accounts_dialog.table.item(1, 2).text() == "fermé"
    audit_dialog = AuditDialog(w.db, w.session.actor, w)
    qtbot.addWidget(audit_dialog)
    texts = {audit_dialog.table.item(r, 3).text() for r in range(audit_dialog.table.rowCount())}
    assert {"Connexion", "Compte créé", "Compte modifié"} <= texts


def test_the_first_start_asks_for_the_admin_then_opens_logged_in(qtbot, data_dir, db, ctx):
    from app.services import accounts

    db.dispose()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        form = dialog.form
        assert form.name.text() == "Camille Durand"  # the conseiller of the set-up, proposed
        form.password.setText("mot-de-passe-admin")
        form.again.setText("pas le même")
        dialog.accept()
        assert "différents" in form.error.text() and dialog.isVisible()
        form.again.setText("mot-de-passe-admin")
        dialog.accept()

    QTimer.singleShot(0, fill)
    w = _open(qtbot, data_dir)
    try:
        assert w.stack.currentWidget() is w.tabs and w.session.actor.is_admin
        assert accounts.has_admin(w.db)
    finally:
        w.close()
        w.db.dispose()


def test_the_admin_widget_alone_names_what_is_wrong(qtbot, db, ctx):
    from app.ui.accounts.admin_setup import AdminSetupWidget

    widget = AdminSetupWidget(db)
    qtbot.addWidget(widget)
    made = []
    widget.created.connect(made.append)
    widget.name.setText("Léa Martin")
    widget.password.setText("court")
    widget.again.setText("court")
    assert widget.submit() is None
    assert widget.error.text() == "mot de passe : trop court : au moins 8 caractères"
    widget.password.setText("assez-long-enfin")
    widget.again.setText("assez-long-enfin")
    actor = widget.submit()
    assert actor is not None and made == [actor] and actor.is_admin


def test_a_password_typed_in_the_name_field_is_not_left_on_screen(qtbot, locked_desk):
    w = locked_desk
    _log_in(qtbot, w, "mot-de-passe-yanis", "")
    login = w.lock_page.login
    assert login.name.currentText() == "" and login.error.text() == "Nom ou mot de passe incorrect"
    _log_in(qtbot, w, "Yanis Benali", "faux")
    assert login.name.currentText() == "Yanis Benali"  # a real name stays: only the password is retyped
