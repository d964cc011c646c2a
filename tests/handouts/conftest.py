"""Fixtures of the handout tests: an 8-step guide file of our own, a help point, a resources folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from handout_helpers import GUIDE_FILE, HOURS, ROOT, load_fixture_guide

from app.domain.guide import Guide
from app.services.installation import SiteInfo


@pytest.fixture
def guide() -> Guide:
    return load_fixture_guide()


@pytest.fixture
def site() -> SiteInfo:
    return SiteInfo(
        "site-1", "Médiathèque du Carré des Jalles", "Place de la République", "33160",
        "Saint-Médard-en-Jalles", "33449", "05 57 93 18 80", HOURS,
    )  # fmt: skip


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources folder holding only our fixture guide (and the bundled fonts), used by the app."""
    res = tmp_path / "resources"
    (res / "guides").mkdir(parents=True)
    shutil.copy(GUIDE_FILE, res / "guides" / GUIDE_FILE.name)
    shutil.copytree(ROOT / "resources" / "fonts", res / "fonts")
    monkeypatch.setenv("PASAPAS_RESOURCES", str(res))
    return res
