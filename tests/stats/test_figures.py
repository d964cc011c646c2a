"""The dashboard's figures on a dataset whose totals are known, and against the CSV export re-aggregated."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date

import pytest

from app.domain import vocab
from app.services import export
from app.services.stats import dashboard
from app.services.stats.model import StatsFilter
from tests.stats import dataset


@pytest.fixture
def town(db):
    return dataset.fill(db)


def _bars(board, dim):
    return {b.key: b.value for b in board.breakdowns[dim]}


def test_november_figures_are_the_ones_counted_by_hand(db, town):
    board = dashboard.dashboard(db, StatsFilter(*dataset.NOVEMBER))
    f = board.figures
    got = {k: getattr(f, k) for k in dataset.NOVEMBER_FIGURES}
    assert got == dataset.NOVEMBER_FIGURES
    assert f.average_minutes == pytest.approx(390 / 7)
    assert f.handout_share == pytest.approx(1 / 7)
    assert _bars(board, "theme") == dataset.NOVEMBER_THEMES
    assert _bars(board, "duration") == dataset.NOVEMBER_DURATIONS
    assert _bars(board, "gender") == dataset.NOVEMBER_GENDERS
    assert _bars(board, "age") == dataset.NOVEMBER_AGES
    assert _bars(board, "place") == {"lieu_activite": 6, "a_distance": 1}
    assert _bars(board, "demarche") == {"argent_impots": 1}
    assert _bars(board, "site") == {town.mediatheque: 5, town.hotel_de_ville: 1, "": 1}
    # The heat map: Tuesday (1) at 9 h three arrivals (two helped after 12 and 25 min), at 10 h two.
    cells = {(c.weekday, c.hour): c for c in board.heat}
    assert set(cells) == {(1, 9), (1, 10)}
    assert cells[(1, 9)].arrivals == 3 and cells[(1, 9)].average_wait == pytest.approx(18.5)
    assert cells[(1, 10)].arrivals == 2 and cells[(1, 10)].average_wait is None


def test_filters_narrow_the_figures(db, town):
    nov = StatsFilter(*dataset.NOVEMBER)
    yanis = dashboard.figures(db, StatsFilter(*dataset.NOVEMBER, conseiller_id=town.yanis))
    assert (yanis.sessions, yanis.workshops, yanis.people, yanis.minutes) == (2, 1, 9, 210)
    site = dashboard.figures(db, StatsFilter(*dataset.NOVEMBER, site_id=town.hotel_de_ville))
    assert (site.sessions, site.redirected, site.left) == (1, 1, 0)
    workshops = dashboard.figures(db, StatsFilter(*dataset.NOVEMBER, kind="collectif"))
    assert (workshops.sessions, workshops.participants, workshops.wait_median) == (1, 8, None)
    october = dashboard.figures(db, nov.with_period(*dataset.OCTOBER))
    assert (october.sessions, october.minutes) == (2, 90)


def test_series_compare_with_the_year_before(db, town):
    board = dashboard.dashboard(db, StatsFilter(date(2026, 10, 1), date(2026, 11, 30)))
    assert board.series_unit == "week"
    assert sum(p.sessions for p in board.series) == 9
    assert all(p.year_before == 0 for p in board.series)
    year = dashboard.dashboard(db, StatsFilter(date(2027, 1, 1), date(2027, 12, 31)))
    assert year.series_unit == "month" and len(year.series) == 12
    assert [p.year_before for p in year.series][9:11] == [2, 7]  # October and November 2026


def test_the_csv_export_re_aggregated_gives_the_same_figures(db, town, tmp_path):
    out = tmp_path / "activite.csv"
    n = export.write_csv(db, out, day_from=dataset.NOVEMBER[0], day_to=dataset.NOVEMBER[1])
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    board = dashboard.dashboard(db, StatsFilter(*dataset.NOVEMBER))
    f = board.figures
    assert n == len(rows) == f.sessions
    assert sum(int(r["Durée (min)"]) for r in rows) == f.minutes
    assert sum(int(r["Participants"]) for r in rows) == f.people
    assert sum(r["Type"] == vocab.REQUEST_TYPES["collectif"] for r in rows) == f.workshops
    assert sum(r["Bénéficiaire réorienté"] == "Oui" for r in rows) == f.redirected
    label_of = {v: k for k, v in vocab.THEMES.items()}
    themes = Counter(label_of[t] for r in rows for t in r["Thématique(s) d'accompagnement"].split(", "))
    assert dict(themes) == _bars(board, "theme")
