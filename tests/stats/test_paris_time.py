"""The heat map's weekday and hour are those of the arrival in Paris, summer and winter time included."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.clock import PARIS
from app.services.stats.plain import paris_offset

_CON = sqlite3.connect(":memory:")
_AT = "substr(:t, 1, 19)"
_SQL = (
    f"SELECT CAST(strftime('%w', {_AT}, {paris_offset(_AT)}) AS INTEGER), "
    f"CAST(strftime('%H', {_AT}, {paris_offset(_AT)}) AS INTEGER)"
)


def _sql(moment: datetime) -> tuple[int, int]:
    stored = moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return _CON.execute(_SQL, {"t": stored}).fetchone()


def _zoneinfo(moment: datetime) -> tuple[int, int]:
    local = moment.astimezone(PARIS)
    return (local.weekday() + 1) % 7, local.hour


@settings(max_examples=400)
@given(st.datetimes(min_value=datetime(1997, 1, 1), max_value=datetime(2037, 12, 31)))
def test_sql_paris_time_equals_zoneinfo(naive):
    moment = naive.replace(tzinfo=UTC)
    assert _sql(moment) == _zoneinfo(moment)


def test_around_the_changes_of_2026():
    # Summer time starts 29 March 2026 at 01:00 UTC and ends 25 October 2026 at 01:00 UTC.
    for start in (datetime(2026, 3, 29, 1, tzinfo=UTC), datetime(2026, 10, 25, 1, tzinfo=UTC)):
        for minutes in (-61, -1, 0, 1, 59, 61):
            moment = start + timedelta(minutes=minutes)
            assert _sql(moment) == _zoneinfo(moment), moment
    assert _sql(datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC)) == (0, 1)
    assert _sql(datetime(2026, 3, 29, 1, 0, tzinfo=UTC)) == (0, 3)
