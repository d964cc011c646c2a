"""The large-print handout is the easy-to-read one: each step prints its own FALC text, one sentence a line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.guide import parse_guide
from app.services.handout_pdf import HandoutOptions, render_handout
from tests.guides.conftest import guide_text
from tests.handouts.handout_helpers import pdf_text, sized_text

DAY = date(2026, 11, 27)


def test_large_print_shows_each_steps_falc_and_normal_print_the_step_text() -> None:
    guide = parse_guide(guide_text(), "test-valide.md")
    large = render_handout([guide], HandoutOptions(day=DAY, large=True), None)
    text = pdf_text(large)
    for line in ("Ouvrez internet.", "Tapez vous-même l'adresse du site.", "Votre mot de passe est secret."):
        assert line in text
    assert "dans le navigateur" not in text  # step 1's full text gives way to its FALC
    pieces = [piece for _, piece in sized_text(large)]
    assert "Ouvrez internet." in pieces  # a sentence a line
    normal = pdf_text(render_handout([guide], HandoutOptions(day=DAY), None))
    assert "dans le navigateur" in normal and "Ouvrez internet." not in normal


def test_a_step_without_falc_prints_its_text_in_short_lines() -> None:
    guide = parse_guide(guide_text(), "test-valide.md")
    bare = replace(guide, steps=tuple(replace(s, falc=()) for s in guide.steps))
    text = pdf_text(render_handout([bare], HandoutOptions(day=DAY, large=True), None))
    assert "dans le navigateur" in text and "Ouvrez internet." not in text
