"""The national activity export as an XLSX workbook, streamed (XlsxWriter, constant memory): sessions and statistics."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from typing import IO, Any

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

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


class _Sheet:
    """One sheet written row after row, as constant-memory mode wants; cell formats shared by the workbook."""

    def __init__(self, wb: Workbook, name: str, formats: dict[str, Format]) -> None:
        self.ws: Worksheet = wb.add_worksheet(name)
        self.formats = formats
        self.row = 0

    def append(self, values: list[Any]) -> None:
        for col, value in enumerate(values):
            self._cell(col, value)
        self.row += 1

    def header(self, texts: tuple[str, ...]) -> None:
        for col, text in enumerate(texts):
            self.ws.write_string(self.row, col, text, self.formats["bold"])
        self.row += 1

    def _cell(self, col: int, value: export.Cell | float) -> None:
        ws, row = self.ws, self.row
        if value is None or value == "":
            return
        if isinstance(value, list):
            if value:
                ws.write_string(row, col, neutralise_cell("\n".join(value)), self.formats["wrap"])
        elif isinstance(value, datetime):
            ws.write_datetime(row, col, value.astimezone(PARIS).replace(tzinfo=None), self.formats["moment"])
        elif isinstance(value, date):
            ws.write_datetime(row, col, value, self.formats["day"])
        elif isinstance(value, str):
            ws.write_string(row, col, neutralise_cell(value))  # never `write`: it would take « =… » for a formula
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value)
        else:
            ws.write_number(row, col, value)


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
        # Constant memory: each row goes to a temporary file as soon as the next one starts; strings are
        # written inline; nothing typed is ever read as a formula, a number or a link.
        wb = Workbook(fh, {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                           "strings_to_urls": False})
        formats = {"bold": wb.add_format({"bold": True}), "wrap": wb.add_format({"text_wrap": True, "valign": "top"}),
                   "day": wb.add_format({"num_format": DATE_FORMAT}),
                   "moment": wb.add_format({"num_format": MOMENT_FORMAT})}
        sessions = _Sheet(wb, SESSIONS_SHEET, formats)
        for i, name in enumerate(cols):
            sessions.ws.set_column(i, i, WIDTHS.get(name, 18))
        sessions.ws.freeze_panes(1, 0)
        sessions.header(cols)
        for row in export.iter_values(db, day_from=day_from, day_to=day_to, conseiller_id=only, notes=own):
            sessions.append(row)
            written += 1
            if progress and written % 5000 == 0:
                progress(written, total)
        stats = _Sheet(wb, STATS_SHEET, formats)
        stats.ws.set_column(0, 0, 44)
        stats.ws.set_column(1, 1, 16)
        stats.ws.set_column(2, 2, 12)
        for r in stats_rows(board, names, who):
            stats.append(r)
        wb.close()

    write_user_file(out, fill, field="--out", protected=[db.path], create_folder=True)
    kind = " avec notes" if own else " d'un conseiller" if only else ""
    audit.record(db, actor, AuditAction.EXPORT, f"XLSX{kind}, {written} accompagnements")
    if progress:
        progress(written, total)
    return written
