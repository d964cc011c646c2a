"""A ticket taken at a kiosk PC reaches the desk of another PC of the site in one sync round each."""

from __future__ import annotations

from app.services import help_requests as requests
from app.services import installation
from app.services.kiosk import access, tickets
from app.store.open import open_data_dir
from tests.sync.helpers import PC, make_share


def test_a_kiosk_ticket_reaches_another_pcs_queue(tmp_path) -> None:
    share = make_share(tmp_path)
    kiosk_pc, desk_pc = PC(tmp_path, "PC-BORNE"), PC(tmp_path, "PC-ACCUEIL")
    try:
        kiosk_pc.sync(share)
        desk_pc.sync(share)
        # The desk PC works for the kiosk's site (picked when it joined the network).
        site = kiosk_pc.ctx.site
        installation.configure(desk_pc.db, device_name="PC-ACCUEIL", site_id=site.id,
                               conseiller_id=desk_pc.ctx.conseiller.id)
        screen_db = open_data_dir(kiosk_pc.dir)  # what the kiosk's screens use: guarded
        guard = access.restrict(screen_db)
        ticket = tickets.take_ticket(screen_db, "impots", "Marcel")
        screen_db.dispose()
        assert guard.refused == []
        assert kiosk_pc.sync(share).exported >= 1  # the kiosk PC's automatic round
        desk_pc.sync(share)  # the desk PC's next automatic round (every 10 s)
        queue = requests.today_queue(desk_pc.db, site_id=site.id)
        arrived = next(e for e in queue if e.id == ticket.id)
        assert arrived.visitor_label == "Marcel" and str(arrived.ticket_number) == ticket.number
        assert arrived.arrived_at == ticket.arrived_at
        assert requests.load(desk_pc.db, ticket.id).fields.demarches == ("argent_impots",)
    finally:
        kiosk_pc.close()
        desk_pc.close()
