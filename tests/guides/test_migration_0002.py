"""Upgrading a real database made at revision 0001: old rows survive, a backup is written, guide tables exist."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.store.migrate import HEAD_REVISION, current_revision, ensure_schema

FIXTURE = Path(__file__).parent.parent / "fixtures" / "db-0001.sqlite"


def test_upgrade_from_0001_keeps_data_and_adds_guides(tmp_path: Path) -> None:
    path = tmp_path / "pasapas.sqlite"
    shutil.copy(FIXTURE, path)
    assert current_revision(path) == "0001"
    backup = ensure_schema(path)
    assert backup is not None and backup.is_file() and "avant-0002" in backup.name
    assert current_revision(backup) == "0001"
    assert current_revision(path) == HEAD_REVISION == "0002"
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT name FROM site").fetchall() == [("Hôtel de Ville",)]
        assert con.execute("SELECT first_name, last_name FROM conseiller").fetchall() == [("Camille", "Durand")]
        assert con.execute("SELECT notes, duration_minutes, site_id FROM help_request").fetchall() == [
            ("Fiche d'avant la mise à jour", 30, "s1")]
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert {"guide", "guide_image", "guide_fts", "guide_fts_ai", "guide_fts_au", "guide_fts_ad"} <= names
    finally:
        con.close()


def test_upgraded_database_loads_and_searches_guides(tmp_path: Path, bundled: Path) -> None:
    from app.services import guides
    from app.services.guide_search import search
    from app.store.open import open_data_dir

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURE, data / "pasapas.sqlite")
    db = open_data_dir(data)
    try:
        assert guides.load_bundled(db, bundled).added == 2
        assert [h.id for h in search(db, "carte grise")][:1] == ["demarche-carte-grise"]
    finally:
        db.dispose()


def test_head_revision_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    from app.store.migrate import MIGRATIONS_DIR, _alembic_config

    script = ScriptDirectory.from_config(_alembic_config(Path("x.sqlite")))
    assert script.get_current_head() == HEAD_REVISION
    assert MIGRATIONS_DIR.is_dir()
