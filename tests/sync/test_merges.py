"""Two PCs set up apart with the same site and conseiller, then joined: one site, one conseiller, every session
pointing to them, on both PCs, without a conflict; an administrator's merge of two spellings syncs too."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.help_request import HelpRequestFields
from app.services import help_requests, installation, merges
from app.services.sync import mass_guard
from app.store.models import HelpRequest
from tests.sync.helpers import PC, StepClock, dump, make_share


def _session(pc: PC, site_id: str | None = None, conseiller_id: str | None = None) -> str:
    return help_requests.save_record(pc.db, HelpRequestFields(
        day=date(2026, 11, 30), duration_minutes=30, site_id=site_id or pc.ctx.site.id,
        conseiller_id=conseiller_id or pc.ctx.conseiller.id, themes=("email",)))


def _pointers(pc: PC) -> set[tuple[str, str]]:
    con = sqlite3.connect(pc.db.path)
    try:
        return set(con.execute("SELECT site_id, conseiller_id FROM help_request WHERE deleted = 0"))
    finally:
        con.close()


def _conflicts(pc: PC) -> int:
    con = sqlite3.connect(pc.db.path)
    try:
        return int(con.execute("SELECT count(*) FROM sync_history WHERE conflict = 1").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def joined(tmp_path):
    """PC-A set up first, PC-B apart with the same names spelled otherwise; both with sessions; one share."""
    clock = StepClock()
    share = make_share(tmp_path)
    a = PC(tmp_path, "PC-A", site="Hôtel de Ville", conseiller="Camille Durand", clock=clock)
    b = PC(tmp_path, "PC-B", site="HOTEL DE  VILLE", conseiller="camille durand", clock=clock)
    yanis_a = installation.add_conseiller(a.db, "Yanis Benali")
    yanis_b = installation.add_conseiller(b.db, "yanis  BENALI")
    installation.configure(b.db, device_name="PC-B", site_id=b.ctx.site.id, conseiller_id=yanis_b)
    for _ in range(3):
        _session(a, conseiller_id=yanis_a)
        _session(b, conseiller_id=yanis_b)
    yield share, a, b, yanis_a, yanis_b
    a.close()
    b.close()


def test_joining_a_network_merges_the_same_site_and_conseiller(joined) -> None:
    share, a, b, yanis_a, yanis_b = joined
    a.sync(share)
    b_round = b.sync(share)  # B joins: imports A's rows, merges, sends the merge in the same round
    assert b_round.waiting == 0
    a.sync(share)
    for pc in (a, b):
        assert [s.name for s in installation.list_sites(pc.db)] == ["Hôtel de Ville"]
        assert sorted(c.full_name for c in installation.list_conseillers(pc.db)) == ["Camille Durand", "Yanis Benali"]
        # Every session points to the keepers: A's rows, created first.
        assert _pointers(pc) == {(a.ctx.site.id, yanis_a)}
        assert _conflicts(pc) == 0
    assert dump(a.db) == dump(b.db)
    # B's own choices follow the merge: its desk shows A's site and the kept Yanis, and records for them.
    ctx = installation.context(b.db)
    assert (ctx.site.id, ctx.conseiller.id) == (a.ctx.site.id, yanis_a)
    con = sqlite3.connect(b.db.path)
    assert con.execute("SELECT deleted, merged_into FROM site WHERE id = ?", (b.ctx.site.id,)).fetchone() == (
        1, a.ctx.site.id)
    assert con.execute("SELECT deleted, merged_into FROM conseiller WHERE id = ?", (yanis_b,)).fetchone() == (
        1, yanis_a)
    con.close()


def test_two_pcs_merging_at_once_write_the_same_and_count_no_conflict(joined) -> None:
    share, a, b, yanis_a, _yanis_b = joined
    a.sync(share)
    b.sync(share)  # both exported before either merged…
    a.sync(share)
    # …A merged from B's rows, B from A's: each wrote the same values; after one more exchange, one state.
    for pc in (a, b, a):
        pc.sync(share)
    assert dump(a.db) == dump(b.db)
    assert _conflicts(a) == _conflicts(b) == 0
    assert _pointers(a) == _pointers(b) == {(a.ctx.site.id, yanis_a)}


def test_a_session_made_for_a_merged_site_by_a_late_pc_is_moved_on_arrival(tmp_path) -> None:
    clock = StepClock()
    share = make_share(tmp_path)
    a, b = PC(tmp_path, "PC-A", site="Mairie", clock=clock), PC(tmp_path, "PC-B", site="mairie", clock=clock)
    try:
        a.sync(share)
        b.sync(share)  # merged on B: B's site goes into A's
        # A form opened before the merge still holds B's old site: a session saved for it.
        stray = _session(b, site_id=b.ctx.site.id)
        assert help_requests.load(b.db, stray).fields.site_id == b.ctx.site.id
        b.sync(share)  # sent as it is…
        a.sync(share)  # …moved to the kept site where it arrives (and that move is sent back)
        b.sync(share)
        for pc in (a, b):
            assert help_requests.load(pc.db, stray).fields.site_id == a.ctx.site.id
    finally:
        a.close()
        b.close()


def test_an_administrator_merges_two_spellings_and_it_syncs(joined, tmp_path) -> None:
    share, a, b, yanis_a, _ = joined
    annexe = installation.add_site(a.db, "Annexe de la mairie", phone="05 56 00 00 00")
    moved = [_session(a, site_id=annexe) for _ in range(2)]
    for pc in (a, b, a, b):
        pc.sync(share)
    report = merges.merge_sites(b.db, "hôtel de ville", "annexe de la MAIRIE")  # names, any case and accents
    assert report.sites == 1 and report.sessions == 2
    b.sync(share)
    a.sync(share)
    for pc in (a, b):
        assert [s.name for s in installation.list_sites(pc.db)] == ["Hôtel de Ville"]
        assert {help_requests.load(pc.db, m).fields.site_id for m in moved} == {a.ctx.site.id}
        assert installation.list_sites(pc.db)[0].phone == "05 56 00 00 00"  # a detail the keeper lacked
        assert _conflicts(pc) == 0
    camille = next(c.id for c in installation.list_conseillers(a.db) if c.full_name == "Camille Durand")
    assert merges.merge_conseillers(a.db, yanis_a, camille).conseillers == 1
    a.sync(share)
    b.sync(share)
    assert [c.full_name for c in installation.list_conseillers(b.db)] == ["Yanis Benali"]


def test_a_merge_names_what_is_wrong(joined) -> None:
    _share, a, _b, _yanis_a, _ = joined
    with pytest.raises(ValidationError, match="lieu.*introuvable.*Hôtel de Ville"):
        merges.merge_sites(a.db, "Hôtel de Ville", "Gare")
    with pytest.raises(ValidationError, match="deux fois"):
        merges.merge_sites(a.db, "Hôtel de Ville", "hotel de ville")


def test_a_merge_of_a_busy_site_is_not_held_as_a_mass_change(tmp_path) -> None:
    clock = StepClock()
    share = make_share(tmp_path)
    a, b = PC(tmp_path, "PC-A", site="Mairie", clock=clock), PC(tmp_path, "PC-B", site="Mairie", clock=clock)
    try:
        other = installation.add_site(a.db, "Mairie annexe")
        with a.db.write() as s:
            s.add_all(HelpRequest(day=date(2026, 11, 2), site_id=other, duration_minutes=15, themes=["email"],
                                  queue_status="done") for _ in range(mass_guard.MAX_ROWS + 50))
        for pc in (a, b):
            pc.sync(share)
        merges.merge_sites(a.db, "Mairie", "Mairie annexe")
        a.sync(share)
        report = b.sync(share)
        assert report.held == 0
        con = sqlite3.connect(b.db.path)
        assert con.execute("SELECT count(*) FROM help_request WHERE site_id = ?", (other,)).fetchone()[0] == 0
        con.close()
    finally:
        a.close()
        b.close()


def test_a_desk_of_a_merged_site_shows_the_kept_one(joined) -> None:
    share, a, b, _yanis_a, _ = joined
    a.sync(share)
    with b.db.write() as s:  # B's setting still names its own site (a PC that merged before this change)
        from app.store import settings

        settings.put(s, settings.CURRENT_SITE, b.ctx.site.id)
    b.sync(share)
    assert installation.context(b.db).site.id == a.ctx.site.id


def test_the_command_line_lists_and_merges(joined, capsys) -> None:
    import json

    from app.cli import main

    _share, a, _b, yanis_a, _ = joined
    installation.add_site(a.db, "Mairie annexe")
    data = str(a.dir)
    assert main(["--data-dir", data, "site", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {(r["name"], r["sessions"]) for r in listed} == {("Hôtel de Ville", 3), ("Mairie annexe", 0)}
    assert main(["--data-dir", data, "site", "merge", "Hôtel de Ville", "Gare SNCF"]) == 2
    err = capsys.readouterr().err
    assert "Gare SNCF" in err and "introuvable" in err and len(err.strip().splitlines()) == 1
    assert main(["--data-dir", data, "site", "merge", "Hôtel de Ville", "mairie annexe", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"merged": 1, "sessions_moved": 0}
    assert main(["--data-dir", data, "conseiller", "merge", "Yanis Benali", "Camille Durand"]) == 0
    assert "conseiller fusionné" in capsys.readouterr().out
    assert [c.id for c in installation.list_conseillers(a.db)] == [yanis_a]


def test_the_desk_merges_two_sites_from_its_tools_menu(qtbot, joined, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui.desk.merge_dialog import MergeDialog

    _share, a, _b, _yanis_a, _ = joined
    annexe = installation.add_site(a.db, "Annexe")
    _session(a, site_id=annexe)
    dialog = MergeDialog(a.db, "site")
    qtbot.addWidget(dialog)
    dialog.keep.setCurrentIndex(dialog.keep.findData(a.ctx.site.id))
    dialog.other.setCurrentIndex(dialog.other.findData(a.ctx.site.id))
    assert not dialog.merge_button.isEnabled() and "différentes" in dialog.summary.text()
    dialog.other.setCurrentIndex(dialog.other.findData(annexe))
    assert dialog.summary.text() == ("« Annexe » : 1 accompagnement passera à « Hôtel de Ville » ; sa fiche ne sera "
                                     "plus proposée.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.merge_button.click()
    assert len(installation.list_sites(a.db)) == 2  # said no: nothing merged
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.merge_button.click()
    assert dialog.result() == MergeDialog.DialogCode.Accepted
    assert [s.name for s in installation.list_sites(a.db)] == ["Hôtel de Ville"]


@pytest.mark.parametrize("screen", ["1366x768", "1920x1080"])
def test_the_merge_dialogs_fit_the_screen(qtbot, joined, screen) -> None:
    from PySide6.QtCore import QSize

    from app.ui.desk.merge_dialog import MergeDialog
    from tests.ui.test_fits_small_screen import SCREENS, _box_buttons, check_fits

    _share, a, _b, _yanis_a, _ = joined
    installation.add_site(a.db, "Médiathèque municipale du quartier de la gare et des bords de Jalle")
    for kind in ("site", "conseiller"):
        dialog = MergeDialog(a.db, kind)
        qtbot.addWidget(dialog)
        check_fits(dialog, QSize(620, 320), SCREENS[screen], _box_buttons(dialog))
        dialog.close()


def test_merging_is_an_administrators_action_once_there_is_one(joined, capsys, tmp_path) -> None:
    from app.cli import main
    from app.services import accounts, audit

    _share, a, _b, _yanis_a, _ = joined
    installation.add_site(a.db, "Mairie annexe")
    accounts.create_first_admin(a.db, "Admin Mairie", "une phrase de passe assez longue 42")
    data = str(a.dir)
    assert main(["--data-dir", data, "site", "merge", "Hôtel de Ville", "Mairie annexe"]) == 2
    assert "réservé aux administrateurs" in capsys.readouterr().err
    assert len(installation.list_sites(a.db)) == 2  # nothing merged
    secret = tmp_path / "mdp.txt"
    secret.write_text("une phrase de passe assez longue 42\n", encoding="utf-8")
    assert main(["--data-dir", data, "--as", "Admin Mairie", "--password-file", str(secret),
                 "site", "merge", "Hôtel de Ville", "Mairie annexe"]) == 0
    assert [s.name for s in installation.list_sites(a.db)] == ["Hôtel de Ville"]
    lines = [e.detail for e in audit.entries(a.db, accounts.login(a.db, "Admin Mairie",
                                                                   "une phrase de passe assez longue 42"))]
    assert any("Mairie annexe" in d for d in lines)
