"""A missing, empty, unmounted, read-only or full share: « dossier partagé indisponible », zero local change."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from app.services import help_requests
from app.services.sync.errors import ShareUnavailable
from tests.sync.faults import RefusingIO
from tests.sync.helpers import dump


def _local_state(pc):
    con = sqlite3.connect(pc.db.path)
    try:
        sync_tables = {
            t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("sync_outbox", "sync_row", "sync_history", "sync_applied", "sync_pending", "sync_quarantine")
        }
    finally:
        con.close()
    return dump(pc.db), sync_tables


@pytest.fixture
def busy_pc(pcs, share):
    """A PC that has synced once and has new changes waiting."""
    a = pcs["A"]
    a.sync(share)
    help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label="en attente")
    return a


def test_a_missing_folder_is_unavailable(busy_pc, tmp_path):
    before = _local_state(busy_pc)
    with pytest.raises(ShareUnavailable, match="dossier partagé indisponible"):
        busy_pc.sync(tmp_path / "clé-usb-retirée")
    assert _local_state(busy_pc) == before


def test_an_empty_folder_is_unavailable_and_never_written_into(busy_pc, tmp_path):
    empty = tmp_path / "vide"
    empty.mkdir()
    before = _local_state(busy_pc)
    with pytest.raises(ShareUnavailable, match="aucun réseau"):
        busy_pc.sync(empty)
    assert list(empty.iterdir()) == []
    assert _local_state(busy_pc) == before


def test_an_unmounted_share_whose_mount_point_is_empty_deletes_nothing(busy_pc, share, tmp_path):
    """The classic: the mount point exists but is empty. That is « unavailable », never « all deleted »."""
    before = _local_state(busy_pc)
    share.rename(tmp_path / "démonté")
    share.mkdir()
    with pytest.raises(ShareUnavailable):
        busy_pc.sync(share)
    assert _local_state(busy_pc) == before


@pytest.mark.parametrize(("err", "words"), [(errno.EROFS, "lecture seule"), (errno.ENOSPC, "plein")])
def test_a_read_only_or_full_share_changes_nothing_here(busy_pc, share, err, words):
    before = _local_state(busy_pc)
    with pytest.raises(ShareUnavailable, match=words):
        busy_pc.sync(share, io=RefusingIO(err))
    assert _local_state(busy_pc) == before
    report = busy_pc.sync(share)  # the share is back: the waiting change goes
    assert report.exported == 1 and report.waiting == 0


def test_a_share_that_disappears_mid_listing_is_unavailable(busy_pc, share):
    from app.services.sync.io import ShareIO

    class Vanishing(ShareIO):
        def list_dir(self, path):
            raise OSError(errno.ENOENT, "parti", str(path))

    before = _local_state(busy_pc)
    with pytest.raises(ShareUnavailable, match="introuvable"):
        busy_pc.sync(share, io=Vanishing())
    assert _local_state(busy_pc) == before
