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


@pytest.mark.parametrize("case", ["no-account", "not-set-up"])
def test_a_desk_that_would_wait_for_a_person_fails_its_step_at_once(case: str) -> None:
    """The desk would stop on the first-run wizard or the first-admin dialog, which no one answers in a
    check: the step says so instead of opening it (a frozen `dist-check` hung there once)."""
    from app.services import accounts, installation, selfcheck
    from app.ui.selfcheck import check_desk

    run = selfcheck.start()
    try:
        run.run("migrations", selfcheck.check_migrations)
        if case == "not-set-up":  # an account but no site, PC or conseiller: the first-run wizard would open
            accounts.create_first_admin(run.db, "Admin Autotest", "mot-de-passe-autotest")
        else:  # set up as the wizard does, but the first admin forgotten
            installation.set_up(run.db, site_name="Médiathèque (auto-test)", device_name="PC-AUTOTEST",
                                conseiller_name="Camille Autotest")
        result = run.run("accueil", check_desk, needs_db=True)
    finally:
        run.close()
    assert not result.ok
    if case == "not-set-up":
        assert result.detail.startswith("poste non installé (lieu, poste, conseiller)")
        assert "assistant de premier démarrage" in result.detail
    else:
        assert result.detail.startswith("aucun compte sur le poste")
        assert "premier administrateur" in result.detail and "étape « poste »" in result.detail


@pytest.mark.real_login  # the desk as the check opens it: at its login page
def test_a_dialog_the_desk_opens_at_start_fails_the_step_with_its_title(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any modal window the desk would open at start (a regression) fails the step and names it."""
    from PySide6.QtWidgets import QMessageBox

    from app.services import selfcheck
    from app.ui.desk.window import DeskWindow
    from app.ui.selfcheck import check_desk

    monkeypatch.setattr(DeskWindow, "_remind_contacts",
                        lambda self: QMessageBox.information(self, "Coordonnées du lieu", "À compléter."))
    run = selfcheck.start()
    try:
        run.run("migrations", selfcheck.check_migrations)
        run.run("poste", selfcheck.set_up, needs_db=True)
        result = run.run("accueil", check_desk, needs_db=True)
    finally:
        run.close()
    assert not result.ok
    assert result.detail.startswith("accueil : une fenêtre attend une réponse (« Coordonnées du lieu »)")
