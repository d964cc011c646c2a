"""The command line and the national CSV export, run as a script would."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.services import export

ROOT = Path(__file__).resolve().parent.parent


def run(data_dir, *args, capsys=None):
    """Exit code and captured output, as a shell would see them (argparse exits by itself)."""
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr() if capsys else None
    return code, out


def test_request_add_prints_the_id_and_list_shows_it(data_dir, capsys):
    assert run(data_dir, "setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")[0] == 0
    capsys.readouterr()
    code, out = run(data_dir, "request", "add", "--duration", "30", "--theme", "email", "--theme", "sante", "--json",
                    capsys=capsys)
    assert code == 0
    new_id = json.loads(out.out)["id"]
    code, out = run(data_dir, "request", "list", "--json", capsys=capsys)
    [listed] = json.loads(out.out)
    assert listed["id"] == new_id
    assert listed["themes"] == ["email", "sante"]
    assert listed["duration"] == 30


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--duration", "0", "--theme", "email"], "durée"),
        (["--duration", "30", "--theme", "mail"], "valeurs possibles"),
        (["--duration", "30", "--theme", "email", "--demarche", "logement"], "Aide aux démarches administratives"),
        (["--duration", "30", "--theme", "email", "--date", "31/02/2026"], "AAAA-MM-JJ"),
        (["--duration", "30", "--theme", "email", "--site", "Lune"], "site"),
        (["--duration", "trente", "--theme", "email"], "n'est pas une durée"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(data_dir, capsys, args, message):
    run(data_dir, "setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")
    capsys.readouterr()
    code, out = run(data_dir, "request", "add", *args, capsys=capsys)
    assert code == 2
    assert message in out.err
    assert len(out.err.strip().splitlines()) == 1
    _, listed = run(data_dir, "request", "list", "--json", capsys=capsys)
    assert json.loads(listed.out) == []


def test_export_csv_opens_as_french_spreadsheets_expect(data_dir, capsys, tmp_path):
    run(data_dir, "setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")
    run(data_dir, "request", "add", "--duration", "45", "--theme", "demarches_administratives", "--theme", "email",
        "--demarche", "argent_impots", "--demarche-name", "Déclaration de revenus", "--autonomy",
        "partiellement_autonome", "--equipment", "ordinateur", "--equipment", "telephone", "--age", "70_plus",
        "--notes", "secret de la conseillère", "--date", "2026-11-20")
    run(data_dir, "request", "add", "--type", "collectif", "--duration", "120", "--theme", "securite_numerique",
        "--workshop-title", "Les arnaques; comment les éviter", "--participants", "8", "--level", "debutant",
        "--date", "2026-11-21")
    out = tmp_path / "export.csv"
    capsys.readouterr()
    code, printed = run(data_dir, "export", "csv", "--out", str(out), "--from", "2026-11-01", capsys=capsys)
    assert code == 0 and "2 accompagnements" in printed.out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    header, individual, workshop = rows
    assert header[:5] == ["Date", "Enregistré le", "Dernière modification le", "Médiateur", "Type"]
    assert header[-2:] == ["Source de la donnée", "ID CRA"]
    assert "Notes supplémentaires" not in header  # only in a conseiller's own export
    row = dict(zip(header, individual, strict=True))
    assert row["Date"] == "20/11/2026"
    assert row["Médiateur"] == "Léa Martin"
    assert row["Matériel numérique utilisé"] == "Ordinateur, Téléphone"
    assert row["Thématique(s) d'accompagnement"] == "E-mail, Aide aux démarches administratives" or \
        row["Thématique(s) d'accompagnement"] == "Aide aux démarches administratives, E-mail"
    assert row["Nom de la démarche administrative"] == "Argent - Impôts : Déclaration de revenus"
    assert row["Niveau d'autonomie (ou de l'atelier)"] == "2/3"
    assert row["Tranche d'âge"] == "70 ans et plus"
    assert row["Nom du lieu"] == "Hôtel de Ville"
    assert "secret" not in raw.decode("utf-8-sig")
    ws = dict(zip(header, workshop, strict=True))
    assert ws["Nom de l'atelier"] == "Les arnaques; comment les éviter"  # the ; is quoted, columns stay aligned
    assert ws["Participants"] == "8"
    assert ws["Niveau d'autonomie (ou de l'atelier)"] == "1/3"

    own = tmp_path / "own.csv"
    # The conseiller's own export (notes) needs an admin: refused without `--as`, written with it.
    assert run(data_dir, "export", "csv", "--out", str(own), "--conseiller", "Léa Martin")[0] == 2
    assert not own.exists()
    secret_file = tmp_path / "mdp"
    secret_file.write_text("mot-de-passe-admin\n")
    assert run(data_dir, "account", "create", "Léa Martin", "--role", "admin", "--new-password-file",
               str(secret_file))[0] == 0
    assert run(data_dir, "--as", "Léa Martin", "--password-file", str(secret_file), "export", "csv", "--out",
               str(own), "--conseiller", "Léa Martin")[0] == 0
    assert "secret de la conseillère" in own.read_text(encoding="utf-8-sig")


def test_export_to_an_unwritable_place_fails_cleanly(data_dir, capsys, tmp_path):
    run(data_dir, "setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    capsys.readouterr()
    code, out = run(data_dir, "export", "csv", "--out", str(blocker / "sub" / "x.csv"), capsys=capsys)
    assert code == 1
    assert out.err.startswith("pasapas: ")


def test_demo_fills_two_sites_and_three_conseillers(db):
    from app.services import demo, installation, log

    demo.generate(db, 500, seed=3)
    assert {s.name for s in installation.list_sites(db)} == {"Médiathèque du Carré des Jalles", "Hôtel de Ville"}
    assert len(installation.list_conseillers(db)) == 3
    counts = log.count(db, log.LogFilter())
    assert counts.sessions == 500
    assert 0 < counts.collectif < 60
    rows = list(export.iter_rows(db))
    assert len(rows) == 500


def test_python_dash_m_app_works_and_data_dir_env_is_honoured(tmp_path):
    env_dir = tmp_path / "via-env"
    result = subprocess.run(
        [sys.executable, "-m", "app", "setup", "--site", "Médiathèque", "--device", "PC-2", "--conseiller", "Yanis",
         "--json"],
        cwd=ROOT, env={**__import__("os").environ, "PASAPAS_DATA_DIR": str(env_dir)},
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (env_dir / "pasapas.sqlite").exists()
    assert json.loads(result.stdout)["site_id"]


def test_desk_start_arguments_are_understood_without_the_full_parser(monkeypatch, tmp_path):
    import app.commands.desk as desk_commands
    from app import cli

    opened = []
    monkeypatch.setattr(desk_commands, "run_desk", lambda args: opened.append(args.data_dir) or 0)
    assert cli.main([]) == 0
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert cli.main([f"--data-dir={tmp_path}"]) == 0
    assert cli.main(["--data-dir", str(tmp_path), "desk"]) == 0
    assert opened == [None, str(tmp_path), str(tmp_path), str(tmp_path)]
