"""Demo data that looks like the town's help points: two sites, three conseillers, N sessions."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from app.domain import vocab
from app.domain.clock import PARIS
from app.domain.errors import ValidationError
from app.services import installation
from app.store import changes, settings
from app.store.db import Database
from app.store.models import HelpRequest

SITES = (
    {
        "name": "Médiathèque du Carré des Jalles",
        "address": "Place de la République",
        "postcode": "33160",
        "city": "Saint-Médard-en-Jalles",
        "insee_code": "33449",
        "phone": "05 56 17 11 90",
        "opening_hours": "Mardi, jeudi et vendredi 14 h – 18 h ; mercredi et samedi 10 h – 18 h",
    },
    {
        "name": "Hôtel de Ville",
        "address": "Place de l'Hôtel de Ville",
        "postcode": "33160",
        "city": "Saint-Médard-en-Jalles",
        "insee_code": "33449",
        "phone": "05 56 57 40 40",
        "opening_hours": "Du lundi au vendredi 8 h 30 – 12 h 30 et 13 h 30 – 17 h 30",
    },
)
CONSEILLERS = ("Camille Durand", "Yanis Benali", "Léa Martin")

_THEME_WEIGHTS = {
    "demarches_administratives": 45, "email": 14, "prendre_en_main_materiel": 14, "navigation_internet": 8,
    "securite_numerique": 6, "sante": 7, "contenus_numeriques": 5, "bureautique": 4, "banque_achats": 4,
    "insertion_professionnelle": 4, "scolarite": 3, "reseaux_sociaux": 3, "maintenance_materiel": 3,
    "parentalite": 1, "diagnostic_numerique": 2, "culture_numerique": 1, "intelligence_artificielle": 1,
    "creer_numerique": 1, "accompagner_professionnel": 1,
}
_DEMARCHE_NAMES = {
    "argent_impots": ["Déclaration de revenus", "Création de l'espace Finances publiques", "Chèque énergie"],
    "social_sante": ["Compte ameli", "Attestation de droits", "Prime d'activité", "Mon espace santé"],
    "papiers_citoyennete": ["Pré-demande de carte d'identité", "Pré-demande de passeport"],
    "transports_mobilite": ["Carte grise", "Permis de conduire"],
    "travail_formation": ["Inscription France Travail", "Actualisation France Travail", "Demande de retraite"],
    "logement": ["Aide au logement (CAF)"],
    "famille_scolarite": ["EduConnect", "Pronote"],
    "etrangers_europe": ["Titre de séjour"],
    "justice": ["Casier judiciaire"],
    "loisirs_culture": ["Inscription activité sportive"],
    "associations": ["Compte Asso"],
}
_DURATIONS = ((15, 22), (30, 34), (45, 15), (60, 17), (90, 7), (120, 5))
_AGES = (("18_24", 5), ("25_39", 14), ("40_59", 22), ("60_69", 24), ("70_plus", 28), ("non_communique", 7))
_STATUSES = (("retraite", 48), ("en_emploi", 17), ("sans_emploi", 22), ("scolarise", 3), ("non_communique", 10))
_GENDERS = (("feminin", 56), ("masculin", 40), ("non_communique", 4))
_EQUIPMENT = (("telephone", 45), ("ordinateur", 38), ("tablette", 9), ("aucun", 8))
_AUTONOMY = (("entierement_accompagne", 45), ("partiellement_autonome", 40), ("autonome", 15))
_WORKSHOPS = (
    ("Découvrir son smartphone", "debutant", ["prendre_en_main_materiel"]),
    ("Les arnaques en ligne : les reconnaître", "debutant", ["securite_numerique"]),
    ("Bien utiliser sa messagerie", "debutant", ["email"]),
    ("Suivre la scolarité de son enfant avec Pronote", "intermediaire", ["scolarite", "parentalite"]),
    ("Ranger ses photos", "intermediaire", ["contenus_numeriques"]),
    ("Découvrir l'intelligence artificielle", "intermediaire", ["intelligence_artificielle"]),
)
_NOTES = ("", "", "", "", "Revient la semaine prochaine avec son avis d'impôt.", "Mot de passe réinitialisé ensemble.",
          "Orientée vers le CCAS pour la suite.", "A besoin d'un atelier smartphone.")


def _pick(rng: random.Random, table: tuple[tuple[Any, int], ...]) -> Any:
    values, weights = zip(*table, strict=True)
    return rng.choices(values, weights)[0]


def ensure_town(db: Database) -> tuple[list[str], list[str]]:
    """The demo sites and conseillers (created once); the PC is set up on the first site if it is not."""
    sites = {s.name: s.id for s in installation.list_sites(db)}
    site_ids = [sites.get(d["name"]) or installation.add_site(db, **d) for d in SITES]
    people = {c.full_name: c.id for c in installation.list_conseillers(db)}
    c_ids = [people.get(n) or installation.add_conseiller(db, n) for n in CONSEILLERS]
    if not installation.is_set_up(db):
        with db.write() as s:
            settings.put(s, settings.DEVICE_NAME, "PC-MEDIATHEQUE-1")
            settings.put(s, settings.CURRENT_SITE, site_ids[0])
            settings.put(s, settings.CURRENT_CONSEILLER, c_ids[0])
    return site_ids, c_ids


def _working_days(today: date, years: int = 2) -> list[date]:
    start = today - timedelta(days=365 * years)
    return [start + timedelta(days=i) for i in range((today - start).days) if (start + timedelta(days=i)).weekday() < 6]


def generate(
    db: Database,
    n: int,
    *,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add `n` recorded sessions over the past two years (about 3 % workshops). Returns n."""
    rng = random.Random(seed)
    site_ids, c_ids = ensure_town(db)
    today = today or datetime.now(PARIS).date()
    days = _working_days(today)
    themes, theme_w = zip(*_THEME_WEIGHTS.items(), strict=True)
    device = db.device_id
    batch: list[dict] = []
    done = 0

    def flush() -> None:
        nonlocal done
        try:
            with db.write_connection() as conn:
                conn.execute(insert(HelpRequest), batch)
                # Core bypasses the Session events: capture for sync in the same transaction.
                raw: Any = conn.connection.driver_connection
                changes.capture_inserted(raw, "help_request", [r["id"] for r in batch])
        except IntegrityError:
            # The same seed makes the same ids: this demonstration is already in the folder.
            raise ValidationError("--seed", f"les données de démonstration de la graine {seed} sont déjà dans ce "
                                  "dossier : prenez un autre --seed, ou un dossier vide") from None
        done += len(batch)
        batch.clear()
        if progress:
            progress(done, n)

    for _ in range(n):
        day = rng.choice(days)
        site = rng.choices(site_ids, (60, 40))[0]
        arrived = datetime.combine(day, time(rng.randint(9, 17), rng.randint(0, 59)), PARIS).astimezone(UTC)
        waited = timedelta(minutes=int(rng.expovariate(1 / 8)))
        collectif = rng.random() < 0.03
        row: dict = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "site_id": site,
            "conseiller_id": rng.choice(c_ids),
            "day": day,
            "place": "lieu_activite",
            "updated_by": device,
            "deleted": False,
            "redirected": False,
            "structure": None,
            "ticket_number": None,
            "visitor_label": "",
            "demarches": [],
            "demarche_name": "",
            "guide_ids": [],
            "handout_guide_ids": [],
            "beneficiary_commune": "",
            "beneficiary_postcode": "",
            "notes": rng.choice(_NOTES),
        }
        if collectif:
            title, level, wthemes = rng.choice(_WORKSHOPS)
            total = rng.randint(3, 12)
            women = rng.randint(0, total)
            row.update(
                kind="collectif", queue_status="done", duration_minutes=rng.choice((90, 120)), equipment=["tablette"],
                themes=wthemes, workshop_title=title, workshop_level=level, participants_total=total,
                participants_already_helped=rng.randint(0, total),
                participants={"genre": {"feminin": women, "masculin": total - women}, "age": {}, "statut": {}},
                autonomy=None, gender="non_communique", age_group="non_communique", status="non_communique",
                arrived_at=None, started_at=arrived, ended_at=None,
            )
        else:
            chosen = list(dict.fromkeys(rng.choices(themes, theme_w, k=rng.choice((1, 1, 1, 2, 2, 3)))))
            if vocab.ADMIN_THEME in chosen:
                dom = rng.choice(list(_DEMARCHE_NAMES))
                row["demarches"] = [dom]
                row["demarche_name"] = rng.choice(_DEMARCHE_NAMES[dom])
            redirected = rng.random() < 0.08
            row.update(
                kind="individuel", queue_status="redirected" if redirected and rng.random() < 0.3 else "done",
                duration_minutes=_pick(rng, _DURATIONS), equipment=[_pick(rng, _EQUIPMENT)], themes=chosen,
                workshop_title="", workshop_level=None, participants_total=None, participants_already_helped=None,
                participants={}, autonomy=_pick(rng, _AUTONOMY), redirected=redirected,
                structure=rng.choice(list(vocab.STRUCTURES)) if redirected else None,
                gender=_pick(rng, _GENDERS), age_group=_pick(rng, _AGES), status=_pick(rng, _STATUSES),
                arrived_at=arrived, started_at=arrived + waited,
            )
        row["ended_at"] = row["started_at"] + timedelta(minutes=row["duration_minutes"])
        row["created_at"] = row["ended_at"]
        row["updated_at"] = row["ended_at"]
        for key in ("equipment", "themes", "demarches", "guide_ids", "handout_guide_ids"):
            row[key] = list(row[key])
        batch.append(row)
        if len(batch) >= 5000:
            flush()
    if batch:
        flush()
    return n


