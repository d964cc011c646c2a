"""`pasapas report` and `pasapas export xlsx` as a script runs them: files, exit codes, one-line errors."""

from __future__ import annotations

import json

from app.cli import main
from tests.stats import dataset


def run(data_dir, *args):
    try:
        return main(["--data-dir", str(data_dir), *args])
    except SystemExit as exc:
        return exc.code


def test_report_and_xlsx_from_the_command_line(db, data_dir, tmp_path, capsys):
    dataset.fill(db)
    out = tmp_path / "rapport.pdf"
    assert run(data_dir, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out), "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["sessions"] == 7 and out.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "a.xlsx"
    assert run(data_dir, "export", "xlsx", "--out", str(xlsx), "--json") == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == 9  # October and November
    assert run(data_dir, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--site", "Hôtel de Ville",
               "--out", str(out)) == 0
    assert "1 accompagnements" in capsys.readouterr().out


def test_bad_input_is_one_line_and_exit_2(db, data_dir, tmp_path, capsys):
    dataset.fill(db)
    out = tmp_path / "r.pdf"
    assert run(data_dir, "report", "--from", "2026-11-30", "--to", "2026-11-01", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert "--from" in err and err.count("\n") == 1
    assert run(data_dir, "report", "--from", "hier", "--to", "2026-11-01", "--out", str(out)) == 2
    assert "--from" in capsys.readouterr().err
    assert run(data_dir, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--site", "Mars", "--out",
               str(out)) == 2
    assert "Hôtel de Ville" in capsys.readouterr().err  # the allowed sites are listed
    assert run(data_dir, "export", "xlsx", "--out", str(db.path)) == 2  # never over the database
    assert not out.exists()


def test_as_a_conseiller_the_report_and_the_workbook_are_their_own(db, data_dir, tmp_path, capsys):
    from app.services import accounts
    from tests.desk_parent import conseiller_at

    town = dataset.fill(db)
    boss = accounts.create_first_admin(db, "Camille Durand", "mot-de-passe-admin", conseiller_id=town.camille)
    conseiller_at(db, boss, "Yanis Benali")
    pw = tmp_path / "pw"
    pw.write_text("mot-de-passe-du-conseiller\n", encoding="utf-8")
    admin_pw = tmp_path / "admin"
    admin_pw.write_text("mot-de-passe-admin\n", encoding="utf-8")
    out = tmp_path / "rapport.pdf"
    november = ("--from", "2026-11-01", "--to", "2026-11-30")
    for who, secret, sessions in (("Yanis Benali", pw, 2), ("Camille Durand", admin_pw, 7)):
        capsys.readouterr()
        assert run(data_dir, "--as", who, "--password-file", str(secret), "report", *november, "--out", str(out),
                   "--json") == 0
        assert json.loads(capsys.readouterr().out)["sessions"] == sessions, who
        assert run(data_dir, "--as", who, "--password-file", str(secret), "export", "xlsx", *november, "--out",
                   str(tmp_path / "a.xlsx"), "--json") == 0
        assert json.loads(capsys.readouterr().out)["sessions"] == sessions, who
    # Without --as (a script, the monthly report): every session, as before.
    assert run(data_dir, "report", *november, "--out", str(out), "--json") == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == 7
