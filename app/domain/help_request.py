"""A help session's CRA fields as a value object, and the rules that make a record valid."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain import vocab
from app.domain.bounds import check_bounds
from app.domain.errors import ValidationError

NOTES_WARNING = (
    "N'écrivez ici ni données de santé, ni mot de passe, ni numéro de sécurité sociale ou bancaire, "
    "ni autre donnée sensible."
)
MAX_NOTES = 4000
_POSTCODE = re.compile(r"^[0-9]{5}\Z")


@dataclass(frozen=True)
class ParticipantCounts:
    """Anonymous counts of a workshop's participants (by genre, tranche d'âge, statut)."""

    by_gender: dict[str, int] = field(default_factory=dict)
    by_age: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {"genre": dict(self.by_gender), "age": dict(self.by_age), "statut": dict(self.by_status)}

    @classmethod
    def from_dict(cls, data: dict | None) -> ParticipantCounts:
        data = data or {}
        return cls(dict(data.get("genre", {})), dict(data.get("age", {})), dict(data.get("statut", {})))


@dataclass(frozen=True)
class HelpRequestFields:
    """Everything the national activity record (CRA) holds for one session, individual or workshop."""

    kind: str = "individuel"
    day: date | None = None
    duration_minutes: int | None = None
    place: str = "lieu_activite"
    site_id: str | None = None
    conseiller_id: str | None = None
    equipment: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    demarches: tuple[str, ...] = ()
    demarche_name: str = ""
    autonomy: str | None = None
    redirected: bool = False
    structure: str | None = None
    gender: str = "non_communique"
    age_group: str = "non_communique"
    status: str = "non_communique"
    beneficiary_commune: str = ""
    beneficiary_postcode: str = ""
    notes: str = ""
    # Workshops (collectif) only.
    workshop_title: str = ""
    workshop_level: str | None = None
    participants_total: int | None = None
    participants_already_helped: int | None = None
    participants: ParticipantCounts = field(default_factory=ParticipantCounts)
    # Guides shown during the session and handouts given (ids of guides).
    guide_ids: tuple[str, ...] = ()
    handout_guide_ids: tuple[str, ...] = ()
    # A followed beneficiary (recorded with consent), else None: the session is anonymous (the default).
    person_id: str | None = None

    def with_changes(self, **changes: object) -> HelpRequestFields:
        return replace(self, **changes)  # type: ignore[arg-type]


def _unique(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def validate(f: HelpRequestFields) -> HelpRequestFields:
    """Check a record against the CRA rules; return it normalised or raise `ValidationError`.

    The message names the field and, for an unknown value, the allowed values.
    """
    vocab.check("type", f.kind, vocab.REQUEST_TYPES)
    check_bounds(f)
    if f.day is None:
        raise ValidationError("date", "la date de l'accompagnement est obligatoire (format AAAA-MM-JJ)")
    if f.duration_minutes is None:
        raise ValidationError("durée", "indiquez une durée en minutes (par exemple 15, 30, 45, 60)")
    if not 0 < f.duration_minutes <= vocab.MAX_DURATION_MINUTES:
        raise ValidationError(
            "durée", f"{f.duration_minutes} min n'est pas possible : entre 1 et {vocab.MAX_DURATION_MINUTES} minutes"
        )
    vocab.check("lieu", f.place, vocab.PLACES)
    if f.place == "lieu_activite" and not f.site_id:
        raise ValidationError("lieu", "choisissez le lieu d'activité (le site) où s'est passé l'accompagnement")
    equipment = _unique(f.equipment)
    for e in equipment:
        vocab.check("matériel", e, vocab.EQUIPMENT)
    if "aucun" in equipment and len(equipment) > 1:
        raise ValidationError("matériel", "« Pas de matériel » ne va pas avec un autre matériel")
    themes = _unique(f.themes)
    if not themes:
        raise ValidationError("thématiques", "choisissez au moins une thématique", vocab.THEMES.keys())
    for t in themes:
        vocab.check("thématiques", t, vocab.THEMES)
    demarches = _unique(f.demarches)
    for d in demarches:
        vocab.check("démarches", d, vocab.DEMARCHES)
    has_admin = vocab.ADMIN_THEME in themes
    if (demarches or f.demarche_name.strip()) and not has_admin:
        raise ValidationError(
            "démarches",
            "une démarche ne s'indique qu'avec la thématique « Aide aux démarches administratives » "
            f"({vocab.ADMIN_THEME}) : ajoutez-la ou retirez la démarche",
        )
    vocab.check("genre", f.gender, vocab.GENDERS)
    vocab.check("tranche d'âge", f.age_group, vocab.AGE_GROUPS)
    vocab.check("statut", f.status, vocab.STATUSES)
    if f.beneficiary_postcode and not _POSTCODE.match(f.beneficiary_postcode):
        raise ValidationError("code postal", f"« {f.beneficiary_postcode} » n'est pas un code postal (5 chiffres)")
    if len(f.notes) > MAX_NOTES:
        raise ValidationError("notes", f"{len(f.notes)} caractères : {MAX_NOTES} au plus, résumez")
    if f.structure is not None:
        vocab.check("structure", f.structure, vocab.STRUCTURES)
        if not f.redirected:
            raise ValidationError(
                "structure", "une structure de réorientation ne s'indique que si la personne est réorientée"
            )
    if f.kind == "individuel":
        if f.autonomy is not None:
            vocab.check("autonomie", f.autonomy, vocab.AUTONOMY)
        if f.workshop_title or f.participants_total is not None:
            raise ValidationError("atelier", "le titre et les participants ne concernent que les ateliers collectifs")
    else:
        if not f.workshop_title.strip():
            raise ValidationError("titre de l'atelier", "donnez un titre à l'atelier")
        if f.workshop_level is not None:
            vocab.check("niveau", f.workshop_level, vocab.LEVELS)
        if f.autonomy is not None or f.redirected:
            raise ValidationError("autonomie", "l'autonomie et la réorientation ne concernent que l'individuel")
        total = f.participants_total
        if total is None or total < 1:
            raise ValidationError("participants", "indiquez le nombre de participants (au moins 1)")
        already = f.participants_already_helped or 0
        if not 0 <= already <= total:
            raise ValidationError("participants déjà accompagnés", f"entre 0 et {total} (le nombre de participants)")
        for name, counts, allowed in (
            ("genre des participants", f.participants.by_gender, vocab.GENDERS),
            ("âge des participants", f.participants.by_age, vocab.AGE_GROUPS),
            ("statut des participants", f.participants.by_status, vocab.STATUSES),
        ):
            for key, n in counts.items():
                vocab.check(name, key, allowed)
                if n < 0:
                    raise ValidationError(name, "un nombre ne peut pas être négatif")
            given = sum(counts.values())
            if given > total:
                raise ValidationError(name, f"la somme ({given}) dépasse le nombre de participants ({total})")
            if 0 < given < total:
                raise ValidationError(
                    name,
                    f"la somme ({given}) ne fait pas le nombre de participants ({total}) : complétez, "
                    "ou comptez le reste en « Non communiqué »",
                )
    if f.kind == "collectif" and f.participants_total:
        # A breakdown left empty is « non communiqué » for everyone: each one then adds up to the participants.
        n = f.participants_total
        f = replace(f, participants=ParticipantCounts(
            dict(f.participants.by_gender) or {"non_communique": n},
            dict(f.participants.by_age) or {"non_communique": n},
            dict(f.participants.by_status) or {"non_communique": n},
        ))
    return replace(
        f,
        equipment=equipment,
        themes=themes,
        demarches=demarches,
        demarche_name=f.demarche_name.strip(),
        notes=f.notes.strip(),
        workshop_title=f.workshop_title.strip(),
    )
