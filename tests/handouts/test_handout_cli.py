"""`pasapas handout` as a conseiller or a script runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from handout_helpers import pdf_pages

ROOT = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.mark.slow
def test_handout_command_writes_the_personalised_pdf(tmp_path, resources):
    data = tmp_path / "data"
    out = tmp_path / "fiche.pdf"
    setup = run(
        data,
        "setup",
        "--site",
        "Médiathèque du Carré des Jalles",
        "--device",
        "PC-1",
        "--conseiller",
        "Camille Durand",
        "--phone",
        "05 57 93 18 80",
    )
    assert setup.returncode == 0, setup.stderr
    done = run(
        data, "handout", "essai-huit-etapes", "--out", str(out), "--name", "Marie", "--large",
        "--notes", "Apportez votre carte Vitale 👍", "--appointment", "2026-12-03 14:30", "--followup",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    pages = pdf_pages(out.read_bytes())
    text = " ".join(pages)
    assert "Préparé pour : Marie" in text
    assert "Apportez votre carte Vitale" in text
    assert "Le jeudi 3 décembre 2026 à 14 h 30" in text
    sheet = next(i for i, page in enumerate(pages) if page.startswith("Ma fiche de suivi"))
    assert "Contacts du point d'aide Médiathèque du Carré des Jalles" in " ".join(pages[sheet:])
    assert f"page 1 sur {len(pages)}" in pages[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["guide-inconnu"], "guide : « guide-inconnu » inconnu"),
        (["essai-huit-etapes", "--appointment", "3 décembre"], "--appointment : « 3 décembre »"),
        (["essai-huit-etapes", "--site", "Gare"], "site : « Gare » inconnu"),
        (
            ["essai-huit-etapes", "--out", "/nulle-part/fiche.pdf"],
            "--out : le dossier « /nulle-part » n'existe pas",
        ),
    ],
)
def test_bad_input_exits_2_with_the_reason(tmp_path, resources, args, field):
    out = tmp_path / "fiche.pdf"
    done = run(tmp_path / "data", "handout", "--out", str(out), *args)  # a later --out wins
    assert done.returncode == 2
    assert field in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()
