"""`pasapas kiosk --set-pin` and `pasapas kiosk --check` from the command line."""

from __future__ import annotations

import io
import json

from app.cli import main


def test_set_pin_from_stdin_then_check(monkeypatch, capsys, data_dir, ctx) -> None:
    from app.services.kiosk import settings

    monkeypatch.setattr("sys.stdin", io.StringIO("12ab\n"))
    assert main(["--data-dir", str(data_dir), "kiosk", "--set-pin"]) == 2
    assert "code du personnel" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("8642\n"))
    assert main(["--data-dir", str(data_dir), "kiosk", "--set-pin"]) == 0
    out = capsys.readouterr().out
    assert "8642" not in out
    from app.store.open import open_data_dir

    db = open_data_dir(data_dir)
    assert settings.check_staff_pin(db, "8642")
    db.dispose()
    assert main(["--data-dir", str(data_dir), "kiosk", "--check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["ok"] is True
    items = {i["what"]: i for i in report["items"]}
    assert items["touche Alt+F4"]["ok"] and items["glisser-déposer"]["ok"]
    assert items["données personnelles (accompagnements, notes)"]["ok"]


def test_check_fails_without_a_pin(capsys, data_dir, ctx) -> None:
    assert main(["--data-dir", str(data_dir), "kiosk", "--check"]) == 1
    out = capsys.readouterr().out
    assert "[ÉCHEC] code du personnel" in out and "borne PAS prête" in out
