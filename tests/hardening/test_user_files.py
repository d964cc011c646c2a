"""Files written for a user never replace the database, a device, a folder or a link's target."""

from __future__ import annotations

import csv
import os
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import ValidationError
from app.services import user_files
from app.services.user_files import UnsafeTarget, check_target, open_for_user, write_user_bytes


def run(data_dir: Path, *args: str) -> int:
    try:
        return int(main(["--data-dir", str(data_dir), *args]) or 0)
    except SystemExit as exc:
        return int(exc.code or 0)


def _session_count(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT count(*) FROM help_request").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def desk(data_dir: Path, capsys) -> Path:
    assert run(data_dir, "setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin") == 0
    assert run(data_dir, "request", "add", "--duration", "30", "--theme", "email") == 0
    capsys.readouterr()
    return data_dir


@pytest.mark.parametrize("name", ["pasapas.sqlite", "pasapas.sqlite-wal", "pasapas.sqlite-shm"])
def test_export_over_the_database_keeps_every_session(desk: Path, capsys, name: str) -> None:
    db_path = desk / "pasapas.sqlite"
    before = db_path.read_bytes()[:16]
    code = run(desk, "export", "csv", "--out", str(desk / name))
    err = capsys.readouterr().err
    assert code == 2
    assert "base de données" in err and len(err.strip().splitlines()) == 1
    assert db_path.read_bytes()[:16] == before
    assert _session_count(db_path) == 1


def test_export_over_a_backup_keeps_the_backup(desk: Path, capsys) -> None:
    from app.store.migrate import backup

    saved = backup(desk / "pasapas.sqlite", "test")
    assert run(desk, "export", "csv", "--out", str(saved)) == 2
    assert _session_count(saved) == 1
    # A copy of the database under another name is recognised by its content, not its name.
    copy = desk.parent / "copie.csv"
    copy.write_bytes(saved.read_bytes())
    assert run(desk, "export", "csv", "--out", str(copy)) == 2
    assert _session_count(copy) == 1


def test_export_through_a_link_leaves_the_link_and_its_target(desk: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "important.txt"
    target.write_text("à garder")
    link = tmp_path / "export.csv"
    link.symlink_to(target)
    assert run(desk, "export", "csv", "--out", str(link)) == 2
    assert "lien symbolique" in capsys.readouterr().err
    assert link.is_symlink() and target.read_text() == "à garder"


def test_export_to_a_fifo_or_a_folder_is_refused(desk: Path, tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    assert run(desk, "export", "csv", "--out", str(fifo)) == 2
    assert "fichier ordinaire" in capsys.readouterr().err
    assert run(desk, "export", "csv", "--out", str(tmp_path)) == 2
    assert "dossier" in capsys.readouterr().err
    assert run(desk, "export", "csv", "--out", "") == 2
    assert "vide" in capsys.readouterr().err


def test_a_device_is_never_replaced(tmp_path: Path) -> None:
    with pytest.raises(UnsafeTarget, match="fichier ordinaire"):
        check_target("/dev/null")
    assert Path("/dev/null").is_char_device()


def test_handout_over_the_database_keeps_it(desk: Path, capsys) -> None:
    code = run(desk, "handout", "email-creer-adresse", "--out", str(desk / "pasapas.sqlite"))
    assert code == 2
    assert _session_count(desk / "pasapas.sqlite") == 1


def test_pack_export_over_the_database_keeps_it(desk: Path, capsys) -> None:
    code = run(desk, "guides", "export", "email-creer-adresse", "--out", str(desk / "pasapas.sqlite"))
    assert code == 2
    assert _session_count(desk / "pasapas.sqlite") == 1


def test_a_failed_write_leaves_the_previous_file_and_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("version d'hier")
    with pytest.raises(RuntimeError), open_for_user(target, "w", encoding="utf-8") as fh:
        fh.write("début…")
        raise RuntimeError("disque plein au milieu")
    assert target.read_text() == "version d'hier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_a_full_disk_is_said_as_such_and_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    import errno

    target = tmp_path / "fiche.pdf"
    target.write_bytes(b"ancienne fiche")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(user_files.os, "fsync", full)
    with pytest.raises(OSError) as err:
        write_user_bytes(target, b"nouvelle fiche")
    from app.domain import faults

    assert "plus de place" in faults.describe(err.value)
    assert target.read_bytes() == b"ancienne fiche"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fiche.pdf"]


def test_replacing_an_export_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("x")
    target.chmod(0o640)
    write_user_bytes(target, b"y")
    assert target.read_bytes() == b"y" and (target.stat().st_mode & 0o777) == 0o640


def test_unsafe_target_is_bad_input() -> None:
    assert issubclass(UnsafeTarget, ValidationError)


@pytest.mark.parametrize(
    "typed",
    ["=HYPERLINK(\"http://evil.example\";\"clic\")", "+33 6 12", "-2+3", "@SUM(A1)", "  =1+1", "＝1+1"],
)
def test_a_formula_typed_in_a_workshop_title_is_shown_never_run(desk: Path, tmp_path: Path, capsys, typed: str) -> None:
    assert run(desk, "request", "add", "--type", "collectif", "--duration", "60", "--theme", "email",
               f"--workshop-title={typed}", "--participants", "4", "--level", "debutant") == 0
    out = tmp_path / "cra.csv"
    assert run(desk, "export", "csv", "--out", str(out)) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    [workshop] = [r for r in rows if r["Type"] == "Atelier collectif"]
    cell = workshop["Nom de l'atelier"]
    assert cell.startswith("'") and cell[1:].strip() == typed.strip()
    # Figures written by Pas à Pas itself are left as numbers.
    assert workshop["Participants"] == "4" and workshop["Durée (min)"] == "60"


def test_plain_text_is_left_as_typed() -> None:
    from app.domain.spreadsheet import neutralise_cell

    assert neutralise_cell("Atelier smartphone") == "Atelier smartphone"
    assert neutralise_cell("") == ""
    assert neutralise_cell("12/03/2026") == "12/03/2026"
    assert neutralise_cell("\t=1+1") == "'\t=1+1" and neutralise_cell("\r=1") == "'\r=1"
