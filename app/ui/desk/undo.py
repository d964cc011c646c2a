"""« Annuler » for the desk's last removal (a deleted session, a visitor marked as gone): one offer at a time,
one timer. A new offer replaces the previous one; after the delay, neither the button nor Ctrl+Z undoes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

UNDO_SECONDS = 15


class UndoOffer(QObject):
    """Holds what the last « Annuler » would undo. `changed(bool)`: whether an undo is on offer."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, seconds: int = UNDO_SECONDS) -> None:
        super().__init__(parent)
        self._undo: Callable[[], None] | None = None
        self.text = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.expire)

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        """`text` says what was done (« Accompagnement supprimé. »); `undo` puts it back."""
        self._undo = undo
        self.text = text
        self.timer.start()  # restarts: the delay counts from the latest removal
        self.changed.emit(True)

    def available(self) -> bool:
        return self._undo is not None

    def undo(self) -> bool:
        """Undo the last removal if it is still on offer. Returns whether something was undone."""
        undo, self._undo = self._undo, None
        self.timer.stop()
        if undo is None:
            return False
        self.changed.emit(False)
        undo()
        return True

    def expire(self) -> None:
        if self._undo is not None:
            self._undo = None
            self.changed.emit(False)
