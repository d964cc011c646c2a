"""Backups and restore: round trip, 0600, 7 daily + 4 weekly, a truncated or random file refused clearly."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.clock import PARIS
from app.store import backups
from app.store.health import backups_of
from tests.hardening.test_database_faults import SETUP, _damage, run


def _count(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM help_request").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def desk(data_dir: Path, capsys) -> Path:
    assert run(data_dir, *SETUP) == 0
    for _ in range(3):
        assert run(data_dir, "request", "add", "--duration", "30", "--theme", "email") == 0
    capsys.readouterr()
    return data_dir


def _restore(data_dir: Path, file: Path) -> int:
    gc.collect()  # the engines of the commands run in this process: their connections close
    return run(data_dir, "restore", str(file), "--json")


def test_backup_then_restore_gives_back_the_data_and_keeps_the_replaced_database(desk, tmp_path, capsys):
    out = tmp_path / "sauvegarde.sqlite"
    assert run(desk, "backup", "--out", str(out)) == 0
    assert "Sauvegarde écrite" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert run(desk, "request", "add", "--duration", "45", "--theme", "email") == 0
    db_path = desk / "pasapas.sqlite"
    assert _count(db_path) == 4
    capsys.readouterr()
    assert _restore(desk, out) == 0
    done = json.loads(capsys.readouterr().out)
    assert _count(db_path) == 3  # the backup's three sessions
    previous = Path(done["previous"])
    assert "avant-restauration" in previous.name and _count(previous) == 4  # nothing lost: the 4th is there
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert run(desk, "request", "list") == 0  # the restored database opens and works


@pytest.mark.parametrize("spoil", ["truncated", "random", "text", "empty", "foreign"])
def test_a_bad_file_is_refused_with_a_clear_message_and_nothing_changes(desk, tmp_path, capsys, spoil):
    bad = tmp_path / "mauvaise.sqlite"
    assert run(desk, "backup", "--out", str(bad)) == 0
    if spoil == "truncated":
        data = bad.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    elif spoil == "random":
        bad.write_bytes(os.urandom(64 * 1024))
    elif spoil == "text":
        bad.write_text("ceci n'est pas une sauvegarde\n")
    elif spoil == "empty":
        bad.write_bytes(b"")
    else:
        bad.unlink()
        sqlite3.connect(bad).execute("CREATE TABLE t (x)").connection.commit()
    db_path = desk / "pasapas.sqlite"
    gc.collect()
    before = _count(db_path)
    capsys.readouterr()
    assert _restore(desk, bad) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert str(bad) in err and "rien n'a été modifié" in err
    expected = {"truncated": "tronqué", "random": "pas une base SQLite", "text": "pas une base SQLite",
                "empty": "pas une base SQLite", "foreign": "pas une sauvegarde de Pas à Pas"}[spoil]
    assert expected in err
    assert _count(db_path) == before
    assert not any("avant-restauration" in p.name for p in backups_of(db_path))


def test_a_damaged_backup_is_refused(desk, tmp_path, capsys):
    good = tmp_path / "abimee.sqlite"
    assert run(desk, "backup", "--out", str(good)) == 0
    _damage(good)
    capsys.readouterr()
    assert _restore(desk, good) == 2
    assert "abîmée" in capsys.readouterr().err


def test_a_damaged_database_is_replaced_and_kept_aside_byte_for_byte(desk, tmp_path, capsys):
    sound = tmp_path / "saine.sqlite"
    assert run(desk, "backup", "--out", str(sound)) == 0
    db_path = desk / "pasapas.sqlite"
    _damage(db_path)
    damaged_bytes = db_path.read_bytes()
    capsys.readouterr()
    assert _restore(desk, sound) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["previous_damaged"] is True
    assert Path(done["previous"]).read_bytes() == damaged_bytes
    assert _count(db_path) == 3


def test_restore_refuses_while_another_program_has_the_database_open(desk, tmp_path, capsys):
    out = tmp_path / "s.sqlite"
    assert run(desk, "backup", "--out", str(out)) == 0
    gc.collect()
    holder = sqlite3.connect(desk / "pasapas.sqlite")
    holder.execute("SELECT count(*) FROM help_request").fetchone()
    try:
        capsys.readouterr()
        assert run(desk, "restore", str(out)) == 1
        assert "fermez Pas à Pas" in capsys.readouterr().err
    finally:
        holder.close()


def test_backups_are_readable_by_the_user_only(desk):
    made = backups.daily_backup(desk / "pasapas.sqlite", date(2026, 12, 2))
    assert made is not None
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700


def test_seven_daily_and_four_weekly_backups_are_kept(desk):
    db_path = desk / "pasapas.sqlite"
    # Sixty days of daily backups, one a day, ending on Wednesday 2 December 2026.
    for n in range(60, -1, -1):
        day = date.fromordinal(date(2026, 12, 2).toordinal() - n)
        made = backups.daily_backup(db_path, day)
        assert made is not None
        moment = datetime(day.year, day.month, day.day, 12, tzinfo=PARIS).timestamp()
        os.utime(made, (moment, moment))
        backups.prune(db_path)
    days = sorted(datetime.fromtimestamp(p.stat().st_mtime, PARIS).date() for p in backups.daily_backups(db_path))
    assert days[-7:] == [date(2026, 11, 26 + i) for i in range(5)] + [date(2026, 12, 1), date(2026, 12, 2)]
    weekly = days[:-7]
    assert len(weekly) == 4
    assert len({d.isocalendar()[:2] for d in weekly}) == 4  # one per week
    assert all(d.weekday() == 6 for d in weekly)  # the newest of each week: its Sunday
