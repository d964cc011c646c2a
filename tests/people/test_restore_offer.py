"""The desk finds its database damaged at start: it says so and offers the newest sound backup."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.store import migrate
from tests.hardening.test_database_faults import _damage


@pytest.mark.parametrize("answer", ["restore", "close"])
def test_a_damaged_database_at_start_offers_the_latest_sound_backup(qtbot, data_dir, ctx, db, monkeypatch, answer):
    from app.domain.clock import paris_today
    from app.services.database_health import check_and_back_up
    from app.ui.desk.style import STYLE
    from app.ui.desk.window import DeskWindow

    path = db.path
    sound = migrate.backup(path, "test")
    db.dispose()
    gc.collect()
    _damage(path)
    shown: list[str] = []

    def fake_exec(box):
        shown.append(box.text())
        labels = {b.text(): b for b in box.buttons()}
        assert "Restaurer la dernière sauvegarde saine" in labels
        wanted = "Restaurer la dernière sauvegarde saine" if answer == "restore" else "Fermer Pas à Pas"
        monkeypatch.setattr(box, "clickedButton", lambda: labels[wanted])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    QApplication.instance().setStyleSheet(STYLE)
    window = DeskWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    window._database_checked(check_and_back_up(path, paris_today()))  # what the background check reports
    assert "abîmée" in shown[0] and str(sound) in shown[0]
    assert not window.isVisible()
    if answer == "restore":
        assert "Sauvegarde remise en place" in shown[1]
        assert migrate.current_revision(path) == migrate.HEAD_REVISION
        from app.store.health import quick_check

        assert quick_check(path) is None
    else:
        assert len(shown) == 1
