"""A guide can only send a person to an official site, as the browser (and the QR code reader) reads it."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.domain.guide import parse_guide
from app.domain.guide_rules import check_text, official_href, url_problem
from app.services.handout_pdf import HandoutOptions, render_handout
from tests.hardening.conftest import pdf_text

ROOT = Path(__file__).resolve().parents[2]
VALID = (ROOT / "tests" / "guides" / "fixtures" / "valid" / "test-valide.md").read_text(encoding="utf-8")
TODAY = date(2026, 11, 27)

FORGED = [
    "https://evil.example\\.gouv.fr",  # a browser reads « \ » as « / »: host evil.example
    "https://evil.example\\@impots.gouv.fr",
    "https://evil.example@impots.gouv.fr",  # user-info: shown as impots.gouv.fr, reaches impots.gouv.fr as « evil.example »
    "https://impots.gouv.fr@evil.example",
    "https://evil.example#.gouv.fr",
    "https://evil.example?.gouv.fr",
    "https://impots.gouv.fr.evil.example",
    "https:/evil.example",
    "https://evil.example%2F.gouv.fr",
    "https://evil.example\t.gouv.fr",
    "javascript:alert(1)//impots.gouv.fr",
]


@pytest.mark.parametrize("url", FORGED)
def test_a_forged_official_link_in_the_front_matter_is_refused(url: str) -> None:
    text = VALID.replace("  - https://www.service-public.gouv.fr", f"  - '{url}'")
    guide, problems = check_text(text, "pack.md", today=TODAY)
    assert any(p.field == "official_urls" and p.is_error for p in problems), problems
    assert official_href(url) is None


@pytest.mark.parametrize("url", ["https:\\\\evil.example/impots", "https://evil.example\\.gouv.fr", "www.evil.example",
                                 "https://impots.gouv.fr@evil.example"])
def test_a_forged_link_in_step_text_is_refused(url: str) -> None:
    text = VALID.replace("Cliquez sur « Se connecter ».", f"Cliquez sur « Se connecter » puis allez sur {url} .")
    _guide, problems = check_text(text, "pack.md", today=TODAY)
    assert any(p.field == "étape 2" and p.is_error for p in problems), problems


def test_a_markdown_link_labelled_official_going_elsewhere_is_refused() -> None:
    text = VALID.replace("Cliquez sur « Se connecter ».", "Allez sur [impots.gouv.fr](https://evil.example/impots).")
    _guide, problems = check_text(text, "pack.md", today=TODAY)
    assert any(p.field == "étape 2" and "evil.example" in p.message for p in problems)


@pytest.mark.parametrize("url", ["https://www.impots.gouv.fr", "https://IMPOTS.GOUV.FR/portail",
                                 "https://www.caf.fr/é", "https://impots.gouv.fr./x"])
def test_real_official_links_still_pass(url: str) -> None:
    assert url_problem(url) is None
    assert official_href(url) is not None


def test_the_handout_never_prints_or_encodes_a_forged_address(site) -> None:
    """A guide stored before the rule (or built by hand) cannot put evil.example on paper or in a QR code."""
    guide = parse_guide(VALID, "x.md")
    forged = replace(guide, official_urls=("https://evil.example\\.gouv.fr", "https://www.impots.gouv.fr"))
    data = render_handout([forged], HandoutOptions(day=TODAY), site)
    text = pdf_text(data).replace(" ", "")
    assert "evil.example" not in text
    assert "https://www.impots.gouv.fr" in text


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("pdftoppm"), reason="zbarimg/pdftoppm absents")
def test_the_qr_code_leads_where_the_browser_goes(site, tmp_path: Path) -> None:
    guide = parse_guide(VALID, "x.md")
    g = replace(guide, official_urls=("https://evil.example\\@impots.gouv.fr", "https://www.caf.fr/é"))
    pdf = tmp_path / "fiche.pdf"
    pdf.write_bytes(render_handout([g], HandoutOptions(day=TODAY), site))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "p")], check=True)
    found: set[str] = set()
    for png in sorted(tmp_path.glob("p-*.png")):
        done = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
        found |= {line for line in done.stdout.splitlines() if line}
    assert found == {"https://www.caf.fr/%C3%A9"}
