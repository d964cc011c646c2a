"""The same aggregates by plain GROUP BYs on the sessions table: the benchmark's baseline, and the proof
(a property test) that the summary tables hold exactly what these queries find."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from app.domain.queue import RECORDED
from app.services.stats.model import Aggregates, StatsFilter

COUNTED = "queue_status IN ({})".format(", ".join(f"'{state}'" for state in RECORDED))
PEOPLE = "(CASE kind WHEN 'collectif' THEN coalesce(participants_total, 0) ELSE 1 END)"
WAIT = (
    "(max(0, CAST(strftime('%s', substr(started_at, 1, 19)) AS INTEGER) - "
    "CAST(strftime('%s', substr(arrived_at, 1, 19)) AS INTEGER)) / 60)"
)
DURATION = (
    "CASE WHEN coalesce(duration_minutes, 0) < 30 THEN 'moins_30' WHEN duration_minutes < 60 THEN '30_60' "
    "WHEN duration_minutes < 120 THEN '60_120' ELSE '120_plus' END"
)
_PROFILES = (("gender", "gender", "genre"), ("age", "age_group", "age"), ("status", "status", "statut"))


def paris_offset(col: str) -> str:
    """SQL: the Europe/Paris offset modifier of a UTC timestamp (EU rule; checked against zoneinfo)."""
    year = f"substr({col}, 1, 4)"
    return (
        f"CASE WHEN {col} >= datetime({year} || '-03-25', 'weekday 0', '+1 hours') "
        f"AND {col} < datetime({year} || '-10-25', 'weekday 0', '+1 hours') THEN '+2 hours' ELSE '+1 hours' END"
    )


def _where(flt: StatsFilter) -> tuple[str, dict[str, Any]]:
    conds = ["h.deleted = 0", "h.day BETWEEN :day_from AND :day_to"]
    params: dict[str, Any] = {"day_from": flt.day_from.isoformat(), "day_to": flt.day_to.isoformat()}
    for col, value in (("site_id", flt.site_id), ("conseiller_id", flt.conseiller_id), ("kind", flt.kind)):
        if value is not None:
            conds.append(f"coalesce(h.{col}, '') = :{col}" if col != "kind" else f"h.{col} = :{col}")
            params[col] = value
    return " AND ".join(conds), params


def daily(conn: Connection, flt: StatsFilter) -> dict[date, int]:
    cond, params = _where(flt)
    rows = conn.execute(text(f"SELECT day, count(*) FROM help_request h WHERE {cond} AND {COUNTED} GROUP BY day"), params)
    return {date.fromisoformat(d): int(n) for d, n in rows}


def aggregates(conn: Connection, flt: StatsFilter) -> Aggregates:
    cond, params = _where(flt)
    agg = Aggregates()

    def run(sql: str) -> Any:
        return conn.execute(text(sql), params)

    for kind, *vals in run(
        f"SELECT kind, sum(c), sum(c * coalesce(duration_minutes, 0)), "
        "sum(c * (kind = 'collectif') * coalesce(participants_total, 0)), "
        f"sum(c * {PEOPLE}), sum(c * (json_array_length(handout_guide_ids) > 0)), sum(c * (redirected = 1)), "
        f"sum(queue_status = 'left') FROM (SELECT *, {COUNTED} AS c FROM help_request h WHERE {cond}) GROUP BY kind"
    ):
        agg.totals[kind] = tuple(int(v or 0) for v in vals)
    counted = f"{cond} AND {COUNTED}"
    for site, n in run(f"SELECT coalesce(site_id, ''), count(*) FROM help_request h WHERE {counted} GROUP BY 1"):
        agg.by_site[site] = int(n)
    agg.daily = daily(conn, flt)

    def add(dim: str, sql: str) -> None:
        for value, sessions, people in run(sql):
            s0, p0 = agg.breakdown.get((dim, value), (0, 0))
            agg.breakdown[(dim, value)] = (s0 + int(sessions or 0), p0 + int(people or 0))

    for dim, col in (("theme", "themes"), ("demarche", "demarches"), ("equipment", "equipment")):
        add(dim, f"SELECT j.value, count(*), sum({PEOPLE}) FROM help_request h, json_each(h.{col}) j "
                 f"WHERE {counted} GROUP BY j.value")
    add("place", f"SELECT place, count(*), sum({PEOPLE}) FROM help_request h WHERE {counted} GROUP BY place")
    add("duration", f"SELECT {DURATION}, count(*), sum({PEOPLE}) FROM help_request h WHERE {counted} GROUP BY 1")
    for dim, col, part in _PROFILES:
        add(dim, f"SELECT {col}, count(*), count(*) FROM help_request h "
                 f"WHERE {counted} AND kind != 'collectif' GROUP BY {col}")
        counts = f"json_each(h.participants, '$.{part}')"
        add(dim, f"SELECT j.key, 0, sum(CAST(j.value AS INTEGER)) FROM help_request h, {counts} j "
                 f"WHERE {counted} AND kind = 'collectif' GROUP BY j.key")
        add(dim, f"SELECT 'non_communique', 0, sum(max(0, coalesce(participants_total, 0) - "
                 f"(SELECT coalesce(sum(CAST(value AS INTEGER)), 0) FROM {counts}))) FROM help_request h "
                 f"WHERE {counted} AND kind = 'collectif'")
    waited = f"({COUNTED} AND started_at IS NOT NULL)"
    at = "substr(arrived_at, 1, 19)"  # whole seconds (SQLite would round microseconds to milliseconds)
    off = paris_offset(at)
    for weekday, hour, arrivals, n, minutes in run(
        f"SELECT CAST(strftime('%w', {at}, {off}) AS INTEGER), CAST(strftime('%H', {at}, {off}) AS INTEGER), "
        f"count(*), sum({waited}), sum(CASE WHEN {waited} THEN {WAIT} ELSE 0 END) FROM help_request h "
        f"WHERE {cond} AND arrived_at IS NOT NULL GROUP BY 1, 2"
    ):
        agg.heat[(int(weekday), int(hour))] = (int(arrivals), int(n), int(minutes))
    for minutes, n in run(
        f"SELECT {WAIT}, count(*) FROM help_request h WHERE {counted} AND arrived_at IS NOT NULL "
        "AND started_at IS NOT NULL GROUP BY 1"
    ):
        agg.waits[int(minutes)] = int(n)
    return agg
