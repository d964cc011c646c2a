"""Sync in the real desk window: an arrival on another PC appears in this desk's queue."""

from __future__ import annotations

from app.services import help_requests, installation
from app.services.sync import state
from app.services.sync.folder import open_network
from tests.sync.helpers import PASSPHRASE, PC, StepClock, make_share
from tests.ui.conftest import desk  # noqa: F401  (the lead's real-window fixture)


def test_another_pcs_arrival_appears_in_the_desk_queue(desk, qtbot, tmp_path):  # noqa: F811
    share = make_share(tmp_path)
    db = desk.db
    net = open_network(share)
    state.save_settings(db, folder=str(share), interval=10)
    state.remember_key(db, net.dataset, net.derive(PASSPHRASE))
    controller = desk.sync  # installed by the window itself
    desk.sync_now_action.trigger()
    qtbot.waitUntil(lambda: controller.rounds >= 1 and not controller.running, timeout=5000)
    other = PC(tmp_path, "PC-MAIRIE")
    try:
        other.sync(share)
        site = installation.context(db).site.id
        ticket = help_requests.add_arrival(other.db, site_id=site, label="Mme de la mairie")
        other.sync(share)
        desk.sync_now_action.trigger()
        qtbot.waitUntil(lambda: ticket.id in [e.id for e in desk.queue.entries], timeout=5000)
        assert desk.sync_status.text().startswith("Synchronisé à")
    finally:
        controller.timer.stop()
        other.close()


def test_the_session_form_says_what_another_pc_changed(qtbot, tmp_path):
    from datetime import date

    from app.domain.help_request import HelpRequestFields
    from app.ui.desk.form import RequestForm

    share = make_share(tmp_path)
    clock = StepClock()  # one clock for both PCs: B's edit, made after A's, is the later one
    a, b = PC(tmp_path, "PC-ACCUEIL", clock=clock), PC(tmp_path, "PC-MEDIATHEQUE", clock=clock)
    try:
        fields = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=45, site_id=a.ctx.site.id,
                                   themes=("email",))
        rid = help_requests.save_record(a.db, fields)
        a.sync(share)
        b.sync(share)
        help_requests.save_record(a.db, fields.with_changes(duration_minutes=60), request_id=rid)
        help_requests.save_record(b.db, fields.with_changes(duration_minutes=30), request_id=rid)
        for pc in (a, b, a):
            pc.sync(share)
        form = RequestForm(a.db)
        qtbot.addWidget(form)
        form.edit(rid)
        assert not form.ui.history.isHidden()
        assert form.ui.history.text() == "modifié aussi sur PC-MEDIATHEQUE : durée 60 → 30"
        assert form.ui.duration.currentText() == "30"
    finally:
        a.close()
        b.close()
