"""Facts checked on 2026-12-01 stay fixed in the bundled guides (see docs/notes/guides-content.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import paths
from app.domain.guide import SCAM_WARNING, Guide, parse_guide
from app.domain.guide_rules import FALC_MAX_WORDS, sentences, word_count

# The 33 guides of the first library: each of their steps now carries its FALC text.
FIRST_LIBRARY = (
    "ameli-attestation-droits", "ameli-creer-compte", "appel-video-famille", "banque-en-ligne-securite",
    "caf-aide-logement", "caf-creer-compte", "caf-declaration-trimestrielle", "caf-prime-activite",
    "carte-grise-vehicule-occasion", "carte-identite-passeport", "cheque-energie", "click-and-collect-commercant",
    "creer-adresse-email", "doctolib-rendez-vous", "educonnect", "ent-pronote", "france-travail-actualisation",
    "france-travail-inscription", "franceconnect", "hameconnage-arnaques", "identite-numerique-la-poste",
    "impots-creer-espace", "impots-declaration-revenus", "imprimer-scanner-document", "joindre-fichier-email",
    "mon-espace-sante", "mots-de-passe", "permis-de-conduire", "reseaux-sociaux-confidentialite",
    "retraite-demande", "service-public-demarches", "smartphone-premiers-pas", "solidarite-numerique",
)
GUIDES = paths.resource("guides")


def _texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(GUIDES.glob("*.md"))}


def _guide(guide_id: str) -> Guide:
    path = GUIDES / f"{guide_id}.md"
    if not path.exists():
        pytest.skip(f"{path} absent")
    return parse_guide(path.read_text(encoding="utf-8"), path.name)


def test_no_guide_says_a_dot_fr_address_is_official() -> None:
    unsafe = re.compile(r"(se termine|finit) par « ?\.(gouv\.)?fr »? ou (par )?« ?\.(gouv\.)?fr", re.IGNORECASE)
    offenders = [gid for gid, text in _texts().items() if unsafe.search(text)]
    assert offenders == []
    assert ".fr seule ne prouve rien" in SCAM_WARNING and "Tapez vous-même" in SCAM_WARNING
    assert "ou .fr" not in SCAM_WARNING and "service-public.fr" not in SCAM_WARNING


def test_service_public_is_named_by_its_gouv_fr_address_and_skype_is_gone() -> None:
    old_address = re.compile(r"(?<![\w.-])service-public\.fr")
    for gid, text in _texts().items():
        assert not old_address.search(text), gid
        assert "skype" not in text.lower(), gid


def test_solidarite_numerique_says_the_line_is_closed_and_promises_no_phone_help() -> None:
    guide = _guide("solidarite-numerique")
    for text in (guide.title, guide.summary, guide.falc):
        assert "téléphone" not in text.lower() or "fermée" in text.lower()
    assert "Sa ligne de téléphone est fermée." in guide.falc_lines
    closed = [s for s in guide.steps if "fermée" in s.title]
    assert closed and "01 70 772 372" in closed[0].text and "France services" in guide.keywords


def test_cheque_energie_explains_the_request_since_2025() -> None:
    guide = _guide("cheque-energie")
    body = " ".join(s.text + " ".join(c.text for c in s.callouts) for s in guide.steps)
    for fact in ("0 805 204 805", "48 €", "277 €", "point de livraison (PDL)", "numéro fiscal", "moins de 3 mois"):
        assert fact in body, fact
    assert "sans démarche" not in guide.summary


def test_impots_guides_name_the_access_number_and_the_login_code() -> None:
    espace = _guide("impots-creer-espace")
    assert "autre numéro" not in espace.falc
    assert any("numéro d'accès en ligne" in s.text and "7 chiffres" in s.text for s in espace.steps)
    assert any("6 chiffres par e-mail" in s.text for s in espace.steps)


@pytest.mark.parametrize("guide_id", FIRST_LIBRARY)
def test_every_step_of_the_first_library_has_falc_text(guide_id: str) -> None:
    guide = _guide(guide_id)
    for step in guide.steps:
        assert 2 <= len(step.falc) <= 5, (guide_id, step.title, step.falc)
        for sentence in step.falc:
            assert word_count(sentence) <= FALC_MAX_WORDS, (guide_id, sentence)
            assert sentence[-1] in ".?!»", (guide_id, sentence)
            assert sentences(sentence) == [sentence], (guide_id, "one sentence a line", sentence)
    assert guide.reviewed.isoformat() >= "2026-12-01"


def test_the_bundled_folder_is_the_one_tested() -> None:
    assert Path(GUIDES).is_dir() and len(_texts()) >= len(FIRST_LIBRARY)
