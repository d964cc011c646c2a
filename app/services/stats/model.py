"""What the statistics are made of: the filter, the raw SQL aggregates and the figures derived from them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

# Dimensions of the breakdowns, in the order the dashboard and the report show them.
DIMENSIONS = ("theme", "demarche", "duration", "age", "status", "gender", "place", "equipment")
# Profile dimensions count people (a workshop counts its participants); the others count sessions.
PEOPLE_DIMENSIONS = frozenset({"age", "status", "gender"})
# The national tool's duration groups, as the summary tables key them.
DURATION_KEYS = ("moins_30", "30_60", "60_120", "120_plus")


@dataclass(frozen=True)
class StatsFilter:
    """Which sessions the statistics cover. None means « all »."""

    day_from: date
    day_to: date
    site_id: str | None = None
    conseiller_id: str | None = None
    kind: str | None = None

    def with_period(self, day_from: date, day_to: date) -> StatsFilter:
        return StatsFilter(day_from, day_to, self.site_id, self.conseiller_id, self.kind)


@dataclass
class Aggregates:
    """Everything the figures and charts need, as summed by SQL (both sources give exactly these)."""

    # kind -> (sessions, minutes, participants, people, handouts, redirected, left)
    totals: dict[str, tuple[int, ...]] = field(default_factory=dict)
    breakdown: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)  # (dim, value) -> (sessions, people)
    by_site: dict[str, int] = field(default_factory=dict)  # site id ('' for none) -> sessions
    daily: dict[date, int] = field(default_factory=dict)  # day -> sessions
    heat: dict[tuple[int, int], tuple[int, int, int]] = field(default_factory=dict)  # (weekday, hour) -> (arrivals, waited, wait minutes)
    waits: dict[int, int] = field(default_factory=dict)  # whole minutes waited -> sessions

    def cleaned(self) -> Aggregates:
        """Without the zero entries (a summary row may be left at zero after an edit)."""
        return Aggregates(
            {k: v for k, v in self.totals.items() if any(v)},
            {k: v for k, v in self.breakdown.items() if any(v)},
            {k: v for k, v in self.by_site.items() if v},
            {k: v for k, v in self.daily.items() if v},
            {k: v for k, v in self.heat.items() if any(v)},
            {k: v for k, v in self.waits.items() if v},
        )


@dataclass(frozen=True)
class Figures:
    """The key figures of a period."""

    sessions: int
    individual: int
    workshops: int
    participants: int
    people: int
    minutes: int
    handouts: int
    redirected: int
    left: int
    waited: int
    wait_median: int | None
    wait_p90: int | None

    @property
    def average_minutes(self) -> float:
        return self.minutes / self.sessions if self.sessions else 0.0

    @property
    def handout_share(self) -> float:
        return self.handouts / self.sessions if self.sessions else 0.0

    @classmethod
    def of(cls, agg: Aggregates) -> Figures:
        cols = list(zip(*agg.totals.values(), strict=True)) or [(0,)] * 7
        sessions, minutes, participants, people, handouts, redirected, left = (sum(c) for c in cols)
        return cls(
            sessions=sessions,
            individual=agg.totals.get("individuel", (0,))[0],
            workshops=agg.totals.get("collectif", (0,))[0],
            participants=participants,
            people=people,
            minutes=minutes,
            handouts=handouts,
            redirected=redirected,
            left=left,
            waited=sum(agg.waits.values()),
            wait_median=percentile(agg.waits, 50),
            wait_p90=percentile(agg.waits, 90),
        )


def percentile(histogram: dict[int, int], p: float) -> int | None:
    """Nearest-rank percentile of a histogram {value: count}: the smallest value with at least p % of the
    counts at or below it. None when empty."""
    total = sum(histogram.values())
    if total <= 0:
        return None
    rank = max(1, math.ceil(p / 100 * total))
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return value
    return max(histogram)


@dataclass(frozen=True)
class Bar:
    """One bar of a breakdown: a vocabulary key, its label, and its count."""

    key: str
    label: str
    value: int


@dataclass(frozen=True)
class SeriesPoint:
    """Sessions of one week or month of the period, and of the same stretch a year earlier."""

    start: date
    label: str
    sessions: int
    year_before: int


@dataclass(frozen=True)
class HeatCell:
    weekday: int  # 0 = Monday
    hour: int
    arrivals: int
    average_wait: float | None


@dataclass(frozen=True)
class Dashboard:
    """Every figure and chart of one filter."""

    filter: StatsFilter
    figures: Figures
    series: tuple[SeriesPoint, ...]
    series_unit: str  # "week" | "month"
    breakdowns: dict[str, tuple[Bar, ...]]  # DIMENSIONS and "site"
    heat: tuple[HeatCell, ...]
