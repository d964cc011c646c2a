"""The sync pieces in a window: status bar, « Outils » entries, automatic rounds, the settings dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.services import help_requests
from app.services.sync import state
from app.ui.sync import install_sync
from app.ui.sync.settings_dialog import SyncSettingsDialog
from tests.sync.helpers import PASSPHRASE


class StandInWindow(QMainWindow):
    """What the desk window offers to install_sync."""

    data_saved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.tools_menu = self.menuBar().addMenu("Outils")
        self.refreshed = 0

    def refresh(self, notice=None) -> None:  # a ChangeNotice: the tables the round changed
        self.refreshed += 1


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _configure(pc, share: Path) -> None:
    from app.services.sync.folder import open_network

    net = open_network(share)
    state.save_settings(pc.db, folder=str(share), interval=10)
    state.remember_key(pc.db, net.dataset, net.derive(PASSPHRASE))


def _window(qtbot, pc):
    w = StandInWindow()
    qtbot.addWidget(w)
    ui = install_sync(w, pc.db)
    w.sync_status, w.sync_now_action = ui.status, ui.now_action  # where the desk window shows them
    return w, ui.controller


def test_menu_entries_and_status_piece_are_installed(qtbot, pcs):
    w, controller = _window(qtbot, pcs["A"])
    texts = [a.text() for a in w.tools_menu.actions()]
    assert texts == ["Synchroniser maintenant", "Réglages de synchronisation…", "Retirer un poste du réseau…",
                     "Changer la phrase secrète du réseau…"]
    qtbot.waitUntil(lambda: w.sync_status.text() == "Synchronisation non réglée")
    assert controller.timer.interval() == 10_000


def test_a_round_at_start_brings_the_other_pcs_arrival_and_refreshes(qtbot, pcs, share):
    a, b = pcs["A"], pcs["B"]
    _configure(a, share)
    ticket = help_requests.add_arrival(b.db, site_id=b.ctx.site.id, label="de B")
    b.sync(share)
    w, controller = _window(qtbot, a)
    qtbot.waitUntil(lambda: w.refreshed == 1, timeout=5000)
    assert [q.id for q in help_requests.today_queue(a.db, site_id=b.ctx.site.id)] == [ticket.id]
    assert w.sync_status.text().startswith("Synchronisé à")


def test_saves_are_debounced_into_one_round_that_sends_them(qtbot, pcs, share, monkeypatch):
    import app.ui.sync.controller as ctl

    monkeypatch.setattr(ctl, "SAVE_DEBOUNCE_MS", 50)
    a = pcs["A"]
    _configure(a, share)
    w, controller = _window(qtbot, a)
    qtbot.waitUntil(lambda: controller.rounds == 1 and not controller.running, timeout=5000)
    for label in ("un", "deux", "trois"):
        help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label=label)
        w.data_saved.emit()
    qtbot.waitUntil(lambda: controller.rounds == 2 and not controller.running, timeout=5000)
    qtbot.wait(150)
    assert controller.rounds == 2
    assert state.load_status(a.db).waiting == 0
    assert "en attente" not in w.sync_status.text()


def test_an_unavailable_share_shows_in_words_without_a_dialog(qtbot, pcs, share, tmp_path, warnings):
    a = pcs["A"]
    _configure(a, share)
    state.save_settings(a.db, folder=str(tmp_path / "clé-retirée"), interval=10)
    help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label="attend")
    w, controller = _window(qtbot, a)
    qtbot.waitUntil(lambda: "indisponible" in w.sync_status.text(), timeout=5000)
    assert "4 modification(s) en attente" in w.sync_status.text()  # the set-up (site, conseiller, ticket letter), the arrival
    assert "introuvable" in w.sync_status.toolTip()
    assert warnings == []
    w.sync_now_action.trigger()  # asked for: the answer is shown
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "dossier partagé indisponible" in warnings[0]


def test_sync_now_runs_a_round_with_progress_and_at_exit_the_rest_is_sent(qtbot, pcs, share):
    a = pcs["A"]
    _configure(a, share)
    w, controller = _window(qtbot, a)
    qtbot.waitUntil(lambda: controller.rounds == 1 and not controller.running, timeout=5000)
    help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label="maintenant")
    w.sync_now_action.trigger()
    qtbot.waitUntil(lambda: controller.rounds == 2 and not controller.running, timeout=5000)
    assert state.load_status(a.db).waiting == 0
    assert w.statusBar().currentMessage().startswith("Synchronisation terminée : 1 modification(s) envoyée(s)")
    help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label="à la fermeture")
    controller.shutdown()
    assert state.load_status(a.db).waiting == 0
    assert not controller.timer.isActive()


def test_settings_dialog_tests_the_folder_and_creates_a_network_only_when_asked(qtbot, pcs, tmp_path, monkeypatch):
    a = pcs["A"]
    folder = tmp_path / "partage"
    folder.mkdir()
    dialog = SyncSettingsDialog(a.db)
    qtbot.addWidget(dialog)
    monkeypatch.setattr("app.ui.sync.settings_dialog.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder))
    dialog.browse.click()
    assert dialog.folder.text() == str(folder)
    with qtbot.waitSignal(dialog.checked, timeout=5000):  # off the GUI thread
        dialog.test.click()
    assert "lecture et écriture possibles" in dialog.test_result.text() and "aucun réseau" in dialog.test_result.text()
    assert list(folder.iterdir()) == []
    dialog.passphrase.setText(PASSPHRASE)
    dialog.interval.setValue(30)
    with qtbot.waitSignal(dialog.checked, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    # no network there and « Créer » not ticked: nothing written into the folder
    assert list(folder.iterdir()) == []
    assert "cochez « Créer un nouveau réseau" in dialog.error.text()
    dialog.create_network.setChecked(True)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):  # the key derived in the background
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (folder / "pasapas" / "FOLDER.json").exists()
    saved = state.load_settings(a.db)
    assert (saved.folder, saved.interval, saved.key_stored) == (str(folder), 30, True)


def test_settings_dialog_refuses_a_wrong_passphrase_and_stays_open(qtbot, pcs, share):
    a = pcs["A"]
    dialog = SyncSettingsDialog(a.db)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=5000):  # the folder is looked at once typing stops
        dialog.folder.setText(str(share))
    assert not dialog.create_network.isEnabled()
    dialog.passphrase.setText("pas la bonne phrase du tout")
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "phrase secrète incorrecte" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert state.load_settings(a.db).folder == ""


def test_a_new_pc_catching_up_shows_its_progress_in_the_status_bar(qtbot, pcs, share, monkeypatch):
    import app.services.sync.round as round_mod

    a, b = pcs["A"], pcs["B"]
    monkeypatch.setattr(round_mod, "SEGMENT_CHANGES", 1)
    for i in range(6):
        help_requests.add_arrival(b.db, site_id=b.ctx.site.id, label=f"v{i}")
    b.sync(share)
    _configure(a, share)
    w, controller = _window(qtbot, a)
    seen = []
    texts = []
    controller.progress.connect(lambda *_: texts.append(w.sync_status.text()))
    controller.progress.connect(lambda d, t, x: seen.append((d, t, x)))
    qtbot.waitUntil(lambda: controller.rounds >= 1 and not controller.running, timeout=5000)
    assert any(t > 1 and d < t for d, t, _x in seen)
    assert any(t.startswith("Synchronisation… ") and "/" in t for t in texts)
    assert w.sync_status.text().startswith("Synchronisé à")
