"""The desk's first screen is read without SQLAlchemy: it must agree with the services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services import help_requests, installation, queue
from app.store.quick import read_start_screen

NOON = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)


def test_start_screen_matches_the_service_queue(db, ctx):
    a = help_requests.add_arrival(db, site_id=ctx.site.id, label="Mme B.", now=NOON)
    b = help_requests.add_arrival(db, site_id=ctx.site.id, now=NOON + timedelta(minutes=1))
    help_requests.add_arrival(db, site_id=installation.add_site(db, "Ailleurs"), now=NOON)  # another site's: not shown
    queue.take(db, a.id, conseiller_id=ctx.conseiller.id, now=NOON + timedelta(minutes=3))
    screen = read_start_screen(db.path, NOON.date())
    assert screen is not None
    assert screen.site_name == "Médiathèque du Carré des Jalles"
    assert screen.conseiller_name == "Camille Durand"
    assert screen.queue == help_requests.today_queue(db, site_id=ctx.site.id, now=NOON)
    assert [e.id for e in screen.queue] == [a.id, b.id]


def test_no_start_screen_before_set_up_or_without_a_file(db, tmp_path):
    assert read_start_screen(db.path, NOON.date()) is None
    assert read_start_screen(tmp_path / "absent.sqlite", NOON.date()) is None
