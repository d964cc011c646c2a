"""What a locked desk shows: the login, and today's queue as tickets and waits only (no label, no name)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from app.domain.clock import now_utc
from app.ui.accounts.login import LoginWidget


class LockPage(QWidget):
    """The login on the right, the anonymous queue on the left (so the desk still sees who waits)."""

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id: str | None = None
        row = QHBoxLayout(self)
        left = QVBoxLayout()
        title = QLabel(self.tr("File d'attente"), self)
        title.setObjectName("sectionTitle")
        left.addWidget(title)
        self.queue = QListWidget(self)
        self.queue.setAccessibleName(self.tr("Tickets en attente"))
        self.queue.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left.addWidget(self.queue, 1)
        row.addLayout(left, 1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        row.addWidget(line)
        right = QVBoxLayout()
        right.addStretch(1)
        self.notice = QLabel(self.tr("Poste verrouillé. Connectez-vous pour reprendre."), self)
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.notice)
        self.login = LoginWidget(db, self)
        self.login.setMaximumWidth(460)
        right.addWidget(self.login, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addStretch(2)
        row.addLayout(right, 2)

    def refresh(self) -> None:
        """Tickets and waits of today's queue: what can be seen from the public side of the desk."""
        from app.services import queue

        now = now_utc()
        self.queue.clear()
        for entry in queue.today_queue(self.db, site_id=self.site_id, now=now):
            if entry.queue_status != "waiting":
                continue
            self.queue.addItem(self.tr("%1 — attend depuis %2 min").replace("%1", entry.ticket)
                               .replace("%2", str(entry.waiting_minutes(now))))
        if not self.queue.count():
            self.queue.addItem(self.tr("Personne n'attend."))
