"""The editor's form writes the same guide files as today: every bundled guide survives form → file → form."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app import paths
from app.domain.guide import parse_guide
from app.domain.guide_form import GuideDraft, StepDraft, draft_of, render
from tests.guides.conftest import guide_text

BUNDLED = sorted(paths.resource("guides").glob("*.md"))


def _comparable(guide):
    steps = tuple(replace(s, line=0, callouts=tuple(sorted(s.callouts, key=lambda c: c.kind != "attention")))
                  for s in guide.steps)
    return replace(guide, steps=steps, source="", front_matter_lines={})


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_a_bundled_guide_reads_back_the_same_after_the_form(path) -> None:
    guide = parse_guide(path.read_text(encoding="utf-8"), path.name)
    again = parse_guide(render(draft_of(guide)), path.name)
    assert _comparable(again) == _comparable(guide)


def test_the_fixture_guide_round_trips_with_its_picture_and_falc() -> None:
    guide = parse_guide(guide_text(), "x.md")
    text = render(draft_of(guide))
    assert "![Page d'accueil](images/accueil.png)" in text
    assert "> **Facile à lire :** Ouvrez internet.\n> Tapez vous-même l'adresse du site." in text
    assert _comparable(parse_guide(text, "x.md")) == _comparable(guide)


def test_awkward_values_are_quoted_and_read_back() -> None:
    draft = GuideDraft(
        id="essai", title="Impôts : « déclarer » # vite", summary="Oui: non - 'peut-être'",
        themes=["demarches_administratives"], demarches=["argent_impots"], official_urls=["https://www.impots.gouv.fr"],
        prerequisites=["Votre numéro fiscal : 13 chiffres", "- un tiret"], keywords=["yes", "3949", "a, b"],
        falc=["Vous allez sur le site."],
        steps=[StepDraft(title="Ouvrir # le site", text="Ligne une\nsuite\n\nDeuxième paragraphe",
                         falc=["Ouvrez internet."], warnings=["Gratuit"], tips=["Favoris"])],
    )
    guide = parse_guide(render(draft), "essai.md")
    assert guide.title == "Impôts : « déclarer » # vite" and guide.summary == "Oui: non - 'peut-être'"
    assert guide.prerequisites == ("Votre numéro fiscal : 13 chiffres", "- un tiret")
    assert guide.keywords == ("yes", "3949", "a, b")
    assert guide.steps[0].text == "Ligne une suite\n\nDeuxième paragraphe"
    assert guide.steps[0].falc == ("Ouvrez internet.",) and guide.steps[0].warnings == ("Gratuit",)
