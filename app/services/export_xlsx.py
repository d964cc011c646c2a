"""The national activity export as an XLSX workbook, streamed (openpyxl write-only): sessions and statistics."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.domain.audit import AuditAction
from app.domain.clock import PARIS
from app.domain.permissions import COMMAND_LINE, Actor
from app.domain.spreadsheet import neutralise_cell
from app.services import audit, export, installation
from app.services.stats import dashboard
from app.services.stats.model import DIMENSIONS, Dashboard, StatsFilter
from app.services.user_files import write_user_file
from app.store.db import Database

SESSIONS_SHEET = "Accompagnements"
STATS_SHEET = "Statistiques"
DATE_FORMAT = "DD/MM/YYYY"
MOMENT_FORMAT = "DD/MM/YYYY HH:MM"
DIMENSION_TITLES = {
    "theme": "Thématiques",
    "demarche": "Démarches (domaines)",
    "duration": "Durée",
    "age": "Tranche d'âge (personnes)",
    "status": "Statut (personnes)",
    "gender": "Genre (personnes)",
    "place": "Canal",
    "equipment": "Matériel",
    "site": "Lieu",
}
WIDTHS = {"Date": 11, "Enregistré le": 16, "Dernière modification le": 16, "Thématique(s) d'accompagnement": 34,
          "Nom de la démarche administrative": 34, "Structure de redirection": 30, "ID CRA": 38}
Progress = Callable[[int, int], None]


class _Cells:
    """Cell makers of one sheet; the styles are shared (one per kind of cell, as write-only mode wants)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.bold = Font(bold=True)

    def typed(self, value: export.Cell) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, list):
            if not value:
                return None
            cell = WriteOnlyCell(self.ws, neutralise_cell("\n".join(value)))
            cell.alignment = self.wrap
            return cell
        if isinstance(value, datetime):
            cell = WriteOnlyCell(self.ws, value.astimezone(PARIS).replace(tzinfo=None))
            cell.number_format = MOMENT_FORMAT
            return cell
        if isinstance(value, date):
            cell = WriteOnlyCell(self.ws, value)
            cell.number_format = DATE_FORMAT
            return cell
        if isinstance(value, str):
            return neutralise_cell(value)
        return value

    def header(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, text)
        cell.font = self.bold
        return cell


def stats_rows(board: Dashboard, sites: str, conseiller: str = "") -> list[list[Any]]:
    """The statistics sheet: the period, the key figures, then each breakdown (label, count)."""
    f = board.figures
    flt = board.filter
    rows: list[list[Any]] = [
        ["Période", flt.day_from, flt.day_to],
        ["Lieux", sites],
        *([["Conseiller", conseiller]] if conseiller else []),
        [],
        ["Accompagnements", f.sessions],
        ["dont individuels", f.individual],
        ["dont ateliers collectifs", f.workshops],
        ["Participants aux ateliers", f.participants],
        ["Personnes accompagnées", f.people],
        ["Durée totale (min)", f.minutes],
        ["Durée moyenne (min)", round(f.average_minutes, 1)],
        ["Accompagnements avec une fiche remise", f.handouts],
        ["Part avec une fiche remise", round(f.handout_share, 4)],
        ["Bénéficiaires réorientés", f.redirected],
        ["Personnes parties sans aide", f.left],
        ["Attente médiane (min)", f.wait_median],
        ["Attente, 90e centile (min)", f.wait_p90],
    ]
    for dim in (*DIMENSIONS, "site"):
        rows += [[], [DIMENSION_TITLES[dim], "Personnes" if dim in ("age", "status", "gender") else "Accompagnements"]]
        rows += [[b.label, b.value] for b in board.breakdowns[dim]]
    return rows


def write_xlsx(
    db: Database,
    out: str | os.PathLike[str],
    *,
    day_from: date,
    day_to: date,
    conseiller_id: str | None = None,
    progress: Progress | None = None,
    actor: Actor = COMMAND_LINE,
    of_conseiller: str | None = None,
    viewer: Actor | None = None,
) -> int:
    """Write the workbook (sessions, one a row, in the national order; then the statistics of the period)
    through the safe-write helper. Returns the number of sessions written.

    `conseiller_id`: a conseiller's own export, notes included (admins). `of_conseiller`: only that
    conseiller's sessions, without notes. `viewer` (the desk: who is logged in): the statistics they may
    see — a conseiller's workbook is of their own sessions only, without notes."""
    export.check_export(actor, conseiller_id)
    if viewer is not None and conseiller_id is None:
        from app.services.stats import scope

        of_conseiller = scope.scoped(db, viewer, StatsFilter(day_from, day_to, conseiller_id=of_conseiller)).conseiller_id
    own = conseiller_id is not None
    cols = export.columns(own)
    only = conseiller_id if own else of_conseiller
    board = dashboard.dashboard(db, StatsFilter(day_from, day_to, conseiller_id=only))
    total = board.figures.sessions
    names = ", ".join(b.label for b in board.breakdowns["site"]) or "—"
    who = next((c.full_name for c in installation.list_conseillers(db) if c.id == only), "") if only else ""
    written = 0

    def fill(fh: IO[bytes]) -> None:
        nonlocal written
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(SESSIONS_SHEET)
        for i, name in enumerate(cols):
            ws.column_dimensions[_letter(i)].width = WIDTHS.get(name, 18)
        ws.freeze_panes = "A2"
        cells = _Cells(ws)
        ws.append([cells.header(c) for c in cols])
        for row in export.iter_values(db, day_from=day_from, day_to=day_to, conseiller_id=only, notes=own):
            ws.append([cells.typed(v) for v in row])
            written += 1
            if progress and written % 5000 == 0:
                progress(written, total)
        st = wb.create_sheet(STATS_SHEET)
        st.column_dimensions["A"].width = 44
        st.column_dimensions["B"].width = 16
        st.column_dimensions["C"].width = 12
        sc = _Cells(st)
        for r in stats_rows(board, names, who):
            st.append([sc.typed(v) if not isinstance(v, float) else v for v in r])
        wb.save(fh)

    write_user_file(out, fill, field="--out", protected=[db.path], create_folder=True)
    kind = " avec notes" if own else " d'un conseiller" if only else ""
    audit.record(db, actor, AuditAction.EXPORT, f"XLSX{kind}, {written} accompagnements")
    if progress:
        progress(written, total)
    return written


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)
