"""A damaged database, a full disk or a read-only folder: said as what it is, nothing written, no traceback."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.clock import PARIS, paris_today
from app.store import backups, health, migrate

SETUP = ("setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")
needs_non_root = pytest.mark.skipif(os.geteuid() == 0 and not os.environ.get("PASAPAS_TEST_AS_ROOT_RO"),
                                    reason="root writes through read-only modes")


def run(data_dir: Path | str, *args: str) -> int:
    try:
        return int(main(["--data-dir", str(data_dir), *args]) or 0)
    except SystemExit as exc:
        return int(exc.code or 0)


def _sessions(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM help_request").fetchone()[0]
    finally:
        con.close()


def _damage(path: Path) -> None:
    """Overwrite a page in the middle of the file (what a failing disk or a half-copied file does)."""
    import gc

    gc.collect()  # engines of the commands run in this process: their pooled connections close
    con = sqlite3.connect(path)
    busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    assert busy == 0, "the WAL could not be folded into the file: the damage would not show"
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='help_request'").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xde\xad" * (page // 2))


@pytest.fixture
def desk(data_dir: Path, capsys) -> Path:
    assert run(data_dir, *SETUP) == 0
    for _ in range(30):
        assert run(data_dir, "request", "add", "--duration", "30", "--theme", "email") == 0
    capsys.readouterr()
    return data_dir


def test_a_damaged_database_is_refused_and_the_latest_sound_backup_offered(desk: Path, capsys) -> None:
    db_path = desk / "pasapas.sqlite"
    sound = migrate.backup(db_path, "test")
    _damage(db_path)
    before = db_path.read_bytes()
    assert run(desk, "request", "add", "--duration", "30", "--theme", "email") == 1
    err = capsys.readouterr().err
    assert "abîmée" in err and str(sound) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert db_path.read_bytes() == before  # nothing written into the damaged file


def test_a_damaged_backup_is_never_offered(desk: Path, capsys) -> None:
    db_path = desk / "pasapas.sqlite"
    older = migrate.backup(db_path, "ancienne")
    newer = migrate.backup(db_path, "recente")
    os.utime(older, (1_700_000_000, 1_700_000_000))
    _damage(newer)
    _damage(db_path)
    assert run(desk, "request", "list") == 1
    err = capsys.readouterr().err
    assert str(older) in err and str(newer) not in err


def test_a_damaged_database_is_not_backed_up_over_the_sound_ones(desk: Path) -> None:
    db_path = desk / "pasapas.sqlite"
    first = backups.daily_backup(db_path, paris_today())
    assert first is not None and _sessions(first) == 30
    os.utime(first, (first.stat().st_mtime - 86_400,) * 2)  # made yesterday: today's is due
    _damage(db_path)
    with pytest.raises(health.DamagedDatabase):
        backups.daily_backup(db_path, paris_today())
    assert backups.daily_backups(db_path) == [first]


def test_one_daily_backup_a_day_and_a_week_kept_then_one_a_week(desk: Path) -> None:
    db_path = desk / "pasapas.sqlite"
    assert backups.daily_backup(db_path, paris_today()) is not None
    assert backups.daily_backup(db_path, paris_today()) is None  # already made today
    for n in range(10):
        made = backups.daily_backups(db_path)[0]
        os.utime(made, (1_700_000_000 - n * 86_400,) * 2)
        assert backups.daily_backup(db_path, paris_today()) is not None
    # Seven daily ones, and beyond them one per earlier week (at most KEEP_WEEKLY: see tests/people).
    kept = backups.daily_backups(db_path)
    weeks = {datetime.fromtimestamp(p.stat().st_mtime, PARIS).isocalendar()[:2] for p in kept[backups.KEEP_DAILY:]}
    assert len(kept) - backups.KEEP_DAILY == len(weeks) <= backups.KEEP_WEEKLY


def test_the_desk_check_reports_damage_and_backs_up_a_sound_file(desk: Path) -> None:
    from app.services.database_health import check_and_back_up

    db_path = desk / "pasapas.sqlite"
    ok = check_and_back_up(db_path, paris_today())
    assert ok.damaged is None and ok.backup is not None
    _damage(db_path)
    bad = check_and_back_up(db_path, paris_today())
    assert bad.damaged and str(ok.backup) in bad.damaged


def test_a_file_that_is_not_a_database_is_refused_with_its_backup(desk: Path, capsys) -> None:
    db_path = desk / "pasapas.sqlite"
    sound = migrate.backup(db_path, "test")
    for companion in ("-wal", "-shm"):
        Path(str(db_path) + companion).unlink(missing_ok=True)
    db_path.write_bytes(b"ceci n'est pas une base" * 100)
    assert run(desk, "request", "list") == 1
    err = capsys.readouterr().err
    assert str(sound) in err and "Traceback" not in err


def test_a_full_disk_is_said_and_nothing_is_half_written(desk: Path, monkeypatch, capsys) -> None:
    """SQLite's page limit stands in for a full disk: the same SQLITE_FULL error, no mount needed."""
    from app.store import db as store_db

    real = store_db.make_engine

    def tiny(path, **kwargs):  # type: ignore[no-untyped-def]
        engine = real(path, **kwargs)
        from sqlalchemy import event

        @event.listens_for(engine, "connect")
        def _limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

        return engine

    monkeypatch.setattr(store_db, "make_engine", tiny)
    before = _sessions(desk / "pasapas.sqlite")
    code = run(desk, "request", "add", "--duration", "30", "--theme", "email", "--notes", "x" * 3900,
               "--demarche-name", "y" * 150, "--theme", "demarches_administratives")
    err = capsys.readouterr().err
    assert code == 1
    assert "plus de place sur le disque" in err and "Restaurez" not in err and "abîm" not in err
    assert "x" * 20 not in err
    assert _sessions(desk / "pasapas.sqlite") == before


