"""The idle limit: after N seconds without input, « Vous êtes toujours là ? » for 20 s, then everything is reset.

Both delays are QTimers; tests fire them (`expire()`, `countdown.timeout`) instead of waiting.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.domain.kiosk import IDLE_WARNING_SECONDS


class IdleWatch(QObject):
    """`warn` after `seconds` of no input; `reset` when the warning was left unanswered."""

    warn = Signal()
    tick = Signal(int)  # seconds left before the reset
    reset = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.expire)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._count)
        self.left = IDLE_WARNING_SECONDS
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        self.timer.setInterval(seconds * 1000)
        self.poke()

    @property
    def warning(self) -> bool:
        return self.countdown.isActive()

    def poke(self) -> None:
        """Someone touched the screen or typed: start counting again (not while the warning is up: only
        « Continuer » answers it, so that a stray touch elsewhere does not hide it)."""
        if not self.warning:
            self.timer.start()

    def expire(self) -> None:
        self.timer.stop()
        self.left = IDLE_WARNING_SECONDS
        self.countdown.start()
        self.warn.emit()
        self.tick.emit(self.left)

    def _count(self) -> None:
        self.left -= 1
        self.tick.emit(self.left)
        if self.left <= 0:
            self.countdown.stop()
            self.reset.emit()
            self.timer.start()

    def keep(self) -> None:
        """« Continuer »."""
        self.countdown.stop()
        self.timer.start()

    def stop(self) -> None:
        self.countdown.stop()
        self.timer.stop()


class IdleOverlay(QWidget):
    """A veil over the whole window with the question, the seconds left and « Continuer »."""

    keep = Signal()

    def __init__(self, parent: QWidget) -> None:
        from app.ui.kiosk.widgets import button, label

        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        self.box = QFrame(self)
        self.box.setObjectName("overlay")
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(20)
        self.question = label(self.tr("Vous êtes toujours là ?"), self.box, name="title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.question)
        self.seconds = label("", self.box, name="subtitle")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.seconds)
        self.continue_button = button(self.tr("Continuer"), self.box, primary=True,
                                      name=self.tr("Continuer : je suis toujours là"))
        self.continue_button.clicked.connect(self.keep.emit)
        inner.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(self.box)
        outer.addStretch(1)
        self.hide()

    def show_left(self, seconds: int) -> None:
        self.seconds.setText(self.tr("Sans réponse, l'écran revient à l'accueil dans %1 secondes et tout ce que "
                                     "vous avez tapé est effacé.").replace("%1", str(max(0, seconds))))

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.continue_button.setFocus()
