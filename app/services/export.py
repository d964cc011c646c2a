"""The national activity export (CRA): one CSV row per session, as French spreadsheets open it."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from datetime import date

from sqlalchemy import select

from app.domain import vocab
from app.domain.clock import PARIS
from app.domain.help_request import ParticipantCounts
from app.domain.spreadsheet import neutralise_row
from app.services.user_files import open_for_user
from app.store.db import Database
from app.store.models import Conseiller, HelpRequest, Site

SOURCE = "Pas à Pas"
# The national tool's columns, in its order, less what Pas à Pas does not hold (named beneficiary,
# tags, the beneficiary's INSEE code). "Notes supplémentaires" only in a conseiller's own export.
COLUMNS = (
    "Date",
    "Enregistré le",
    "Dernière modification le",
    "Médiateur",
    "Type",
    "Participants",
    "Canaux d'accompagnement",
    "Nom du lieu",
    "Adresse",
    "Commune",
    "Code postal",
    "Code Insee",
    "Durée (min)",
    "Nom de l'atelier",
    "Matériel numérique utilisé",
    "Thématique(s) d'accompagnement",
    "Nom de la démarche administrative",
    "Niveau d'autonomie (ou de l'atelier)",
    "Bénéficiaire réorienté",
    "Structure de redirection",
    "Commune du bénéficiaire",
    "Code postal du bénéficiaire",
    "Genre",
    "Tranche d'âge",
    "Statut",
    "Notes supplémentaires",
    "Source de la donnée",
    "ID CRA",
)
NOTES_COLUMN = "Notes supplémentaires"


def _join(values: list[str] | None, labels: vocab.Mapping[str, str]) -> str:
    return ", ".join(vocab.labels(list(values or []), labels))


def _score(value: str | None, scores: vocab.Mapping[str, int]) -> str:
    """« n/3 », or « valeur inconnue » for a level a newer version wrote."""
    if not value:
        return ""
    return f"{scores[value]}/3" if value in scores else vocab.label(value, {})


def _counts(counts: dict[str, int], labels: vocab.Mapping[str, str]) -> str:
    return ", ".join(f"{vocab.label(k, labels)} : {n}" for k, n in counts.items() if n)


def _row(r: HelpRequest, site: Site | None, c: Conseiller | None, own: bool) -> list[str]:
    stamp = "%d/%m/%Y %H:%M"
    individual = r.kind == "individuel"
    at_site = r.place == "lieu_activite" and site is not None
    demarche = _join(r.demarches, vocab.DEMARCHES)
    if r.demarche_name:
        demarche = f"{demarche} : {r.demarche_name}" if demarche else r.demarche_name
    if individual:
        level = _score(r.autonomy, vocab.AUTONOMY_SCORE)
        gender = vocab.label(r.gender, vocab.GENDERS)
        age = vocab.label(r.age_group, vocab.AGE_GROUPS)
        status = vocab.label(r.status, vocab.STATUSES)
    else:
        level = _score(r.workshop_level, vocab.LEVEL_SCORE)
        p = ParticipantCounts.from_dict(r.participants)
        gender = _counts(p.by_gender, vocab.GENDERS)
        age = _counts(p.by_age, vocab.AGE_GROUPS)
        status = _counts(p.by_status, vocab.STATUSES)
    values = {
        "Date": r.day.strftime("%d/%m/%Y"),
        "Enregistré le": r.created_at.astimezone(PARIS).strftime(stamp),
        "Dernière modification le": r.updated_at.astimezone(PARIS).strftime(stamp),
        "Médiateur": c.full_name if c else "",
        "Type": vocab.label(r.kind, vocab.REQUEST_TYPES),
        "Participants": str(1 if individual else (r.participants_total or 0)),
        "Canaux d'accompagnement": vocab.label(r.place, vocab.PLACES),
        "Nom du lieu": site.name if at_site and site else "",
        "Adresse": site.address if at_site and site else "",
        "Commune": site.city if at_site and site else "",
        "Code postal": site.postcode if at_site and site else "",
        "Code Insee": site.insee_code if at_site and site else "",
        "Durée (min)": str(r.duration_minutes or ""),
        "Nom de l'atelier": r.workshop_title,
        "Matériel numérique utilisé": _join(r.equipment, vocab.EQUIPMENT),
        "Thématique(s) d'accompagnement": _join(r.themes, vocab.THEMES),
        "Nom de la démarche administrative": demarche,
        "Niveau d'autonomie (ou de l'atelier)": level,
        "Bénéficiaire réorienté": ("Oui" if r.redirected else "Non") if individual else "",
        "Structure de redirection": vocab.label(r.structure, vocab.STRUCTURES) if r.structure else "",
        "Commune du bénéficiaire": r.beneficiary_commune,
        "Code postal du bénéficiaire": r.beneficiary_postcode,
        "Genre": gender,
        "Tranche d'âge": age,
        "Statut": status,
        NOTES_COLUMN: r.notes if own else "",
        "Source de la donnée": SOURCE,
        "ID CRA": r.id,
    }
    return [values[k] for k in columns(own)]


def columns(own: bool) -> tuple[str, ...]:
    return COLUMNS if own else tuple(c for c in COLUMNS if c != NOTES_COLUMN)


def iter_rows(
    db: Database,
    *,
    day_from: date | None = None,
    day_to: date | None = None,
    conseiller_id: str | None = None,
) -> Iterator[list[str]]:
    """Export rows, oldest first, streamed in batches. With `conseiller_id`, the conseiller's own export
    (notes included)."""
    own = conseiller_id is not None
    q = (
        select(HelpRequest, Site, Conseiller)
        .outerjoin(Site, Site.id == HelpRequest.site_id)
        .outerjoin(Conseiller, Conseiller.id == HelpRequest.conseiller_id)
        .where(HelpRequest.queue_status.in_(("done", "redirected")), HelpRequest.deleted.is_(False))
        .order_by(HelpRequest.day, HelpRequest.started_at)
        .execution_options(yield_per=2000)
    )
    if day_from:
        q = q.where(HelpRequest.day >= day_from)
    if day_to:
        q = q.where(HelpRequest.day <= day_to)
    if own:
        q = q.where(HelpRequest.conseiller_id == conseiller_id)
    with db.read() as s:
        for r, site, c in s.execute(q):
            yield _row(r, site, c, own)


def write_csv(
    db: Database,
    out: str | os.PathLike[str],
    *,
    day_from: date | None = None,
    day_to: date | None = None,
    conseiller_id: str | None = None,
) -> int:
    """Write the export as UTF-8 with BOM and `;` (French Excel and LibreOffice open it as is).

    Written through `user_files.open_for_user`: an interrupted export never leaves half a file, and the
    database, a device or a link is never written over. Every cell goes through the spreadsheet
    neutraliser: a free text starting with `=`, `+`, `-` or `@` is shown, never run.
    Returns the number of sessions written.
    """
    n = 0
    with open_for_user(out, "w", field="--out", protected=[db.path], create_folder=True, encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(columns(conseiller_id is not None))
        for row in iter_rows(db, day_from=day_from, day_to=day_to, conseiller_id=conseiller_id):
            writer.writerow(neutralise_row(row))
            n += 1
    return n
