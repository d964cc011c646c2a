"""`sync remove-pc` and `sync change-passphrase`: a new network key; a removed PC's new files are refused by
the others, the PCs that remember the key move to the new one by themselves, the old phrase opens nothing new."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.permissions import Actor, PermissionDenied, Role
from app.services import audit
from app.services.sync import errors, exporting, key_store, keys, own_files, removal, segment, state
from app.services.sync.folder import FOLDER_FILE, open_network
from app.store import settings, sync_book
from tests.sync.helpers import FAST_KDF, PASSPHRASE, PC, arrival, labels

NEW = "la nouvelle phrase du réseau"
ADMIN = Actor("Camille Durand", Role.ADMIN)


def forge_with_old_key(pc: PC, share: Path, old_key: bytes, label: str, *, folder_of: str | None = None) -> str:
    """What a removed PC can still do: record something and write it to the share with the key it had."""
    arrival(pc, label)
    conn = pc.db.engine.raw_connection()
    try:
        rows = sync_book.outbox_after(conn.driver_connection, 0, 1000)
    finally:
        conn.close()
    net = open_network(share)
    device = folder_of or pc.db.device_id
    taken = [p[0] for n in (net.device_dir(device).iterdir()) if (p := segment.parse_name(n.name))]
    name, data = segment.build(old_key, dataset=net.dataset, device=device, device_name=pc.name,
                               seq=max(taken) + 1, prev="", payload=exporting.payload(rows), count=len(rows),
                               outbox=(rows[0][0], rows[-1][0]))
    (net.device_dir(device) / name).write_bytes(data)
    return name


def test_a_removed_pcs_new_files_are_refused_and_the_others_move_to_the_new_key(network, share):
    a, b, stolen = network
    old_key = state.stored_key(b.db, open_network(share).dataset)
    rotation = removal.remove_pc(a.db, share, "pc-vole", actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    assert rotation.removed == ["PC-VOLE"] and rotation.granted == ["PC-MEDIATHEQUE"] and rotation.asking == []

    # The removed PC cannot sync any more, and is told why.
    arrival(stolen, "après le retrait (légitime en apparence)")
    with pytest.raises(errors.KeyChanged, match="retiré du réseau"):
        stolen.sync(share, passphrase=None)
    # A hostile one writes anyway, with the key it had: in its own folder, and in a remaining PC's folder.
    forge_with_old_key(stolen, share, old_key, "faux dans son dossier")
    forge_with_old_key(stolen, share, old_key, "faux dans le dossier de B", folder_of=b.db.device_id)

    report_b = b.sync(share, passphrase=None)  # no passphrase typed on B: its key came as a grant
    report_a = a.sync(share, passphrase=None)
    for pc, report in ((a, report_a), (b, report_b)):
        seen = labels(pc)
        assert {"avant (PC-ACCUEIL)", "avant (PC-MEDIATHEQUE)", "avant (PC-VOLE)"} <= seen  # what was sent before
        assert not {"faux dans son dossier", "faux dans le dossier de B"} & seen
        assert not any(label.startswith("après le retrait") for label in seen)
        assert report.skipped >= 1
    assert any("retiré du réseau" in p for p in report_a.problems)
    # B remembers the new key now (not the old one); both keep syncing with each other under it.
    net = open_network(share)
    assert state.stored_key(b.db, net.dataset) == keys.from_passphrase(net, NEW).key != old_key
    arrival(b, "après, sur B")
    b.sync(share, passphrase=None)
    a.sync(share, passphrase=None)
    assert "après, sur B" in labels(a)
    line = audit.entries(a.db, ADMIN)[0]
    assert line.action == "pc_removed" and "PC-VOLE" in line.detail


def test_a_new_pc_joins_with_the_new_phrase_and_reads_everything_the_old_phrase_opens_nothing(
        network, share, tmp_path):
    a, b, stolen = network
    removal.remove_pc(a.db, share, "PC-VOLE", actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    b.sync(share, passphrase=None)
    arrival(b, "après le retrait, sur B")
    b.sync(share, passphrase=None)
    newcomer = PC(tmp_path, "PC-NOUVEAU", site="Médiathèque")
    try:
        with pytest.raises(errors.WrongPassphrase, match="changée"):
            newcomer.sync(share, passphrase=PASSPHRASE)
        newcomer.sync(share, passphrase=NEW)
        assert {"avant (PC-VOLE)", "avant (PC-ACCUEIL)", "après le retrait, sur B"} <= labels(newcomer)
    finally:
        newcomer.close()
    # The old phrase, or the removed PC's remembered key, opens only the generation it had.
    net = open_network(share)
    with pytest.raises(errors.WrongPassphrase):
        keys.from_passphrase(net, PASSPHRASE)
    old = state.stored_key(stolen.db, net.dataset)
    assert keys.generation_of(net, old) == 0


def test_changing_the_passphrase_a_pc_typing_it_needs_the_new_one_a_remembering_pc_does_not(
        network, share, tmp_path):
    a, b, _other = network
    typist = PC(tmp_path, "PC-KIOSQUE", site="Médiathèque")  # does not remember the key: types the phrase
    try:
        typist.sync(share, passphrase=PASSPHRASE)
        a.sync(share, passphrase=None)  # A knows the kiosk's name now
        rotation = removal.change_passphrase(a.db, share, actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
        assert rotation.removed == [] and "PC-KIOSQUE" in rotation.asking and "PC-MEDIATHEQUE" in rotation.granted
        with pytest.raises(errors.WrongPassphrase):
            typist.sync(share, passphrase=PASSPHRASE)
        arrival(typist, "du kiosque")
        typist.sync(share, passphrase=NEW)
        b.sync(share, passphrase=None)
        assert "du kiosque" in labels(b)
        assert audit.entries(a.db, ADMIN)[0].action == "passphrase_changed"
    finally:
        typist.close()


def test_only_an_admin_removes_a_pc_and_not_the_one_it_works_on(network, share):
    a, b, _stolen = network
    before = (share / "pasapas" / FOLDER_FILE).read_bytes()
    with pytest.raises(PermissionDenied):
        removal.remove_pc(a.db, share, "PC-VOLE", actor=Actor("Yanis", Role.CONSEILLER), new_passphrase=NEW)
    with pytest.raises(errors.SyncError, match="sur lequel on travaille"):
        removal.remove_pc(a.db, share, "PC-ACCUEIL", actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    with pytest.raises(errors.SyncError, match="introuvable.*PC-MEDIATHEQUE"):
        removal.remove_pc(a.db, share, "PC-INCONNU", actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    with pytest.raises(errors.SyncError, match="trop courte"):
        removal.remove_pc(a.db, share, "PC-VOLE", actor=ADMIN, new_passphrase="court", kdf_n=FAST_KDF)
    assert (share / "pasapas" / FOLDER_FILE).read_bytes() == before  # nothing changed


def test_a_generation_entry_changed_on_the_share_stops_every_pc_nothing_applied(network, share):
    """The removed PC, or anyone with write access to the share, cannot whitelist a file nor slip in a key."""
    a, b, stolen = network
    old_key = state.stored_key(b.db, open_network(share).dataset)
    removal.remove_pc(a.db, share, "PC-VOLE", actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    name = forge_with_old_key(stolen, share, old_key, "faux autorisé")
    path = share / "pasapas" / FOLDER_FILE
    doc = json.loads(path.read_bytes())
    doc["generations"][-1]["files"].setdefault(stolen.db.device_id, []).append(segment.parse_name(name)[1][:16])
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(errors.DamagedFolder, match="n'a pas été écrite par un poste du réseau"):
        b.sync(share, passphrase=None)
    with pytest.raises(errors.DamagedFolder):
        a.sync(share, passphrase=None)
    assert "faux autorisé" not in labels(a) | labels(b)


def test_a_file_written_during_the_change_is_sent_again_under_the_new_key(network, share):
    """B's round was running when A changed the key: B wrote with the old one. Nothing of it is lost."""
    a, b, _stolen = network
    path = share / "pasapas" / FOLDER_FILE
    before = path.read_bytes()
    removal.change_passphrase(a.db, share, actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    after = path.read_bytes()
    path.write_bytes(before)  # B's round read FOLDER.json just before the change…
    arrival(b, "pendant le changement")
    b.sync(share, passphrase=None)  # …and wrote its file with the old key
    path.write_bytes(after)
    a.sync(share, passphrase=None)
    assert "pendant le changement" not in labels(a)  # refused: written with the old key after the change
    report = b.sync(share, passphrase=None)
    assert any("renvoyé" in p for p in report.problems)
    report_a = a.sync(share, passphrase=None)
    assert "pendant le changement" in labels(a)
    assert report_a.skipped == 0  # the late file is gone from the share


def test_a_removed_pc_holds_nothing_back(network, share):
    """The copies each PC keeps until every PC acknowledged them are dropped without the removed PC."""
    a, b, _stolen = network
    removal.remove_pc(a.db, share, "PC-VOLE", actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    arrival(a, "après")
    a.sync(share, passphrase=None)
    kept = own_files.kept(a.db.path.parent)
    b.sync(share, passphrase=None)  # B acknowledges A's files; the removed PC never will
    a.sync(share, passphrase=None)
    assert len(own_files.kept(a.db.path.parent)) < len(kept)


def test_a_copied_database_gets_no_new_key(network, share, tmp_path, test_keyring):
    a, b, _stolen = network
    b.db.dispose()
    copy = tmp_path / "copie"
    copy.mkdir()
    shutil.copy(b.db.path, copy / b.db.path.name)
    removal.change_passphrase(a.db, share, actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    assert settings.get(b.db, settings.SYNC_KEY_PLACE) == "keyring"
    test_keyring.store.clear()  # the copy runs on another machine: this PC's keyring is not there
    from app.store.open import open_data_dir

    thief = open_data_dir(copy)
    try:
        assert key_store.device_secret(thief) is None
        with pytest.raises(errors.MissingPassphrase):
            from app.services.sync.round import run_round

            run_round(thief, share)
    finally:
        thief.dispose()


def test_the_command_line_lists_the_pcs_removes_one_and_says_what_happens_next(network, share, tmp_path, capsys):
    from app.cli import main
    from app.services import accounts

    a, b, stolen = network
    accounts.create_first_admin(a.db, "Camille Durand", "mot-de-passe-admin")
    pw, new = tmp_path / "pw", tmp_path / "nouvelle"
    pw.write_text("mot-de-passe-admin\n", encoding="utf-8")
    new.write_text(NEW + "\n", encoding="utf-8")
    base = ["--data-dir", str(a.dir), "sync"]
    assert main([*base, "pcs", "--folder", str(share)]) == 0
    listed = capsys.readouterr().out
    assert "PC-VOLE" in listed and "PC-ACCUEIL (ce poste)" in listed
    assert main([*base, "remove-pc", "PC-VOLE", "--folder", str(share), "--new-passphrase-file", str(new)]) == 2
    assert "réservé aux administrateurs" in capsys.readouterr().err
    assert main(["--data-dir", str(a.dir), "--as", "Camille Durand", "--password-file", str(pw), "sync",
                 "remove-pc", "PC-VOLE", "--folder", str(share), "--new-passphrase-file", str(new)]) == 0
    out = capsys.readouterr().out
    assert "« PC-VOLE » retiré du réseau" in out and "Ce qu'il peut encore lire" in out
    assert "reçue d'elle-même à la prochaine synchronisation par : PC-MEDIATHEQUE" in out
    assert main([*base, "pcs", "--folder", str(share)]) == 0
    assert "PC-VOLE (retiré du réseau)" in capsys.readouterr().out
    assert main([*base, "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["key_generation"] == 1


def test_a_pc_that_remembered_the_key_before_this_version_gets_its_own_secret_and_its_grant(
        network, share, test_keyring):
    """A key remembered by the previous version has no PC secret beside it: the next round adds one."""
    a, b, _stolen = network
    net = open_network(share)
    user = f"device-{b.db.device_id}"
    payload = json.loads(test_keyring.store[(key_store.SERVICE, user)])
    del payload["device"]
    test_keyring.store[(key_store.SERVICE, user)] = json.dumps(payload)
    settings.put(b.db, settings.SYNC_DEVICE_PUBLISHED, "")  # the previous version published nothing
    (net.device_dir(b.db.device_id) / keys.DEVICE_FILE).unlink()
    assert key_store.device_secret(b.db) is None
    b.sync(share, passphrase=None)
    assert key_store.device_secret(b.db) is not None
    assert (net.device_dir(b.db.device_id) / keys.DEVICE_FILE).exists()
    rotation = removal.change_passphrase(a.db, share, actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    assert "PC-MEDIATHEQUE" in rotation.granted


def test_an_old_copy_of_the_folder_file_put_back_is_refused_even_with_the_old_phrase(network, share):
    """After a removal, the removed PC (or anyone) puts the old FOLDER.json back: no PC goes back to the old key."""
    a, b, _stolen = network
    path = share / "pasapas" / FOLDER_FILE
    before = path.read_bytes()
    removal.remove_pc(a.db, share, "PC-VOLE", actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    b.sync(share, passphrase=None)  # B moved to the new key
    path.write_bytes(before)
    arrival(b, "ne doit pas partir avec l'ancienne clé")
    for pc, phrase in ((b, None), (b, PASSPHRASE), (a, None)):
        with pytest.raises(errors.DamagedFolder, match="ancienne clé"):
            pc.sync(share, passphrase=phrase)


def test_a_crash_at_each_step_of_the_first_round_under_the_new_key_loses_nothing(network, share):
    """B's first round after the change (its file written with the old key to send again), cut at its 1st,
    2nd, 3rd… durable step in turn, each attempt starting from what the one before left: nothing lost."""
    from app.services.sync.round import run_round
    from tests.sync.faults import Crash, FaultyIO

    a, b, _stolen = network
    path = share / "pasapas" / FOLDER_FILE
    before = path.read_bytes()
    removal.change_passphrase(a.db, share, actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    after = path.read_bytes()
    path.write_bytes(before)
    arrival(b, "pendant le changement")
    b.sync(share, passphrase=None)
    path.write_bytes(after)
    crashes = 0
    for k in range(1, 200):
        try:
            run_round(b.db, share, io=FaultyIO(k), fingerprint=b.fingerprint)
        except (Crash, errors.SyncError):  # the crash itself, or as the round reports it (« dossier partagé… »)
            crashes += 1
            continue
        break
    assert crashes > 5  # the round was cut at several places before one went through
    b.sync(share, passphrase=None)
    report = a.sync(share, passphrase=None)
    con = sqlite3.connect(a.db.path)
    try:
        rows = con.execute("SELECT count(*) FROM help_request WHERE visitor_label = 'pendant le changement'").fetchone()
    finally:
        con.close()
    assert rows[0] == 1 and report.skipped == 0


def test_a_removed_pcs_new_file_is_refused_by_its_name_and_not_read_at_every_round(network, share):
    from app.services.sync.io import ShareIO
    from app.services.sync.round import run_round

    class Counting(ShareIO):
        def __init__(self) -> None:
            self.read: list[str] = []

        def read_bytes(self, path: Path) -> bytes:
            self.read.append(path.name)
            return super().read_bytes(path)

    a, b, stolen = network
    old_key = state.stored_key(b.db, open_network(share).dataset)
    removal.remove_pc(a.db, share, "PC-VOLE", actor=ADMIN, new_passphrase=NEW, kdf_n=FAST_KDF)
    junk = forge_with_old_key(stolen, share, old_key, "faux")
    io = Counting()
    report = run_round(a.db, share, io=io, fingerprint=a.fingerprint)
    assert junk not in io.read and report.skipped == 1
    assert any("retiré du réseau" in p for p in report.problems)
