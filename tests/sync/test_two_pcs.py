"""Two data directories as two PCs: what one records, the other sees after a round; edits merge per field."""

from __future__ import annotations

from datetime import date

from app.domain.help_request import HelpRequestFields
from app.services import help_requests
from app.services.sync.notes import conflict_notes
from tests.sync.helpers import StepClock, dump


def test_an_arrival_on_pc_a_shows_in_the_queue_of_pc_b(pcs, share):
    a, b = pcs["A"], pcs["B"]
    site = a.ctx.site.id
    ticket = help_requests.add_arrival(a.db, site_id=site, label="Mme aux lunettes")
    assert help_requests.today_queue(b.db, site_id=site) == []
    a.sync(share)
    report = b.sync(share)
    queue = help_requests.today_queue(b.db, site_id=site)
    assert [(q.id, q.ticket_number, q.visitor_label) for q in queue] == [(ticket.id, 1, "Mme aux lunettes")]
    assert report.imported >= 1 and "help_request" in report.tables


def test_edits_of_different_fields_both_survive_and_the_same_field_keeps_the_loser(pcs, share):
    a, b = pcs["A"], pcs["B"]
    a.db.clock_ms = b.db.clock_ms = StepClock()  # B's edit, made after A's, has the later clock
    fields = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=45, site_id=a.ctx.site.id, themes=("email",))
    rid = help_requests.save_record(a.db, fields)
    a.sync(share)
    b.sync(share)
    help_requests.save_record(a.db, help_requests.load(a.db, rid).fields.with_changes(notes="Revient jeudi"), request_id=rid)
    help_requests.save_record(b.db, help_requests.load(b.db, rid).fields.with_changes(duration_minutes=30), request_id=rid)
    for pc in (a, b, a):
        pc.sync(share)
    on_a, on_b = help_requests.load(a.db, rid).fields, help_requests.load(b.db, rid).fields
    assert (on_a.notes, on_a.duration_minutes) == ("Revient jeudi", 30)
    assert on_a == on_b
    assert dump(a.db) == dump(b.db)


def test_a_true_conflict_is_shown_in_words_on_both_pcs(pcs, share):
    a, b = pcs["A"], pcs["B"]
    a.db.clock_ms = b.db.clock_ms = StepClock()  # B's edit, made after A's, has the later clock
    fields = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=45, site_id=a.ctx.site.id, themes=("email",))
    rid = help_requests.save_record(a.db, fields)
    a.sync(share)
    b.sync(share)
    help_requests.save_record(a.db, help_requests.load(a.db, rid).fields.with_changes(duration_minutes=60), request_id=rid)
    help_requests.save_record(b.db, help_requests.load(b.db, rid).fields.with_changes(duration_minutes=30), request_id=rid)
    reports = [pc.sync(share) for pc in (a, b, a)]
    assert sum(r.conflicts for r in reports) == 2
    assert help_requests.load(a.db, rid).fields.duration_minutes == 30
    assert conflict_notes(a.db, rid) == ["modifié aussi sur PC-MEDIATHEQUE : durée 60 → 30"]
    assert conflict_notes(b.db, rid) == ["modifié aussi sur PC-ACCUEIL : durée 60 non retenu (30 gardé)"]


def test_sequential_edits_are_not_conflicts(pcs, share):
    a, b = pcs["A"], pcs["B"]
    fields = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=45, site_id=a.ctx.site.id, themes=("email",))
    rid = help_requests.save_record(a.db, fields)
    a.sync(share)
    b.sync(share)
    help_requests.save_record(b.db, help_requests.load(b.db, rid).fields.with_changes(duration_minutes=30), request_id=rid)
    b.sync(share)
    a.sync(share)
    help_requests.save_record(a.db, help_requests.load(a.db, rid).fields.with_changes(duration_minutes=15), request_id=rid)
    a.sync(share)
    b.sync(share)
    assert help_requests.load(b.db, rid).fields.duration_minutes == 15
    assert conflict_notes(a.db, rid) == [] and conflict_notes(b.db, rid) == []


