"""The national activity export (CRA): one CSV row per session, as French spreadsheets open it."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from datetime import date, datetime

from sqlalchemy import Select, select

from app.domain import vocab
from app.domain.clock import PARIS
from app.domain.help_request import ParticipantCounts
from app.domain.queue import RECORDED
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


# A cell as the national export means it: text, a number, a date, a moment (aware, shown in Paris) or
# several values (CSV joins them with « , », a workbook puts one a line). None is an empty cell.
Cell = str | int | date | datetime | list[str] | None


def _labels(values: list[str] | None, labels: vocab.Mapping[str, str]) -> list[str]:
    return vocab.labels(list(values or []), labels)


def _score(value: str | None, scores: vocab.Mapping[str, int]) -> str:
    """« n/3 », or « valeur inconnue (code) » for a level a newer version wrote."""
    if not value:
        return ""
    return f"{scores[value]}/3" if value in scores else vocab.label(value, {})


def _counts(counts: dict[str, int], labels: vocab.Mapping[str, str]) -> list[str]:
    return [f"{vocab.label(k, labels)} : {n}" for k, n in counts.items() if n]


def values(r: HelpRequest, site: Site | None, c: Conseiller | None, own: bool) -> dict[str, Cell]:
    """One session's export cells by column, typed: the one derivation the CSV and the XLSX share."""
    individual = r.kind == "individuel"
    at_site = r.place == "lieu_activite" and site is not None
    demarche = _labels(r.demarches, vocab.DEMARCHES)
    if r.demarche_name:
        demarche = [*demarche[:-1], f"{demarche[-1]} : {r.demarche_name}"] if demarche else [r.demarche_name]
    gender: Cell
    age: Cell
    status: Cell
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
    return {
        "Date": r.day,
        "Enregistré le": r.created_at,
        "Dernière modification le": r.updated_at,
        "Médiateur": c.full_name if c else "",
        "Type": vocab.label(r.kind, vocab.REQUEST_TYPES),
        "Participants": 1 if individual else (r.participants_total or 0),
        "Canaux d'accompagnement": vocab.label(r.place, vocab.PLACES),
        "Nom du lieu": site.name if at_site and site else "",
        "Adresse": site.address if at_site and site else "",
        "Commune": site.city if at_site and site else "",
        "Code postal": site.postcode if at_site and site else "",
        "Code Insee": site.insee_code if at_site and site else "",
        "Durée (min)": r.duration_minutes or None,
        "Nom de l'atelier": r.workshop_title,
        "Matériel numérique utilisé": _labels(r.equipment, vocab.EQUIPMENT),
        "Thématique(s) d'accompagnement": _labels(r.themes, vocab.THEMES),
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


def csv_text(value: Cell) -> str:
    """A cell as the CSV writes it (dates JJ/MM/AAAA, moments in Paris time, several values with « , »)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, datetime):
        return value.astimezone(PARIS).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _row(r: HelpRequest, site: Site | None, c: Conseiller | None, own: bool) -> list[str]:
    cells = values(r, site, c, own)
    return [csv_text(cells[k]) for k in columns(own)]


def columns(own: bool) -> tuple[str, ...]:
    return COLUMNS if own else tuple(c for c in COLUMNS if c != NOTES_COLUMN)


def _query(day_from: date | None, day_to: date | None, conseiller_id: str | None) -> Select:
    q = (
        select(HelpRequest, Site, Conseiller)
        .outerjoin(Site, Site.id == HelpRequest.site_id)
        .outerjoin(Conseiller, Conseiller.id == HelpRequest.conseiller_id)
        .where(HelpRequest.queue_status.in_(RECORDED), HelpRequest.deleted.is_(False))
        .order_by(HelpRequest.day, HelpRequest.started_at)
        .execution_options(yield_per=2000)
    )
    if day_from:
        q = q.where(HelpRequest.day >= day_from)
    if day_to:
        q = q.where(HelpRequest.day <= day_to)
    if conseiller_id is not None:
        q = q.where(HelpRequest.conseiller_id == conseiller_id)
    return q


def iter_values(
    db: Database,
    *,
    day_from: date | None = None,
    day_to: date | None = None,
    conseiller_id: str | None = None,
) -> Iterator[list[Cell]]:
    """Typed export rows (in `columns(own)` order), oldest first, streamed in batches."""
    own = conseiller_id is not None
    cols = columns(own)
    with db.read() as s:
        for r, site, c in s.execute(_query(day_from, day_to, conseiller_id)):
            cells = values(r, site, c, own)
            yield [cells[k] for k in cols]


def iter_rows(
    db: Database,
    *,
    day_from: date | None = None,
    day_to: date | None = None,
    conseiller_id: str | None = None,
) -> Iterator[list[str]]:
    """Export rows, oldest first, streamed in batches. With `conseiller_id`, the conseiller's own export
    (notes included)."""
    for row in iter_values(db, day_from=day_from, day_to=day_to, conseiller_id=conseiller_id):
        yield [csv_text(v) for v in row]


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
    with open_for_user(out, "w", field="--out", protected=[db.path], create_folder=True, encoding="utf-8-sig",
                       newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(columns(conseiller_id is not None))
        for row in iter_rows(db, day_from=day_from, day_to=day_to, conseiller_id=conseiller_id):
            writer.writerow(neutralise_row(row))
            n += 1
    return n
