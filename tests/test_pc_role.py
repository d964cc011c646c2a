"""This PC's role (set by the first-run wizard): `pasapas` alone opens the kiosk on a « Borne » PC."""

from __future__ import annotations

import pytest

from app import cli
from app.store import quick, settings


def test_pasapas_alone_opens_what_the_pc_is_for_and_desk_always_the_desk(db, data_dir, monkeypatch):
    import app.ui.desk.main as desk_main
    import app.ui.kiosk.main as kiosk_main

    opened = []
    monkeypatch.setattr(desk_main, "run", lambda directory: opened.append("desk") or 0)
    monkeypatch.setattr(kiosk_main, "run", lambda directory: opened.append("kiosk") or 0)
    assert cli.main(["--data-dir", str(data_dir)]) == 0  # a PC never set up: the desk (and its wizard)
    settings.put(db, settings.PC_ROLE, "kiosk")
    assert cli.main(["--data-dir", str(data_dir)]) == 0
    assert cli.main(["--data-dir", str(data_dir), "desk"]) == 0  # the IT person on the kiosk PC
    settings.put(db, settings.PC_ROLE, "both")
    assert cli.main(["--data-dir", str(data_dir)]) == 0
    assert opened == ["desk", "kiosk", "desk", "desk"]


def test_the_quick_read_of_the_role_uses_the_declared_key(db, data_dir, tmp_path):
    from app.paths import database_path

    assert settings.PC_ROLE.key == quick.ROLE_KEY
    assert quick.read_role(tmp_path / "absent.sqlite") == "desk"
    settings.put(db, settings.PC_ROLE, "kiosk")
    assert quick.read_role(database_path(data_dir)) == "kiosk"


def test_setup_on_the_command_line_sets_the_role(data_dir, capsys):
    import json

    base = ["--data-dir", str(data_dir), "setup", "--site", "Hôtel de Ville", "--device", "PC-BORNE-1",
            "--conseiller", "Yanis Benali"]
    assert cli.main([*base, "--role", "kiosk", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["role"] == "kiosk"
    with pytest.raises(SystemExit) as refused:  # not a role: refused, the allowed values named
        cli.main([*base, "--role", "borne"])
    assert refused.value.code == 2
    assert "--role" in capsys.readouterr().err
