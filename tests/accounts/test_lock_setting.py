"""The desk's lock after inactivity as a setting: the admin sets it in « Réglages du poste », checked (1 to
120 minutes), audited, and the running desk follows it at once (injected clock, no sleeping)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import ValidationError
from app.domain.permissions import PermissionDenied
from app.services import accounts, audit

pytestmark = pytest.mark.real_login


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.mark.parametrize("bad", [0, 121, -5, "dix", 2.5])
def test_a_delay_out_of_range_is_refused_with_a_clear_message(db, admin, bad):
    with pytest.raises(ValidationError) as caught:
        accounts.set_lock_minutes(db, admin, bad)
    text = str(caught.value)
    assert text.startswith("verrouillage") and "de 1 à 120" in text and "\n" not in text
    assert accounts.lock_minutes(db) == 5


def test_only_an_admin_sets_it_and_it_is_audited(db, admin, conseiller):
    with pytest.raises(PermissionDenied, match="modifier les réglages"):
        accounts.set_lock_minutes(db, conseiller, 30)
    assert accounts.set_lock_minutes(db, admin, 30) is True
    assert accounts.set_lock_minutes(db, admin, 30) is False  # unchanged: no second line
    lines = [x for x in audit.entries(db, admin) if x.label == "Réglages modifiés"]
    assert [x.detail for x in lines] == ["verrouillage du poste après 30 min sans activité (avant : 5 min)"]
    assert lines[0].actor == "Camille Durand"


def _desk(qtbot, data_dir):
    from app.ui.desk.window import DeskWindow

    window = DeskWindow(data_dir)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    return window


def test_the_admin_changes_it_in_the_settings_and_the_running_desk_follows(qtbot, data_dir, db, ctx, admin,
                                                                          conseiller, monkeypatch):
    from app.ui.desk.settings_dialog import PostSettingsDialog

    w = _desk(qtbot, data_dir)
    clock = Clock()
    w.session.clock = clock
    login = w.lock_page.login
    login.name.setCurrentText("Camille Durand")
    login.password.setText("mot-de-passe-admin")
    qtbot.mouseClick(login.button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.tabs

    seen = []

    def fill(dialog):
        seen.append(dialog.lock.value())
        assert (dialog.lock.minimum(), dialog.lock.maximum()) == (1, 120)
        dialog.lock.setValue(12)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PostSettingsDialog, "exec", fill)
    w.post_settings()  # « Outils › Réglages du poste… »
    assert seen == [5]
    clock.t += 11 * 60 + 59
    w.session.check_idle()
    assert w.stack.currentWidget() is w.tabs  # 5 minutes are long gone: the new delay holds
    clock.t += 1
    w.session.check_idle()
    assert w.stack.currentWidget() is w.lock_page and w.session.actor is None
    details = [x.detail for x in audit.entries(db, admin) if x.label == "Réglages modifiés"]
    assert "verrouillage du poste après 12 min sans activité (avant : 5 min)" in details
    w.close()
    w.db.dispose()
