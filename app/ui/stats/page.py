"""The « Statistiques » space of the desk: filters, key figures, charts, heat map, PDF report, XLSX export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab
from app.domain.clock import paris_today
from app.domain.permissions import Actor
from app.services import installation
from app.services.stats import dashboard, periods, scope
from app.services.stats.model import Dashboard, StatsFilter
from app.store.db import Database
from app.ui import labels
from app.ui.desk.session import actor_of
from app.ui.tasks import run_task
from app.ui.widgets.choices import refill

PERIOD_NAMES = (
    ("this_month", QT_TRANSLATE_NOOP("stats", "Ce mois-ci")),
    ("last_month", QT_TRANSLATE_NOOP("stats", "Le mois dernier")),
    ("this_year", QT_TRANSLATE_NOOP("stats", "Cette année")),
    ("last_year", QT_TRANSLATE_NOOP("stats", "L'année dernière")),
    ("custom", QT_TRANSLATE_NOOP("stats", "Période…")),
)
CHART_TITLES = {
    "theme": QT_TRANSLATE_NOOP("stats", "Thématiques"),
    "demarche": QT_TRANSLATE_NOOP("stats", "Démarches (domaines)"),
    "duration": QT_TRANSLATE_NOOP("stats", "Durée"),
    "age": QT_TRANSLATE_NOOP("stats", "Tranche d'âge (personnes)"),
    "status": QT_TRANSLATE_NOOP("stats", "Statut (personnes)"),
    "gender": QT_TRANSLATE_NOOP("stats", "Genre (personnes)"),
    "place": QT_TRANSLATE_NOOP("stats", "Lieu / canal"),
    "site": QT_TRANSLATE_NOOP("stats", "Sites"),
    "equipment": QT_TRANSLATE_NOOP("stats", "Matériel"),
}
CHART_ORDER = ("theme", "demarche", "duration", "site", "age", "status", "gender", "place", "equipment")
FIGURES = (
    ("sessions", QT_TRANSLATE_NOOP("stats", "Accompagnements")),
    ("people", QT_TRANSLATE_NOOP("stats", "Personnes accompagnées")),
    ("workshops", QT_TRANSLATE_NOOP("stats", "Ateliers (participants)")),
    ("time", QT_TRANSLATE_NOOP("stats", "Temps total")),
    ("average", QT_TRANSLATE_NOOP("stats", "Durée moyenne")),
    ("handouts", QT_TRANSLATE_NOOP("stats", "Avec une fiche remise")),
    ("redirected", QT_TRANSLATE_NOOP("stats", "Réorientations")),
    ("left", QT_TRANSLATE_NOOP("stats", "Partis sans aide")),
    ("wait_median", QT_TRANSLATE_NOOP("stats", "Attente médiane")),
    ("wait_p90", QT_TRANSLATE_NOOP("stats", "9 personnes sur 10 ont attendu moins de")),
)


def _tr(text: object) -> str:
    return QCoreApplication.translate("stats", str(text))


def _n(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f")


def _duration(minutes: float) -> str:
    h, m = divmod(int(round(minutes)), 60)
    return f"{_n(h)} h {m:02d}" if h else f"{m} min"


def _wait(minutes: int | None) -> str:
    return "—" if minutes is None else f"{minutes} min"


def figure_texts(board: Dashboard) -> dict[str, str]:
    """The figures as the cards show them."""
    f = board.figures
    return {
        "sessions": _n(f.sessions),
        "people": _n(f.people),
        "workshops": f"{_n(f.workshops)} ({_n(f.participants)})",
        "time": _duration(f.minutes),
        "average": _duration(f.average_minutes) if f.sessions else "—",
        "handouts": f"{f.handout_share * 100:.0f} %",
        "redirected": _n(f.redirected),
        "left": _n(f.left),
        "wait_median": _wait(f.wait_median),
        "wait_p90": _wait(f.wait_p90),
    }


class FigureCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", self)
        self.value.setObjectName("figureValue")
        self.value.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.value.setAccessibleName(caption)


class StatsPage(QWidget):
    """Emits `refreshed` each time the figures and charts show a new filter's statistics, `written(message)`
    when a report or an export is written."""

    refreshed = Signal()
    written = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 viewer: Callable[[], Actor] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # Who looks: the person logged in at the desk (an admin sees everyone's figures, a conseiller only
        # their own: `scope`); `viewer` for a page shown outside a desk (screenshots).
        self.viewer: Callable[[], Actor] = viewer or (lambda: actor_of(self))
        self.own: str | None = None  # the conseiller a non-admin's figures are forced to
        self.board: Dashboard | None = None
        self._generation = 0
        self._stale = True  # read when first shown (not at the desk's start)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 0)
        bar = QHBoxLayout()
        self.period = QComboBox(self)
        for key, text in PERIOD_NAMES:
            self.period.addItem(_tr(text), key)
        self.day_from = QDateEdit(self)
        self.day_to = QDateEdit(self)
        for w in (self.day_from, self.day_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
            w.setDate(labels.today_qdate())
            w.hide()
        self.site = QComboBox(self)
        self.conseiller = QComboBox(self)
        for combo in (self.site, self.conseiller):  # as wide as 12 letters, whatever names they hold (the bar fits)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Tous types"), None)
        for slug, text in labels.items(vocab.REQUEST_TYPES):
            self.kind.addItem(text, slug)
        named: tuple[tuple[QWidget, str], ...] = (
            (self.period, self.tr("Période")), (self.site, self.tr("Lieu")),
            (self.conseiller, self.tr("Conseiller")), (self.kind, self.tr("Type")),
        )
        for widget, name in named:
            widget.setAccessibleName(name)
        self.report_button = QPushButton(self.tr("Rapport PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("Exporter (XLSX)…"), self)
        self.report_button.clicked.connect(self.ask_report)
        self.xlsx_button.clicked.connect(self.ask_xlsx)
        widgets: tuple[QWidget, ...] = (self.period, self.day_from, self.day_to, self.site, self.conseiller, self.kind)
        for widget in widgets:
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        bar.addWidget(self.xlsx_button)
        outer.addLayout(bar)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        outer.addWidget(self.period_label)
        self.scope_note = QLabel(self)  # whose figures these are, for a conseiller (said, not a tooltip)
        self.scope_note.setObjectName("scopeNote")
        self.scope_note.setWordWrap(True)
        self.scope_note.hide()
        outer.addWidget(self.scope_note)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area, 1)
        self.cards: dict[str, FigureCard] = {}
        self.charts: dict[str, Any] = {}

        self.period.setCurrentIndex(self.period.findData("this_year"))
        self.reload_choices()
        for combo in (self.period, self.site, self.conseiller, self.kind):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.day_from.dateChanged.connect(self.apply_filter)
        self.day_to.dateChanged.connect(self.apply_filter)

    # --- building (on first show: QtCharts stays out of the desk's start) ----------------------------
    def _ensure_body(self) -> None:
        if self.cards:
            return
        from app.ui.stats.charts import ChartCard, ImageActions
        from app.ui.stats.heatmap import HeatMap

        body = QWidget(self.scroll_area)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 4, 6)
        figures = QGridLayout()
        figures.setSpacing(6)
        for i, (key, caption) in enumerate(FIGURES):
            card = FigureCard(_tr(caption), body)
            self.cards[key] = card
            figures.addWidget(card, i // 5, i % 5)
        self.body_layout.addLayout(figures)
        self.series_chart = ChartCard(self.tr("Accompagnements dans le temps"), body, height=230)
        self.body_layout.addWidget(self.series_chart)
        heat_box = QFrame(body)
        heat_box.setFrameShape(QFrame.Shape.StyledPanel)
        hb = QVBoxLayout(heat_box)
        hb.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        heading = QLabel(self.tr("<b>Quand les personnes arrivent</b> — arrivées par jour et par heure · attente "
                                 "moyenne en minutes (′)"), heat_box)
        heading.setWordWrap(True)
        top.addWidget(heading, 1)
        self.heat = HeatMap(heat_box)
        self.heat_actions = ImageActions(self.tr("Arrivées par jour et heure"), self.heat, heat_box)
        top.addWidget(self.heat_actions)
        hb.addLayout(top)
        hb.addWidget(self.heat)
        self.body_layout.addWidget(heat_box)
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, dim in enumerate(CHART_ORDER):
            chart = ChartCard(_tr(CHART_TITLES[dim]), body)
            self.charts[dim] = chart
            grid.addWidget(chart, i // 2, i % 2)
        self.body_layout.addLayout(grid)
        self.body_layout.addStretch(1)
        self.scroll_area.setWidget(body)


    # --- filter -------------------------------------------------------------------------------------
    def reload_choices(self) -> None:
        refill(self.site, [(s.id, s.name) for s in installation.list_sites(self.db)], everything=self.tr("Tous les lieux"))
        self._fill_conseillers()

    def _fill_conseillers(self) -> bool:
        """The conseiller filter for who looks: every conseiller for an admin; for a conseiller, their own
        only, chosen and locked, and the note that says so. False: a conseiller with no figures to see."""
        actor = self.viewer()
        names = [(c.id, c.full_name) for c in installation.list_conseillers(self.db)]
        if scope.sees_everyone(actor):
            restricted = not self.conseiller.isEnabled()  # a conseiller looked before: back to « Tous »
            self.own = None
            refill(self.conseiller, names, everything=self.tr("Tous les conseillers"), keep="" if restricted else None)
            self.conseiller.setEnabled(True)
            self.scope_note.hide()
            return True
        self.own = scope.own_conseiller_id(self.db, actor)
        mine = [(i, n) for i, n in names if i == self.own] or ([(self.own, actor.name)] if self.own else [])
        refill(self.conseiller, mine, keep=self.own)
        self.conseiller.setEnabled(False)
        if self.own is None:
            self.scope_note.setText(self.tr("Votre compte n'est relié à aucun conseiller (aucun ne porte son nom) : "
                                            "pas de statistiques à montrer. Demandez à un administrateur d'ajouter "
                                            "le conseiller sous le nom du compte (Outils › Réglages du poste)."))
        else:
            self.scope_note.setText(self.tr("Vos statistiques : seulement vos accompagnements, et les exports "
                                            "aussi. Celles de tous les conseillers sont réservées aux "
                                            "administrateurs."))
        self.scope_note.show()
        return self.own is not None

    def current_filter(self) -> StatsFilter:
        key = self.period.currentData()
        custom = key == "custom"
        self.day_from.setVisible(custom)
        self.day_to.setVisible(custom)
        if custom:
            f, t = self.day_from.date(), self.day_to.date()
            day_from, day_to = date(f.year(), f.month(), f.day()), date(t.year(), t.month(), t.day())
            if day_from > day_to:
                day_from, day_to = day_to, day_from
        else:
            day_from, day_to = periods.preset(key, paris_today())
        return StatsFilter(day_from, day_to, self.site.currentData(), self.conseiller.currentData(),
                           self.kind.currentData())

    def set_period(self, day_from: date, day_to: date) -> None:
        """A custom period (the dates typed in the two fields)."""
        for w in (self.period, self.day_from, self.day_to):
            w.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData("custom"))
        self.day_from.setDate(QDate(day_from.year, day_from.month, day_from.day))
        self.day_to.setDate(QDate(day_to.year, day_to.month, day_to.day))
        for w in (self.period, self.day_from, self.day_to):
            w.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Read every figure and chart of the filter off the GUI thread; show the newest answer only."""
        self._generation += 1
        number = self._generation
        if not self._fill_conseillers():
            self.current_filter()  # the period's fields follow the choice
            self._ensure_body()
            self._clear()
            self.refreshed.emit()
            return
        flt = self.current_filter()
        db, actor = self.db, self.viewer()
        run_task(self, lambda _progress: scope.dashboard_for(db, actor, flt),
                 lambda board: self._show(number, board), show_progress=False,
                 title=self.tr("Statistiques"), on_error=self._failed)

    def viewer_changed(self) -> None:
        """Someone else logged in (or the desk locked): nothing of the last person's figures stays on screen."""
        self._generation += 1
        self._clear()
        self.refresh()

    def refresh(self) -> None:
        """Data changed (a save, a sync round): read again if the space is on screen, else when it is shown."""
        if self.isVisible():
            self.apply_filter()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._ensure_body()
        if self._stale:
            self._stale = False
            self.apply_filter()

    # --- showing ----------------------------------------------------------------------------------------
    def _clear(self) -> None:
        self.board = None
        if not self.cards:
            return
        for card in self.cards.values():
            card.value.setText("—")
        self.series_chart.show_series([], [], [], (self.tr("Période"), self.tr("Un an plus tôt")))
        for card in self.charts.values():
            card.show_bars([])
        self.heat.show_cells(())

    def _show(self, number: int, board: Dashboard) -> None:
        if number != self._generation:
            return  # a newer filter is on its way
        self._ensure_body()
        self.board = board
        flt = board.filter
        self.period_label.setText(self.tr("Du %1 au %2").replace("%1", f"{flt.day_from:%d/%m/%Y}")
                                  .replace("%2", f"{flt.day_to:%d/%m/%Y}"))
        for key, text in figure_texts(board).items():
            self.cards[key].value.setText(text)
        points = board.series
        unit = self.tr("semaine") if board.series_unit == "week" else self.tr("mois")
        self.series_chart.heading.setText(
            "<b>" + self.tr("Accompagnements par %1").replace("%1", unit) + "</b>")
        self.series_chart.show_series(
            [p.label for p in points], [p.sessions for p in points], [p.year_before for p in points],
            (self.tr("Période"), self.tr("Un an plus tôt")))
        for dim, card in self.charts.items():
            bars = board.breakdowns[dim]
            table = dashboard.VOCABULARIES.get(dim)
            items = [(labels.label(b.key, table) if table else _tr(b.label), b.value) for b in bars]
            card.show_bars(items)
        self.heat.show_cells(board.heat)
        self.refreshed.emit()

    # --- report and export -----------------------------------------------------------------------
    def ask_report(self) -> None:
        flt = self.current_filter()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le rapport d'activité"),
            str(Path.home() / f"rapport-{flt.day_from:%Y-%m-%d}-{flt.day_to:%Y-%m-%d}.pdf"),
            self.tr("Document PDF (*.pdf)"))
        if name:
            self.write_report(name)

    def write_report(self, path: str) -> None:
        from app.services import report_pdf

        flt = self.current_filter()
        db = self.db

        viewer = self.viewer()

        def work(progress: Any) -> Any:
            return report_pdf.write_report(db, path, flt.day_from, flt.day_to, site_id=flt.site_id,
                                           conseiller_id=flt.conseiller_id, viewer=viewer, progress=progress)

        run_task(self, work, lambda _data: self._written(self.tr("Rapport écrit : %1").replace("%1", path)),
                 title=self.tr("Rapport d'activité"), on_error=self._failed)

    def ask_xlsx(self) -> None:
        flt = self.current_filter()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les accompagnements"),
            str(Path.home() / f"accompagnements-{flt.day_from:%Y-%m-%d}-{flt.day_to:%Y-%m-%d}.xlsx"),
            self.tr("Classeur Excel (*.xlsx)"))
        if name:
            self.write_xlsx(name)

    def write_xlsx(self, path: str) -> None:
        from app.services import export_xlsx

        flt = self.current_filter()
        db = self.db
        actor = self.viewer()  # named in the audit line; the filter's conseiller (a conseiller: always their own)

        def work(progress: Any) -> int:
            return export_xlsx.write_xlsx(db, path, day_from=flt.day_from, day_to=flt.day_to,
                                          of_conseiller=flt.conseiller_id,
                                          progress=lambda d, t: progress(d, t, ""), actor=actor, viewer=actor)

        run_task(self, work,
                 lambda n: self._written(self.tr("%1 accompagnements exportés : %2").replace("%1", str(n))
                                         .replace("%2", path)),
                 title=self.tr("Export XLSX"), on_error=self._failed)

    def _written(self, message: str) -> None:
        self.written.emit(message)

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Statistiques"), str(exc))

