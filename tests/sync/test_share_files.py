"""Torn files, bit flips, foreign files, sync-client conflict copies and newer formats: ignored, reported."""

from __future__ import annotations

import json
import random
import shutil

import pytest

from app.services import help_requests
from app.services.sync import folder as net_folder
from app.services.sync import segment
from app.services.sync.io import ShareIO
from tests.sync.helpers import PASSPHRASE, dump


def _b_segment(pcs, share):
    """B records a visitor and sends it; returns the segment file and B's folder on the share."""
    b = pcs["B"]
    help_requests.add_arrival(b.db, site_id=b.ctx.site.id, label="Mme B")
    b.sync(share)
    folder = share / "pasapas" / "devices" / b.db.device_id
    (seg,) = folder.glob("*.seg")
    return seg, folder


def _labels(pc, site_id):
    return sorted(e.visitor_label for e in help_requests.today_queue(pc.db, site_id=site_id))


@pytest.mark.parametrize("seed", range(6))
def test_a_torn_segment_is_skipped_then_applied_once_whole(pcs, share, seed):
    a = pcs["A"]
    seg, _folder = _b_segment(pcs, share)
    whole = seg.read_bytes()
    rng = random.Random(seed)
    seg.write_bytes(whole[: rng.randrange(0, len(whole))])  # a sync client still copying
    before = dump(a.db)
    report = a.sync(share)
    assert report.skipped == 1 and "incomplet" in report.problems[0]
    assert dump(a.db)["help_request"] == before["help_request"]
    seg.write_bytes(whole)
    report = a.sync(share)
    assert report.skipped == 0 and report.segments_read == 1
    assert dump(a.db)["help_request"] == dump(pcs["B"].db)["help_request"]


@pytest.mark.parametrize("seed", range(6))
def test_a_flipped_bit_is_never_applied(pcs, share, seed):
    a = pcs["A"]
    seg, folder = _b_segment(pcs, share)
    data = bytearray(seg.read_bytes())
    rng = random.Random(seed)
    pos = rng.randrange(len(data))
    data[pos] ^= 1 << rng.randrange(8)
    seg.unlink()
    # the same bytes under their own checksum name too: only authentication can catch this one
    (folder / seg.name).write_bytes(bytes(data))
    (folder / segment.file_name(1, bytes(data))).write_bytes(bytes(data))
    before = dump(a.db)["help_request"]
    report = a.sync(share)
    assert report.skipped == 2 and report.segments_read == 0
    assert dump(a.db)["help_request"] == before


def test_foreign_files_and_conflict_copies_are_ignored_and_the_rest_proceeds(pcs, share):
    a = pcs["A"]
    seg, folder = _b_segment(pcs, share)
    stem = seg.name.removesuffix(".seg")
    copies = [
        f"{seg.name}.sync-conflict-20261127-101010-ABCDEF",
        f"{stem}.sync-conflict-20261127-101010-ABCDEF.seg",
        f"{stem} (1).seg",
        f"{stem}-PC-MAIRIE.seg",
        "Thumbs.db",
        "notes.txt",
    ]
    for name in copies:
        shutil.copy(seg, folder / name)
    (share / "pasapas" / "devices" / "desktop.ini").write_text("[.ShellClassInfo]")
    (share / "pasapas" / "devices" / "pas-un-poste").mkdir()
    (share / "pasapas" / "devices" / "pas-un-poste" / "00000001-0123456789abcdef0123456789abcdef.seg").write_bytes(
        b"garbage"
    )
    (share / "pasapas" / "FOLDER (1).json").write_text("{}")
    report = a.sync(share)
    assert report.segments_read == 1
    assert report.skipped == len(copies) + 1
    assert _labels(a, pcs["B"].ctx.site.id) == ["Mme B"]


