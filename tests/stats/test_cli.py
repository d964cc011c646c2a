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
