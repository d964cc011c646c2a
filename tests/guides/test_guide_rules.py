"""Guide file validation: the bundled guides pass, each malformed fixture gets its own clear error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app import paths
from app.domain.guide_rules import WARNING, check_text, url_problem
from app.services.guide_files import check_file, check_paths

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 11, 27)

# fixture name → (field named in the error, words the message must contain, line or None)
MALFORMED = {
    "pas-de-front-matter": ("front matter", "commencer par une ligne « --- »", 1),
    "en-tete-non-fermee": ("front matter", "ferme l'en-tête manque", None),
    "yaml-illisible": ("front matter", "en-tête illisible, colonne 8 : crochet « [ » ouvert sans « ] »", 3),
    "titre-manquant": ("title", "champ obligatoire manquant", None),
    "resume-vide": ("summary", "champ obligatoire manquant ou vide", 4),
    "theme-inconnu": ("themes", "thématique inconnue « jardinage »", 5),
    "demarche-inconnue": ("demarches", "démarche inconnue « impots »", 6),
    "demarche-sans-theme-admin": ("demarches", "sans la thématique « demarches_administratives »", 6),
    "url-non-officielle": ("official_urls", "« www.service-public-gouv.com » n'est pas un site officiel", 7),
    "url-faux-gouv-org": ("official_urls", "« impots.gouv.org » n'est pas un site officiel", 7),
    "url-http": ("official_urls", "commence par https://", 7),
    "url-dans-le-texte": ("étape 2", "« demarches-en-ligne.com » n'est pas un site officiel", 32),
    "niveau-inconnu": ("level", "niveau inconnu « expert » : écrivez debutant, intermediaire ou avance", 13),
    "duree-texte": ("duration_minutes", "nombre entier positif", 12),
    "version-zero": ("version", "nombre entier positif", 15),
    "date-illisible": ("reviewed", "AAAA-MM-JJ", 14),
    "etape-sans-texte": ("étape 2", "« Se connecter » n'a pas de texte", 32),
    "image-manquante": ("étape 1", "image introuvable « images/absente.png »", 22),
    "image-gif": ("étape 1", "seules les images PNG ou JPEG", 22),
    "texte-avant-etape": ("étapes", "du texte avant la première étape", 22),
    "titre-niveau-1": ("étapes", "seuls les titres « ## »", 30),
    "aucune-etape": ("étapes", "aucune étape", None),
    "id-majuscules": ("id", "minuscules sans accents", 2),
    "prerequis-manquants": ("prerequisites", "champ obligatoire manquant", None),
    "falc-manquant": ("falc", "champ obligatoire manquant", None),
    "astuce-vide": ("étape 2", "bloc « Astuce » vide", 32),
}


def test_every_malformed_fixture_is_listed() -> None:
    on_disk = {p.stem for p in (FIXTURES / "malformed").glob("*.md")}
    assert on_disk == set(MALFORMED)
    assert len(on_disk) >= 20


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_guide_gets_its_clear_error(name: str) -> None:
    path = FIXTURES / "malformed" / f"{name}.md"
    guide_file, problems = check_file(path, TODAY)
    assert guide_file is None, "a malformed guide must not load"
    field, words, line = MALFORMED[name]
    errors = [p for p in problems if p.is_error]
    match = [p for p in errors if p.field == field and words in p.message]
    assert match, f"expected « {field} : …{words}… », got: {[str(p) for p in errors]}"
    # Only the intended mistake is reported (plus the id/file name rule for the id fixture).
    assert len(errors) == (2 if name == "id-majuscules" else 1), [str(p) for p in errors]
    text = str(match[0])
    assert text.startswith(str(path)) and f" : {field} : " in text
    if line is not None:
        assert match[0].line == line and text.startswith(f"{path}:{line} ")


def test_valid_fixture_has_no_problem() -> None:
    guide_file, problems = check_file(FIXTURES / "valid" / "test-valide.md", TODAY)
    assert guide_file is not None and problems == []
    assert guide_file.guide.steps[0].image == "images/accueil.png"


def test_review_date_and_falc_warnings_do_not_block() -> None:
    text = (FIXTURES / "valid" / "test-valide.md").read_text(encoding="utf-8")
    old = text.replace("reviewed: 2026-11-01", "reviewed: 2025-06-01").replace(
        "  Vous suivez les étapes.",
        "  Vous suivez les étapes une par une sur le site officiel en lisant bien chaque page avant de cliquer.",
    )
    guide, problems = check_text(old, "x.md", today=TODAY)
    assert guide is not None
    assert {(p.field, p.severity) for p in problems} == {("reviewed", WARNING), ("falc", WARNING)}
    assert any("plus de 6 mois" in p.message for p in problems)
    assert any("phrase de 19 mots" in p.message for p in problems)
    future = text.replace("reviewed: 2026-11-01", "reviewed: 2027-01-15")
    _, problems = check_text(future, "x.md", today=TODAY)
    assert [p.field for p in problems] == ["reviewed"] and "futur" in problems[0].message


def test_duplicate_id_across_folders(tmp_path: Path) -> None:
    other = tmp_path / "autre-ville"
    (other / "images").mkdir(parents=True)
    (other / "images" / "accueil.png").write_bytes((FIXTURES / "valid" / "images" / "accueil.png").read_bytes())
    (other / "test-valide.md").write_text((FIXTURES / "valid" / "test-valide.md").read_text(encoding="utf-8"))
    report = check_paths([FIXTURES / "valid", other], TODAY)
    assert len(report.files) == 1
    dup = [p for p in report.errors if p.field == "id"]
    assert len(dup) == 1 and "id « test-valide » déjà utilisé par test-valide.md" in dup[0].message
    assert dup[0].source == str(other / "test-valide.md")


def test_file_name_must_match_id(tmp_path: Path) -> None:
    (tmp_path / "copie.md").write_text((FIXTURES / "valid" / "test-valide.md").read_text(encoding="utf-8"))
    report = check_paths([tmp_path], TODAY)
    assert any("doit s'appeler « test-valide.md »" in p.message for p in report.errors)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.impots.gouv.fr/accueil", True),
        ("https://permisdeconduire.ants.gouv.fr", True),
        ("https://lidentitenumerique.laposte.fr", True),
        ("https://www.ameli.fr", True),
        ("https://www.impots-gouv.fr", False),
        ("https://gouv.fr.example.com", False),
        ("https://ameli.fr.arnaque.net", False),
        ("www.caf.fr", False),
    ],
)
def test_official_domains(url: str, ok: bool) -> None:
    assert (url_problem(url) is None) == ok


def test_bundled_guides_pass_check() -> None:
    """Every guide shipped in resources/guides/ is valid (warnings allowed, no error)."""
    directory = paths.resource("guides")
    report = check_paths([directory], TODAY)
    assert report.files, f"no bundled guide found in {directory}"
    assert [str(p) for p in report.errors] == []
    assert len(report.files) == len(list(directory.glob("*.md")))
