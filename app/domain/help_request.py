"""A help session's CRA fields as a value object, and the rules that make a record valid."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType

from app.domain import vocab
from app.domain.bounds import check_bounds
from app.domain.cra_fields import Cell, Cli, CraField, Kind, cra, declared
from app.domain.duration import parse_duration
from app.domain.errors import BAD_FORMAT, INVALID, NOT_HERE, OUT_OF_RANGE, REQUIRED, TOO_LONG, ValidationError

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


def _score(scores: Mapping[str, int]) -> Callable[[str | None], Cell]:
    """The national export's « n/3 » of an autonomy or a level (« valeur inconnue (code) » for a newer one)."""

    def cell(value: str | None) -> Cell:
        if not value:
            return ""
        return f"{scores[value]}/3" if value in scores else vocab.label(value, {})

    return cell


def _id_or_none(text: str, _field: str) -> str | None:
    return text.strip() or None


_LEVEL_COLUMN = "Niveau d'autonomie (ou de l'atelier)"


@dataclass(frozen=True)
class HelpRequestFields:
    """Everything the national activity record (CRA) holds for one session, individual or workshop.

    Each attribute is declared once with `cra(...)` (see `app/domain/cra_fields.py`): `FIELDS` below is
    the registry the store mapping, the export, the command line, the conflict notes and the desk form
    derive from. Adding a field: the model's column, a migration, one line here (README « Ajouter un champ »).
    """

    kind: str = cra("type", Kind.CHOICE, "individuel", vocab=vocab.REQUEST_TYPES, column="Type",
                    cli=Cli("--type", "individuel | collectif"))
    day: date | None = cra("date", Kind.DAY, column="Date", form="day",
                           cli=Cli("--date", "AAAA-MM-JJ (défaut : aujourd'hui)"))
    duration_minutes: int | None = cra("durée", Kind.NUMBER, column="Durée (min)", form="duration",
                                       cli=Cli("--duration", "durée : 90, 1h30, 1 h 30 ou 1:30", parse=parse_duration))
    place: str = cra("lieu", Kind.CHOICE, "lieu_activite", vocab=vocab.PLACES, column="Canaux d'accompagnement",
                     form="place", cli=Cli("--place", "lieu_activite | domicile | a_distance | autre"))
    site_id: str | None = cra("lieu", Kind.REF, note_label="lieu d'activité", column="Nom du lieu", form="site",
                              only_when=("place", "lieu_activite"),
                              cli=Cli("--site", "nom ou id du lieu d'activité (défaut : celui de ce poste)", ref="site"))
    conseiller_id: str | None = cra("conseiller", Kind.REF, column="Médiateur", form="conseiller",
                                    cli=Cli("--conseiller", "nom ou id (défaut : celui de ce poste)", ref="conseiller"))
    equipment: tuple[str, ...] = cra("matériel", Kind.CHOICES, (), vocab=vocab.EQUIPMENT, form="equipment",
                                     column="Matériel numérique utilisé",
                                     cli=Cli("--equipment", "matériel (répétable)"))
    themes: tuple[str, ...] = cra("thématiques", Kind.CHOICES, (), vocab=vocab.THEMES, form="themes",
                                  column="Thématique(s) d'accompagnement",
                                  cli=Cli("--theme", "thématique (répétable, au moins une)"))
    demarches: tuple[str, ...] = cra("démarches", Kind.CHOICES, (), vocab=vocab.DEMARCHES, form="demarches",
                                     column="Nom de la démarche administrative",
                                     cli=Cli("--demarche", "domaine de démarche (répétable)"))
    demarche_name: str = cra("démarche", Kind.TEXT, "", note_label="nom de la démarche", form="demarche_name",
                             column="Nom de la démarche administrative",
                             cli=Cli("--demarche-name", "nom de la démarche"))
    autonomy: str | None = cra("autonomie", Kind.CHOICE, vocab=vocab.AUTONOMY, scope="individuel", form="autonomy",
                               column=_LEVEL_COLUMN, export=_score(vocab.AUTONOMY_SCORE),
                               cli=Cli("--autonomy", "entierement_accompagne | partiellement_autonome | autonome"))
    redirected: bool = cra("réorienté", Kind.FLAG, False, scope="individuel", form="redirected",
                           column="Bénéficiaire réorienté", cli=Cli("--redirected", "la personne est réorientée"))
    structure: str | None = cra("structure", Kind.CHOICE, vocab=vocab.STRUCTURES, form="structure",
                                only_when=("redirected", True), column="Structure de redirection",
                                cli=Cli("--structure", "structure de réorientation"))
    gender: str = cra("genre", Kind.CHOICE, "non_communique", vocab=vocab.GENDERS, scope="individuel",
                      form="gender", column="Genre", cli=Cli("--gender"))
    age_group: str = cra("tranche d'âge", Kind.CHOICE, "non_communique", vocab=vocab.AGE_GROUPS, scope="individuel",
                         form="age", column="Tranche d'âge", cli=Cli("--age", "tranche d'âge"))
    status: str = cra("statut", Kind.CHOICE, "non_communique", vocab=vocab.STATUSES, scope="individuel",
                      form="status", column="Statut", cli=Cli("--status", "statut"))
    beneficiary_commune: str = cra("commune", Kind.TEXT, "", column="Commune du bénéficiaire",
                                   cli=Cli("--commune", "commune du bénéficiaire"))
    beneficiary_postcode: str = cra("code postal", Kind.TEXT, "", column="Code postal du bénéficiaire",
                                    cli=Cli("--postcode", "code postal du bénéficiaire"))
    notes: str = cra("notes", Kind.TEXT, "", form="notes", column="Notes supplémentaires", cli=Cli("--notes"))
    # Workshops (collectif) only.
    workshop_title: str = cra("titre de l'atelier", Kind.TEXT, "", note_label="atelier", scope="collectif",
                              column="Nom de l'atelier", cli=Cli("--workshop-title", "titre de l'atelier (collectif)"))
    workshop_level: str | None = cra("niveau", Kind.CHOICE, vocab=vocab.LEVELS, scope="collectif",
                                     column=_LEVEL_COLUMN, export=_score(vocab.LEVEL_SCORE),
                                     cli=Cli("--level", "niveau de l'atelier : debutant | intermediaire | avance"))
    participants_total: int | None = cra("participants", Kind.NUMBER, scope="collectif", column="Participants",
                                         cli=Cli("--participants", "nombre de participants (collectif)"))
    participants_already_helped: int | None = cra(
        "participants déjà accompagnés", Kind.NUMBER, scope="collectif", note_label="déjà accompagnés",
        cli=Cli("--already-helped", "participants déjà accompagnés (collectif)"))
    # The national export writes these counts in « Genre », « Tranche d'âge », « Statut » (services/export.py).
    participants: ParticipantCounts = cra("répartition des participants", Kind.COUNTS, factory=ParticipantCounts,
                                          scope="collectif", note_label="participants")
    # Guides shown during the session and handouts given (ids of guides).
    guide_ids: tuple[str, ...] = cra("guides", Kind.REFS, ())
    handout_guide_ids: tuple[str, ...] = cra("fiches remises", Kind.REFS, ())
    # A followed beneficiary (recorded with consent), else None: the session is anonymous (the default).
    # Never exported; on the command line an id only (`pasapas person list`), never a name.
    person_id: str | None = cra("personne suivie", Kind.REF, cli=Cli(
        "--person", "id d'une personne suivie (pasapas person list) ; sinon anonyme", parse=_id_or_none))

    def with_changes(self, **changes: object) -> HelpRequestFields:
        return replace(self, **changes)  # type: ignore[arg-type]