def test_delete_and_restore_travel_as_tombstones(pcs, share):
    a, b = pcs["A"], pcs["B"]
    fields = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=45, site_id=a.ctx.site.id, themes=("email",))
    rid = help_requests.save_record(a.db, fields)
    a.sync(share)
    b.sync(share)
    help_requests.delete(b.db, rid)
    b.sync(share)
    a.sync(share)
    assert help_requests.load(a.db, rid).deleted
    assert rid not in [r.id for r in help_requests.list_records(a.db)]
    help_requests.restore(a.db, rid)
    a.sync(share)
    b.sync(share)
    assert not help_requests.load(b.db, rid).deleted


def test_a_new_pc_gets_everything_with_progress(pcs, share, tmp_path):
    from app.services import demo
    from tests.sync.helpers import PC

    a = pcs["A"]
    demo.generate(a.db, 300, seed=3)
    a.sync(share)
    late = PC(tmp_path, "PC-NOUVEAU")
    seen = []
    try:
        late.sync(share, progress=lambda d, t, _x: seen.append((d, t)))
        assert dump(late.db)["help_request"] == dump(a.db)["help_request"]
        assert seen and seen[-1][0] == seen[-1][1]
    finally:
        late.close()


def test_a_no_op_round_changes_nothing_and_sends_nothing(pcs, share):
    a = pcs["A"]
    a.sync(share)
    files = sorted(share.rglob("*"))
    before = dump(a.db)
    report = a.sync(share)
    assert (report.exported, report.imported, report.segments_written) == (0, 0, 0)
    assert sorted(share.rglob("*")) == files
    assert dump(a.db) == before


def test_a_session_may_arrive_before_the_site_it_points_to(pcs, share, tmp_path):
    """C records at A's new site; B hears from C before it hears from A: nothing breaks, all converge."""
    from app.services import installation
    from tests.sync.helpers import PC

    a, b = pcs["A"], pcs["B"]
    c = PC(tmp_path, "PC-MAIRIE")
    try:
        site = installation.add_site(a.db, "Hôtel de Ville")
        a.sync(share)
        c.sync(share)
        ticket = help_requests.add_arrival(c.db, site_id=site, label="M. C")
        c.sync(share)
        a_dir = share / "pasapas" / "devices" / a.db.device_id
        hidden = a_dir.rename(share / "a-absent")
        b.sync(share)  # B gets C's session, not yet A's site
        hidden.rename(a_dir)
        b.sync(share)
        assert [q.id for q in help_requests.today_queue(b.db, site_id=site)] == [ticket.id]
        assert "Hôtel de Ville" in [s.name for s in installation.list_sites(b.db)]
        import sqlite3

        assert sqlite3.connect(b.db.path).execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        c.close()


def test_saving_a_form_opened_before_a_sync_keeps_the_other_pcs_edit_of_other_fields(pcs, share):
    """The desk form writes only what the conseiller changed (`base=`), not every field it shows."""
    a, b = pcs["A"], pcs["B"]
    fields = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=45, site_id=a.ctx.site.id, themes=("email",))
    rid = help_requests.save_record(a.db, fields)
    a.sync(share)
    b.sync(share)
    opened = help_requests.load(a.db, rid).fields  # the form on PC A shows the record
    help_requests.save_record(b.db, help_requests.load(b.db, rid).fields.with_changes(notes="Revient jeudi"), request_id=rid)
    b.sync(share)
    a.sync(share)  # an automatic round while the form is open
    help_requests.save_record(a.db, opened.with_changes(duration_minutes=60), request_id=rid, base=opened)
    a.sync(share)
    b.sync(share)
    for pc in (a, b):
        saved = help_requests.load(pc.db, rid).fields
        assert (saved.duration_minutes, saved.notes) == (60, "Revient jeudi")


def test_big_changes_are_cut_into_segments_of_bounded_size(pcs, share, monkeypatch):
    import app.services.sync.round as round_mod
    from app.services import installation

    monkeypatch.setattr(round_mod, "SEGMENT_BYTES", 2000)
    a, b = pcs["A"], pcs["B"]
    for i in range(6):
        installation.add_site(a.db, f"Lieu {i}", opening_hours="x" * 900)
    report = a.sync(share)
    assert report.segments_written >= 3
    assert max(p.stat().st_size for p in share.rglob("*.seg")) < 4000
    b.sync(share)
    a.sync(share)
    assert dump(a.db) == dump(b.db)
    assert len(dump(b.db)["site"]) == 8  # the six, and each PC's own site
