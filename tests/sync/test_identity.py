"""Clock skew, a cloned data directory, a wrong passphrase."""

from __future__ import annotations

import shutil
import sqlite3
import time
from contextlib import contextmanager
from datetime import date

import pytest

from app.domain.help_request import HelpRequestFields
from app.services import help_requests
from app.services.sync.errors import WrongPassphrase
from app.store.db import Database
from tests.sync.helpers import PC, dump

HOUR = 3600 * 1000
DAY = 24 * HOUR


@contextmanager
def clock(monkeypatch, offset_ms: int):
    """This process's wall clock moved by `offset_ms` for what runs inside."""
    import app.services.sync.round as round_mod
    import app.store.changes as changes_mod

    real = changes_mod.time.time_ns
    with monkeypatch.context() as m:
        fake = lambda: time.time_ns() + offset_ms * 1_000_000  # noqa: E731
        m.setattr(changes_mod, "now_ms", lambda: fake() // 1_000_000)
        m.setattr(round_mod, "now_ms", lambda: fake() // 1_000_000)
        yield
    assert changes_mod.time.time_ns is real


def _record(pc, **changes):
    fields = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=45, site_id=pc.ctx.site.id, themes=("email",))
    return help_requests.save_record(pc.db, fields.with_changes(**changes))


def _edit(pc, rid, **changes):
    help_requests.save_record(pc.db, help_requests.load(pc.db, rid).fields.with_changes(**changes), request_id=rid)


@pytest.mark.parametrize("skew", [HOUR, -HOUR, DAY, -DAY])
def test_clock_skew_of_an_hour_or_a_day_converges_and_causality_wins(pcs, share, monkeypatch, skew):
    a, b = pcs["A"], pcs["B"]
    rid = _record(a)
    a.sync(share)
    with clock(monkeypatch, skew):
        b.sync(share)
        _edit(b, rid, duration_minutes=30)  # B saw A's value: its edit comes after, whatever its clock says
        b.sync(share)
    a.sync(share)
    assert help_requests.load(a.db, rid).fields.duration_minutes == 30
    _edit(a, rid, notes="après")
    a.sync(share)
    with clock(monkeypatch, skew):
        b.sync(share)
        _edit(b, rid, duration_minutes=60)
        b.sync(share)
    a.sync(share)
    assert dump(a.db) == dump(b.db)
    assert (help_requests.load(a.db, rid).fields.duration_minutes, help_requests.load(a.db, rid).fields.notes) == (60, "après")


def test_a_device_a_week_ahead_is_quarantined_then_applied_when_time_catches_up(pcs, share, monkeypatch):
    a, b = pcs["A"], pcs["B"]
    rid = _record(a)
    a.sync(share)
    b.sync(share)
    with clock(monkeypatch, 7 * DAY):
        _edit(b, rid, duration_minutes=120)
        b.sync(share)
    report = a.sync(share)
    assert report.quarantined == 1
    assert any("futur" in p for p in report.problems)
    assert help_requests.load(a.db, rid).fields.duration_minutes == 45  # not applied, not poisoning A's clock
    con = sqlite3.connect(a.db.path)
    hlc = con.execute("SELECT value FROM local_setting WHERE key = 'sync.hlc'").fetchone()[0]
    con.close()
    assert int(hlc[:15]) < time.time_ns() // 1_000_000 + HOUR
    with clock(monkeypatch, 7 * DAY):
        a.sync(share)
    assert help_requests.load(a.db, rid).fields.duration_minutes == 120


def test_a_cloned_data_directory_is_rekeyed_and_both_forks_survive(pcs, share, tmp_path):
    """A disk image of PC-A put on a second PC: same device id, same path and host (same fingerprint)."""
    a, b = pcs["A"], pcs["B"]
    rid = _record(a)
    a.sync(share)
    a.db.dispose()
    clone_dir = tmp_path / "clone"
    shutil.copytree(a.dir, clone_dir)
    a.db = Database(a.dir / "pasapas.sqlite")
    clone = Database(clone_dir / "pasapas.sqlite")
    assert clone.device_id == a.db.device_id
    try:
        from app.services.sync.round import machine_fingerprint, run_round
        from tests.sync.helpers import PASSPHRASE

        fp = machine_fingerprint(a.db.path)  # the image looks like the same machine
        help_requests.add_arrival(clone, site_id=a.ctx.site.id, label="fork clone")
        _edit_db = help_requests.load(clone, rid).fields.with_changes(notes="vu sur le clone")
        help_requests.save_record(clone, _edit_db, request_id=rid)
        run_round(clone, share, passphrase=PASSPHRASE, fingerprint=fp)
        help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label="fork original")
        report = run_round(a.db, share, passphrase=PASSPHRASE, fingerprint=fp)
        assert report.rekeyed and a.db.device_id != clone.device_id
        for db in (clone, a.db, b.db, a.db, clone):
            run_round(db, share, passphrase=PASSPHRASE, fingerprint=fp if db is not b.db else None)
        labels = sorted(q.visitor_label for q in help_requests.today_queue(b.db, site_id=a.ctx.site.id))
        assert labels == ["fork clone", "fork original"]
        assert dump(a.db) == dump(b.db) == dump(clone)
        assert help_requests.load(b.db, rid).fields.notes == "vu sur le clone"
    finally:
        clone.dispose()


def test_a_data_directory_copied_elsewhere_is_rekeyed_at_its_first_round(pcs, share, tmp_path):
    a, b = pcs["A"], pcs["B"]
    a.sync(share)
    a.db.dispose()
    shutil.copytree(a.dir, tmp_path / "copie")
    a.db = Database(a.dir / "pasapas.sqlite")
    copy = PC.__new__(PC)
    copy.db, copy.fingerprint = Database(tmp_path / "copie" / "pasapas.sqlite"), None
    try:
        report = copy.sync(share)
        assert report.rekeyed and copy.db.device_id != a.db.device_id
        help_requests.add_arrival(copy.db, site_id=a.ctx.site.id, label="sur la copie")
        help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label="sur l'original")
        for pc in (copy, a, b, a, copy):
            pc.sync(share)
        assert dump(a.db) == dump(b.db) == dump(copy.db)
        assert len(help_requests.today_queue(b.db, site_id=a.ctx.site.id)) == 2
    finally:
        copy.db.dispose()


def test_a_wrong_passphrase_is_a_clear_error_and_nothing_is_applied_or_sent(pcs, share):
    a, b = pcs["A"], pcs["B"]
    help_requests.add_arrival(b.db, site_id=b.ctx.site.id, label="chez B")
    b.sync(share)
    help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label="chez A")
    before = dump(a.db)
    files = sorted(share.rglob("*"))
    with pytest.raises(WrongPassphrase, match="phrase secrète incorrecte"):
        a.sync(share, passphrase="pas la bonne phrase")
    assert dump(a.db) == before
    assert sorted(share.rglob("*")) == files
