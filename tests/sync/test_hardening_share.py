"""The share is hostile ground: files lost, junk, forged files, mass deletions, tampered keys, two rounds."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.domain.help_request import HelpRequestFields
from app.services import help_requests
from app.services.sync import confirmations
from app.services.sync.errors import DamagedFolder, SyncError
from app.services.sync.round_lock import RoundRunning, one_round
from app.store.models import HelpRequest


def _session(pc, notes: str = "") -> str:  # type: ignore[no-untyped-def]
    return help_requests.save_record(pc.db, HelpRequestFields(
        day=date(2026, 11, 27), duration_minutes=30, site_id=pc.ctx.site.id, themes=("email",), notes=notes))


def _own(share: Path, pc) -> Path:  # type: ignore[no-untyped-def]
    return share / "pasapas" / "devices" / pc.db.device_id


def _ids(pc) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.id for r in help_requests.list_records(pc.db)}


@pytest.mark.parametrize("damage", ["deleted", "emptied"])
def test_a_segment_lost_from_the_share_is_written_again_and_reaches_the_other_pc(pcs, share, damage: str) -> None:
    a, b = pcs["A"], pcs["B"]
    rid = _session(a)
    a.sync(share)
    [seg] = [p for p in _own(share, a).glob("*.seg") if p.stat().st_size]
    seg.unlink() if damage == "deleted" else seg.write_bytes(b"")
    report = a.sync(share)
    assert report.restored == 1 and any("réécrit" in p for p in report.problems)
    b.sync(share)
    assert rid in _ids(b)


def test_a_gap_in_another_pcs_files_is_reported(pcs, share) -> None:
    a, b = pcs["A"], pcs["B"]
    for _ in range(3):
        _session(a)
        a.sync(share)
    segs = sorted(_own(share, a).glob("*.seg"))
    middle = segs[len(segs) // 2]
    middle.unlink()
    report = b.sync(share)  # B has never applied it
    assert any("absent(s) du dossier partagé" in p for p in report.problems)


def test_a_file_dropped_in_this_pcs_folder_without_the_key_changes_nothing(pcs, share) -> None:
    a = pcs["A"]
    _session(a)
    a.sync(share)
    me = a.db.device_id
    from app.services.sync import segment

    real = sorted(_own(share, a).glob("*.seg"))[0].read_bytes()
    header = json.loads(real[len(segment.MAGIC): real.index(b"\n", len(segment.MAGIC))])
    header["seq"] = 99
    data = segment.MAGIC + json.dumps(header).encode() + b"\n" + b"x" * 64  # a plausible header, no valid seal
    forged = _own(share, a) / segment.file_name(99, data)  # named by its own hash, as the format wants
    forged.write_bytes(data)
    for _ in range(3):
        report = a.sync(share)
        assert not report.rekeyed
    assert a.db.device_id == me
    assert any("non authentifié" in p for p in report.problems)


def test_a_valid_segment_deleting_every_session_waits_for_a_person(pcs, share, capsys) -> None:
    a, b = pcs["A"], pcs["B"]
    ids = [_session(a) for _ in range(30)]
    a.sync(share)
    b.sync(share)
    with a.db.write() as s:  # a stolen PC holding the key deletes everything
        for rid in ids:
            s.get(HelpRequest, rid).deleted = True
    a.sync(share)
    report = b.sync(share)
    assert report.held == 30 and any("mises en attente" in p for p in report.problems)
    assert _ids(b) >= set(ids)  # nothing deleted on B
    [batch] = confirmations.waiting(b.db)
    assert "supprime 30" in batch.why
    code = main(["--data-dir", str(b.dir), "sync", "pending"])
    assert code == 0 and "à confirmer" in capsys.readouterr().out
    assert confirmations.refuse(b.db, batch.batch.split("/")[-1]) == 30
    assert confirmations.waiting(b.db) == [] and _ids(b) >= set(ids)


def test_a_confirmed_mass_change_is_applied(pcs, share) -> None:
    a, b = pcs["A"], pcs["B"]
    ids = [_session(a) for _ in range(25)]
    a.sync(share)
    b.sync(share)
    with a.db.write() as s:
        for rid in ids:
            s.get(HelpRequest, rid).deleted = True
    a.sync(share)
    b.sync(share)
    [batch] = confirmations.waiting(b.db)
    assert confirmations.confirm(b.db, batch.batch) == 25
    assert not (_ids(b) & set(ids))


def test_one_session_edited_is_not_a_mass_change(pcs, share) -> None:
    a, b = pcs["A"], pcs["B"]
    ids = [_session(a) for _ in range(5)]
    a.sync(share)
    b.sync(share)
    help_requests.save_record(a.db, help_requests.load(a.db, ids[0]).fields.with_changes(duration_minutes=45),
                              request_id=ids[0])
    a.sync(share)
    assert b.sync(share).held == 0


@pytest.mark.parametrize("kdf", [{"n": 1000}, {"r": 0}, {"p": 64}, {"n": 2**30}, {"n": "x"}])
def test_tampered_key_parameters_say_the_folder_is_damaged(pcs, share, kdf: dict) -> None:
    folder = share / "pasapas" / "FOLDER.json"
    doc = json.loads(folder.read_text())
    doc["kdf"].update(kdf)
    folder.write_text(json.dumps(doc))
    with pytest.raises(DamagedFolder, match="dossier partagé abîmé"):
        pcs["A"].sync(share)


def test_two_rounds_at_once_on_one_data_folder_send_the_outbox_once(pcs, share) -> None:
    a = pcs["A"]
    _session(a)
    holding = threading.Event()
    release = threading.Event()

    def other_round() -> None:  # a scheduled « pasapas sync » holding the lock
        with one_round(a.dir):
            holding.set()
            release.wait(10)

    t = threading.Thread(target=other_round)
    t.start()
    holding.wait(10)
    try:
        with pytest.raises(RoundRunning):
            a.sync(share)
    finally:
        release.set()
        t.join()
    report = a.sync(share)  # the lock of a finished (or killed) round does not stay
    assert report.segments_written == 1


def test_ten_thousand_junk_files_give_a_few_lines(pcs, share) -> None:
    a, b = pcs["A"], pcs["B"]
    _session(a)
    a.sync(share)
    junk = _own(share, a)
    for n in range(10_000):
        (junk / f"Copie de {n}.txt").write_bytes(b"")
    report = b.sync(share)
    assert report.skipped == 10_000
    assert len(report.problems) <= 5 and sum(len(p) for p in report.problems) < 2000


def test_a_clock_far_ahead_of_the_share_is_told_on_that_pc(pcs, share, capsys) -> None:
    a = pcs["A"]
    _session(a)
    from app.store.changes import now_ms

    report = a.sync(share, now=now_ms() + 30 * 86_400_000)
    assert report.clock_ahead_days >= 29 and any("horloge de ce poste est en avance" in p for p in report.problems)
    with pytest.raises(SyncError, match="horloge"):
        a.sync(share, now=4_102_444_800_000 + 1000)  # 2100: not a date
