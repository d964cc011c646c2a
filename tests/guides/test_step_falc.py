"""Each step can carry its own easy-to-read (FALC) text: `> **Facile à lire :** …` then `> ` lines."""

from __future__ import annotations

import pytest

from app.domain.guide import GuideError, new_guide_template, parse_guide, searchable_body, steps_as_data

STEP = """## Ouvrir le site

Tapez vous-même caf.fr dans la barre d'adresse.

> **Attention :** Le site est gratuit.

> **Facile à lire :** Ouvrez internet.
> Tapez caf.fr en haut de l'écran.
>
> Le site est gratuit.

Puis cliquez sur « Mon Compte ».

## Se connecter

Tapez votre numéro allocataire.
"""


def _guide(body: str):
    head = new_guide_template("essai", "Essai", __import__("datetime").date(2026, 12, 1)).split("\n---\n")[0]
    return parse_guide(head + "\n---\n\n" + body, "essai.md")


def test_a_step_keeps_its_falc_sentences_apart_from_its_text():
    guide = _guide(STEP)
    first, second = guide.steps
    assert first.falc == ("Ouvrez internet.", "Tapez caf.fr en haut de l'écran.", "Le site est gratuit.")
    assert "Ouvrez internet" not in first.text
    assert first.text.endswith("Puis cliquez sur « Mon Compte ».")
    assert [c.kind for c in first.callouts] == ["attention"]
    assert second.falc == ()
    assert steps_as_data(guide)[0]["falc"] == list(first.falc)
    assert "Tapez caf.fr en haut de l'écran." in searchable_body(guide)


def test_the_new_guide_template_has_a_falc_step():
    guide = parse_guide(new_guide_template("essai", "Essai", __import__("datetime").date(2026, 12, 1)))
    assert guide.steps[0].falc == ("Ouvrez internet.", "Tapez vous-même l'adresse du site.")


def test_two_falc_blocks_in_one_step_are_refused_with_the_line():
    body = STEP.replace("Puis cliquez", "> **Facile à lire :** Encore.\n\nPuis cliquez")
    with pytest.raises(GuideError) as err:
        _guide(body)
    assert "deux blocs « Facile à lire »" in str(err.value)
