"""Shared fixtures: a fresh data directory and database per test, set up as a help point would be."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def db(data_dir: Path):
    """An empty, migrated database in a fresh data directory."""
    from app.store.open import open_data_dir

    database = open_data_dir(data_dir)
    yield database
    database.dispose()


@pytest.fixture
def ctx(db):
    """The database set up for one site and one conseiller (what the first-run screen does)."""
    from app.services import installation

    return installation.set_up(
        db, site_name="Médiathèque du Carré des Jalles", device_name="PC-TEST", conseiller_name="Camille Durand"
    )
