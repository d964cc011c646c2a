"""`guides check` on the FALC of each step and on the review date (six months)."""

from __future__ import annotations

from datetime import date

from app.domain.guide_rules import ERROR, WARNING, check_text, months_before, review_due
from tests.guides.conftest import FIXTURES

TODAY = date(2026, 11, 27)
TEXT = (FIXTURES / "valid" / "test-valide.md").read_text(encoding="utf-8")


def _problems(text: str, today: date = TODAY) -> list:
    guide, problems = check_text(text, "x.md", today=today)
    assert guide is not None
    return problems


def test_a_step_without_falc_is_named_with_its_line() -> None:
    text = TEXT.replace("> **Facile à lire :** Cliquez sur « Se connecter ».\n> Votre mot de passe est secret.\n", "")
    problems = _problems(text)
    assert [(p.field, p.severity) for p in problems] == [("étape 2", ERROR)]  # every bundled step has its FALC
    assert "« Se connecter » n'a pas de texte facile à lire" in problems[0].message
    assert problems[0].line == text.splitlines().index("## Se connecter") + 1


def test_a_long_falc_sentence_in_a_step_is_named() -> None:
    long = "Vous cliquez ensuite tout en haut à droite de la page sur le bouton bleu qui dit se connecter."
    problems = _problems(TEXT.replace("> Votre mot de passe est secret.", f"> {long}"))
    assert [p.field for p in problems] == ["étape 2 (facile à lire)"]
    assert "phrase de 19 mots" in problems[0].message


def test_italics_are_not_easy_to_read_but_bold_is() -> None:
    assert _problems(TEXT.replace("> Votre mot de passe est secret.", "> Votre mot de passe est **secret**.")) == []
    problems = _problems(TEXT.replace("> Votre mot de passe est secret.", "> Votre mot de passe est *secret*."))
    assert [p.field for p in problems] == ["étape 2 (facile à lire)"] and "italique" in problems[0].message


def test_review_older_than_six_months_is_a_warning() -> None:
    assert _problems(TEXT.replace("reviewed: 2026-11-01", "reviewed: 2026-05-28")) == []
    problems = _problems(TEXT.replace("reviewed: 2026-11-01", "reviewed: 2026-05-26"))
    assert [(p.field, p.severity) for p in problems] == [("reviewed", WARNING)]
    assert "il y a plus de 6 mois" in problems[0].message


def test_six_months_is_counted_in_calendar_months() -> None:
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2026, 3, 15), 6) == date(2025, 9, 15)
    assert not review_due(date(2026, 6, 1), date(2026, 12, 1))
    assert review_due(date(2026, 5, 31), date(2026, 12, 1))
    assert review_due(None, date(2026, 12, 1))
