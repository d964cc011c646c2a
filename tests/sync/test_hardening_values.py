"""Values arriving by sync are checked like typed input: a newer version's code stays visible, a malformed
value is set aside and reported, and no PC's export or list breaks."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path

from app.domain.help_request import HelpRequestFields
from app.services import export, help_requests
from app.store import held
from app.store.models import HelpRequest


def _session(pc) -> str:  # type: ignore[no-untyped-def]
    fields = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=45, site_id=pc.ctx.site.id,
                               themes=("email",), autonomy="autonome")
    return help_requests.save_record(pc.db, fields)


def _tamper_outbox(pc, **values: str) -> None:  # type: ignore[no-untyped-def]
    """What a buggy or hostile PC holding the key would send: raw values in its outbox."""
    con = sqlite3.connect(pc.db.path)
    try:
        for name, value in values.items():
            con.execute("UPDATE sync_outbox SET fields = json_set(fields, ?, ?)", (f"$.{name}", value))
        con.commit()
    finally:
        con.close()


def test_a_newer_versions_autonomy_keeps_every_pcs_export_working(pcs, share, tmp_path: Path) -> None:
    a, b = pcs["A"], pcs["B"]
    rid = _session(a)
    with a.db.write() as s:  # a newer Pas à Pas knows a fourth level
        s.get(HelpRequest, rid).autonomy = "tres_autonome"
    a.sync(share)
    report = b.sync(share)
    assert report.imported >= 1
    out = tmp_path / "cra.csv"
    assert export.write_csv(b.db, out) == 1
    with out.open(encoding="utf-8-sig", newline="") as fh:
        [row] = list(csv.DictReader(fh, delimiter=";"))
    assert row["Niveau d'autonomie (ou de l'atelier)"] == "valeur inconnue (tres_autonome)"
    assert help_requests.load(b.db, rid).fields.autonomy == "tres_autonome"  # kept, not dropped


def test_a_malformed_date_or_list_is_set_aside_and_the_list_still_works(pcs, share) -> None:
    a, b = pcs["A"], pcs["B"]
    good = _session(a)
    a.sync(share)
    b.sync(share)
    bad = _session(a)
    _tamper_outbox(a, day="2026-13-45", themes="pas du json")
    a.sync(share)
    b.sync(share)
    listed = {r.id for r in help_requests.list_records(b.db)}
    assert good in listed and bad not in listed
    con = sqlite3.connect(b.db.path)
    try:
        waiting = held.batches(con)
    finally:
        con.close()
    assert [w.reason for w in waiting] == [held.MALFORMED]
    assert "help_request" in waiting[0].why


def test_a_change_dated_2100_is_not_a_date(pcs, share) -> None:
    a, b = pcs["A"], pcs["B"]
    rid = _session(a)
    con = sqlite3.connect(a.db.path)
    con.execute("UPDATE sync_outbox SET hlc = '004102444800001' || substr(hlc, 16)")
    con.commit()
    con.close()
    a.sync(share)
    b.sync(share)
    assert rid not in {r.id for r in help_requests.list_records(b.db)}
    con = sqlite3.connect(b.db.path)
    try:
        assert con.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0] == 0  # not « later »: never
        assert "2099" in held.batches(con)[0].why
    finally:
        con.close()


def test_a_clock_once_ahead_does_not_quarantine_the_next_sessions_elsewhere(pcs, share, monkeypatch) -> None:
    from app.store import changes

    a, b = pcs["A"], pcs["B"]
    real = changes.now_ms
    a_year_ahead = real() + 365 * 86_400_000
    monkeypatch.setattr(changes, "now_ms", lambda: a_year_ahead)
    early = _session(a)  # the PC's clock was set to next year for one session
    monkeypatch.setattr(changes, "now_ms", real)
    a.sync(share)
    first = b.sync(share)
    assert first.quarantined >= 1  # the odd one waits on B, as designed
    later = _session(a)  # the clock is right again
    help_requests.save_record(a.db, help_requests.load(a.db, early).fields.with_changes(notes="corrigée"),
                              request_id=early)
    assert help_requests.load(a.db, early).fields.notes == "corrigée"  # the edit is not reverted
    a.sync(share)
    second = b.sync(share)
    assert later in {r.id for r in help_requests.list_records(b.db)}
    assert second.quarantined == 0
