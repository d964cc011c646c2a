"""`pasapas sync`, `sync init`, `sync status`: exit codes 0, 2, 3 and what they print."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.sync.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data), *args],
        cwd=ROOT, capture_output=True, text=True, input=stdin, timeout=60,
    )


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    f = tmp_path / "phrase.txt"
    f.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return f


def test_init_then_two_pcs_sync_from_the_command_line(tmp_path, secret):
    share = tmp_path / "partage"
    share.mkdir()
    a, b = tmp_path / "a", tmp_path / "b"
    for d, name in ((a, "PC-A"), (b, "PC-B")):
        assert main(["--data-dir", str(d), "setup", "--site", "Médiathèque", "--device", name, "--conseiller", "Léa Martin"]) == 0
    p = run("sync", "init", "--folder", str(share), "--passphrase-file", str(secret), data=a)
    assert p.returncode == 0, p.stderr
    assert (share / "pasapas" / "FOLDER.json").exists()
    assert main(["--data-dir", str(a), "request", "add", "--duration", "30", "--theme", "email"]) == 0
    p = run("sync", "--folder", str(share), "--passphrase-file", str(secret), "--json", data=a)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["exported"] >= 1
    p = run("sync", "--folder", str(share), "--passphrase-file", str(secret), "--json", data=b)
    out = json.loads(p.stdout)
    assert p.returncode == 0 and out["imported"] >= 1 and out["skipped"] == 0
    listed = run("request", "list", "--json", data=b)
    assert [r["duration"] for r in json.loads(listed.stdout)] == [30]
    status = json.loads(run("sync", "status", "--json", data=b).stdout)
    assert status["last_success"] and status["waiting"] == 0 and "PC-A" in status["peers"].values()
    assert (status["quarantined"], status["pending"]) == (0, 0)
    p = run("sync", "--folder", str(share), "--passphrase-file", str(secret), data=b)
    assert p.returncode == 0 and "envoyées : 0, reçues : 0" in p.stdout


def test_plain_text_output_names_the_counts(tmp_path, secret, capsys):
    share = tmp_path / "partage"
    share.mkdir()
    d = tmp_path / "a"
    assert main(["--data-dir", str(d), "sync", "init", "--folder", str(share), "--passphrase-file", str(secret)]) == 0
    assert main(["--data-dir", str(d), "sync", "--folder", str(share), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert "envoyées" in out and "conflits" in out and "fichiers ignorés" in out


def test_an_unavailable_share_exits_3_and_says_so(tmp_path, secret, capsys):
    d = tmp_path / "a"
    code = main(["--data-dir", str(d), "sync", "--folder", str(tmp_path / "absent"), "--passphrase-file", str(secret)])
    assert code == 3
    assert "dossier partagé indisponible" in capsys.readouterr().err
    empty = tmp_path / "vide"
    empty.mkdir()
    assert main(["--data-dir", str(d), "sync", "--folder", str(empty), "--passphrase-file", str(secret)]) == 3
    assert list(empty.iterdir()) == []
    main(["--data-dir", str(d), "sync", "status", "--json"])
    assert "indisponible" in json.loads(capsys.readouterr().out)["last_error"]


def test_bad_input_exits_2_with_one_line(tmp_path, secret, capsys):
    share = tmp_path / "partage"
    share.mkdir()
    d = tmp_path / "a"
    assert main(["--data-dir", str(d), "sync"]) == 2
    assert "--folder" in capsys.readouterr().err
    assert main(["--data-dir", str(d), "sync", "init", "--folder", str(share), "--passphrase-file", str(secret)]) == 0
    assert main(["--data-dir", str(d), "sync", "--folder", str(share)]) == 2
    assert "phrase secrète du réseau manquante" in capsys.readouterr().err
    wrong = tmp_path / "faux.txt"
    wrong.write_text("ce n'est pas elle du tout")
    assert main(["--data-dir", str(d), "sync", "--folder", str(share), "--passphrase-file", str(wrong)]) == 2
    err = capsys.readouterr().err
    assert "phrase secrète incorrecte" in err and len(err.strip().splitlines()) == 1
    assert main(["--data-dir", str(d), "sync", "--folder", str(share), "--passphrase-file", str(tmp_path / "nulle")]) == 2
    assert main(["--data-dir", str(d), "sync", "init", "--folder", str(share), "--passphrase-file", str(secret)]) == 2
    assert "déjà un réseau" in capsys.readouterr().err


def test_remember_keeps_the_key_not_the_passphrase(tmp_path, secret):
    import sqlite3

    share = tmp_path / "partage"
    share.mkdir()
    d = tmp_path / "a"
    args = ["--data-dir", str(d), "sync"]
    assert main([*args, "init", "--folder", str(share), "--passphrase-file", str(secret), "--remember"]) == 0
    assert main(args) == 0  # folder and key remembered
    con = sqlite3.connect(d / "pasapas.sqlite")
    values = " ".join(v for (v,) in con.execute("SELECT value FROM local_setting"))
    con.close()
    assert PASSPHRASE not in values and str(share) in values


def test_init_asks_for_the_passphrase_twice_when_no_file_is_given(tmp_path, monkeypatch):
    share = tmp_path / "partage"
    share.mkdir()
    answers = iter(["une phrase assez longue", "une autre phrase"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    assert main(["--data-dir", str(tmp_path / "a"), "sync", "init", "--folder", str(share)]) == 2
    assert not (share / "pasapas").exists()
    answers = iter(["une phrase assez longue"] * 2)
    assert main(["--data-dir", str(tmp_path / "a"), "sync", "init", "--folder", str(share)]) == 0
