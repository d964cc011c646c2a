"""`pasapas selfcheck`: every step said, exit 0 when the installation works, 1 and the failing step when not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


@pytest.mark.real_login  # the desk as it starts on a PC: the first admin must exist, or it waits for a person
def test_selfcheck_checks_everything_and_says_what(capsys: pytest.CaptureFixture[str], qapp) -> None:
    code = main(["selfcheck"])
    out = capsys.readouterr().out
    assert code == 0, out
    lines = out.strip().splitlines()
    names = [line.split(" : ")[0].split()[-1] for line in lines[:-1]]
    assert names == ["ressources", "migrations", "guides", "poste", "fiche", "rapport", "traductions", "voix",
                     "accueil", "borne"]
    assert all(line.startswith("ok ") for line in lines[:-1])
    assert "schéma" in lines[1] and "guides vérifiés et chargés" in lines[2]
    assert "Statistiques" in lines[8]  # the desk built its pages
    assert lines[-1] == "auto-test réussi : 10 vérifications"


def test_selfcheck_leaves_no_data_behind(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["selfcheck", "--no-windows"]) == 0
    assert list(tmp_path.iterdir()) == []


def test_missing_resources_fail_with_a_line_that_says_so(capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PASAPAS_RESOURCES", str(tmp_path / "vide"))
    code = main(["selfcheck", "--no-windows", "--json"])
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 1 and report["ok"] is False
    failed = {c["name"]: c["detail"] for c in report["checks"] if not c["ok"]}
    assert "aucun guide dans" in failed["ressources"] and "réinstallez Pas à Pas" in failed["ressources"]
    assert "fiche" in failed
    assert all(c["ok"] for c in report["checks"] if c["name"] == "migrations")  # the others still ran


def test_a_module_missing_from_a_bundle_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import selfcheck

    run = selfcheck.start()
    try:
        def broken(_run: selfcheck.SelfCheck) -> str:
            import reportlab.graphics.barcode.absent  # noqa: F401

            return ""

        result = run.run("fiche", broken)
    finally:
        run.close()
    assert not result.ok
    assert result.detail.startswith("module Python absent de l'installation : reportlab.graphics.barcode.absent")
