"""The log as a Qt table model over SQL: rows read page by page on demand, a few pages cached."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain import vocab
from app.domain.clock import local_time_text
from app.domain.duration import duration_text
from app.services import log
from app.store.db import Database
from app.ui import labels

PAGE = 200
MAX_PAGES = 12
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_HEADERS = {
    "day": "Date",
    "time": "Heure",
    "kind": "Type",
    "duration": "Durée",
    "site": "Lieu",
    "conseiller": "Conseiller",
    "themes": "Thématiques",
    "demarche": "Démarche",
    "queue_status": "État",  # the queue state; « Statut » is the beneficiary's
    "notes": "Notes",
}
_KIND_SHORT = {"individuel": "Individuel", "collectif": "Atelier"}
_ModelIndex = QModelIndex | QPersistentModelIndex


class LogTableModel(QAbstractTableModel):
    """Never holds more than MAX_PAGES × PAGE rows in Python, whatever the size of the log."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = log.LogFilter()
        self.sort_key = "day"
        self.descending = True
        self.counts = log.LogCounts(0, 0, 0, 0, 0)
        self._pages: OrderedDict[int, list[log.LogRow]] = OrderedDict()

    # --- queries ------------------------------------------------------------------------------
    def set_filter(self, flt: log.LogFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self.counts = log.count(self.db, self.filter)
        self.endResetModel()

    def _row(self, row: int) -> log.LogRow | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = log.fetch(
                self.db, self.filter, offset=page_no * PAGE, limit=PAGE, sort=self.sort_key, descending=self.descending
            )
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        index = row - page_no * PAGE
        return page[index] if index < len(page) else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # --- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.counts.rows

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(log.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return labels.translate_header(_HEADERS[log.COLUMNS[section]])
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, ID_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._row(index.row())
        if r is None:
            return None
        if role == ID_ROLE:
            return r.id
        key = log.COLUMNS[index.column()]
        if key == "day":
            return r.day.strftime("%d/%m/%Y")
        if key == "time":
            return local_time_text(r.started_at)
        if key == "kind":
            text = labels.label(r.kind, _KIND_SHORT)
            if r.kind == "collectif":  # the workshop's title goes here, not in « Démarche »
                text = f"{text} ({r.participants_total})" if r.participants_total else text
                return f"{text} : {r.workshop_title}" if r.workshop_title else text
            return text
        if key == "duration":
            return duration_text(r.duration_minutes) if r.duration_minutes else ""
        if key == "site":
            return r.site_name or ""
        if key == "conseiller":
            return f"{r.conseiller_first_name or ''} {r.conseiller_last_name or ''}".strip()
        if key == "themes":
            return labels.theme_labels(r.themes or [])
        if key == "demarche":
            return "" if r.kind == "collectif" else r.demarche_name
        if key == "queue_status":
            return labels.label(r.queue_status, vocab.QUEUE_STATUSES)
        if key == "notes":
            return (r.notes or "").replace("\n", " ")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = log.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()
