"""No share or key work on the GUI thread: the folder check waits for typing to stop and runs in a worker,
the passphrase's key is derived in a worker, and the closing round is bounded and shows its progress."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QProgressDialog

import app.ui.sync.controller as controller_mod
import app.ui.sync.settings_dialog as dialog_mod
from app.services import help_requests
from app.services.sync import state
from app.ui.sync.settings_dialog import SyncSettingsDialog
from tests.sync.helpers import PASSPHRASE
from tests.sync.test_ui import _configure, _window


def _recording(monkeypatch, name: str) -> list[threading.Thread]:
    """Replace `settings_dialog.<name>` by itself, noting the thread each call runs on."""
    threads: list[threading.Thread] = []
    original = getattr(dialog_mod, name)

    def recorded(*args):
        threads.append(threading.current_thread())
        return original(*args)

    monkeypatch.setattr(dialog_mod, name, recorded)
    return threads


def test_typing_a_folder_checks_it_once_typing_stops_and_never_on_the_gui_thread(qtbot, pcs, share, monkeypatch):
    threads = _recording(monkeypatch, "has_network")
    dialog = SyncSettingsDialog(pcs["A"].db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(threads) == 1)  # the folder saved (none yet), at opening
    with qtbot.waitSignal(dialog.checked, timeout=5000):
        qtbot.keyClicks(dialog.folder, str(share))  # one keystroke per character
    assert len(threads) == 2, "one check for the whole folder typed, not one per keystroke"
    assert threading.main_thread() not in threads
    assert not dialog.create_network.isEnabled()  # a network is there: nothing to create


def test_the_passphrase_is_checked_in_the_background_and_the_buttons_wait(qtbot, pcs, share, monkeypatch):
    threads = _recording(monkeypatch, "open_with")
    a = pcs["A"]
    dialog = SyncSettingsDialog(a.db)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=5000):
        dialog.folder.setText(str(share))
    dialog.passphrase.setText(PASSPHRASE)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        ok.click()
        assert dialog.busy and not dialog.buttons.isEnabled()  # a second OK cannot start a second derivation
    assert threads and threading.main_thread() not in threads
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.key is not None
    assert state.load_settings(a.db).folder == str(share)


def test_the_closing_round_sends_the_rest_with_its_progress(qtbot, pcs, share):
    a = pcs["A"]
    _configure(a, share)
    w, controller = _window(qtbot, a)
    qtbot.waitUntil(lambda: controller.rounds == 1 and not controller.running, timeout=5000)
    help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label="à la fermeture")
    assert controller.final_round(w, timeout_ms=10_000) is True
    assert state.load_status(a.db).waiting == 0
    assert not controller.timer.isActive()


def test_a_closing_round_on_a_stalled_share_gives_up_in_time(qtbot, pcs, share, monkeypatch):
    a = pcs["A"]
    _configure(a, share)
    w, controller = _window(qtbot, a)
    qtbot.waitUntil(lambda: controller.rounds == 1 and not controller.running, timeout=5000)
    stalled, release = threading.Event(), threading.Event()

    def stalled_round(*_args, **_kwargs):
        stalled.set()
        release.wait(30)  # a network share that does not answer
        raise OSError("partage bloqué")

    monkeypatch.setattr(controller_mod, "run_round", stalled_round)
    shown: list[str] = []
    monkeypatch.setattr(QProgressDialog, "show", lambda d: shown.append(d.labelText()))
    try:
        assert controller.final_round(w, timeout_ms=1500) is False  # the desk closes anyway
        assert stalled.is_set()
        assert shown and "dernières modifications" in shown[0]  # the wait had its progress
        assert QApplication.activeModalWidget() is None or not QApplication.activeModalWidget().isVisible()
    finally:
        release.set()
        qtbot.waitUntil(lambda: not controller.running, timeout=10_000)
