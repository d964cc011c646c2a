"""The summary tables kept by triggers hold exactly what plain GROUP BYs find, after any mix of inserts,
edits, tombstones and deletions, for any filter; and the triggers exist at the head revision."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, update

from app.services.stats import plain, summary
from app.services.stats.model import StatsFilter
from app.store.models import Conseiller, HelpRequest, Site
from tests.stats.rows import CHANGES, CONSEILLERS, SITES, rows

FILTERS = (
    StatsFilter(date(2000, 1, 1), date(2100, 1, 1)),
    StatsFilter(date(2025, 6, 1), date(2025, 12, 31), site_id="site-a"),
    StatsFilter(date(2025, 1, 1), date(2026, 12, 31), conseiller_id="c-2", kind="collectif"),
    StatsFilter(date(2025, 3, 20), date(2025, 4, 30), kind="individuel"),
    StatsFilter(date(2025, 1, 1), date(2026, 12, 31), site_id=""),
    StatsFilter(date(2025, 5, 10), date(2025, 9, 5)),  # months in the middle, days at both ends
)


def _same(db) -> None:
    with db.engine.connect() as conn:
        for flt in FILTERS:
            assert summary.aggregates(conn, flt).cleaned() == plain.aggregates(conn, flt).cleaned(), flt


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    new=st.lists(rows(), min_size=1, max_size=25, unique_by=lambda r: r["id"]),
    edits=st.lists(st.tuples(st.integers(0, 24), CHANGES), max_size=15),
    removed=st.lists(st.integers(0, 24), max_size=4),
)
def test_summaries_equal_plain_group_bys(db, new, edits, removed):
    with db.engine.begin() as conn:
        conn.execute(delete(HelpRequest))
        if conn.execute(Site.__table__.select()).first() is None:
            conn.execute(insert(Site), [{"id": s, "name": s} for s in SITES if s])
            conn.execute(insert(Conseiller), [{"id": c, "first_name": c} for c in CONSEILLERS if c])
    with db.engine.connect() as conn:  # every share was taken back out
        assert summary.aggregates(conn, FILTERS[0]).cleaned() == plain.aggregates(conn, FILTERS[0]).cleaned()
        assert not summary.aggregates(conn, FILTERS[0]).cleaned().totals
    with db.engine.begin() as conn:
        conn.execute(insert(HelpRequest), new)
    _same(db)
    with db.engine.begin() as conn:
        for i, change in edits:
            if change:
                conn.execute(update(HelpRequest).where(HelpRequest.id == new[i % len(new)]["id"]).values(**change))
        for i in removed:
            conn.execute(delete(HelpRequest).where(HelpRequest.id == new[i % len(new)]["id"]))
    _same(db)


def test_the_triggers_exist_at_the_head_revision(db):
    con = sqlite3.connect(db.path)
    names = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    con.close()
    assert {"stats_ai", "stats_au", "stats_ad"} <= names


_BASE = (
    {"id": "r-ind", "kind": "individuel", "day": date(2025, 6, 2), "queue_status": "done", "site_id": "site-a",
     "conseiller_id": "c-1", "duration_minutes": 45, "themes": ["email", "sante"], "equipment": ["telephone"],
     "demarches": [], "gender": "feminin", "age_group": "70_plus", "status": "retraite", "participants": {},
     "handout_guide_ids": ["franceconnect"], "redirected": True,
     "arrived_at": datetime(2025, 6, 2, 8, 0, tzinfo=UTC), "started_at": datetime(2025, 6, 2, 8, 13, 30, tzinfo=UTC)},
    {"id": "r-ws", "kind": "collectif", "day": date(2025, 6, 3), "queue_status": "done", "site_id": "site-b",
     "conseiller_id": "c-2", "duration_minutes": 120, "themes": ["securite_numerique"], "equipment": ["tablette"],
     "participants_total": 8, "participants": {"genre": {"feminin": 5, "masculin": 2}, "age": {"70_plus": 3}, "statut": {}}},
    {"id": "r-left", "kind": "individuel", "day": date(2025, 6, 2), "queue_status": "left", "site_id": "site-a",
     "themes": [], "arrived_at": datetime(2025, 6, 2, 9, 0, tzinfo=UTC)},
)
_NEW_VALUES = {
    "day": date(2025, 7, 14), "queue_status": "left", "deleted": True, "site_id": "site-b", "conseiller_id": None,
    "kind": "collectif", "duration_minutes": 20, "themes": ["bureautique"], "demarches": ["logement"],
    "equipment": ["aucun"], "place": "domicile", "participants_total": 3, "gender": "masculin",
    "age_group": "18_24", "status": "en_emploi", "participants": {"genre": {"masculin": 1}},
    "handout_guide_ids": [], "redirected": False, "arrived_at": datetime(2025, 6, 2, 7, 0, tzinfo=UTC),
    "started_at": datetime(2025, 6, 2, 9, 59, tzinfo=UTC),
}


@pytest.mark.parametrize("column", sorted(_NEW_VALUES))
def test_an_edit_of_one_column_alone_moves_the_figures(db, column):
    """A sync import writes only the columns that changed (a tombstone is `deleted` alone)."""
    with db.engine.begin() as conn:
        conn.execute(insert(Site), [{"id": s, "name": s} for s in SITES if s])
        conn.execute(insert(Conseiller), [{"id": c, "first_name": c} for c in CONSEILLERS if c])
        for r in _BASE:
            conn.execute(insert(HelpRequest), dict(r))
    with db.engine.connect() as conn:
        before = [summary.aggregates(conn, f).cleaned() for f in FILTERS]
    with db.engine.begin() as conn:
        conn.execute(update(HelpRequest).values({column: _NEW_VALUES[column]}))
    _same(db)
    with db.engine.connect() as conn:
        assert [summary.aggregates(conn, f).cleaned() for f in FILTERS] != before


@given(st.dates(date(2024, 1, 1), date(2027, 12, 31)), st.integers(0, 800))
def test_a_period_is_whole_months_and_days_each_day_once(start, length):
    from datetime import timedelta

    from app.services.stats.periods import add_months

    end = start + timedelta(days=length)
    covered: list[date] = []
    for suffix, first, last in summary.parts(start, end):
        if suffix:
            assert first.day == 1 and last.day == 1
            month = first
            while month <= last:
                nxt = add_months(month, 1)
                covered += [month + timedelta(days=i) for i in range((nxt - month).days)]
                month = nxt
        else:
            covered += [first + timedelta(days=i) for i in range((last - first).days + 1)]
    assert sorted(covered) == [start + timedelta(days=i) for i in range(length + 1)]
