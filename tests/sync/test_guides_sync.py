"""Guides and their images (a BLOB column) travel like every synced table; the search index follows."""

from __future__ import annotations

import os
import sqlite3

from app.services import guides
from app.services.guide_search import search
from tests.guides.conftest import guide_text
from tests.sync.helpers import dump


def test_a_local_guide_and_its_image_reach_the_other_pc_bit_for_bit(pcs, share, tmp_path):
    a, b = pcs["A"], pcs["B"]
    gid = "guide-de-la-mediatheque"
    picture = tmp_path / "ecran.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(3000) + b"\x00\xff")
    rel = guides.add_image(a.db, gid, picture)
    text = guide_text(gid, title="Imprimer à la médiathèque").replace("images/accueil.png", rel)
    assert guides.save_guide(a.db, text, status="published") == gid
    a.sync(share)
    report = b.sync(share)
    assert {"guide", "guide_image"} <= set(report.tables)
    con = sqlite3.connect(b.db.path)
    (data,) = con.execute("SELECT data FROM guide_image WHERE guide_id = ?", (gid,)).fetchone()
    con.close()
    assert data == picture.read_bytes()
    assert [h.id for h in search(b.db, "imprimer mediatheque")][:1] == [gid]
    assert dump(a.db)["guide_image"] == dump(b.db)["guide_image"]


def test_the_same_bundled_guides_on_every_pc_are_not_conflicts(pcs, share, bundled):
    a, b = pcs["A"], pcs["B"]
    guides.load_bundled(a.db, bundled)
    guides.load_bundled(b.db, bundled)
    reports = [pc.sync(share) for pc in (a, b, a)]
    assert sum(r.conflicts for r in reports) == 0
    assert dump(a.db)["guide"] == dump(b.db)["guide"]


def test_a_pc_that_loads_the_bundled_guides_later_never_overwrites_an_edit(pcs, share, bundled, tmp_path):
    """Bundled guides are the base layer: PC-NOUVEAU loads them at its first start, after PC-A
    unpublished one; PC-A's choice stays, on every PC."""
    from tests.sync.helpers import PC

    a, b = pcs["A"], pcs["B"]
    guides.load_bundled(a.db, bundled)
    guides.set_status(a.db, "test-valide", "draft")
    a.sync(share)
    late = PC(tmp_path, "PC-NOUVEAU")
    try:
        guides.load_bundled(late.db, bundled)  # at its first start, before any sync
        assert guides.get_guide(late.db, "test-valide").status == "published"
        for pc in (late, a, b, late):
            pc.sync(share)
        for pc in (a, b, late):
            assert guides.get_guide(pc.db, "test-valide").status == "draft"
        assert dump(a.db)["guide"] == dump(b.db)["guide"] == dump(late.db)["guide"]
    finally:
        late.close()


def test_a_newer_bundled_version_updates_the_text_but_not_an_edited_field(pcs, share, bundled):
    a, b = pcs["A"], pcs["B"]
    guides.load_bundled(a.db, bundled)
    guides.set_status(a.db, "test-valide", "draft")
    (bundled / "test-valide.md").write_text(guide_text(version=2, title="Un guide de test, version 2"),
                                            encoding="utf-8")
    guides.load_bundled(a.db, bundled)
    got = guides.get_guide(a.db, "test-valide")
    assert (got.guide.title, got.bundled_version, got.status) == ("Un guide de test, version 2", 2, "draft")
    guides.load_bundled(b.db, bundled)
    for pc in (a, b, a):
        pc.sync(share)
    assert guides.get_guide(b.db, "test-valide").status == "draft"
    assert dump(a.db)["guide"] == dump(b.db)["guide"]
