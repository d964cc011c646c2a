"""The kiosk reads guides and the queue's own columns, nothing else: SQLite's authorizer refuses the rest."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from app.services import help_requests
from app.services.kiosk import access, catalogue, settings, tickets

REFUSED = "prohibited|not authorized"  # SQLite: a column read, or any other action


@pytest.fixture
def guarded(library, ctx):
    """A help point with a real session recorded (notes and all), then the kiosk's guard on."""
    from datetime import date

    from app.domain.help_request import HelpRequestFields

    help_requests.save_record(library, HelpRequestFields(
        day=date.today(), duration_minutes=30, site_id=ctx.site.id, conseiller_id=ctx.conseiller.id,
        themes=("email",), notes="Mme X a oublié son mot de passe", age_group="70_plus"))
    guard = access.restrict(library)
    return library, guard


def test_everything_the_kiosk_does_passes_the_guard(guarded) -> None:
    db, guard = guarded
    assert catalogue.tiles_with_guides(db)
    assert catalogue.guides_for(db, "caf")
    assert catalogue.search(db, "carte vitale")
    assert catalogue.open_guide(db, "caf-aide-logement") is not None
    settings.load(db)
    settings.set_staff_pin(db, "1357")
    assert settings.check_staff_pin(db, "1357")
    ticket = tickets.take_ticket(db, "sante", "Paul")
    assert ticket.number
    assert guard.refused == []
    raw = sqlite3.connect(db.path)  # an unguarded look: the ticket and its outbox row are there
    assert raw.execute("SELECT visitor_label, themes FROM help_request WHERE id = ?", (ticket.id,)).fetchone() == (
        "Paul", '["sante"]')
    assert raw.execute("SELECT count(*) FROM sync_outbox WHERE row_id = ?", (ticket.id,)).fetchone()[0] == 1
    raw.close()


@pytest.mark.parametrize("sql", [
    "SELECT notes FROM help_request",
    "SELECT * FROM help_request",
    "SELECT age_group FROM help_request WHERE ticket_number IS NULL",
    "SELECT visitor_label FROM help_request",
    "SELECT first_name FROM conseiller",
    "SELECT value FROM sync_history",
    "SELECT folded FROM help_request_text",
    "SELECT change FROM sync_pending",
    "DELETE FROM guide",
    "UPDATE help_request SET notes = ''",
    "ATTACH DATABASE ':memory:' AS other",
    # an outbox copy is the one INSERT … SELECT allowed, and it returns nothing; a SELECT after it is checked
    "SELECT notes FROM help_request WHERE id IN (SELECT row_id FROM sync_outbox)",
])
def test_anything_else_is_refused_by_sqlite(guarded, sql: str) -> None:
    db, _guard = guarded
    with pytest.raises(DatabaseError, match=REFUSED), db.engine.connect() as conn:
        conn.execute(text(sql)).all()


def test_services_of_the_desk_fail_under_the_guard(guarded, ctx) -> None:
    db, _guard = guarded
    with pytest.raises(DatabaseError, match=REFUSED):
        help_requests.list_records(db)
    with pytest.raises(DatabaseError, match=REFUSED):
        help_requests.today_queue(db, site_id=ctx.site.id)  # it reads the desk's labels


def test_an_outbox_insert_does_not_open_the_next_select(guarded) -> None:
    db, _guard = guarded
    with db.engine.connect() as conn:
        conn.execute(text("INSERT INTO sync_outbox (tbl, row_id, hlc, fields) VALUES ('x', 'y', 'z', '{}')"))
        with pytest.raises(DatabaseError, match=REFUSED):
            conn.execute(text("SELECT notes FROM help_request")).all()
        conn.rollback()
