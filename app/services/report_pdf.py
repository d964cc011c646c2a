"""The activity report for the conseil municipal as a PDF: statistics in, PDF bytes out (reportlab).

Cover (period, sites), key figures with the previous period, charts (reportlab graphics), tables, the
heat map of arrivals, a methodology note; « page 2 sur 5 » on every page; the bundled DejaVu font.
`gather` reads the statistics (SQL summaries); `render` is pure.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.clock import local_day, now_utc
from app.domain.permissions import Actor
from app.services.handout_flowables import (
    BUILD_LOCK,
    FONT,
    FONT_BOLD,
    FooterMark,
    numbered_canvas,
    register_fonts,
)
from app.services.handout_text import escape, long_date
from app.services.stats import dashboard, periods
from app.services.stats.model import DIMENSIONS, PEOPLE_DIMENSIONS, Bar, Dashboard, Figures, StatsFilter
from app.store.db import Database

INK = colors.HexColor("#1a1a1a")
BLUE = colors.HexColor("#1d4f91")
GREY = colors.HexColor("#9aa5b1")
LIGHT = colors.HexColor("#eef2f7")
WEEKDAYS = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")
TITLES = {
    "theme": "Thématiques d'accompagnement",
    "demarche": "Démarches administratives (domaines)",
    "duration": "Durée des accompagnements",
    "age": "Tranche d'âge des personnes",
    "status": "Statut des personnes",
    "gender": "Genre des personnes",
    "place": "Canal (lieu) d'accompagnement",
    "equipment": "Matériel numérique utilisé",
    "site": "Accompagnements par lieu",
}
METHOD = (
    "Un accompagnement est une fiche enregistrée (terminée ou réorientée) et non supprimée ; une personne "
    "arrivée dans la file puis partie sans aide, encore en attente ou en cours n'en est pas un. Les personnes "
    "accompagnées comptent une personne par accompagnement individuel (anonyme) et les participants de chaque "
    "atelier collectif ; une même personne venue deux fois compte deux fois tant que les bénéficiaires suivis "
    "n'existent pas. Le genre, l'âge et le statut des participants d'un atelier viennent de ses comptes "
    "anonymes ; le reste est compté « Non communiqué ». Une fiche peut avoir plusieurs thématiques, démarches "
    "et matériels : leurs totaux dépassent donc le nombre d'accompagnements. L'attente est le temps, en minutes "
    "entières, entre l'arrivée dans la file et la prise en charge ; médiane et 90e centile au rang le plus "
    "proche. Les heures sont celles de Paris. Les durées sont groupées comme dans l'outil national (Moins de "
    "30 min, 30 min à 1 h, 1 h à 2 h, 2 h et plus). La période précédente a la même longueur (les mois entiers "
    "sont comparés aux mois d'avant). Les chiffres viennent des données de tous les postes synchronisés avec "
    "ce poste à la date du rapport."
)


@dataclass(frozen=True)
class ReportData:
    """What the report shows: this period, the one before, the sites covered and the day it was made."""

    current: Dashboard
    previous: Dashboard
    sites: tuple[str, ...]
    made_on: date
    town: str = ""
    conseiller: str = ""  # the report of one conseiller's sessions (a conseiller's own): their name


def gather(db: Database, day_from: date, day_to: date, *, site_id: str | None = None,
           conseiller_id: str | None = None, made_on: date | None = None) -> ReportData:
    flt = StatsFilter(day_from, day_to, site_id=site_id, conseiller_id=conseiller_id)
    current = dashboard.dashboard(db, flt)
    previous = dashboard.dashboard(db, flt.with_period(*periods.previous(day_from, day_to)))
    names = dashboard.site_names(db)
    if site_id is not None:
        sites: tuple[str, ...] = (names.get(site_id, site_id),)
    else:
        sites = tuple(sorted(names.values()))
    from app.services import installation

    towns = {s.city for s in installation.list_sites(db) if s.city and (site_id is None or s.id == site_id)}
    who = next((c.full_name for c in installation.list_conseillers(db) if c.id == conseiller_id), "") if conseiller_id else ""
    return ReportData(current, previous, sites, made_on or local_day(now_utc()), ", ".join(sorted(towns)), who)


def number(n: float, decimals: int = 0) -> str:
    """French number: narrow no-break space between thousands, decimal comma."""
    text = f"{n:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return text


def hours(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{number(h)} h {m:02d}" if h else f"{m} min"


def _evolution(now: float, before: float) -> str:
    if not before:
        return "—"
    change = round((now - before) / before * 100)
    return f"{'+' if change > 0 else ''}{number(change)} %"


def _wait(minutes: int | None) -> str:
    return "—" if minutes is None else f"{minutes} min"


def key_figures(f: Figures) -> list[tuple[str, str, float]]:
    """(label, text, value for the comparison)."""
    return [
        ("Accompagnements", number(f.sessions), f.sessions),
        ("dont individuels", number(f.individual), f.individual),
        ("dont ateliers collectifs", number(f.workshops), f.workshops),
        ("Participants aux ateliers", number(f.participants), f.participants),
        ("Personnes accompagnées", number(f.people), f.people),
        ("Temps d'accompagnement", hours(f.minutes), f.minutes),
        ("Durée moyenne", f"{number(f.average_minutes)} min", f.average_minutes),
        ("Avec une fiche remise", f"{number(f.handout_share * 100)} %", f.handout_share),
        ("Bénéficiaires réorientés", number(f.redirected), f.redirected),
        ("Personnes parties sans aide", number(f.left), f.left),
        ("Attente médiane", _wait(f.wait_median), f.wait_median or 0),
        ("Attente, 90e centile", _wait(f.wait_p90), f.wait_p90 or 0),
    ]


class _Styles:
    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=24, leading=30, textColor=BLUE)
        self.subtitle = ParagraphStyle("subtitle", fontName=FONT, fontSize=14, leading=20, textColor=INK)
        self.h1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=15, leading=20, textColor=BLUE,
                                 spaceBefore=6, spaceAfter=6)
        self.h2 = ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=INK,
                                 spaceBefore=8, spaceAfter=3)
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK)
        self.small = ParagraphStyle("small", fontName=FONT, fontSize=8.5, leading=11, textColor=INK)


def _table(rows: list[list[str]], widths: Sequence[float], *, header: bool = True,
           align_right_from: int = 1) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style += [("FONT", (0, 0), (-1, 0), FONT_BOLD, 9.5), ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]
    t.setStyle(TableStyle(style))
    return t


def _integer_axis(axis: object, top: float) -> None:
    """Whole-number ticks (1, 2, 5 × 10^k apart), from 0 to just above `top`."""
    rough = max(1.0, top / 5)
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = step * max(1, math.ceil(top / step))  # type: ignore[attr-defined]
    axis.valueStep = step  # type: ignore[attr-defined]
    axis.labelTextFormat = lambda v: number(v)  # type: ignore[attr-defined]


def _bar_chart(bars: Sequence[Bar], width: float) -> Drawing:
    """Horizontal bars, largest first, the value written at the end of each bar."""
    shown = list(bars)[:12]
    row = 14
    height = max(40, row * len(shown) + 24)
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 12
    chart.width, chart.height = width - 190, height - 20
    chart.data = [[b.value for b in reversed(shown)]]
    chart.categoryAxis.categoryNames = [b.label[:34] for b in reversed(shown)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    _integer_axis(chart.valueAxis, max((b.value for b in shown), default=1) * 1.08)
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = lambda v: number(v)
    d.add(chart)
    return d


def _series_chart(board: Dashboard, width: float) -> Drawing:
    points = board.series
    height = 170
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 36
    chart.width, chart.height = width - 60, height - 56
    chart.data = [[p.year_before for p in points] or [0], [p.sessions for p in points] or [0]]
    chart.categoryAxis.categoryNames = [p.label for p in points] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(points) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(points) > 8 else "n"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    _integer_axis(chart.valueAxis, max([*(p.sessions for p in points), *(p.year_before for p in points), 1]))
    chart.bars[0].fillColor = GREY
    chart.bars[1].fillColor = BLUE
    chart.bars.strokeColor = None
    chart.groupSpacing = 4
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 45, height - 4
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(BLUE, "Période"), (GREY, "Même période un an plus tôt")]
    legend.deltax = 120
    d.add(legend)
    return d


def _heat_table(board: Dashboard, width: float) -> Table:
    """Arrivals per weekday and hour (Paris), the cell tinted by how many; the average wait below."""
    cells = {(c.weekday, c.hour): c for c in board.heat}
    hours_shown = sorted({c.hour for c in board.heat}) or list(range(9, 18))
    days = sorted({c.weekday for c in board.heat}) or list(range(6))
    counts = [c.arrivals for c in board.heat]
    low, top = min(counts, default=0), max(counts, default=0)
    rows = [["", *[f"{h} h" for h in hours_shown]]]
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 7),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7),
        ("FONT", (0, 0), (0, -1), FONT_BOLD, 7),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.white),
        ("LEADING", (0, 0), (-1, -1), 8),
    ]
    for r, w in enumerate(days, start=1):
        line = [WEEKDAYS[w]]
        for col, h in enumerate(hours_shown, start=1):
            c = cells.get((w, h))
            if c is None:
                line.append("")
                continue
            wait = "" if c.average_wait is None else f"\n{number(c.average_wait)} min"
            line.append(f"{number(c.arrivals)}{wait}")
            # From the quietest hour to the busiest: the busy hours stand out even when all are busy.
            share = 0.15 + 0.85 * (c.arrivals - low) / (top - low) if top > low else 1.0
            tint = colors.Color(1 - 0.75 * share, 1 - 0.55 * share, 1 - 0.2 * share)
            style.append(("BACKGROUND", (col, r), (col, r), tint))
            if share > 0.6:
                style.append(("TEXTCOLOR", (col, r), (col, r), colors.white))
        rows.append(line)
    first = 52
    t = Table(rows, colWidths=[first] + [(width - first) / max(1, len(hours_shown))] * len(hours_shown))
    t.setStyle(TableStyle(style))
    return t


def _breakdown_rows(bars: Sequence[Bar], total: int) -> list[list[str]]:
    return [[b.label, number(b.value), f"{number(b.value / total * 100 if total else 0, 1)} %"] for b in bars]


def _period(flt: StatsFilter) -> str:
    return f"du {long_date(flt.day_from)} au {long_date(flt.day_to)}"


def render(data: ReportData) -> bytes:
    """The report's PDF bytes."""
    register_fonts()
    s = _Styles()
    cur, prev = data.current, data.previous
    width = A4[0] - 36 * mm
    story: list = [FooterMark(("Pas à Pas — rapport d'activité des points d'aide numérique", _period(cur.filter)))]
    story += [Spacer(1, 40 * mm), Paragraph("Rapport d'activité", s.title),
              Paragraph("des points d'aide numérique" + (f" — {escape(data.town)}" if data.town else ""), s.subtitle),
              Spacer(1, 10 * mm), Paragraph(f"<b>Période :</b> {_period(cur.filter)}", s.subtitle),
              Paragraph(f"<b>Lieux :</b> {escape(', '.join(data.sites) or '—')}", s.subtitle),
              *([Paragraph(f"<b>Conseiller :</b> {escape(data.conseiller)} (ses accompagnements seulement)",
                           s.subtitle)] if data.conseiller else []),
              Spacer(1, 6 * mm),
              Paragraph(f"Comparée à la période {_period(prev.filter)}.", s.body),
              Paragraph(f"Rapport établi le {long_date(data.made_on)} par Pas à Pas.", s.body),
              PageBreak()]
    story.append(Paragraph("Chiffres clés", s.h1))
    rows = [["", "Période", "Période précédente", "Évolution"]]
    for (label, text, value), (_l, before_text, before) in zip(
        key_figures(cur.figures), key_figures(prev.figures), strict=True
    ):
        rows.append([label, text, before_text, _evolution(value, before)])
    story.append(_table(rows, [width * 0.36, width * 0.18, width * 0.28, width * 0.18]))
    unit = "semaine" if cur.series_unit == "week" else "mois"
    story += [Spacer(1, 5 * mm), Paragraph(f"Accompagnements par {unit}", s.h2), _series_chart(cur, width)]
    story += [CondPageBreak(90 * mm), Paragraph("Quand les personnes arrivent (file d'attente)", s.h2),
              Paragraph("Arrivées par jour et par heure (heure de Paris) ; en dessous, l'attente moyenne avant la "
                        "prise en charge.", s.small), Spacer(1, 2 * mm), _heat_table(cur, width)]
    story += [PageBreak(), Paragraph("Détail", s.h1)]
    f = cur.figures
    for dim in (*DIMENSIONS, "site"):
        bars = cur.breakdowns[dim]
        total = f.people if dim in PEOPLE_DIMENSIONS else f.sessions
        what = "Personnes" if dim in PEOPLE_DIMENSIONS else "Accompagnements"
        block: list = [Paragraph(TITLES[dim], s.h2)]
        if not bars:
            block.append(Paragraph("Aucun sur la période.", s.body))
        else:
            block.append(_bar_chart(bars, width))
            block.append(_table([["", what, "Part"], *_breakdown_rows(bars, total)],
                                [width * 0.6, width * 0.2, width * 0.2]))
        story.append(KeepTogether(block))
    story += [CondPageBreak(70 * mm), Paragraph("Méthode", s.h1), Paragraph(METHOD, s.body)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=22 * mm,
        title="Rapport d'activité — Pas à Pas", author="Pas à Pas", subject=_period(cur.filter),
    )
    with BUILD_LOCK:
        doc.build(story, canvasmaker=numbered_canvas(8))
    return buf.getvalue()


def write_report(db: Database, out: str, day_from: date, day_to: date, *, site_id: str | None = None,
                 conseiller_id: str | None = None, viewer: Actor | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> ReportData:
    """Gather, render and write the report through the safe-write helper. `viewer` (the desk: who is
    logged in): the statistics they may see — a conseiller's report is of their own sessions only."""
    from app.services.user_files import write_user_bytes

    if viewer is not None:
        from app.services.stats import scope

        conseiller_id = scope.scoped(db, viewer, StatsFilter(day_from, day_to, site_id, conseiller_id)).conseiller_id
    if progress:
        progress(0, 3, "Lecture des statistiques…")
    data = gather(db, day_from, day_to, site_id=site_id, conseiller_id=conseiller_id)
    if progress:
        progress(1, 3, "Mise en page du rapport…")
    pdf = render(data)
    if progress:
        progress(2, 3, "Écriture du fichier…")
    write_user_bytes(out, pdf, field="--out", protected=[db.path], create_folder=True)
    if progress:
        progress(3, 3, "")
    return data

