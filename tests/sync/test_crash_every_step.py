"""A crash at every I/O step of export and import: after a restart nothing is lost, nothing applied twice."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from app.services import help_requests
from app.services.sync import folder as net_folder
from app.services.sync import segment
from app.services.sync.errors import SyncError
from app.services.sync.round import run_round
from app.store.db import Database
from tests.sync.faults import FaultyIO
from tests.sync.helpers import PASSPHRASE, PC, dump, make_share

FP = {"A": "fp-A", "B": "fp-B"}


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> Path:
    """A has unsent changes; B's two segments wait on the share for A. Copied afresh for every k."""
    root = tmp_path_factory.mktemp("scenario")
    share = make_share(root)
    # Set up apart with one site and one conseiller: the first rounds also merge them (the same writes on
    # both PCs), which must count no conflict either.
    a, b = (PC(root, n, site="Médiathèque du Carré des Jalles", conseiller="Camille Durand") for n in ("A", "B"))
    for label in ("un", "deux"):
        help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label=label)
    help_requests.add_arrival(b.db, site_id=b.ctx.site.id, label="trois")
    run_round(b.db, share, passphrase=PASSPHRASE, fingerprint=FP["B"])
    help_requests.add_arrival(b.db, site_id=b.ctx.site.id, label="quatre")
    run_round(b.db, share, passphrase=PASSPHRASE, fingerprint=FP["B"])
    a.close()
    b.close()
    return root


def _own_changes(share: Path, device: str, key: bytes, dataset: str) -> Counter:
    """(row, clock) pairs in a device's segments: each must appear once (nothing exported twice)."""
    seen: Counter = Counter()
    for f in (share / "pasapas" / "devices" / device).glob("*.seg"):
        seg = segment.open_segment(key, f.name, f.read_bytes(), dataset=dataset, device=device)
        seen.update((c[1], c[2]) for c in seg.changes)
    return seen


def _run_with_crash_at(root: Path, k: int, tmp: Path) -> str:
    work = tmp / f"k{k}"
    shutil.copytree(root, work)
    share = work / "share"
    a = Database(work / "A" / "pasapas.sqlite")
    io = FaultyIO(k)
    try:
        run_round(a, share, passphrase=PASSPHRASE, io=io, fingerprint=FP["A"])
    except (OSError, SyncError):
        pass
    finally:
        a.dispose()
    crashed = io.failed_on
    # restart: both PCs run ordinary rounds
    a = Database(work / "A" / "pasapas.sqlite")
    b = Database(work / "B" / "pasapas.sqlite")
    try:
        for db, fp in ((a, FP["A"]), (b, FP["B"]), (a, FP["A"])):
            report = run_round(db, share, passphrase=PASSPHRASE, fingerprint=fp)
            assert not report.rekeyed and report.skipped == 0
        assert dump(a) == dump(b)
        labels = sorted(r[0] for r in sqlite3.connect(a.path).execute("SELECT visitor_label FROM help_request"))
        assert labels == ["deux", "quatre", "trois", "un"], (k, io.failed_on)
        net = net_folder.open_network(share)
        key = net.derive(PASSPHRASE)
        for db in (a, b):
            counts = _own_changes(share, db.device_id, key, net.dataset)
            assert counts and max(counts.values()) == 1, (k, io.failed_on)
            con = sqlite3.connect(db.path)
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert con.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
            assert con.execute("SELECT count(*) FROM sync_history WHERE conflict = 1").fetchone()[0] == 0
            con.close()
    finally:
        a.dispose()
        b.dispose()
    return crashed


def test_a_crash_at_any_step_of_a_round_loses_nothing_and_applies_nothing_twice(scenario, tmp_path):
    k, kinds = 1, []
    while kind := _run_with_crash_at(scenario, k, tmp_path):
        kinds.append(kind)
        k += 1
        assert k < 200
    # every durable step of the export (write, fsync, rename, read back, commit) and of the import was hit
    assert {"write", "fsync", "rename", "read", "commit"} <= set(kinds), kinds
    assert kinds.count("commit") >= 3  # exported mark, and each of B's two segments applied
