"""The statistics aggregates read from the summary tables that triggers keep current (migration 0008)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from app.services.stats.model import Aggregates, StatsFilter


def where(flt: StatsFilter) -> tuple[str, dict[str, Any]]:
    """The WHERE clause of a filter over a summary table (keys: '' for no site or conseiller)."""
    conds = ["day BETWEEN :day_from AND :day_to"]
    params: dict[str, Any] = {"day_from": flt.day_from.isoformat(), "day_to": flt.day_to.isoformat()}
    for col, value in (("site_id", flt.site_id), ("conseiller_id", flt.conseiller_id), ("kind", flt.kind)):
        if value is not None:
            conds.append(f"{col} = :{col}")
            params[col] = value
    return " AND ".join(conds), params


def daily(conn: Connection, flt: StatsFilter) -> dict[date, int]:
    cond, params = where(flt)
    rows = conn.execute(text(f"SELECT day, sum(sessions) FROM stats_day WHERE {cond} GROUP BY day"), params)
    return {date.fromisoformat(d): int(n) for d, n in rows}


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
    for dim, value, sessions, people in run(
        f"SELECT dim, value, sum(sessions), sum(people) FROM stats_breakdown WHERE {cond} GROUP BY dim, value"
    ):
        agg.breakdown[(dim, value)] = (int(sessions), int(people))
    for weekday, hour, arrivals, waited, minutes in run(
        "SELECT weekday, hour, sum(arrivals), sum(waited), sum(wait_minutes) FROM stats_hour "
        f"WHERE {cond} GROUP BY weekday, hour"
    ):
        agg.heat[(int(weekday), int(hour))] = (int(arrivals), int(waited), int(minutes))
    for minutes, n in run(f"SELECT minutes, sum(n) FROM stats_wait WHERE {cond} GROUP BY minutes"):
        agg.waits[int(minutes)] = int(n)
    return agg
