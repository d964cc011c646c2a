"""The remembered network key: in the OS keyring (a test backend here), else a file only the user reads;
never in the database, so a copied database alone does not open the share."""

from __future__ import annotations

import base64
import shutil
import stat

import pytest

from app.services.sync import errors, key_store, state
from app.services.sync.round import run_round
from app.store import settings
from app.store.open import open_data_dir
from tests.sync.helpers import PASSPHRASE, PC, make_share


def _raw(db) -> bytes:
    wal = db.path.with_name(db.path.name + "-wal")
    return db.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _key(share) -> tuple[str, bytes]:
    from app.services.sync.folder import open_network

    net = open_network(share)
    return net.dataset, net.derive(PASSPHRASE)


def test_the_key_goes_to_the_keyring_and_a_copied_database_cannot_open_the_share(tmp_path, test_keyring):
    share = make_share(tmp_path)
    a = PC(tmp_path, "PC-A")
    try:
        dataset, key = _key(share)
        state.remember_key(a.db, dataset, key)
        assert key_store.place(a.db).kind == "keyring" and test_keyring.store
        assert a.sync(share, passphrase=None).exported  # the remembered key is enough
        assert base64.b64encode(key) not in _raw(a.db) and key not in _raw(a.db)
        # The thief copies the database file to another machine (whose keyring is not this one's).
        copy_dir = tmp_path / "copie"
        copy_dir.mkdir()
        a.db.dispose()
        shutil.copy(a.db.path, copy_dir / a.db.path.name)
        test_keyring.store.clear()
        stolen = open_data_dir(copy_dir)
        try:
            with pytest.raises(errors.MissingPassphrase):
                run_round(stolen, share)
        finally:
            stolen.dispose()
    finally:
        a.close()


def test_without_a_keyring_the_key_is_in_a_file_only_the_user_reads(tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    share = make_share(tmp_path)
    a = PC(tmp_path, "PC-A")
    try:
        dataset, key = _key(share)
        state.remember_key(a.db, dataset, key)
        where = key_store.place(a.db)
        assert where.kind == "file" and "fichier lisible par vous seul" in where.words
        path = key_store._file(a.db)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert not path.is_relative_to(a.dir)  # a copied data folder does not carry it
        assert state.stored_key(a.db, dataset) == key
        state.forget_key(a.db)
        assert not path.exists() and state.stored_key(a.db, dataset) is None
    finally:
        a.close()


def test_a_key_left_in_the_database_by_an_older_version_is_moved_out_and_wiped(tmp_path, test_keyring):
    import json

    share = make_share(tmp_path)
    a = PC(tmp_path, "PC-A")
    try:
        dataset, key = _key(share)
        old = json.dumps({"dataset": dataset, "key": base64.b64encode(key).decode()})
        settings.put(a.db, settings.SYNC_KEY, old)
        assert base64.b64encode(key) in _raw(a.db)
        from app.store.migrate import backup

        before = backup(a.db.path, "avant-migration")  # the backup made before the migration to 0009
        assert base64.b64encode(key) in before.read_bytes()
        assert state.load_settings(a.db).key_stored
        assert state.stored_key(a.db, dataset) == key  # first sync use: moved
        assert settings.get(a.db, settings.SYNC_KEY) == ""
        assert key_store.place(a.db).kind == "keyring"
        a.db.dispose()
        assert base64.b64encode(key) not in _raw(a.db)
        assert base64.b64encode(key) not in before.read_bytes()  # nor in the backup made before
        assert stat.S_IMODE(before.stat().st_mode) == 0o600
    finally:
        a.close()


def test_sync_status_says_where_the_key_is(tmp_path, capsys):
    from app.cli import main

    share = make_share(tmp_path)
    a = PC(tmp_path, "PC-A")
    try:
        dataset, key = _key(share)
        assert main(["--data-dir", str(a.dir), "sync", "status"]) == 0
        assert "clé du réseau : non retenue" in capsys.readouterr().out
        state.remember_key(a.db, dataset, key)
        assert main(["--data-dir", str(a.dir), "sync", "status"]) == 0
        assert "clé du réseau : dans le trousseau protégé du système" in capsys.readouterr().out
    finally:
        a.close()


def test_the_data_folder_and_its_files_are_readable_by_their_user_only(tmp_path):
    d = tmp_path / "data"
    db = open_data_dir(d)
    try:
        settings.put(db, settings.DEVICE_NAME, "PC-1")
        assert stat.S_IMODE(d.stat().st_mode) == 0o700
        for f in d.iterdir():
            if f.is_file():
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name
    finally:
        db.dispose()
