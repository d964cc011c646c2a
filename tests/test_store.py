"""The local database: pragmas, migrations, backups, refusal of newer or foreign files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.store import migrate
from app.store.migrate import DatabaseError, ensure_schema
from app.store.open import open_data_dir

FIXTURES = Path(__file__).parent / "fixtures"


def test_pragmas_on_every_connection(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_head_revision_constant_matches_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._alembic_config(Path("unused.sqlite")))
    assert script.get_current_head() == migrate.HEAD_REVISION
    assert {r.revision for r in script.walk_revisions()} == set(migrate.KNOWN_REVISIONS)


def test_device_id_is_stable_per_data_directory(data_dir, tmp_path):
    first = open_data_dir(data_dir).device_id
    assert open_data_dir(data_dir).device_id == first
    other = tmp_path / "other"
    assert open_data_dir(other).device_id != first


def test_rows_carry_writer_and_utc_timestamps(db, ctx):
    from app.store.models import Site

    with db.write() as s:
        site = s.get(Site, ctx.site.id)
        assert site.updated_by == db.device_id
        assert site.updated_at.tzinfo is not None


def test_a_transaction_that_fails_leaves_nothing(db):
    from app.store.models import Site

    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Site(name="Éphémère"))
        s.flush()
        raise RuntimeError("coupure")
    with db.write() as s:
        assert s.query(Site).count() == 0


def test_database_newer_than_the_code_is_refused_untouched(data_dir):
    db = open_data_dir(data_dir)
    db.dispose()
    path = data_dir / "pasapas.sqlite"
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="version plus récente"):
        ensure_schema(path)
    assert path.read_bytes() == before


def test_corrupt_file_gets_a_clear_message(data_dir):
    path = data_dir / "pasapas.sqlite"
    path.write_bytes(b"ceci n'est pas une base" * 100)
    with pytest.raises(DatabaseError, match="illisible"):
        ensure_schema(path)


def test_foreign_sqlite_file_is_not_taken_over(data_dir):
    path = data_dir / "pasapas.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE autre (x)")
    con.close()
    with pytest.raises(DatabaseError, match="pas une base Pas à Pas"):
        ensure_schema(path)


def test_upgrade_of_a_first_migration_database_keeps_data_and_backs_up(tmp_path):
    fixture = FIXTURES / "db-0001.sqlite"
    path = tmp_path / "pasapas.sqlite"
    shutil.copy(fixture, path)
    saved = ensure_schema(path)
    assert saved is not None and saved.exists()
    assert migrate.current_revision(saved) == "0001"  # the backup is the file as it was
    assert migrate.current_revision(path) == migrate.HEAD_REVISION
    db = open_data_dir(tmp_path)
    from app.services import help_requests

    [record] = help_requests.list_records(db)
    assert record.fields.themes == ("email",)
    assert record.fields.notes == "Fiche d'avant la mise à jour"


def test_a_save_waits_for_another_writer_instead_of_failing(db, ctx, data_dir):
    """A sync import committing between a session's read and its write must not make the save fail."""
    import threading
    import time

    from app.domain.help_request import HelpRequestFields
    from app.services import help_requests
    from app.store.db import Database

    other = Database(db.path)  # another connection, as the sync round in its thread
    fields = HelpRequestFields(day=__import__("datetime").date(2026, 11, 27), duration_minutes=30,
                               site_id=ctx.site.id, themes=("email",))
    rid = help_requests.save_record(db, fields)
    started = threading.Event()

    def import_round():
        with other.write() as s:
            from app.store.models import Site

            started.set()
            s.add(Site(name="Importé"))
            s.flush()
            time.sleep(0.3)

    t = threading.Thread(target=import_round)
    t.start()
    started.wait()
    help_requests.save_record(db, fields.with_changes(duration_minutes=45), request_id=rid)  # waits, then saves
    t.join()
    assert help_requests.load(db, rid).fields.duration_minutes == 45
    other.dispose()


def test_folded_texts_follow_every_write_and_the_upgrade(tmp_path):
    """The log's text search reads help_request_text, kept by triggers: after an upgrade, a save, an edit."""
    import sqlite3 as raw

    from app.services import log

    path = tmp_path / "pasapas.sqlite"
    shutil.copy(FIXTURES / "db-0001.sqlite", path)
    ensure_schema(path)
    db = open_data_dir(tmp_path)
    assert log.count(db, log.LogFilter(text="AVANT la mise a jour")).sessions == 1  # backfilled
    con = raw.connect(path)
    triggers = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    con.close()
    assert {"help_request_text_ai", "help_request_text_au", "help_request_text_ad"} <= triggers

    from datetime import date

    from app.domain.help_request import HelpRequestFields
    from app.services import help_requests

    fields = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=30, site_id="s1", themes=("email",),
                               notes="Rapporter l'ŒUVRE complète")
    rid = help_requests.save_record(db, fields)
    assert log.count(db, log.LogFilter(text="oeuvre complete")).sessions == 1
    help_requests.save_record(db, fields.with_changes(notes="Autre chose"), request_id=rid)
    assert log.count(db, log.LogFilter(text="oeuvre")).sessions == 0
    assert log.count(db, log.LogFilter(text="autre CHOSE")).sessions == 1
    assert log.count(db, log.LogFilter(text="100%")).sessions == 0  # % is a character, not a wildcard
