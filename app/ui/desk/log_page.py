"""The log of all sessions: filters, live counts, edit, delete with undo, CSV export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab
from app.domain.clock import paris_today
from app.domain.duration import duration_text
from app.services import export, help_requests, installation, log
from app.store.db import Database
from app.ui import labels
from app.ui.desk.log_model import ID_ROLE, LogTableModel
from app.ui.labels import plural
from app.ui.tasks import run_task
from app.ui.widgets.choices import refill
from app.ui.widgets.date_field import DateField
from app.ui.widgets.screen_fit import documents_folder

PERIODS = ("today", "7d", "month", "12m", "all", "custom")


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    if key == "today":
        return today, today
    if key == "7d":
        return today - timedelta(days=6), today
    if key == "month":
        return today.replace(day=1), today
    if key == "12m":
        return today - timedelta(days=365), today
    return None, None


class LogPage(QWidget):
    """Emits `edit_requested(id)` on double-click/Entrée, `deleted(id)` after a delete (for « Annuler »)."""

    edit_requested = Signal(str)
    deleted = Signal(str)
    workshop_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = LogTableModel(db, self)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.period = QComboBox(self)
        for key, text in zip(
            PERIODS,
            (self.tr("Aujourd'hui"), self.tr("7 derniers jours"), self.tr("Ce mois-ci"), self.tr("12 derniers mois"),
             self.tr("Tout"), self.tr("Période…")),
            strict=True,
        ):
            self.period.addItem(text, key)
        self.day_from = DateField(labels.today_qdate(), self)
        self.day_to = DateField(labels.today_qdate(), self)
        self.site = QComboBox(self)
        self.conseiller = QComboBox(self)
        self.kind = QComboBox(self)
        self.theme = QComboBox(self)
        self.queue_state = QComboBox(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Rechercher dans les notes…"))
        self.text.setClearButtonEnabled(True)
        named: tuple[tuple[QWidget, str], ...] = (
            (self.period, self.tr("Période")), (self.site, self.tr("Lieu")), (self.conseiller, self.tr("Conseiller")),
            (self.kind, self.tr("Type")), (self.theme, self.tr("Thématique")), (self.queue_state, self.tr("État")),
            (self.text, self.tr("Texte des notes")),
        )
        for widget, name in named:
            widget.setAccessibleName(name)
        self.kind.addItem(self.tr("Tous types"), None)
        for slug, text in labels.items(vocab.REQUEST_TYPES):
            self.kind.addItem(text, slug)
        self.theme.addItem(self.tr("Toutes thématiques"), None)
        for slug, text in labels.items(vocab.THEMES):
            self.theme.addItem(text, slug)
        self.queue_state.addItem(self.tr("Tous états"), None)
        for slug, text in labels.items(vocab.QUEUE_STATUSES):
            self.queue_state.addItem(text, slug)
        # Two rows, combos that do not grow with their longest name: « Période… » and its two dates fit a
        # 1366-pixel screen without widening the window.
        for combo in (self.period, self.site, self.conseiller, self.kind, self.theme, self.queue_state):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        for w in (self.period, self.day_from, self.day_to, self.site, self.conseiller):
            filters.addWidget(w)
        filters.addStretch(1)
        second = QHBoxLayout()
        for w in (self.kind, self.theme, self.queue_state):
            second.addWidget(w)
        second.addWidget(self.text, 1)
        layout.addLayout(filters)
        layout.addLayout(second)

        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        layout.addWidget(self.counts)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((90, 55, 90, 65, 130, 110, 220, 160, 90)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda idx: self._edit(idx.row()))
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self.table.setAccessibleName(self.tr("Journal des accompagnements"))
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Modifier"), self)
        self.delete_button = QPushButton(self.tr("Supprimer (Suppr)"), self)
        self.workshop_button = QPushButton(self.tr("Atelier collectif…"), self)
        self.export_button = QPushButton(self.tr("Exporter (CSV)…"), self)
        self.edit_button.clicked.connect(lambda: self._edit(self.table.currentIndex().row()))
        self.delete_button.clicked.connect(self.delete_current)
        self.workshop_button.clicked.connect(self.workshop_requested.emit)
        self.export_button.clicked.connect(self.export_csv)
        for b in (self.edit_button, self.delete_button, self.workshop_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.reload_choices()
        for combo in (self.period, self.site, self.conseiller, self.kind, self.theme, self.queue_state):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.day_from.dateChanged.connect(self.apply_filter)
        self.day_to.dateChanged.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.period.setCurrentIndex(PERIODS.index("7d"))
        self.apply_filter()

    def reload_choices(self) -> None:
        for combo, everything, items in (
            (self.site, self.tr("Tous les lieux"), [(s.id, s.name) for s in installation.list_sites(self.db)]),
            (self.conseiller, self.tr("Tous les conseillers"),
             [(c.id, c.full_name) for c in installation.list_conseillers(self.db)]),
        ):
            refill(combo, items, everything=everything)

    # --- filter ---------------------------------------------------------------------------------
    def current_filter(self) -> log.LogFilter:
        key = self.period.currentData()
        custom = key == "custom"
        self.day_from.setVisible(custom)
        self.day_to.setVisible(custom)
        if custom:
            f, t = self.day_from.date(), self.day_to.date()
            day_from: date | None = date(f.year(), f.month(), f.day())
            day_to: date | None = date(t.year(), t.month(), t.day())
        else:
            day_from, day_to = period_range(key, paris_today())
        return log.LogFilter(
            day_from=day_from,
            day_to=day_to,
            site_id=self.site.currentData(),
            conseiller_id=self.conseiller.currentData(),
            kind=self.kind.currentData(),
            theme=self.theme.currentData(),
            queue_status=self.queue_state.currentData(),
            text=self.text.text(),
        )

    def set_filter_state(self, state: dict[str, str]) -> None:
        """Restore filters remembered from the last session (plain values)."""
        widgets = {"period": self.period, "site": self.site, "conseiller": self.conseiller, "kind": self.kind,
                   "theme": self.theme, "status": self.queue_state}
        for key, combo in widgets.items():
            if key in state:
                i = combo.findData(state[key] or None)
                if i >= 0:
                    combo.setCurrentIndex(i)
        for key, edit in (("from", self.day_from), ("to", self.day_to)):
            if state.get(key):
                edit.setDate(QDate.fromString(state[key], "yyyy-MM-dd"))
        self.text.setText(state.get("text", ""))
        self.apply_filter()

    def filter_state(self) -> dict[str, str]:
        return {
            "period": self.period.currentData() or "",
            "site": self.site.currentData() or "",
            "conseiller": self.conseiller.currentData() or "",
            "kind": self.kind.currentData() or "",
            "theme": self.theme.currentData() or "",
            "status": self.queue_state.currentData() or "",
            "from": self.day_from.date().toString("yyyy-MM-dd"),
            "to": self.day_to.date().toString("yyyy-MM-dd"),
            "text": self.text.text(),
        }

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._show_counts()

    def refresh(self) -> None:
        self.model.reload()
        self._show_counts()

    def _show_counts(self) -> None:
        """« 1 552 accompagnements · 2 h 45 · dont 1 atelier (8 participants) »: sessions only, French plurals."""
        c = self.model.counts
        sessions = plural(c.sessions, self.tr("accompagnement"), self.tr("accompagnements"))
        text = f"{sessions} · {duration_text(c.minutes)}"
        if c.collectif:
            workshops = plural(c.collectif, self.tr("atelier"), self.tr("ateliers"))
            people = plural(c.participants, self.tr("participant"), self.tr("participants"))
            text += " · " + self.tr("dont %1 (%2)").replace("%1", workshops).replace("%2", people)
        self.counts.setText(text)

    # --- actions ----------------------------------------------------------------------------------
    def _id_at(self, row: int) -> str | None:
        if row < 0:
            return None
        return self.model.data(self.model.index(row, 0), ID_ROLE)

    def _edit(self, row: int) -> None:
        request_id = self._id_at(row)
        if request_id:
            self.edit_requested.emit(request_id)

    def delete_current(self) -> None:
        request_id = self._id_at(self.table.currentIndex().row())
        if request_id is None:
            return
        help_requests.delete(self.db, request_id)
        self.refresh()
        self.deleted.emit(request_id)

    def export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les accompagnements"), str(documents_folder() / "accompagnements.csv"),
            self.tr("Fichier CSV (*.csv)"),
        )
        if not name:
            return
        from app.ui.desk.session import actor_of

        flt = self.current_filter()
        db = self.db  # the work holds no widget (see app/ui/tasks.py)
        actor = actor_of(self)  # named in the audit line

        def work(progress: Any) -> int:
            return export.write_csv(db, Path(name), day_from=flt.day_from, day_to=flt.day_to, actor=actor)

        run_task(self, work, lambda n: cast(QMainWindow, self.window()).statusBar().showMessage(
            self.tr("%1 accompagnements exportés dans %2").replace("%1", str(n)).replace("%2", name), 8000),
            title=self.tr("Export en cours…"))
