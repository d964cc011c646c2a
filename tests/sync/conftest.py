"""Fixtures for sync tests: a network folder and PCs that join it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.guides.conftest import bundled  # noqa: F401  (the guides' fixture, reused)
from tests.sync.helpers import PC, make_share


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return make_share(tmp_path)


@pytest.fixture
def pcs(tmp_path: Path) -> Iterator[dict[str, PC]]:
    """PC-A and PC-B, each its own data directory, set up for the same site name."""
    made = {"A": PC(tmp_path, "PC-ACCUEIL"), "B": PC(tmp_path, "PC-MEDIATHEQUE")}
    yield made
    for pc in made.values():
        pc.close()


@pytest.fixture
def network(tmp_path: Path, share: Path) -> Iterator[list[PC]]:
    """Three PCs that remember the key, each with one arrival, all synced: PC-ACCUEIL, PC-MEDIATHEQUE, PC-VOLE."""
    from tests.sync.helpers import arrival, remembering

    made = remembering(tmp_path, share, "PC-ACCUEIL", "PC-MEDIATHEQUE", "PC-VOLE")
    for pc in made:
        arrival(pc, f"avant ({pc.name})")
    for _ in range(2):
        for pc in made:
            pc.sync(share, passphrase=None)
    yield made
    for pc in made:
        pc.close()
