"""`pasapas guides …` from the command line: exit codes and output people rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def run(data_dir: Path, *args: str, resources: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if resources is not None:
        env["PASAPAS_RESOURCES"] = str(resources)
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "guides", *args],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.slow
def test_check_exit_codes_and_one_line_per_problem(data_dir: Path) -> None:
    ok = run(data_dir, "check", str(FIXTURES / "valid"))
    assert ok.returncode == 0 and " : erreur : " not in ok.stdout  # warnings may come as the date ages
    bad = run(data_dir, "check", str(FIXTURES / "malformed"), "--errors-only")
    assert bad.returncode == 1
    lines = bad.stdout.splitlines()
    assert len(lines) == 27  # 26 files, the id fixture has two problems
    assert any(line.startswith(f"{FIXTURES / 'malformed' / 'niveau-inconnu.md'}:13 : erreur : level : ")
               for line in lines)
    missing = run(data_dir, "check", str(FIXTURES / "nulle-part"))
    assert missing.returncode == 1 and "introuvable" in missing.stdout


@pytest.mark.slow
def test_list_search_export_import(data_dir: Path, tmp_path: Path) -> None:
    res = tmp_path / "res"
    (res / "guides").mkdir(parents=True)
    (res / "guides" / "images").mkdir()
    (res / "guides" / "images" / "accueil.png").write_bytes((FIXTURES / "valid" / "images" / "accueil.png").read_bytes())
    (res / "guides" / "test-valide.md").write_text((FIXTURES / "valid" / "test-valide.md").read_text())
    listed = run(data_dir, "list", "--json", resources=res)
    assert listed.returncode == 0, listed.stderr
    assert [g["id"] for g in json.loads(listed.stdout)] == ["test-valide"]
    found = run(data_dir, "search", "demarhce test", "--json", resources=res)
    assert [h["id"] for h in json.loads(found.stdout)][:1] == ["test-valide"]
    nothing = run(data_dir, "search", "recette de cuisine", resources=res)
    assert nothing.returncode == 0 and "Aucun guide ne correspond" in nothing.stdout
    assert "service-public.gouv.fr" in nothing.stdout
    pack = tmp_path / "pack.zip"
    assert run(data_dir, "export", "test-valide", "--out", str(pack), resources=res).returncode == 0
    unknown = run(data_dir, "export", "inconnu", "--out", str(pack), resources=res)
    assert unknown.returncode == 2 and "inconnu" in unknown.stderr
    other = tmp_path / "autre"
    imported = run(other, "import", str(pack), "--json", resources=tmp_path / "vide")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["added"] == ["test-valide"]
    not_zip = tmp_path / "x.zip"
    not_zip.write_text("non")
    refused = run(other, "import", str(not_zip), resources=tmp_path / "vide")
    assert refused.returncode == 1 and "aucun guide importé" in refused.stderr