@needs_non_root
def test_a_read_only_database_is_said_read_only(desk: Path, capsys) -> None:
    for p in desk.glob("pasapas.sqlite*"):
        p.chmod(0o444)
    try:
        assert run(desk, "request", "add", "--duration", "30", "--theme", "email", "--notes", "NOTE-SECRETE") == 1
        err = capsys.readouterr().err
        assert "lecture seule" in err and "NOTE-SECRETE" not in err and "Traceback" not in err
    finally:
        for p in desk.glob("pasapas.sqlite*"):
            p.chmod(0o644)


def test_a_read_only_database_is_said_read_only_as_root_too(desk: Path, capsys) -> None:
    """Root ignores file modes: open the file through SQLite's own read-only flag to get the same error."""
    from app.store import db as store_db

    real_engine = store_db.create_engine

    def read_only(url, **kwargs):  # type: ignore[no-untyped-def]
        return real_engine(url.replace("sqlite:///", "sqlite:///file:") + "?mode=ro&uri=true", **kwargs)

    import unittest.mock

    with unittest.mock.patch.object(store_db, "create_engine", read_only):
        code = run(desk, "request", "add", "--duration", "30", "--theme", "email", "--notes", "NOTE-SECRETE")
    err = capsys.readouterr().err
    assert code == 1
    assert "lecture seule" in err and "NOTE-SECRETE" not in err and "INSERT" not in err
    assert len(err.strip().splitlines()) == 1


@needs_non_root
def test_a_read_only_empty_folder_is_said_read_only(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert run(folder, "request", "list") == 1
        err = capsys.readouterr().err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    finally:
        folder.chmod(0o755)


def test_a_data_dir_that_is_a_file_or_empty(tmp_path: Path, capsys, monkeypatch) -> None:
    f = tmp_path / "fichier"
    f.write_text("x")
    assert run(f, "request", "list") == 1
    assert "est un fichier, pas un dossier" in capsys.readouterr().err
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    assert run("", "request", "list") == 2
    assert "--data-dir" in capsys.readouterr().err
    assert not (tmp_path / "home").exists()  # the user's own folder was not used instead


def test_a_backup_interrupted_leaves_no_half_backup(desk: Path, monkeypatch) -> None:
    db_path = desk / "pasapas.sqlite"

    class Broken(sqlite3.Connection):
        def backup(self, *args, **kwargs):  # type: ignore[no-untyped-def,override]
            raise sqlite3.OperationalError("database or disk is full")

    real_connect = sqlite3.connect
    monkeypatch.setattr(migrate.sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=Broken, **k))
    with pytest.raises(migrate.DatabaseError, match="plus de place"):
        migrate.backup(db_path, "test")
    assert list((desk / "backups").glob("*")) == []
