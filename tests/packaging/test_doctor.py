"""`pasapas doctor` and « Aide › État du poste »: what the IT person needs to know, exit 1 when it is wrong."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from app.cli import main
from app.services import doctor

DAY = 86_400


@pytest.fixture
def backed_up(db, ctx) -> Path:
    from app.store.migrate import backup

    backup(db.path, "quotidienne")
    return db.path.parent


def _levels(result: doctor.Diagnosis) -> dict[str, str]:
    return {f.key: f.level for f in result.findings}


def test_a_sound_pc_working_alone(backed_up: Path) -> None:
    result = doctor.diagnose(backed_up)
    assert result.ok
    levels = _levels(result)
    assert levels["versions"] == levels["integrity"] == levels["backup"] == levels["disk"] == "ok"
    assert levels["share"] == "info" and "travaille seul" in result.get("share").detail
    from app import __version__
    from app.store.migrate import HEAD_REVISION

    assert result.get("versions").value == {"app": __version__, "schema": HEAD_REVISION,
                                            "schema_expected": HEAD_REVISION}


def _with_share(db, share: Path) -> None:
    from app.services.sync import state

    state.save_settings(db, folder=str(share), interval=10)


def test_a_shared_folder_that_is_gone_is_a_problem(db, backed_up: Path, tmp_path: Path) -> None:
    _with_share(db, tmp_path / "partage-démonté")
    result = doctor.diagnose(backed_up)
    assert not result.ok
    share = result.get("share")
    assert share.level == "error" and "introuvable" in share.detail
    assert result.get("last_sync").detail.startswith("jamais réussie")


def test_clock_against_the_other_pcs_last_segments(db, backed_up: Path, tmp_path: Path) -> None:
    share = tmp_path / "partage"
    other = share / "pasapas" / "devices" / "autre-pc"
    other.mkdir(parents=True)
    segment = other / "00000001-0123456789abcdef0123456789abcdef.seg"
    segment.write_bytes(b"PASAPAS-SEG\n")
    _with_share(db, share)
    now = time.time()
    assert doctor.diagnose(backed_up, now=lambda: now).get("clock").level == "ok"
    os.utime(segment, (now + 4 * DAY, now + 4 * DAY))  # written by a PC 4 days ahead (or this one is behind)
    result = doctor.diagnose(backed_up, now=lambda: now)
    clock = result.get("clock")
    assert clock.level == "error" and "dans le futur" in clock.detail and "4 jours" in clock.detail
    assert clock.value["other_pcs"] == 1 and clock.value["other_pcs_newest_ahead_s"] > 3 * DAY
    assert not result.ok


def test_the_last_sync_and_the_changes_waiting(db, backed_up: Path, tmp_path: Path) -> None:
    from app.services.sync import state

    share = tmp_path / "partage"
    share.mkdir()
    _with_share(db, share)
    state.record_success(db, {})
    result = doctor.diagnose(backed_up)
    assert result.get("share").level == "ok" and result.get("last_sync").level == "ok"
    assert result.get("waiting").value["outbox"] == state.waiting_changes(db) > 0
    later = time.time() + 3 * DAY
    assert doctor.diagnose(backed_up, now=lambda: later).get("last_sync").level == "warning"


def test_an_old_backup_and_a_damaged_database(backed_up: Path) -> None:
    from app.store.health import backups_of

    (newest,) = backups_of(backed_up / "pasapas.sqlite")
    old = time.time() - 10 * DAY
    os.utime(newest, (old, old))
    assert doctor.diagnose(backed_up).get("backup").level == "error"
    path = backed_up / "pasapas.sqlite"
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a torn page
    path.write_bytes(bytes(data))
    result = doctor.diagnose(backed_up)
    assert result.get("integrity").level == "error"
    assert "Dernière sauvegarde saine" in result.get("integrity").detail or "Aucune sauvegarde" in \
        result.get("integrity").detail


def test_the_command_line_json_and_exit_code(backed_up: Path, capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    assert main(["--data-dir", str(backed_up), "doctor"]) == 0
    out = capsys.readouterr().out
    assert "[ok] Intégrité de la base" in out and out.strip().endswith("Tout va bien.")
    assert main(["--data-dir", str(backed_up), "doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and {f["key"] for f in report["findings"]} >= {
        "versions", "integrity", "share", "backup", "disk", "waiting"}


def test_a_database_from_a_newer_version_is_said(backed_up: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    con = sqlite3.connect(backed_up / "pasapas.sqlite")
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    assert main(["--data-dir", str(backed_up), "doctor"]) == 1
    assert "vient d'une version plus récente" in capsys.readouterr().out


@pytest.mark.parametrize("screen", ["1366x768", "1920x1080"])
def test_the_desk_dialog_shows_the_same_and_fits_the_laptop(desk, qtbot, screen: str) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from app.ui.desk.doctor_dialog import DoctorDialog
    from tests.ui.test_fits_small_screen import SCREENS, _box_buttons, check_fits

    assert any("tat du poste" in a.text() for a in desk.help_menu.actions())  # « Aide › État du poste… »
    dialog = DoctorDialog(desk.data_dir, desk)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    expected = doctor.diagnose(desk.data_dir)
    assert dialog.table.rowCount() == len(expected.findings)
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == [
        f.label for f in expected.findings]
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].count("Problème") == sum(
        f.level == "error" for f in expected.findings)
    check_fits(dialog, QSize(900, 520), SCREENS[screen], _box_buttons(dialog))
    dialog.copy_report()
    assert QGuiApplication.clipboard().text().startswith("Pas à Pas — état du poste")
