"""The queue and the records, through the services the desk and the command line use."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.help_request import HelpRequestFields
from app.services import help_requests, log, queue

NOON = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)


def record(ctx, **changes):
    base = HelpRequestFields(
        day=date(2026, 11, 27), duration_minutes=30, site_id=ctx.site.id, conseiller_id=ctx.conseiller.id,
        themes=("email",),
    )
    return base.with_changes(**changes)


def test_arrivals_get_ticket_numbers_per_site_and_day(db, ctx):
    a = help_requests.add_arrival(db, site_id=ctx.site.id, now=NOON)
    b = help_requests.add_arrival(db, site_id=ctx.site.id, label="  Mme au chapeau  ", now=NOON + timedelta(minutes=2))
    assert (a.ticket_number, b.ticket_number) == (1, 2)
    assert b.visitor_label == "Mme au chapeau"
    tomorrow = help_requests.add_arrival(db, site_id=ctx.site.id, now=NOON + timedelta(days=1))
    assert tomorrow.ticket_number == 1
    queue = help_requests.today_queue(db, site_id=ctx.site.id, now=NOON + timedelta(minutes=10))
    assert [e.ticket_number for e in queue] == [1, 2]
    assert queue[0].waiting_minutes(NOON + timedelta(minutes=10)) == 10


def test_queue_flow_start_record_leave(db, ctx):
    a = help_requests.add_arrival(db, site_id=ctx.site.id, now=NOON)
    b = help_requests.add_arrival(db, site_id=ctx.site.id, now=NOON)
    queue.take(db, a.id, conseiller_id=ctx.conseiller.id, now=NOON + timedelta(minutes=5))
    entries = help_requests.today_queue(db, site_id=ctx.site.id, now=NOON)
    assert [e.queue_status for e in entries] == ["in_progress", "waiting"]
    help_requests.save_record(db, record(ctx), request_id=a.id, now=NOON + timedelta(minutes=35))
    help_requests.mark_left(db, b.id, now=NOON + timedelta(minutes=40))
    assert help_requests.today_queue(db, site_id=ctx.site.id, now=NOON) == []
    stored = help_requests.load(db, a.id)
    assert stored.queue_status == "done"
    assert stored.started_at == NOON + timedelta(minutes=5)
    assert help_requests.load(db, b.id).queue_status == "left"
    assert [r.id for r in help_requests.list_records(db)] == [a.id]  # who left is not a session


def test_invalid_record_is_not_saved(db, ctx):
    with pytest.raises(ValidationError):
        help_requests.save_record(db, record(ctx, themes=()))
    assert help_requests.list_records(db) == []


def test_delete_is_a_tombstone_and_restore_brings_it_back(db, ctx):
    rid = help_requests.save_record(db, record(ctx))
    help_requests.delete(db, rid)
    assert help_requests.list_records(db) == []
    assert help_requests.load(db, rid).deleted
    help_requests.restore(db, rid)
    assert [r.id for r in help_requests.list_records(db)] == [rid]


def test_preferred_durations_put_the_most_used_first(db, ctx):
    for minutes in (45, 45, 45, 20, 20, 20, 20, 30):
        help_requests.save_record(db, record(ctx, duration_minutes=minutes))
    durations = help_requests.preferred_durations(db, conseiller_id=ctx.conseiller.id)
    assert durations[:3] == [20, 45, 30]
    assert set(durations) >= {15, 60, 90, 120}


def test_visitor_labels_are_forgotten_the_next_day(db, ctx):
    help_requests.add_arrival(db, site_id=ctx.site.id, label="Jean", now=NOON)
    assert help_requests.forget_visitor_labels(db, now=NOON) == 0
    assert help_requests.forget_visitor_labels(db, now=NOON + timedelta(days=1)) == 1
    assert help_requests.today_queue(db, site_id=ctx.site.id, now=NOON)[0].visitor_label == ""


def test_log_filters_and_counts(db, ctx):
    help_requests.save_record(db, record(ctx, notes="avis d'impôt apporté"))
    help_requests.save_record(db, record(ctx, themes=("sante",), duration_minutes=60))
    help_requests.save_record(db, record(ctx, day=date(2026, 10, 1)))
    everything = log.count(db, log.LogFilter())
    assert (everything.sessions, everything.minutes) == (3, 120)
    assert log.count(db, log.LogFilter(theme="email")).sessions == 2
    assert log.count(db, log.LogFilter(theme="sante")).minutes == 60
    assert log.count(db, log.LogFilter(day_from=date(2026, 11, 1))).sessions == 2
    assert log.count(db, log.LogFilter(text="IMPÔT")).sessions == 1
    rows = log.fetch(db, log.LogFilter(), offset=0, limit=10, sort="duration", descending=True)
    assert rows[0].duration_minutes == 60
    page = log.fetch(db, log.LogFilter(), offset=2, limit=10)
    assert len(page) == 1



def test_a_redirected_person_has_the_redirected_queue_status(db, ctx):
    rid = help_requests.save_record(db, record(ctx, redirected=True, structure="aide_sociale"))
    assert help_requests.load(db, rid).queue_status == "redirected"
    assert [r.id for r in help_requests.list_records(db)] == [rid]  # still a recorded session
