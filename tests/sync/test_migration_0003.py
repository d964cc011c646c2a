"""Upgrading a real database of an earlier version: data survives, sync tables appear, and the rows
written before sync existed are sent at the first round (nothing stays behind)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.services.sync import folder as net_folder
from app.services.sync.round import run_round
from app.store.db import Database
from app.store.migrate import HEAD_REVISION, current_revision, ensure_schema
from tests.sync.helpers import FAST_KDF, PASSPHRASE, PC, dump

FIXTURE = Path(__file__).parent.parent / "fixtures" / "db-0001.sqlite"


def test_an_old_database_upgrades_and_its_rows_reach_the_network(tmp_path):
    data = tmp_path / "ancien"
    data.mkdir()
    path = data / "pasapas.sqlite"
    shutil.copy(FIXTURE, path)
    assert current_revision(path) == "0001"
    backup = ensure_schema(path)
    assert backup is not None and current_revision(backup) == "0001"
    assert current_revision(path) == HEAD_REVISION
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sync_outbox", "sync_row", "sync_history", "sync_applied", "sync_peer"} <= tables
    assert con.execute("SELECT notes FROM help_request WHERE id = 'r1'").fetchone() == ("Fiche d'avant la mise à jour",)
    con.close()

    share = tmp_path / "partage"
    share.mkdir()
    net_folder.init_network(share, PASSPHRASE, kdf_n=FAST_KDF)
    old = Database(path)
    other = PC(tmp_path, "PC-NEUF")
    try:
        report = run_round(old, share, passphrase=PASSPHRASE)
        assert report.exported == 3  # the site, the conseiller and the record of before
        other.sync(share)
        con = sqlite3.connect(other.db.path)
        assert con.execute("SELECT notes FROM help_request WHERE id = 'r1'").fetchone() == (
            "Fiche d'avant la mise à jour",
        )
        con.close()
        assert dump(other.db)["help_request"] == dump(old)["help_request"]
    finally:
        old.dispose()
        other.close()
