"""The wheel holds the guides, fonts, icons, translations and migrations, and runs from where it is unpacked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--disable-pip-version-check", "-w", str(out), str(ROOT)], check=True, timeout=300,
                   capture_output=True)
    (found,) = out.glob("pasapas-*.whl")
    return found


def test_the_wheel_holds_every_resource_and_migration(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = [p.relative_to(ROOT / "resources").as_posix()
                 for p in (ROOT / "resources").rglob("*") if p.is_file()]
    missing = [r for r in resources if f"app/resources/{r}" not in names]
    assert not missing
    for folder in ("guides", "fonts", "kiosk/icons", "icons"):
        assert any(n.startswith(f"app/resources/{folder}/") for n in names), folder
    translations = list((ROOT / "resources" / "translations").glob("*.qm"))
    assert all(f"app/resources/translations/{t.name}" in names for t in translations)
    migrations = sorted(p.name for p in (ROOT / "app/store/migrations/versions").glob("0*.py"))
    assert migrations and all(f"app/store/migrations/versions/{m}" in names for m in migrations)
    assert "app/store/migrations/env.py" in names and "app/store/migrations/script.py.mako" in names
    assert not any(n.startswith(("tests/", "resources/")) for n in names)  # only the package, resources inside


def test_the_unpacked_wheel_finds_its_resources_and_migrates(wheel: Path, tmp_path: Path) -> None:
    """Run from the unpacked wheel, away from the checkout: resources and migrations come from the wheel."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PASAPAS_RESOURCES", None)
    out = subprocess.run([sys.executable, "-m", "app", "selfcheck", "--no-windows", "--json"], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=300)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert out.returncode == 0, report
    assert Path(report["resources"]) == site / "app" / "resources"
    assert {c["name"] for c in report["checks"]} >= {"ressources", "migrations", "guides", "fiche", "rapport"}


def test_the_version_is_said_once(wheel: Path) -> None:
    from app import __version__

    assert wheel.name.startswith(f"pasapas-{__version__}-")
