"""Changes that arrive before their row is complete wait, and are applied as soon as they can be."""

from __future__ import annotations

import shutil
import sqlite3

from app.services import installation
from app.store.changes import BASE_LAYER
from app.store.models import Site
from tests.sync.helpers import dump


def _pending(pc) -> int:
    con = sqlite3.connect(pc.db.path)
    try:
        return int(con.execute("SELECT count(*) FROM sync_pending").fetchone()[0])
    finally:
        con.close()


def test_an_edit_that_arrives_alone_waits_then_merges_with_a_row_created_here(pcs, share, tmp_path):
    """Like a bundled guide: the same id created on this PC after the other PC's edit arrived."""
    a, b = pcs["A"], pcs["B"]
    site = installation.add_site(a.db, "Maison France Services")
    a.sync(share)
    first = sorted((share / "pasapas" / "devices" / a.db.device_id).glob("*.seg"))
    aside = tmp_path / "aside"
    aside.mkdir()
    for f in first:
        shutil.move(f, aside / f.name)
    shutil.rmtree(a.dir / "sync-envoyes")  # and A's own copies, or A would write the segment again
    installation.update_site(a.db, site, phone="05 56 00 00 00")
    a.sync(share)
    b.sync(share)  # only the edit of the phone: the row cannot exist yet
    assert _pending(b) == 1 and site not in [s.id for s in installation.list_sites(b.db)]
    with b.db.write() as s:  # shipped content with the same id, as bundled guides are
        s.info[BASE_LAYER] = lambda _obj: 1
        s.add(Site(id=site, name="Maison France Services", city="Saint-Médard-en-Jalles"))
    b.sync(share)
    assert _pending(b) == 0
    here = next(s for s in installation.list_sites(b.db) if s.id == site)
    assert (here.phone, here.city) == ("05 56 00 00 00", "Saint-Médard-en-Jalles")  # the waiting edit won
    for f in aside.iterdir():
        shutil.move(f, share / "pasapas" / "devices" / a.db.device_id / f.name)
    for pc in (a, b, a):
        pc.sync(share)
    assert dump(a.db) == dump(b.db)
    got = next(s for s in installation.list_sites(b.db) if s.id == site)
    assert (got.phone, got.city) == ("05 56 00 00 00", "")  # A's real creation beats the shipped content


def test_rows_of_a_table_this_version_did_not_know_are_applied_once_it_does(pcs, share, monkeypatch):
    import app.store.apply as apply_mod

    a, b = pcs["A"], pcs["B"]
    site = installation.add_site(a.db, "Hôtel de Ville")
    a.sync(share)
    real = apply_mod.synced_tables
    monkeypatch.setattr(apply_mod, "synced_tables", lambda: {k: v for k, v in real().items() if k != "site"})
    report = b.sync(share)  # an older version of Pas à Pas: no « site » table
    assert _pending(b) >= 1 and report.imported < 3
    monkeypatch.setattr(apply_mod, "synced_tables", real)  # upgraded
    b.sync(share)
    assert _pending(b) == 0
    assert site in [s.id for s in installation.list_sites(b.db)]
    a.sync(share)
    assert dump(a.db) == dump(b.db)
