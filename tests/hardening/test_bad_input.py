"""Bad input gets one line naming the field and exit 2; values that make no sense are refused, not stored."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import main

SETUP = ("setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")
ADD = ("request", "add", "--duration", "30", "--theme", "email")
WORKSHOP = ("request", "add", "--type", "collectif", "--duration", "60", "--theme", "email",
            "--workshop-title", "Atelier", "--level", "debutant")


def run(data_dir: Path, *args: str) -> int:
    try:
        return int(main(["--data-dir", str(data_dir), *args]) or 0)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.fixture
def desk(data_dir: Path, capsys) -> Path:
    assert run(data_dir, *SETUP) == 0
    capsys.readouterr()
    return data_dir


def _count(data_dir: Path) -> int:
    con = sqlite3.connect(data_dir / "pasapas.sqlite")
    try:
        return con.execute("SELECT count(*) FROM help_request").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((*ADD, "--date", "0001-01-01"), "date"),
        ((*ADD, "--date", "9999-12-31"), "date"),
        ((*ADD, "--postcode", "33160\n"), "code postal"),
        ((*ADD, "--postcode", "３３１６０"), "code postal"),  # full-width digits
        ((*ADD, "--postcode", "٣٣١٦٠"), "code postal"),  # Arabic-Indic digits
        ((*ADD, "--commune", "x" * 120_000), "commune"),
        ((*ADD, "--commune", "Saint-Médard\nDROP"), "commune"),
        ((*ADD, "--theme", "demarches_administratives", "--demarche-name", "y" * 120_000), "démarche"),
        ((*ADD, "--notes", "z" * 120_000), "notes"),
        ((*ADD, "--level", "avance"), "atelier"),
        ((*ADD, "--already-helped", "-7"), "atelier"),
        ((*WORKSHOP, "--participants", str(2**63)), "participants"),
        ((*WORKSHOP, "--participants", "4600000000000000000"), "participants"),
        ((*WORKSHOP, "--participants", "10", "--already-helped", "-7"), "participants déjà accompagnés"),
        ((*WORKSHOP, "--participants", "4", f"--workshop-title={'t' * 5000}"), "titre de l'atelier"),
    ],
)
def test_a_value_that_makes_no_sense_is_refused_with_its_field(desk: Path, capsys, args: tuple[str, ...],
                                                               field: str) -> None:
    code = run(desk, *args)
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"{field} :" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _count(desk) == 0


def test_arguments_that_are_not_text_get_one_line(desk: Path, capsys) -> None:
    bad = b"Saint-M\xe9dard".decode("utf-8", "surrogateescape")  # Latin-1 bytes from an old script
    assert run(desk, *ADD, "--commune", bad) == 2
    err = capsys.readouterr().err
    assert "illisible" in err and len(err.strip().splitlines()) == 1
    assert run(desk, *ADD, "--notes", "\udcff") == 2
    assert _count(desk) == 0


def test_demo_twice_with_one_seed_says_so_in_one_line(data_dir: Path, capsys) -> None:
    assert run(data_dir, "demo", "--requests", "20", "--seed", "1") == 0
    capsys.readouterr()
    assert run(data_dir, "demo", "--requests", "20", "--seed", "1") == 2
    err = capsys.readouterr().err
    assert "--seed" in err and len(err.strip().splitlines()) == 1 and "INSERT" not in err
    assert run(data_dir, "demo", "--requests", "20", "--seed", "2") == 0


def test_a_clock_in_year_9999_is_named_not_a_traceback(desk: Path, capsys, monkeypatch) -> None:
    from app.services import help_requests as requests

    monkeypatch.setattr(requests, "now_utc", lambda: datetime(9999, 12, 31, 12, tzinfo=UTC))
    code = run(desk, *ADD, "--date", "2026-12-01")
    err = capsys.readouterr().err
    assert code == 2 and "horloge" in err and "31/12/9999" in err
    assert _count(desk) == 0


def test_a_session_dated_next_year_is_refused_but_yesterday_is_fine(desk: Path, capsys, monkeypatch) -> None:
    from app.services import help_requests as requests

    monkeypatch.setattr(requests, "now_utc", lambda: datetime(2026, 12, 1, 12, tzinfo=UTC))
    assert run(desk, *ADD, "--date", "2027-12-01") == 2
    assert "02/12/2026" in capsys.readouterr().err
    assert run(desk, *ADD, "--date", "2026-11-30") == 0
