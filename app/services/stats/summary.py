"""The statistics aggregates read from the summary tables that triggers keep current (migration 0008)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, text

from app.services.stats.model import Aggregates, StatsFilter


def where(flt: StatsFilter) -> tuple[str, dict[str, Any]]:
    """The WHERE clause of a filter over a summary table (keys: '' for no site or conseiller)."""
    return _where(flt, flt.day_from, flt.day_to)


def _where(flt: StatsFilter, day_from: date, day_to: date) -> tuple[str, dict[str, Any]]:
    conds = ["day BETWEEN :day_from AND :day_to"]
    params: dict[str, Any] = {"day_from": day_from.isoformat(), "day_to": day_to.isoformat()}
    for col, value in (("site_id", flt.site_id), ("conseiller_id", flt.conseiller_id), ("kind", flt.kind)):
        if value is not None:
            conds.append(f"{col} = :{col}")
            params[col] = value
    return " AND ".join(conds), params


def daily(conn: Connection, flt: StatsFilter) -> dict[date, int]:
    cond, params = where(flt)
    rows = conn.execute(text(f"SELECT day, sum(sessions) FROM stats_day WHERE {cond} GROUP BY day"), params)
    return {date.fromisoformat(d): int(n) for d, n in rows}


def parts(day_from: date, day_to: date) -> list[tuple[str, date, date]]:
    """The period as whole months (read from the `_month` tables) and the days around them: [(suffix, from,
    to)]. A month table's `day` is the month's first day."""
    first = day_from if day_from.day == 1 else date(day_from.year, day_from.month, 1) + timedelta(days=32)
    first = first.replace(day=1)
    end_month = date(day_to.year, day_to.month, calendar.monthrange(day_to.year, day_to.month)[1])
    last = day_to.replace(day=1) if day_to == end_month else (day_to.replace(day=1) - timedelta(days=1)).replace(day=1)
    if first > last:  # no whole month inside
        return [("", day_from, day_to)]
    out = [("_month", first, last)]
    if day_from < first:
        out.append(("", day_from, first - timedelta(days=1)))
    after = date(last.year, last.month, calendar.monthrange(last.year, last.month)[1]) + timedelta(days=1)
    if after <= day_to:
        out.append(("", after, day_to))
    return out


def _add(into: dict[Any, Any], key: Any, values: tuple[int, ...]) -> None:
    old = into.get(key)
    into[key] = values if old is None else tuple(a + b for a, b in zip(old, values, strict=True))


def aggregates(conn: Connection, flt: StatsFilter) -> Aggregates:
    cond, params = where(flt)
    agg = Aggregates()

    def run(sql: str) -> Any:
        return conn.execute(text(sql), params)

    for kind, *vals in run(
        "SELECT kind, sum(sessions), sum(minutes), sum(participants), sum(people), sum(handouts), "
        f"sum(redirected), sum(left_count) FROM stats_day WHERE {cond} GROUP BY kind"
    ):
        agg.totals[kind] = tuple(int(v) for v in vals)
    for site, n in run(f"SELECT site_id, sum(sessions) FROM stats_day WHERE {cond} GROUP BY site_id"):
        agg.by_site[site] = int(n)
    agg.daily = daily(conn, flt)
    for suffix, day_from, day_to in parts(flt.day_from, flt.day_to):
        c, p = _where(flt, day_from, day_to)
        for dim, value, sessions, people in conn.execute(text(
            f"SELECT dim, value, sum(sessions), sum(people) FROM stats_breakdown{suffix} WHERE {c} GROUP BY dim, value"
        ), p):
            _add(agg.breakdown, (dim, value), (int(sessions), int(people)))
        for weekday, hour, arrivals, waited, minutes in conn.execute(text(
            "SELECT weekday, hour, sum(arrivals), sum(waited), sum(wait_minutes) "
            f"FROM stats_hour{suffix} WHERE {c} GROUP BY weekday, hour"
        ), p):
            _add(agg.heat, (int(weekday), int(hour)), (int(arrivals), int(waited), int(minutes)))
        for minutes, n in conn.execute(text(
            f"SELECT minutes, sum(n) FROM stats_wait{suffix} WHERE {c} GROUP BY minutes"
        ), p):
            agg.waits[int(minutes)] = agg.waits.get(int(minutes), 0) + int(n)
    return agg
