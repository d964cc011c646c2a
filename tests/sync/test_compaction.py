"""Compaction: own old segments folded into one only once every known device applied them."""

from __future__ import annotations

import contextlib

import pytest

from app.services import help_requests
from app.services.sync import compaction
from app.services.sync.errors import SyncError
from tests.sync.faults import FaultyIO
from tests.sync.helpers import PC, dump


@pytest.fixture
def small_folds(monkeypatch):
    monkeypatch.setattr(compaction, "COMPACT_MIN", 5)


def _segments(share, pc):
    return sorted(p.name for p in (share / "pasapas" / "devices" / pc.db.device_id).glob("*.seg"))


def _busy(a, share, n):
    for i in range(n):
        help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label=f"visiteur {i}")
        a.sync(share)


def test_a_device_away_holds_the_fold_back_then_everyone_converges(pcs, share, tmp_path, small_folds):
    a, b = pcs["A"], pcs["B"]
    away = PC(tmp_path, "PC-ABSENT")
    newcomer = None
    try:
        for pc in (a, b, away, a):
            pc.sync(share)
        _busy(a, share, 12)
        b.sync(share)
        report = a.sync(share)
        assert report.compacted == 0  # PC-ABSENT has not applied them: nothing folded
        assert len(_segments(share, a)) >= 12
        away.sync(share)  # back after months: catches up from the segments still there
        assert dump(away.db) == dump(a.db)
        report = a.sync(share)
        assert report.compacted >= 12
        assert len(_segments(share, a)) < 5
        for pc in (b, away):
            again = pc.sync(share)
            assert again.segments_read == 0 and again.imported == 0  # the snapshot holds nothing new for them
        newcomer = PC(tmp_path, "PC-NOUVEAU")
        newcomer.sync(share)
        assert dump(newcomer.db)["help_request"] == dump(a.db)["help_request"]
        assert len(help_requests.today_queue(newcomer.db, site_id=a.ctx.site.id)) == 12
        _busy(a, share, 2)  # and life goes on after the fold
        for pc in (b, away, newcomer):
            pc.sync(share)
        assert dump(a.db) == dump(b.db) == dump(away.db) == dump(newcomer.db)
    finally:
        away.close()
        if newcomer:
            newcomer.close()


def test_a_compaction_cut_short_at_any_step_loses_nothing(pcs, share, tmp_path, small_folds):
    a, b = pcs["A"], pcs["B"]
    a.sync(share)
    b.sync(share)
    _busy(a, share, 8)
    b.sync(share)
    import shutil

    base = tmp_path / "base"
    a.db.dispose()
    b.db.dispose()
    shutil.copytree(a.dir, base / "a")
    shutil.copytree(b.dir, base / "b")
    shutil.copytree(share, base / "share")
    from app.services.sync.round import machine_fingerprint, run_round
    from app.store.db import Database
    from tests.sync.helpers import PASSPHRASE

    fp_a, fp_b = machine_fingerprint(a.db.path), machine_fingerprint(b.db.path)
    k = 1
    while True:
        work = tmp_path / f"k{k}"
        for part in ("a", "b", "share"):
            shutil.copytree(base / part, work / part)
        da, db_ = Database(work / "a" / "pasapas.sqlite"), Database(work / "b" / "pasapas.sqlite")
        io = FaultyIO(k, kinds=("write", "fsync", "rename", "read", "commit", "remove"))
        with contextlib.suppress(OSError, SyncError):
            run_round(da, work / "share", passphrase=PASSPHRASE, io=io, fingerprint=fp_a)
        for db, fp in ((da, fp_a), (db_, fp_b), (da, fp_a), (db_, fp_b)):
            r = run_round(db, work / "share", passphrase=PASSPHRASE, fingerprint=fp)
            assert not r.rekeyed and r.skipped == 0, (k, io.failed_on, r.problems)
        assert dump(da) == dump(db_), (k, io.failed_on)
        assert len(list((work / "share" / "pasapas" / "devices" / da.device_id).glob("*.seg"))) < 5
        da.dispose()
        db_.dispose()
        if not io.failed_on:
            break
        k += 1
    assert k > 5
    a.db = Database(a.dir / "pasapas.sqlite")
    b.db = Database(b.dir / "pasapas.sqlite")
