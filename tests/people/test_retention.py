"""Retention: persons without a session for N months anonymised, old notes cleared; once a day; in words."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta

from app.domain.person import PersonFields
from app.services import help_requests, people
from app.store import settings
from tests.people.conftest import FIRST, LAST, NOW, consent, eulalie, session_for


def test_a_person_without_a_session_for_twelve_months_is_anonymised(db, ctx, caplog):
    old = people.create(db, eulalie(), consent(), now=NOW)
    session_for(db, ctx, old, day=date(2026, 12, 1), notes="CAF", now=NOW)
    fresh = people.create(db, PersonFields("Jean", "Vallon"), consent(), now=NOW)
    session_for(db, ctx, fresh, day=date(2026, 12, 2), now=NOW)
    # A year and a month later, Jean came back last week; Eulalie never did.
    later = datetime(2028, 1, 5, 9, tzinfo=UTC)
    session_for(db, ctx, fresh, day=date(2027, 12, 28), now=later)
    with caplog.at_level(logging.INFO, logger="pasapas.privacy"):
        report = people.run_retention(db, now=later)
    assert report.anonymised == 1
    assert [p.id for p in people.search(db)] == [fresh]
    assert all(r.fields.notes == "" for r in help_requests.list_records(db) if r.fields.person_id == old)
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "1 personne(s) anonymisée(s)" in logged and FIRST not in logged and LAST not in logged


def test_the_setting_changes_the_delay(db, ctx):
    pid = people.create(db, eulalie(), consent(), now=NOW)
    settings.put(db, settings.RETENTION_MONTHS, 3)
    assert people.run_retention(db, now=NOW + timedelta(days=80)).anonymised == 0
    assert people.run_retention(db, now=NOW + timedelta(days=95)).anonymised == 1
    assert people.search(db) == [] and pid


def test_notes_older_than_the_delay_are_cleared_but_the_person_stays(db, ctx):
    pid = people.create(db, eulalie(notes="Préfère le matin"), consent(), now=NOW)
    later = NOW + timedelta(days=400)
    session_for(db, ctx, pid, day=(later - timedelta(days=3)).date(), now=later)
    report = people.run_retention(db, now=later)
    assert report.anonymised == 0 and report.notes_cleared == 1
    assert people.get(db, pid).fields.notes == ""
    assert people.get(db, pid).fields.first_name == FIRST


def test_it_runs_once_a_day(db, ctx):
    people.create(db, eulalie(), consent(), now=NOW)
    assert people.retention_if_due(db, now=NOW).ran
    assert not people.retention_if_due(db, now=NOW + timedelta(hours=2)).ran
    assert people.retention_if_due(db, now=NOW + timedelta(days=1)).ran


def test_the_rule_is_said_in_words():
    text = people.retention_text(12)
    assert "12 mois" in text and "anonyme" in text
