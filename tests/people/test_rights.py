"""The people services check the permission matrix themselves: a conseiller (or the command line without
`--as`) may find and record a person, never read their data out, merge two records or erase them."""

from __future__ import annotations

import pytest

from app.domain.permissions import COMMAND_LINE, PermissionDenied
from app.services import audit, people
from tests.people.conftest import FIRST, LAST, NOW, consent, eulalie, session_for


@pytest.fixture
def two(db, ctx):
    keep = people.create(db, eulalie(), consent(), now=NOW)
    other = people.create(db, eulalie(first_name="Eulalye", phone=""), consent(), now=NOW, allow_duplicate=True)
    session_for(db, ctx, other)
    return keep, other


@pytest.mark.parametrize("who", ["conseiller", "ligne de commande"])
def test_a_conseiller_may_not_read_out_merge_or_erase(db, two, conseiller, tmp_path, who):
    actor = conseiller if who == "conseiller" else COMMAND_LINE
    keep, other = two
    out = tmp_path / "donnees.pdf"
    for attempt in (lambda: people.access_pdf(db, keep, actor=actor),
                    lambda: people.export_access(db, keep, str(out), actor=actor),
                    lambda: people.merge(db, keep, other, now=NOW, actor=actor),
                    lambda: people.erase(db, keep, now=NOW, actor=actor),
                    lambda: people.run_retention(db, now=NOW, actor=actor)):
        with pytest.raises(PermissionDenied, match="réservé aux administrateurs"):
            attempt()
    assert not out.exists()
    assert {r.id for r in people.search(db)} == {keep, other}  # nothing merged, nothing erased
    assert people.get(db, keep).fields.last_name == LAST
    # Finding, recording and the history stay theirs (the desk's daily work).
    assert people.history(db, other) and people.search(db, FIRST)


def test_the_defaults_are_the_command_lines_rights(db, two):
    keep, other = two
    with pytest.raises(PermissionDenied, match="--as NOM"):
        people.erase(db, keep, now=NOW)
    with pytest.raises(PermissionDenied, match="--as NOM"):
        people.merge(db, keep, other, now=NOW)


def test_an_admin_may_and_the_merge_is_audited_without_a_name(db, two, admin, tmp_path):
    keep, other = two
    assert people.merge(db, keep, other, now=NOW, actor=admin) == 1
    people.export_access(db, keep, str(tmp_path / "donnees.pdf"), actor=admin)
    assert people.erase(db, keep, now=NOW, actor=admin) == 1
    lines = audit.entries(db, admin)
    merged = [x for x in lines if x.action == "merge"]
    assert merged and merged[0].actor == "Camille Durand" and "2 fiches fusionnées" in merged[0].detail
    assert all(FIRST not in x.detail and LAST not in x.detail for x in lines)


def test_the_daily_retention_run_is_the_systems_and_needs_nobody(db, ctx, admin):
    from datetime import timedelta

    pid = people.create(db, eulalie(), consent(), now=NOW)
    report = people.retention_if_due(db, now=NOW + timedelta(days=400))  # what the desk runs each day
    assert report.ran and report.anonymised == 1
    assert pid not in {r.id for r in people.search(db)}
    assert audit.entries(db, admin)[0].actor == "système"
