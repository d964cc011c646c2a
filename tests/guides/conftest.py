"""Fixtures for the guides tests: a folder of bundled guides made from the valid fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def guide_text(guide_id: str = "test-valide", *, version: int = 1, title: str = "Un guide de test valide") -> str:
    text = (FIXTURES / "valid" / "test-valide.md").read_text(encoding="utf-8")
    return (text.replace("id: test-valide", f"id: {guide_id}").replace("version: 1", f"version: {version}")
            .replace("title: Un guide de test valide", f"title: {title}"))


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundled-guides folder with two valid guides and their image, used as the resources' guides."""
    from app.services import guides

    d = tmp_path / "bundled"
    (d / "images").mkdir(parents=True)
    shutil.copy(FIXTURES / "valid" / "images" / "accueil.png", d / "images" / "accueil.png")
    (d / "test-valide.md").write_text(guide_text(), encoding="utf-8")
    (d / "demarche-carte-grise.md").write_text(
        guide_text("demarche-carte-grise", title="Refaire sa carte grise en ligne"), encoding="utf-8")
    monkeypatch.setattr(guides, "bundled_dir", lambda: d)
    return d
