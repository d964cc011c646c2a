"""Search quality on the real bundled guides: what citizens and conseillers type finds the right guide."""

from __future__ import annotations

import pytest

from app import paths
from app.services import guides
from app.services.guide_search import search

# (what is typed, the guide expected in the first three results)
QUERIES = [
    ("impots", "impots-declaration-revenus"),
    ("declaration impot", "impots-declaration-revenus"),
    ("declarer mes revenus", "impots-declaration-revenus"),
    ("espace particulier", "impots-creer-espace"),
    ("numero fiscal", "impots-creer-espace"),
    ("pole emploi", "france-travail-inscription"),
    ("inscription pole emploi", "france-travail-inscription"),
    ("actualisation chomage", "france-travail-actualisation"),
    ("secu", "ameli-creer-compte"),
    ("attestation secu", "ameli-attestation-droits"),
    ("attestation de droit ameli", "ameli-attestation-droits"),
    ("carte vitale", "ameli-creer-compte"),
    ("dossier medical", "mon-espace-sante"),
    ("carte grise", "carte-grise-vehicule-occasion"),
    ("certificat immatriculation", "carte-grise-vehicule-occasion"),
    ("ants", "carte-identite-passeport"),
    ("passport", "carte-identite-passeport"),
    ("carte d'identite", "carte-identite-passeport"),
    ("permis de conduir", "permis-de-conduire"),
    ("mail", "creer-adresse-email"),
    ("piece jointe mail", "joindre-fichier-email"),
    ("franceconect", "franceconnect"),
    ("identite numerique la poste", "identite-numerique-la-poste"),
    ("apl", "caf-aide-logement"),
    ("aide au logement", "caf-aide-logement"),
    ("prime d'activite", "caf-prime-activite"),
    ("declaration trimestrielle caf", "caf-declaration-trimestrielle"),
    ("mot de passe caf", "caf-creer-compte"),
    ("retraite", "retraite-demande"),
    ("demande de retraite", "retraite-demande"),
    ("pronote", "ent-pronote"),
    ("educonect", "educonnect"),
    ("cheque energie", "cheque-energie"),
    ("arnaque sms", "hameconnage-arnaques"),
    ("phishing", "hameconnage-arnaques"),
    ("mot de pase", "mots-de-passe"),
    ("facebook confidentialite", "reseaux-sociaux-confidentialite"),
    ("smartphone", "smartphone-premiers-pas"),
    ("appel video petits enfants", "appel-video-famille"),
    ("doctolibe", "doctolib-rendez-vous"),
    ("rendez vous medecin", "doctolib-rendez-vous"),
    ("banque en ligne", "banque-en-ligne-securite"),
    ("click and collect", "click-and-collect-commercant"),
    ("scanner un document", "imprimer-scanner-document"),
    ("imprimante", "imprimer-scanner-document"),
    ("faux site payant", "service-public-demarches"),
    ("solidarite numerique", "solidarite-numerique"),
]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """One database with the real bundled guides, shared by the queries of this module (read only)."""
    from app.store.open import open_data_dir

    directory = paths.resource("guides")
    count = len(list(directory.glob("*.md")))
    if count < 30:
        pytest.skip(f"only {count} bundled guides in {directory}: the search-quality set needs the 30+ real guides")
    db = open_data_dir(tmp_path_factory.mktemp("guides-quality"))
    report = guides.load_bundled(db)
    assert report.problems == [] and report.added == count
    yield db
    db.dispose()


def test_at_least_thirty_queries() -> None:
    assert len(QUERIES) >= 30


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_expected_guide_in_top_three(library, query: str, expected: str) -> None:
    top = [h.id for h in search(library, query)[:3]]
    assert expected in top, f"« {query} » → {top}"


def test_title_hits_come_first(library) -> None:
    hits = search(library, "retraite")
    kinds = [h.how for h in hits]
    assert kinds[0] == "titre"
    assert kinds == sorted(kinds, key=lambda k: {"titre": 0, "texte": 1, "approché": 2}[k])