def test_a_segment_from_a_newer_format_is_skipped_with_a_clear_reason(pcs, share):
    a = pcs["A"]
    future_pc = "11111111-2222-4333-8444-555555555555"
    net = net_folder.open_network(share)
    key = net.derive(PASSPHRASE)
    payload = json.dumps([["site", "x", "0" * 15 + "-00000000-dev", {}, {}]]).encode()
    name, data = segment.build(
        key, dataset=net.dataset, device=future_pc, device_name="PC-FUTUR", seq=1, prev="",
        payload=payload, count=1, outbox=(1, 1),
    )
    data = data.replace(b'"format":1', b'"format":2', 1)
    folder = share / "pasapas" / "devices" / future_pc
    folder.mkdir(parents=True)
    (folder / segment.file_name(1, data)).write_bytes(data)
    _seg, _ = _b_segment(pcs, share)  # and a normal one next to it
    report = a.sync(share)
    assert report.skipped == 1 and "format 2 plus récent" in " ".join(report.problems)
    assert _labels(a, pcs["B"].ctx.site.id) == ["Mme B"]


def test_a_network_folder_of_a_newer_format_is_refused_and_nothing_changes(pcs, share):
    from app.services.sync.errors import SyncError

    a = pcs["A"]
    doc = json.loads((share / "pasapas" / "FOLDER.json").read_text())
    doc["format"] = 99
    (share / "pasapas" / "FOLDER.json").write_text(json.dumps(doc))
    before = dump(a.db)
    with pytest.raises(SyncError, match="version plus récente"):
        a.sync(share)
    assert dump(a.db) == before


def test_segments_hold_no_personal_data_in_clear(pcs, share):
    a = pcs["A"]
    help_requests.add_arrival(a.db, site_id=a.ctx.site.id, label="Mme Dupont-Lunettes")
    a.sync(share)
    for f in share.rglob("*"):
        if f.is_file():
            assert b"Dupont" not in f.read_bytes()
            assert b"Camille" not in f.read_bytes()


def test_atomic_write_reads_back_what_it_wrote(tmp_path):
    io = ShareIO()
    io.write_atomic(tmp_path / "x.seg", b"abc" * 1000)
    assert (tmp_path / "x.seg").read_bytes() == b"abc" * 1000
    assert [p.name for p in tmp_path.iterdir()] == ["x.seg"]


def test_a_segment_with_an_inconsistent_change_is_refused_whole(pcs, share):
    """Even with the right key: a change whose row id disagrees with its fields is not applied."""
    a = pcs["A"]
    writer = "22222222-2222-4333-8444-555555555555"
    net = net_folder.open_network(share)
    key = net.derive(PASSPHRASE)
    good = ["site", "s-1", "0" * 14 + "1-00000000-" + writer, {"id": "s-1", "name": "Bon lieu"}, {}]
    bad = ["site", "s-2", "0" * 14 + "1-00000000-" + writer, {"id": "s-3", "name": "Mauvais"}, {}]
    name, data = segment.build(
        key, dataset=net.dataset, device=writer, device_name="PC-X", seq=1, prev="",
        payload=json.dumps([good, bad]).encode(), count=2, outbox=(1, 2),
    )
    folder = share / "pasapas" / "devices" / writer
    folder.mkdir(parents=True)
    (folder / name).write_bytes(data)
    report = a.sync(share)
    assert report.skipped == 1 and "contenu inattendu" in report.problems[0]
    names = [r[0] for r in dump(a.db)["site"]]
    assert "Bon lieu" not in str(names) and "Mauvais" not in str(names)


def test_a_network_is_never_created_over_another(tmp_path, monkeypatch):
    """Two PCs creating a network in the same folder at the same instant: the second one is refused."""
    from app.services.sync.errors import SyncError
    from tests.sync.helpers import FAST_KDF

    share = tmp_path / "partage"
    share.mkdir()
    first = net_folder.init_network(share, PASSPHRASE, kdf_n=FAST_KDF)
    monkeypatch.setattr(ShareIO, "exists", lambda self, path: False)  # it did not exist when looked at
    with pytest.raises(SyncError, match="déjà un réseau"):
        net_folder.init_network(share, "une autre phrase secrète", kdf_n=FAST_KDF)
    monkeypatch.undo()
    assert net_folder.open_network(share).dataset == first.dataset
    assert sorted(p.name for p in (share / "pasapas").iterdir()) == ["FOLDER.json", "devices"]  # no temp left
