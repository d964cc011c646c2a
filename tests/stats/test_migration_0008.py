"""Upgrading a database that already holds sessions fills the summaries from them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from app.services.stats import plain, summary
from app.services.stats.model import StatsFilter
from app.store.open import open_data_dir

FIXTURE = Path(__file__).parent.parent / "fixtures" / "db-0001.sqlite"


def test_sessions_of_before_the_upgrade_are_counted(tmp_path):
    shutil.copy(FIXTURE, tmp_path / "pasapas.sqlite")
    db = open_data_dir(tmp_path)
    flt = StatsFilter(date(2000, 1, 1), date(2100, 1, 1))
    with db.engine.connect() as conn:
        got = summary.aggregates(conn, flt).cleaned()
        assert got == plain.aggregates(conn, flt).cleaned()
    assert sum(v[0] for v in got.totals.values()) >= 1
    db.dispose()
