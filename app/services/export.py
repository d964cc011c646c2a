"""The national activity export (CRA): one CSV row per session, as French spreadsheets open it."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select

from app.domain import vocab
from app.domain.audit import AuditAction
from app.domain.clock import PARIS
from app.domain.cra_fields import Cell, CraField, Kind
from app.domain.help_request import FIELDS, ParticipantCounts
from app.domain.permissions import COMMAND_LINE, Action, Actor, require
from app.domain.queue import RECORDED
from app.domain.spreadsheet import neutralise_row
from app.services import audit
from app.services.user_files import open_for_user
from app.store.db import Database
from app.store.models import Conseiller, HelpRequest, Site

SOURCE = "Pas à Pas"
# The national tool's columns, in its order, less what Pas à Pas does not hold (named beneficiary,
# tags, the beneficiary's INSEE code). "Notes supplémentaires" only in a conseiller's own export.
# A declared field's column that is not one of these comes before « Source de la donnée ».
NATIONAL_COLUMNS = (
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
_TAIL = ("Source de la donnée", "ID CRA")


def _all_columns() -> tuple[str, ...]:
    extra = [f.column for f in FIELDS if f.column and f.column not in NATIONAL_COLUMNS]
    head = tuple(c for c in NATIONAL_COLUMNS if c not in _TAIL)
    return (*head, *dict.fromkeys(extra), *_TAIL)


COLUMNS = _all_columns()


def _labels(values: list[str] | tuple[str, ...] | None, labels: Mapping[str, str]) -> list[str]:
    return vocab.labels(list(values or []), labels)


def _counts(counts: dict[str, int], labels: Mapping[str, str]) -> list[str]:
    return [f"{vocab.label(k, labels)} : {n}" for k, n in counts.items() if n]


def field_cell(f: CraField, value: Any) -> Cell:
    """A declared field's cell, by its `export` or by its kind (a slug's label, « Oui »/« Non », the text)."""
    if f.export is not None:
        return f.export(value)
    if f.kind is Kind.CHOICE:
        return vocab.label(value, f.vocab or {}) if value else ""
    if f.kind is Kind.CHOICES:
        return _labels(value, f.vocab or {})
    if f.kind is Kind.FLAG:
        return "Oui" if value else "Non"
    if f.kind in (Kind.TEXT, Kind.NUMBER, Kind.DAY):
        return value
    raise TypeError(f"{f.name} : un champ {f.kind} s'exporte par une colonne calculée (services/export.py)")


# Columns computed from several fields or from other tables: (record, its site if at the site, its conseiller).
def _demarche(r: HelpRequest) -> Cell:
    demarche = _labels(r.demarches, vocab.DEMARCHES)
    if r.demarche_name:
        demarche = [*demarche[:-1], f"{demarche[-1]} : {r.demarche_name}"] if demarche else [r.demarche_name]
    return demarche


def _workshop_counts(part: str, labels: Mapping[str, str]) -> Callable[[HelpRequest, Site | None, Conseiller | None],
                                                                         Cell]:
    def cell(r: HelpRequest, site: Site | None, c: Conseiller | None) -> Cell:
        return _counts(ParticipantCounts.from_dict(r.participants).as_dict()[part], labels)

    return cell


_DERIVED: dict[str, Callable[[HelpRequest, Site | None, Conseiller | None], Cell]] = {
    "Enregistré le": lambda r, site, c: r.created_at,
    "Dernière modification le": lambda r, site, c: r.updated_at,
    "Médiateur": lambda r, site, c: c.full_name if c else "",
    "Participants": lambda r, site, c: 1 if r.kind == "individuel" else (r.participants_total or 0),
    "Nom du lieu": lambda r, site, c: site.name if site else "",
    "Adresse": lambda r, site, c: site.address if site else "",
    "Commune": lambda r, site, c: site.city if site else "",
    "Code postal": lambda r, site, c: site.postcode if site else "",
    "Code Insee": lambda r, site, c: site.insee_code if site else "",
    "Nom de la démarche administrative": lambda r, site, c: _demarche(r),
    "Source de la donnée": lambda r, site, c: SOURCE,
    "ID CRA": lambda r, site, c: r.id,
}
# A workshop's « Genre », « Tranche d'âge », « Statut »: its participants' counts.
_WORKSHOP: dict[str, Callable[[HelpRequest, Site | None, Conseiller | None], Cell]] = {
    "Genre": _workshop_counts("genre", vocab.GENDERS),
    "Tranche d'âge": _workshop_counts("age", vocab.AGE_GROUPS),
    "Statut": _workshop_counts("statut", vocab.STATUSES),
}
_BY_COLUMN: dict[str, list[CraField]] = {}
for _f in FIELDS:
    if _f.column:
        _BY_COLUMN.setdefault(_f.column, []).append(_f)


def values(r: HelpRequest, site: Site | None, c: Conseiller | None, own: bool) -> dict[str, Cell]:
    """One session's export cells by column, typed: the one derivation the CSV and the XLSX share.

    A column is computed (`_DERIVED`, a workshop's counts) or is the cell of the declared field whose
    `column` it is and whose `scope` is this session's kind (empty if none is)."""
    at_site = site if r.place == "lieu_activite" else None
    out: dict[str, Cell] = {}
    for col in COLUMNS:
        if col in _DERIVED:
            out[col] = _DERIVED[col](r, at_site, c)
        elif r.kind == "collectif" and col in _WORKSHOP:
            out[col] = _WORKSHOP[col](r, at_site, c)
        else:
            fields = [f for f in _BY_COLUMN.get(col, ()) if f.scope in (None, r.kind)]
            out[col] = field_cell(fields[0], getattr(r, fields[0].name)) if fields else ""
    if not own:
        out[NOTES_COLUMN] = ""
    return out


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
    notes: bool | None = None,
) -> Iterator[list[Cell]]:
    """Typed export rows (in `columns(own)` order), oldest first, streamed in batches. The notes come with
    a conseiller's sessions (their own export) unless `notes` says otherwise."""
    own = conseiller_id is not None if notes is None else notes
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
    actor: Actor = COMMAND_LINE,
) -> int:
    """Write the export as UTF-8 with BOM and `;` (French Excel and LibreOffice open it as is).

    Written through `user_files.open_for_user`: an interrupted export never leaves half a file, and the
    database, a device or a link is never written over. Every cell goes through the spreadsheet
    neutraliser: a free text starting with `=`, `+`, `-` or `@` is shown, never run.
    Returns the number of sessions written. The conseiller's own export (notes) needs an admin `actor`;
    every export leaves an audit line (kind and count, never a path or a name).
    """
    check_export(actor, conseiller_id)
    n = 0
    with open_for_user(out, "w", field="--out", protected=[db.path], create_folder=True, encoding="utf-8-sig",
                       newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(columns(conseiller_id is not None))
        for row in iter_rows(db, day_from=day_from, day_to=day_to, conseiller_id=conseiller_id):
            writer.writerow(neutralise_row(row))
            n += 1
    audit.record(db, actor, AuditAction.EXPORT, f"CSV{' avec notes' if conseiller_id else ''}, {n} accompagnements")
    return n


def check_export(actor: Actor, conseiller_id: str | None) -> None:
    """An export with notes (a conseiller's own) is for admins; the anonymous one for everyone."""
    require(actor, Action.EXPORT_PERSONAL if conseiller_id is not None else Action.EXPORT_ANONYMOUS)
