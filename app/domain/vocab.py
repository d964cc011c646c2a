"""The national activity record (CRA) vocabulary: stable slugs and their French labels.

Slugs are what is stored, synced and typed on the command line; labels are what people read and what
the national export writes. Labels are plain strings here (no Qt below the UI); the UI translates them
through its own `tr()` tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from app.domain.errors import UNKNOWN_VALUE, ValidationError


def _vocab(*pairs: tuple[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(pairs))


REQUEST_TYPES = _vocab(
    ("individuel", "Accompagnement individuel"),
    ("collectif", "Atelier collectif"),
)

PLACES = _vocab(
    ("lieu_activite", "Lieu d'activité"),
    ("domicile", "À domicile"),
    ("a_distance", "À distance"),
    ("autre", "Autre lieu"),
)

EQUIPMENT = _vocab(
    ("ordinateur", "Ordinateur"),
    ("telephone", "Téléphone"),
    ("tablette", "Tablette"),
    ("autre", "Autre matériel"),
    ("aucun", "Pas de matériel"),
)

THEMES = _vocab(
    ("diagnostic_numerique", "Diagnostic numérique"),
    ("prendre_en_main_materiel", "Prendre en main du matériel"),
    ("maintenance_materiel", "Maintenance de matériel"),
    ("contenus_numeriques", "Gérer ses contenus numériques"),
    ("navigation_internet", "Navigation sur internet"),
    ("email", "E-mail"),
    ("bureautique", "Bureautique"),
    ("reseaux_sociaux", "Réseaux sociaux communication"),
    ("sante", "Santé"),
    ("banque_achats", "Banque et achats en ligne"),
    ("accompagner_professionnel", "Accompagner un professionnel"),
    ("insertion_professionnelle", "Insertion professionnelle"),
    ("securite_numerique", "Prévention en sécurité numérique"),
    ("parentalite", "Parentalité"),
    ("scolarite", "Scolarité et numérique"),
    ("creer_numerique", "Créer avec le numérique"),
    ("culture_numerique", "Culture numérique"),
    ("intelligence_artificielle", "Intelligence artificielle (IA)"),
    ("demarches_administratives", "Aide aux démarches administratives"),
)
ADMIN_THEME = "demarches_administratives"

DEMARCHES = _vocab(
    ("papiers_citoyennete", "Papiers - Élections - Citoyenneté"),
    ("famille_scolarite", "Famille - Scolarité"),
    ("social_sante", "Social - Santé"),
    ("travail_formation", "Travail - Formation - Entreprise"),
    ("logement", "Logement"),
    ("transports_mobilite", "Transports - Mobilité"),
    ("argent_impots", "Argent - Impôts"),
    ("justice", "Justice"),
    ("etrangers_europe", "Étrangers - Europe"),
    ("loisirs_culture", "Loisirs - Sports - Culture"),
    ("associations", "Associations"),
)

AUTONOMY = _vocab(
    ("entierement_accompagne", "Avec guidage"),
    ("partiellement_autonome", "Autonome avec guidage en cas de besoin"),
    ("autonome", "Autonome"),
)
# The national export writes autonomy (and a workshop's level) as "n/3".
AUTONOMY_SCORE = MappingProxyType({"entierement_accompagne": 1, "partiellement_autonome": 2, "autonome": 3})

STRUCTURES = _vocab(
    ("administration", "Administration (mairie, préfecture…)"),
    ("mediation_numerique", "Autre structure de médiation numérique"),
    ("operateur_demarche", "Opérateur ou organisme en charge de la démarche"),
    ("aide_sociale", "Structure d'aide sociale (CCAS, centre social…)"),
    ("insertion_professionnelle", "Structure d'insertion professionnelle (France Travail, mission locale…)"),
    ("aide_demarches", "Structure d'aide aux démarches administratives (France Services…)"),
    ("autre", "Autre"),
)

LEVELS = _vocab(
    ("debutant", "Débutant"),
    ("intermediaire", "Intermédiaire"),
    ("avance", "Avancé"),
)
LEVEL_SCORE = MappingProxyType({"debutant": 1, "intermediaire": 2, "avance": 3})

AGE_GROUPS = _vocab(
    ("moins_12", "Moins de 12 ans"),
    ("12_17", "12-17 ans"),
    ("18_24", "18-24 ans"),
    ("25_39", "25-39 ans"),
    ("40_59", "40-59 ans"),
    ("60_69", "60-69 ans"),
    ("70_plus", "70 ans et plus"),
    ("non_communique", "Non communiqué"),
)

STATUSES = _vocab(
    ("scolarise", "Scolarisé(e)"),
    ("sans_emploi", "Sans emploi"),
    ("en_emploi", "En emploi"),
    ("retraite", "Retraité(e)"),
    ("non_communique", "Non communiqué"),
)

GENDERS = _vocab(
    ("masculin", "Masculin"),
    ("feminin", "Féminin"),
    ("non_communique", "Non communiqué"),
)

QUEUE_STATUSES = _vocab(
    ("waiting", "En attente"),
    ("in_progress", "En cours"),
    ("done", "Terminé"),
    ("redirected", "Réorienté"),
    ("left", "Parti sans aide"),
)
OPEN_QUEUE_STATUSES = ("waiting", "in_progress")

# The national tool's grouping of durations for statistics.
DURATION_GROUPS = (
    (0, 30, "Moins de 30 min"),
    (30, 60, "30 min à 1 h"),
    (60, 120, "1 h à 2 h"),
    (120, 10**6, "2 h et plus"),
)
QUICK_DURATIONS = (15, 30, 45, 60, 90, 120)
MAX_DURATION_MINUTES = 8 * 60


def check(field: str, value: str, vocab: Mapping[str, str], *, name: str | None = None) -> str:
    """Return `value` if it is a slug of `vocab`, else raise naming the field and the allowed slugs
    (their labels too, for a screen). `name`: the declared field's internal name, if it is one."""
    if value not in vocab:
        raise ValidationError(field, f"valeur inconnue « {value} »", vocab.keys(), name=name, code=UNKNOWN_VALUE,
                              allowed_labels=vocab.values())
    return value


UNKNOWN = "valeur inconnue"


def label(value: str, vocab: Mapping[str, str]) -> str:
    """The French label of a slug; a slug this version does not know (written by a newer Pas à Pas,
    arrived by sync) is shown « valeur inconnue (slug) », never dropped, never an error."""
    known = vocab.get(value)
    return known if known is not None else f"{UNKNOWN} ({value})"


def labels(values: list[str] | tuple[str, ...], vocab: Mapping[str, str]) -> list[str]:
    """French labels of slugs, in the order given (unknown ones as « valeur inconnue (slug) »)."""
    return [label(v, vocab) for v in values]
