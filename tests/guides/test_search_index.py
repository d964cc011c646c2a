"""What the search index holds: keywords as plain text, prerequisites and FALC; a data folder of an older
version gets the current triggers; nothing found is said so, with where to go."""

from __future__ import annotations

from pathlib import Path

from app.services import guides
from app.services.guide_search import search
from app.store.open import open_data_dir
from tests.guides.conftest import guide_text

# The triggers of migration 0002, which indexed the keywords' JSON text (« oubli\u00e9 »).
OLD_INSERT_TRIGGER = (
    "CREATE TRIGGER guide_fts_ai AFTER INSERT ON guide WHEN new.deleted = 0 BEGIN "
    "INSERT INTO guide_fts(guide_id, status, title, keywords, summary, body) "
    "VALUES (new.id, new.status, new.title, new.keywords, new.summary, new.body_text); END"
)


def _local_guide(db) -> str:
    text = (guide_text("mon-guide", title="Un guide du poste")
            .replace("keywords: [essai, démarche test]", "keywords: [mot de passe oublié, sécurité]")
            .replace("  - Votre numéro fiscal", "  - Votre numéro allocataire")
            .replace("  Vous suivez les étapes.", "  Vous suivez les étapes du tutoriel.")
            .replace("![Page d'accueil](images/accueil.png)\n", ""))
    return guides.save_guide(db, text, status=guides.PUBLISHED)


def test_accented_keywords_are_found(db) -> None:
    _local_guide(db)
    assert [h.id for h in search(db, "oublié")] == ["mon-guide"]
    assert [h.id for h in search(db, "securite")] == ["mon-guide"]


def test_prerequisites_and_falc_text_are_found(db) -> None:
    _local_guide(db)
    assert [h.id for h in search(db, "allocataire")] == ["mon-guide"]
    assert [h.id for h in search(db, "tutoriel")] == ["mon-guide"]


def test_a_data_folder_with_the_old_triggers_is_reindexed_on_open(data_dir: Path) -> None:
    db = open_data_dir(data_dir)
    with db.write_connection() as conn:
        conn.exec_driver_sql("DROP TRIGGER guide_fts_ai")
        conn.exec_driver_sql(OLD_INSERT_TRIGGER)
    _local_guide(db)
    db.dispose()
    db = open_data_dir(data_dir)
    try:
        assert [h.id for h in search(db, "oublié")] == ["mon-guide"]
        with db.read_connection() as conn:
            row = conn.exec_driver_sql("SELECT keywords FROM guide_fts").one()
        assert row[0] == "mot de passe oublié sécurité"
    finally:
        db.dispose()


def test_keywords_that_are_not_json_do_not_break_a_write(db) -> None:
    # A value arriving from elsewhere (an older PC, a damaged row) is indexed as it is.
    _local_guide(db)
    with db.write_connection() as conn:
        conn.exec_driver_sql("UPDATE guide SET keywords = 'pas du json' WHERE id = 'mon-guide'")
    assert [h.id for h in search(db, "json")] == ["mon-guide"]


def _save(db, guide_id: str, title: str, keywords: str, extra_step_text: str = "") -> None:
    text = (guide_text(guide_id, title=title)
            .replace("keywords: [essai, démarche test]", f"keywords: [{keywords}]")
            .replace("![Page d'accueil](images/accueil.png)\n", "")
            .replace("Cliquez sur « Se connecter ».", f"Cliquez sur « Se connecter ». {extra_step_text}"))
    guides.save_guide(db, text, status=guides.PUBLISHED)


def test_forms_of_a_french_word_meet(db) -> None:
    _save(db, "titre-sejour", "Demander ou renouveler son titre de séjour", "carte de séjour, renouveler")
    _save(db, "carte-identite", "Faire la pré-demande de carte d'identité", "renouvellement, perte")
    first = search(db, "renouveler carte d'identité")[0]
    assert (first.id, first.how) == ("carte-identite", "titre")  # found itself, not as a near match


def test_a_title_that_says_the_query_beats_guides_that_only_share_its_words(db) -> None:
    _save(db, "mots-de-passe", "Choisir et garder de bons mots de passe", "mot de passe oublié")
    for n in range(3):
        _save(db, f"perte-{n}", f"Déclarer une perte numéro {n}", "objet perdu",
              "Si vous avez perdu votre mot de passe, demandez-en un autre.")
    assert search(db, "perdu mon mot de passe")[0].id == "mots-de-passe"


def test_a_dropped_letter_is_corrected_to_the_word_that_holds_the_others(db) -> None:
    _save(db, "mots-de-passe", "Choisir et garder de bons mots de passe", "mot de passe")
    _save(db, "payer", "Payer ses impôts en ligne", "paie, paiement")
    assert search(db, "mot de pase")[0].id == "mots-de-passe"