FIELDS: tuple[CraField, ...] = declared(HelpRequestFields)
FIELD: Mapping[str, CraField] = MappingProxyType({f.name: f for f in FIELDS})


def bad(name: str, message: str, code: str = INVALID, *, label: str | None = None,
        allowed: Mapping[str, str] | None = None) -> ValidationError:
    """The error for the declared field `name`, named by its label (or `label`, for a part of it)."""
    return ValidationError(label or FIELD[name].label, message, allowed.keys() if allowed is not None else None,
                           name=name, code=code, allowed_labels=allowed.values() if allowed is not None else None)


def _check(name: str, value: str, table: Mapping[str, str], *, label: str | None = None) -> None:
    vocab.check(label or FIELD[name].label, value, table, name=name)


def _unique(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def validate(f: HelpRequestFields) -> HelpRequestFields:
    """Check a record against the CRA rules; return it normalised or raise `ValidationError`.

    The error names the field (its label, and its declared name for a screen to put the cursor there),
    says what is wrong (a code) and, for an unknown value, the allowed values.
    """
    _check("kind", f.kind, vocab.REQUEST_TYPES)
    check_bounds(f)
    if f.day is None:
        raise bad("day", "la date de l'accompagnement est obligatoire (format AAAA-MM-JJ)", REQUIRED)
    if f.duration_minutes is None:
        raise bad("duration_minutes", "indiquez une durée en minutes (par exemple 15, 30, 45, 60)", REQUIRED)
    if not 0 < f.duration_minutes <= vocab.MAX_DURATION_MINUTES:
        raise bad("duration_minutes",
                  f"{f.duration_minutes} min n'est pas possible : entre 1 et {vocab.MAX_DURATION_MINUTES} minutes",
                  OUT_OF_RANGE)
    _check("place", f.place, vocab.PLACES)
    if f.place == "lieu_activite" and not f.site_id:
        raise bad("site_id", "choisissez le lieu d'activité (le site) où s'est passé l'accompagnement", REQUIRED)
    equipment = _unique(f.equipment)
    for e in equipment:
        _check("equipment", e, vocab.EQUIPMENT)
    if "aucun" in equipment and len(equipment) > 1:
        raise bad("equipment", "« Pas de matériel » ne va pas avec un autre matériel", NOT_HERE)
    themes = _unique(f.themes)
    if not themes:
        raise bad("themes", "choisissez au moins une thématique", REQUIRED, allowed=vocab.THEMES)
    for t in themes:
        _check("themes", t, vocab.THEMES)
    demarches = _unique(f.demarches)
    for d in demarches:
        _check("demarches", d, vocab.DEMARCHES)
    has_admin = vocab.ADMIN_THEME in themes
    if (demarches or f.demarche_name.strip()) and not has_admin:
        raise bad(
            "demarches",
            f"une démarche ne s'indique qu'avec la thématique « {vocab.THEMES[vocab.ADMIN_THEME]} » : "
            "ajoutez-la ou retirez la démarche",
            NOT_HERE,
        )
    _check("gender", f.gender, vocab.GENDERS)
    _check("age_group", f.age_group, vocab.AGE_GROUPS)
    _check("status", f.status, vocab.STATUSES)
    if f.beneficiary_postcode and not _POSTCODE.match(f.beneficiary_postcode):
        raise bad("beneficiary_postcode", f"« {f.beneficiary_postcode} » n'est pas un code postal (5 chiffres)",
                  BAD_FORMAT)
    if len(f.notes) > MAX_NOTES:
        raise bad("notes", f"{len(f.notes)} caractères : {MAX_NOTES} au plus, résumez", TOO_LONG)
    if f.structure is not None:
        _check("structure", f.structure, vocab.STRUCTURES)
        if not f.redirected:
            raise bad("structure", "une structure de réorientation ne s'indique que si la personne est réorientée",
                      NOT_HERE)
    if f.kind == "individuel":
        if f.autonomy is not None:
            _check("autonomy", f.autonomy, vocab.AUTONOMY)
        if f.workshop_title or f.participants_total is not None:
            raise bad("workshop_title", "le titre et les participants ne concernent que les ateliers collectifs",
                      NOT_HERE, label="atelier")
    else:
        if not f.workshop_title.strip():
            raise bad("workshop_title", "donnez un titre à l'atelier", REQUIRED)
        if f.workshop_level is not None:
            _check("workshop_level", f.workshop_level, vocab.LEVELS)
        if f.autonomy is not None or f.redirected:
            raise bad("autonomy", "l'autonomie et la réorientation ne concernent que l'individuel", NOT_HERE)
        total = f.participants_total
        if total is None or total < 1:
            raise bad("participants_total", "indiquez le nombre de participants (au moins 1)", REQUIRED)
        already = f.participants_already_helped or 0
        if not 0 <= already <= total:
            raise bad("participants_already_helped", f"entre 0 et {total} (le nombre de participants)", OUT_OF_RANGE)
        for part, counts, allowed in (
            ("genre des participants", f.participants.by_gender, vocab.GENDERS),
            ("âge des participants", f.participants.by_age, vocab.AGE_GROUPS),
            ("statut des participants", f.participants.by_status, vocab.STATUSES),
        ):
            for key, n in counts.items():
                _check("participants", key, allowed, label=part)
                if n < 0:
                    raise bad("participants", "un nombre ne peut pas être négatif", OUT_OF_RANGE, label=part)
            given = sum(counts.values())
            if given > total:
                raise bad("participants", f"la somme ({given}) dépasse le nombre de participants ({total})",
                          OUT_OF_RANGE, label=part)
            if 0 < given < total:
                raise bad(
                    "participants",
                    f"la somme ({given}) ne fait pas le nombre de participants ({total}) : complétez, "
                    "ou comptez le reste en « Non communiqué »",
                    OUT_OF_RANGE,
                    label=part,
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
