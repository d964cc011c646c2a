"""Installing a newer version over an older one: the data directory of the previous release (schema 0004,
with data) opens with this build, is backed up first, keeps its data; newer bundled guides arrive without
overwriting what was edited on this PC."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.store.migrate import HEAD_REVISION, current_revision
from tests.fixtures import make_db_0004

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def old_data(tmp_path: Path) -> Path:
    folder = tmp_path / "donnees"
    make_db_0004.build(folder)
    assert current_revision(folder / "pasapas.sqlite") == "0004"
    return folder


def test_the_previous_releases_data_opens_with_its_sessions_and_a_backup_first(
        old_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(old_data), "request", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {"r1", "r4"}
    assert rows["r4"]["demarche_name"] == "Déclaration de revenus" and rows["r4"]["duration"] == 45
    assert current_revision(old_data / "pasapas.sqlite") == HEAD_REVISION
    (saved,) = (old_data / "backups").glob(f"*-avant-{HEAD_REVISION}.sqlite")
    assert current_revision(saved) == "0004"  # the copy made before migrating is the old database, whole
    con = sqlite3.connect(saved)
    assert con.execute("SELECT count(*) FROM help_request").fetchone() == (2,)
    con.close()
    # The notes are kept and still found by the log's text search (its index came through the migrations).
    from app.services import log
    from app.store.open import open_data_dir

    db = open_data_dir(old_data)
    try:
        with db.read_connection() as conn:
            notes = {r[0] for r in conn.exec_driver_sql("SELECT notes FROM help_request")}
        assert notes == {make_db_0004.NOTE_0001, make_db_0004.NOTE_0004}
        found = log.count(db, log.LogFilter(text="impots en ligne"))
        assert found.sessions == 1 and found.minutes == 45
    finally:
        db.dispose()
    assert (old_data / "desk.ini").read_text(encoding="utf-8").startswith("[window]")


def _bump(path: Path, title: str) -> None:
    text = path.read_text(encoding="utf-8")
    version = int(re.search(r"^version: (\d+)$", text, re.M).group(1))  # type: ignore[union-attr]
    text = re.sub(r"^version: \d+$", f"version: {version + 1}", text, count=1, flags=re.M)
    text = re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")


def test_newer_bundled_guides_arrive_without_overwriting_local_edits(old_data: Path, tmp_path: Path) -> None:
    from app.services import guides
    from app.store.open import open_data_dir

    db = open_data_dir(old_data)
    try:
        first = guides.load_bundled(db)  # the first start of this version loads the guides it ships
        assert first.added > 30 and not first.problems
        edited, untouched = "impots-payer", "franceconnect"
        source = guides.get_guide(db, edited)
        assert source is not None
        local = re.sub(r"^title: .*$", "title: Payer ses impôts (notre version)", source.source, count=1, flags=re.M)
        guides.save_guide(db, local, status="published", editing_id=edited)
        # The next release ships both guides in a newer version.
        newer = tmp_path / "guides-version-suivante"
        shutil.copytree(ROOT / "resources" / "guides", newer)
        _bump(newer / f"{edited}.md", "Payer ses impôts (version officielle suivante)")
        _bump(newer / f"{untouched}.md", "FranceConnect (version officielle suivante)")
        report = guides.load_bundled(db, newer)
        assert report.updated == 1 and report.flagged == 1 and not report.problems
        kept = guides.get_guide(db, edited)
        assert kept is not None and kept.guide.title == "Payer ses impôts (notre version)"
        assert kept.locally_modified and kept.newer_official_version
        updated = guides.get_guide(db, untouched)
        assert updated is not None and updated.guide.title == "FranceConnect (version officielle suivante)"
    finally:
        db.dispose()
