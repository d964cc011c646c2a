"""The desk's « Retirer un poste du réseau… » and « Changer la phrase secrète du réseau… », as an admin uses them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.permissions import Actor, Role
from app.services.sync import errors, keys, state
from app.services.sync.folder import open_network
from app.ui.sync.network_key_dialog import PASSPHRASE, REMOVE, NetworkKeyDialog
from tests.sync.helpers import PASSPHRASE as OLD_PHRASE
from tests.sync.helpers import PC, labels

NEW = "la nouvelle phrase du réseau"
ADMIN = Actor("Camille Durand", Role.ADMIN)


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def opened(qtbot, pc: PC, share, mode: str, actor: Actor = ADMIN) -> NetworkKeyDialog:
    state.save_settings(pc.db, folder=str(share), interval=10)
    dialog = NetworkKeyDialog(pc.db, actor, mode)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=10_000)  # the share read in the background
    return dialog


def test_an_admin_removes_a_pc_from_the_desk_and_reads_what_happens_next(qtbot, network, share, yes):
    a, b, stolen = network
    dialog = opened(qtbot, a, share, REMOVE)
    shown = [dialog.pc.itemText(i) for i in range(dialog.pc.count())]
    assert shown == ["PC-MEDIATHEQUE", "PC-VOLE"]  # not this PC
    assert not dialog.current.isVisible()  # this PC remembers the key: no current phrase asked
    dialog.pc.setCurrentIndex(shown.index("PC-VOLE"))
    dialog.new.setText(NEW)
    dialog.again.setText(NEW + " ")
    dialog.ok.click()
    assert "diffèrent" in dialog.error.text() and open_network(share).latest == 0  # nothing done
    dialog.again.setText(NEW)
    with qtbot.waitSignal(dialog.finished_work, timeout=20_000):
        dialog.ok.click()
    assert "« PC-VOLE » est retiré du réseau" in dialog.message.text()
    assert "PC-MEDIATHEQUE" in dialog.message.text() and dialog.ok.text() == "Fermer"
    net = open_network(share)
    assert net.latest == 1 and stolen.db.device_id in net.removed
    b.sync(share, passphrase=None)  # moves by itself
    with pytest.raises(errors.KeyChanged):
        stolen.sync(share, passphrase=None)
    dialog.ok.click()
    assert not dialog.isVisible()


def test_a_pc_that_does_not_remember_the_key_asks_the_current_phrase(qtbot, tmp_path, share, yes):
    typist = PC(tmp_path, "PC-KIOSQUE", site="Médiathèque")
    try:
        typist.sync(share)  # with the phrase, not remembered
        dialog = opened(qtbot, typist, share, PASSPHRASE)
        assert dialog.current.isVisible()
        dialog.new.setText(NEW)
        dialog.again.setText(NEW)
        dialog.ok.click()
        assert "Phrase actuelle" in dialog.error.text()
        dialog.current.setText("pas la bonne phrase")
        with qtbot.waitSignal(dialog.finished_work, timeout=20_000):
            dialog.ok.click()
        assert "phrase secrète incorrecte" in dialog.error.text() and open_network(share).latest == 0
        dialog.current.setText(OLD_PHRASE)
        with qtbot.waitSignal(dialog.finished_work, timeout=20_000):
            dialog.ok.click()
        assert "Nouvelle clé n° 1" in dialog.message.text()
        assert keys.from_passphrase(open_network(share), NEW).current == 1
        typist.sync(share, passphrase=NEW)
        assert labels(typist) == set()
    finally:
        typist.close()


def test_a_conseiller_is_refused_and_nothing_changes(qtbot, network, share, yes):
    a, _b, _stolen = network
    dialog = opened(qtbot, a, share, PASSPHRASE, actor=Actor("Yanis Benali", Role.CONSEILLER))
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    with qtbot.waitSignal(dialog.finished_work, timeout=20_000):
        dialog.ok.click()
    assert "réservé aux administrateurs" in dialog.error.text()
    assert open_network(share).latest == 0


def test_the_dialog_fits_a_small_laptop_screen(qtbot, network, share):
    dialog = opened(qtbot, network[0], share, REMOVE)
    assert dialog.width() <= 1366 and dialog.height() <= 740
    assert dialog.ok.isVisible() and dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isVisible()


def test_changing_the_phrase_shows_no_pc_list_and_tab_goes_from_one_phrase_field_to_the_other(qtbot, network, share):
    dialog = opened(qtbot, network[0], share, PASSPHRASE)
    assert not dialog.pc.isVisible()
    dialog.new.setFocus()
    assert dialog.focusNextChild() and dialog.focusWidget() is dialog.again
