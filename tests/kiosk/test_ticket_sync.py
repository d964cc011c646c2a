"""A kiosk ticket is the desk's ticket: « A-12 » from `queue.add_arrival`, shown at once by a desk window on the
same PC, and by a desk of another PC of the site after one automatic round."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.services import help_requests as requests
from app.services import installation, queue
from app.services.kiosk import access, tickets
from app.services.sync import state
from app.store.open import open_data_dir
from app.ui.desk import queue as desk_queue
from tests.sync.helpers import PC, make_share


def _desk(qtbot, data_dir):
    from app.ui.desk.window import DeskWindow

    window = DeskWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    return window


def _shown(window) -> list[str]:
    lst = window.queue.list
    return [lst.item(i).text() for i in range(lst.count())]


def _close(window) -> None:
    window.close()
    window.db.dispose()


@pytest.fixture
def pcs(tmp_path):
    share = make_share(tmp_path)
    kiosk_pc, desk_pc = PC(tmp_path, "PC-BORNE"), PC(tmp_path, "PC-ACCUEIL")
    kiosk_pc.sync(share)
    desk_pc.sync(share)
    # The desk PC works for the kiosk's site (picked when it joined the network).
    installation.configure(desk_pc.db, device_name="PC-ACCUEIL", site_id=kiosk_pc.ctx.site.id,
                           conseiller_id=desk_pc.ctx.conseiller.id)
    yield share, kiosk_pc, desk_pc
    kiosk_pc.close()
    desk_pc.close()


def _kiosk_ticket(pc, tile="impots", name="Marcel"):
    screen_db = open_data_dir(pc.dir)  # what the kiosk's screens use: guarded
    guard = access.restrict(screen_db)
    try:
        ticket = tickets.take_ticket(screen_db, tile, name)
    finally:
        screen_db.dispose()
    assert guard.refused == []  # the guard lets the desk's numbering through (ticket_letter, its column)
    return ticket


def test_a_kiosk_ticket_is_a_network_ticket_and_reaches_another_pcs_queue(pcs) -> None:
    share, kiosk_pc, desk_pc = pcs
    ticket = _kiosk_ticket(kiosk_pc)
    letter = queue.ticket_letter(kiosk_pc.db)
    assert ticket.number == f"{letter}-1"
    assert queue.add_arrival(kiosk_pc.db).ticket == f"{letter}-2"  # a desk beside the kiosk: the next number
    assert queue.add_arrival(desk_pc.db).ticket.split("-")[0] != letter  # another PC: another letter
    assert kiosk_pc.sync(share).exported >= 1  # the kiosk PC's automatic round
    desk_pc.sync(share)  # the desk PC's next automatic round
    arrived = next(e for e in requests.today_queue(desk_pc.db, site_id=kiosk_pc.ctx.site.id) if e.id == ticket.id)
    assert arrived.visitor_label == "Marcel" and arrived.ticket == ticket.number
    assert arrived.arrived_at == ticket.arrived_at
    assert requests.load(desk_pc.db, ticket.id).fields.demarches == ("argent_impots",)


def test_a_desk_on_the_same_pc_shows_the_kiosk_ticket_at_once(qtbot, pcs) -> None:
    _share, kiosk_pc, _desk_pc = pcs
    desk = _desk(qtbot, kiosk_pc.dir)
    try:
        assert desk.queue.watch_timer.isActive() and desk_queue.WATCH_MS <= 1000
        assert desk.queue.list.count() == 0
        ticket = _kiosk_ticket(kiosk_pc, "caf", "Rose")
        # No action at the desk: the panel's next look at the database (within a second) shows it.
        qtbot.waitUntil(lambda: any(ticket.number in t and "Rose" in t for t in _shown(desk)), timeout=3000)
        assert "1 en attente" in desk.queue.title.text()
        desk.queue.check_for_changes()  # nothing else changed: nothing repainted
        assert len(_shown(desk)) == 1
    finally:
        _close(desk)


def test_a_desk_of_another_pc_shows_it_after_one_automatic_round(qtbot, pcs) -> None:
    share, kiosk_pc, desk_pc = pcs
    assert state.load_settings(desk_pc.db).interval <= 10  # one automatic round: every 10 s at most
    desk = _desk(qtbot, desk_pc.dir)
    try:
        ticket = _kiosk_ticket(kiosk_pc, "sante", "")
        kiosk_pc.sync(share)  # the kiosk PC's round (1.5 s after the ticket)
        desk_pc.sync(share)  # the desk PC's next automatic round, as its controller runs it
        qtbot.waitUntil(lambda: any(ticket.number in t for t in _shown(desk)), timeout=3000)
        assert QApplication.activeModalWidget() is None
    finally:
        _close(desk)
