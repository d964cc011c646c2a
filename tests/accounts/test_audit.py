"""The audit log: append-only (locally and through sync), synced, admin-only, no beneficiary data."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.audit import AuditAction
from app.domain.permissions import COMMAND_LINE, PermissionDenied
from app.services import accounts, audit
from tests.sync.helpers import PC, make_share


def test_only_an_admin_reads_the_audit_log(db, admin, conseiller):
    audit.record(db, conseiller, AuditAction.EXPORT, "CSV, 3 accompagnements")
    with pytest.raises(PermissionDenied, match="lire le journal d'audit"):
        audit.entries(db, conseiller)
    with pytest.raises(PermissionDenied, match="--as NOM"):
        audit.entries(db, COMMAND_LINE)
    newest = audit.entries(db, admin)[0]
    assert (newest.actor, newest.label, newest.detail, newest.device_name) == (
        "Yanis Benali", "Export", "CSV, 3 accompagnements", "PC-TEST")


def test_a_line_cannot_be_changed_or_removed_even_in_sql(db, admin):
    audit.record(db, admin, AuditAction.SETTINGS_CHANGED, "durée de conservation : 12 mois")
    con = sqlite3.connect(db.path)
    try:
        con.execute("UPDATE audit_entry SET detail = 'rien', actor = 'personne'")
        con.execute("DELETE FROM audit_entry")
        con.commit()
        details = [r[0] for r in con.execute("SELECT detail FROM audit_entry")]
    finally:
        con.close()
    assert "durée de conservation : 12 mois" in details and "rien" not in details


def test_audit_lines_reach_the_other_pcs_and_a_rewriting_segment_changes_nothing(tmp_path):
    share = make_share(tmp_path)
    a, b = PC(tmp_path, "PC-A"), PC(tmp_path, "PC-B")
    try:
        admin_a = accounts.create_first_admin(a.db, "Camille Durand", "mot-de-passe-admin")
        audit.record(a.db, admin_a, AuditAction.PC_REMOVED, "PC-VOLÉ")
        a.sync(share)
        b.sync(share)
        # The account synced too: the admin logs in on B with the same password.
        admin_b = accounts.login(b.db, "Camille Durand", "mot-de-passe-admin")
        assert "PC-VOLÉ" in [line.detail for line in audit.entries(b.db, admin_b)]
        # A tampered PC A (its trigger dropped) rewrites the line through the app's own write door: the
        # change travels in a segment, and B's trigger ignores it.
        from sqlalchemy import select

        from app.store.models import AuditEntry

        con = sqlite3.connect(a.db.path)
        con.execute("DROP TRIGGER audit_entry_no_rewrite")
        con.commit()
        con.close()
        with a.db.write() as s:
            s.scalars(select(AuditEntry).where(AuditEntry.detail == "PC-VOLÉ")).one().detail = "rien"
        assert a.sync(share).exported
        b.sync(share)
        details = [line.detail for line in audit.entries(b.db, admin_b)]
        assert "PC-VOLÉ" in details and "rien" not in details
    finally:
        a.close()
        b.close()


def test_a_kiosk_staff_pin_exit_is_audited(db, admin):
    from app.services.kiosk import settings as kiosk_settings

    kiosk_settings.set_staff_pin(db, "482913")
    assert not kiosk_settings.check_staff_pin(db, "000000")
    assert kiosk_settings.check_staff_pin(db, "482913")
    assert [line.label for line in audit.entries(db, admin, action=AuditAction.KIOSK_PIN_EXIT)] == [
        "Sortie de la borne (code du personnel)"]


def test_an_export_is_audited_with_its_kind_and_count_only(db, ctx, admin, tmp_path):
    from app.services import export

    export.write_csv(db, tmp_path / "cra.csv")
    [line] = audit.entries(db, admin, action=AuditAction.EXPORT)
    assert (line.actor, line.detail) == ("ligne de commande", "CSV, 0 accompagnements")
    with pytest.raises(PermissionDenied):
        export.write_csv(db, tmp_path / "notes.csv", conseiller_id=ctx.conseiller.id)
    assert not (tmp_path / "notes.csv").exists()
    export.write_csv(db, tmp_path / "notes.csv", conseiller_id=ctx.conseiller.id, actor=admin)
    assert audit.entries(db, admin, action=AuditAction.EXPORT)[0].detail == "CSV avec notes, 0 accompagnements"


def test_erasure_and_retention_are_audited_without_the_persons_name(db, ctx, admin):
    from app.services import people
    from tests.people.conftest import FIRST, LAST, NOW, consent, eulalie

    pid = people.create(db, eulalie(), consent(), now=NOW)
    people.erase(db, pid, now=NOW, actor=admin)
    people.run_retention(db, now=NOW)
    lines = audit.entries(db, admin)
    erased = [x for x in lines if x.label == "Effacement d'une personne"]
    kept = [x for x in lines if x.label == "Durée de conservation appliquée"]
    assert erased and erased[0].actor == "Camille Durand" and kept and kept[0].actor == "système"
    assert all(FIRST not in x.detail and LAST not in x.detail for x in lines)
