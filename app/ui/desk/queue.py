"""Today's queue of walk-in visitors: arrivals, waiting times, taking a visitor, marking who left.

This panel is on the desk's first screen: it imports the services (and so SQLAlchemy) only when it
acts, so that it can show the queue read at start-up before the database layer is loaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import local_time_text, now_utc
from app.domain.queue import QueueEntry, next_in_line

WATCH_MS = 1000  # how often the panel asks whether the database changed


class _QueueList(QListWidget):
    """Enter takes the highlighted visitor; Suppr marks them as gone; F2 gives them a label."""

    take = Signal()
    gone = Signal()
    rename = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.take.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentItem():
            self.gone.emit()
            return
        if event.key() == Qt.Key.Key_F2 and self.currentItem():
            self.rename.emit()
            return
        super().keyPressEvent(event)


class QueuePanel(QWidget):
    """The left column of the desk. Emits `taken(QueueEntry)` when the conseiller takes a visitor."""

    taken = Signal(object)
    changed = Signal()
    arrived = Signal(object)
    left = Signal(object)  # the QueueEntry as it was, for « Annuler »

    def __init__(self, db: Any, parent: QWidget | None = None, *, site_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._site_id = site_id
        self.entries: list[QueueEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(self.tr("File d'attente"), self)
        self.title.setObjectName("sectionTitle")
        layout.addWidget(self.title)
        self.add_button = QPushButton(self.tr("+ Nouvelle personne (Ctrl+N)"), self)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(lambda: self.add_arrival())
        layout.addWidget(self.add_button)
        self.list = _QueueList(self)
        self.list.setAccessibleName(self.tr("Personnes en attente"))
        self.list.setWordWrap(True)
        self.list.take.connect(self.take_current)
        self.list.gone.connect(self.mark_current_left)
        self.list.rename.connect(self.label_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.take_current())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.take_button = QPushButton(self.tr("Prendre (Entrée)"), self)
        self.take_button.clicked.connect(self.take_current)
        self.label_button = QPushButton(self.tr("Repère (F2)"), self)
        self.label_button.clicked.connect(self.label_current)
        self.left_button = QPushButton(self.tr("Partie sans aide (Suppr)"), self)
        self.left_button.clicked.connect(self.mark_current_left)
        row.addWidget(self.take_button)
        row.addWidget(self.label_button)
        row.addWidget(self.left_button)
        layout.addLayout(row)
        self.empty = QLabel(self.tr("Personne n'attend."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)  # waiting minutes move on
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # A ticket written by someone else (the kiosk on this PC, a sync round, `pasapas queue add`) shows
        # at once: every second one `PRAGMA data_version` (microseconds), a re-read only when it moved.
        self.watch: Any = None
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self.check_for_changes)
        if db is not None:
            self._watch(db)

    def _watch(self, db: Any) -> None:
        if self.watch is not None:
            self.watch.close()
        self.watch = db.watch()  # closed when the database is disposed
        self.watch_timer.start()

    def attach(self, db: Any) -> None:
        """The database is open: the panel can act."""
        self.db = db
        self._site_id = None
        self._watch(db)
        self.refresh()

    def check_for_changes(self) -> None:
        """Someone else wrote: re-read the queue, and repaint only if it is not what is shown."""
        if self.db is None or self.watch is None or not self.watch.changed():
            return
        from app.services import queue

        self._site_id = None  # this PC's site may have been merged into another meanwhile
        entries = queue.today_queue(self.db, site_id=self.site_id())
        if entries != self.entries:
            self.show_entries(entries)

    def site_id(self) -> str | None:
        if self._site_id is None and self.db is not None:
            from app.services import installation

            ctx = installation.context(self.db)
            self._site_id = ctx.site.id if ctx.site else None
        return self._site_id

    def refresh(self) -> None:
        if self.db is None:
            return
        from app.services import queue

        self.show_entries(queue.today_queue(self.db, site_id=self.site_id()))

    def show_entries(self, entries: list[QueueEntry]) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.entries = entries
        now = now_utc()
        self.list.clear()
        waiting = 0
        for e in self.entries:
            number = e.ticket or "—"
            label = f" · {e.visitor_label}" if e.visitor_label else ""
            if e.queue_status == "in_progress":
                text = self.tr("%1%2 — en cours depuis %3").replace("%1", number).replace("%2", label)
                text = text.replace("%3", local_time_text(e.started_at))
            else:
                waiting += 1
                text = self.tr("%1%2 — attend depuis %3 min (arrivée %4)").replace("%1", number).replace("%2", label)
                text = text.replace("%3", str(e.waiting_minutes(now))).replace("%4", local_time_text(e.arrived_at))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.list.addItem(item)
            if e.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.select_next_in_line()
        self.title.setText(self.tr("File d'attente (%1 en attente)").replace("%1", str(waiting)))
        self.empty.setVisible(not self.entries)

    def select_next_in_line(self) -> QueueEntry | None:
        """Highlight the visitor who has waited longest (Entrée then takes them)."""
        entry = next_in_line(self.entries)
        if entry is not None:
            self._highlight(entry.id)
        elif self.list.count():
            self.list.setCurrentRow(0)
        return entry

    def _highlight(self, entry_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == entry_id:
                self.list.setCurrentRow(i)

    def _current(self) -> QueueEntry | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.entries if e.id == wanted), None)

    def add_arrival(self, label: str = "") -> QueueEntry:
        """A new visitor in one keystroke; a label can be added afterwards with F2.

        The highlight stays on whoever has waited longest, so Entrée takes people in order of arrival;
        the focus stays where it was (the conseiller may be filling in a form)."""
        from app.services import queue

        entry = queue.add_arrival(self.db, site_id=self.site_id(), label=label)
        self.refresh()
        self.select_next_in_line()
        self.changed.emit()
        self.arrived.emit(entry)
        return entry

    def _select(self, entry_id: str) -> None:
        self._highlight(entry_id)
        self.list.setFocus()

    def label_current(self) -> None:
        """F2: a first name or a landmark to call the person (erased at the end of the day)."""
        entry = self._current()
        if entry is None:
            return
        label, ok = QInputDialog.getText(
            self,
            self.tr("Repère"),
            self.tr("Prénom ou repère pour appeler la personne (facultatif, effacé en fin de journée) :"),
            text=entry.visitor_label,
        )
        if ok:
            from app.services import queue

            queue.set_visitor_label(self.db, entry.id, label)
            self.refresh()
            self._select(entry.id)
            self.changed.emit()

    def take_current(self) -> None:
        entry = self._current()
        if entry is None:
            return
        from app.services import installation, queue

        if entry.queue_status == "waiting":
            ctx = installation.context(self.db)
            queue.take(self.db, entry.id, conseiller_id=ctx.conseiller.id if ctx.conseiller else None)
            self.changed.emit()
        self.refresh()
        taken = next((e for e in self.entries if e.id == entry.id), entry)
        self.taken.emit(taken)

    def mark_current_left(self) -> None:
        entry = self._current()
        if entry is None:
            return
        from app.services import queue

        queue.mark_left(self.db, entry.id)
        self.refresh()
        self.changed.emit()
        self.left.emit(entry)
