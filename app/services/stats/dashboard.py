"""Every figure and chart of one filter, from the summary tables (or, for the baseline, the plain queries)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from sqlalchemy import Connection

from app.domain import vocab
from app.services import installation
from app.services.stats import periods, plain, summary
from app.services.stats.model import (
    DIMENSIONS,
    DURATION_KEYS,
    PEOPLE_DIMENSIONS,
    Aggregates,
    Bar,
    Dashboard,
    Figures,
    HeatCell,
    SeriesPoint,
    StatsFilter,
)
from app.store.db import Database

VOCABULARIES: dict[str, Mapping[str, str]] = {
    "theme": vocab.THEMES,
    "demarche": vocab.DEMARCHES,
    "duration": dict(zip(DURATION_KEYS, (label for _lo, _hi, label in vocab.DURATION_GROUPS), strict=True)),
    "age": vocab.AGE_GROUPS,
    "status": vocab.STATUSES,
    "gender": vocab.GENDERS,
    "place": vocab.PLACES,
    "equipment": vocab.EQUIPMENT,
}
NO_SITE = "Hors lieu d'activité"  # sessions at home or at a distance, recorded without a site
# Breakdowns shown in the vocabulary's own order (a scale); the others from the largest down.
ORDERED = frozenset({"duration", "age"})


def bars(agg: Aggregates, dim: str) -> tuple[Bar, ...]:
    labels = VOCABULARIES[dim]
    col = 1 if dim in PEOPLE_DIMENSIONS else 0
    counts = {v: n[col] for (d, v), n in agg.breakdown.items() if d == dim and n[col]}
    out = [Bar(k, labels.get(k, k), counts[k]) for k in labels if k in counts]
    out += [Bar(k, k, n) for k, n in counts.items() if k not in labels]  # a value of a newer version
    if dim not in ORDERED:
        out.sort(key=lambda b: -b.value)
    return tuple(out)


def site_bars(agg: Aggregates, names: dict[str, str]) -> tuple[Bar, ...]:
    out = [Bar(k, names.get(k, k or NO_SITE), n) for k, n in agg.by_site.items() if n]
    return tuple(sorted(out, key=lambda b: -b.value))


def series(flt: StatsFilter, daily_now: dict[date, int], daily_before: dict[date, int]) -> tuple[SeriesPoint, ...]:
    out = []
    for first, last, label in periods.buckets(flt.day_from, flt.day_to):
        now = sum(n for d, n in daily_now.items() if first <= d <= last)
        a, b = periods.year_before(first), periods.year_before(last)
        before = sum(n for d, n in daily_before.items() if a <= d <= b)
        out.append(SeriesPoint(first, label, now, before))
    return tuple(out)


def heat(agg: Aggregates) -> tuple[HeatCell, ...]:
    cells = []
    for (w, hour), (arrivals, waited, minutes) in sorted(agg.heat.items()):
        if arrivals:
            cells.append(HeatCell((w + 6) % 7, hour, arrivals, minutes / waited if waited else None))
    return tuple(sorted(cells, key=lambda c: (c.weekday, c.hour)))


def build(
    conn: Connection,
    flt: StatsFilter,
    site_names: dict[str, str],
    *,
    source_aggregates: Callable[[Connection, StatsFilter], Aggregates],
    source_daily: Callable[[Connection, StatsFilter], dict[date, int]],
) -> Dashboard:
    agg = source_aggregates(conn, flt)
    before = flt.with_period(periods.year_before(flt.day_from), periods.year_before(flt.day_to))
    breakdowns = {dim: bars(agg, dim) for dim in DIMENSIONS}
    breakdowns["site"] = site_bars(agg, site_names)
    return Dashboard(
        filter=flt,
        figures=Figures.of(agg),
        series=series(flt, agg.daily, source_daily(conn, before)),
        series_unit=periods.unit(flt.day_from, flt.day_to),
        breakdowns=breakdowns,
        heat=heat(agg),
    )


def site_names(db: Database) -> dict[str, str]:
    return {s.id: s.name for s in installation.list_sites(db)}


def dashboard(db: Database, flt: StatsFilter, *, baseline: bool = False) -> Dashboard:
    """Every figure and chart of `flt`. `baseline`: by plain GROUP BYs on the sessions (benchmark, proof)."""
    names = site_names(db)
    src = plain if baseline else summary
    with db.read_connection() as conn:
        return build(conn, flt, names, source_aggregates=src.aggregates, source_daily=src.daily)


def figures(db: Database, flt: StatsFilter) -> Figures:
    with db.read_connection() as conn:
        return Figures.of(summary.aggregates(conn, flt))


def data_span(db: Database) -> tuple[date, date]:
    """The first and last day with a session (today and today when there is none)."""
    from sqlalchemy import text

    from app.domain.clock import local_day, now_utc

    with db.read_connection() as conn:
        first, last = conn.execute(text("SELECT min(day), max(day) FROM stats_day WHERE sessions > 0")).one()
    today = local_day(now_utc())
    return (date.fromisoformat(first) if first else today, date.fromisoformat(last) if last else today)
