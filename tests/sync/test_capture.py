"""Change capture: in the same transaction as the data, for ORM writes and for the demo's Core inserts."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import delete, update

from app.services import demo, installation
from app.store.changes import UncapturedWrite
from app.store.models import Site


def _count(db, table: str) -> int:
    con = sqlite3.connect(db.path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_a_rolled_back_write_leaves_no_outbox_row(db):
    before = _count(db, "sync_outbox")
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Site(name="Annulé"))
        s.flush()
        assert _count(db, "sync_outbox") == before  # not visible outside the transaction yet
        raise RuntimeError("l'enregistrement échoue")
    assert _count(db, "sync_outbox") == before
    assert _count(db, "site") == 0


def test_an_edit_sends_only_the_changed_fields_and_keeps_the_old_value(db):
    site = installation.add_site(db, "Médiathèque")
    installation.update_site(db, site, phone="05 56 17 11 90")
    con = sqlite3.connect(db.path)
    fields, prevs = con.execute("SELECT fields, prevs FROM sync_outbox ORDER BY seq DESC LIMIT 1").fetchone()
    history = con.execute("SELECT field, value FROM sync_history WHERE row_id = ?", (site,)).fetchall()
    con.close()
    assert set(json.loads(fields)) == {"phone", "updated_at"}  # same writer: updated_by did not change
    assert set(json.loads(prevs)) == {"phone", "updated_at"}
    assert history == [("phone", '""')]


def test_demo_data_is_captured_in_its_own_transaction(db):
    demo.generate(db, 500, seed=2)
    con = sqlite3.connect(db.path)
    try:
        assert con.execute(
            "SELECT count(*) FROM help_request WHERE id NOT IN (SELECT row_id FROM sync_row)"
        ).fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM sync_outbox WHERE tbl = 'help_request'").fetchone()[0] == 500
    finally:
        con.close()


def test_bulk_updates_of_synced_rows_are_refused(db):
    installation.add_site(db, "Médiathèque")
    with pytest.raises(UncapturedWrite, match="site"), db.write() as s:
        s.execute(update(Site).values(phone="x"))
    with pytest.raises(UncapturedWrite), db.write() as s:
        s.execute(delete(Site))
    assert _count(db, "site") == 1
