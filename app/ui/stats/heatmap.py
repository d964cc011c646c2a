"""The day-of-week × hour heat map of arrivals in the queue and their waits (when to staff the desk)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.services.stats.model import HeatCell

WEEKDAYS = (
    QT_TRANSLATE_NOOP("stats", "Lundi"), QT_TRANSLATE_NOOP("stats", "Mardi"),
    QT_TRANSLATE_NOOP("stats", "Mercredi"), QT_TRANSLATE_NOOP("stats", "Jeudi"),
    QT_TRANSLATE_NOOP("stats", "Vendredi"), QT_TRANSLATE_NOOP("stats", "Samedi"),
    QT_TRANSLATE_NOOP("stats", "Dimanche"),
)
LEFT = 78
TOP = 22


def _tr(text: object) -> str:
    return QCoreApplication.translate("stats", str(text))


class HeatMap(QWidget):
    """Rows: weekdays; columns: hours (Paris). A cell's tint says how many arrived; its text the count and
    the average wait before being helped. Hover gives the exact figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.cells: dict[tuple[int, int], HeatCell] = {}
        self.days: list[int] = list(range(6))
        self.hours: list[int] = list(range(9, 18))
        self.hover_text = ""
        self.setAccessibleName(_tr("Arrivées et attente par jour et par heure"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, TOP + 28 * len(self.days) + 8)

    def show_cells(self, cells: Sequence[HeatCell]) -> None:
        self.cells = {(c.weekday, c.hour): c for c in cells}
        self.days = sorted({c.weekday for c in cells} | set(range(6)))
        hours = {c.hour for c in cells}
        self.hours = list(range(min(hours), max(hours) + 1)) if hours else list(range(9, 18))
        self.setMinimumHeight(TOP + 28 * len(self.days) + 8)
        self.updateGeometry()
        self.update()

    def _geometry(self) -> tuple[float, float]:
        width = (self.width() - LEFT - 4) / max(1, len(self.hours))
        height = (self.height() - TOP - 4) / max(1, len(self.days))
        return width, height

    def cell_text(self, weekday: int, hour: int) -> str:
        """What hovering the cell shows."""
        day = _tr(WEEKDAYS[weekday])
        c = self.cells.get((weekday, hour))
        if c is None:
            return _tr("%1 %2 h : aucune arrivée").replace("%1", day).replace("%2", str(hour))
        text = _tr("%1 %2 h : %3 arrivées").replace("%1", day).replace("%2", str(hour)).replace("%3", str(c.arrivals))
        if c.average_wait is not None:
            text += _tr(", attente moyenne %1 min").replace("%1", f"{c.average_wait:.0f}")
        return text

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        w, h = self._geometry()
        pos = event.position()
        col, row = int((pos.x() - LEFT) // w), int((pos.y() - TOP) // h)
        if pos.x() >= LEFT and pos.y() >= TOP and 0 <= col < len(self.hours) and 0 <= row < len(self.days):
            self.hover_text = self.cell_text(self.days[row], self.hours[col])
            QToolTip.showText(event.globalPosition().toPoint() + QPoint(8, 8), self.hover_text, self)
        else:
            QToolTip.hideText()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        w, h = self._geometry()
        counts = [c.arrivals for c in self.cells.values()]
        low, top = min(counts, default=0), max(counts, default=0)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        p.setFont(small)
        text_color = self.palette().text().color()
        for col, hour in enumerate(self.hours):
            p.setPen(text_color)
            p.drawText(QRectF(LEFT + col * w, 0, w, TOP), Qt.AlignmentFlag.AlignCenter, f"{hour} h")
        for row, day in enumerate(self.days):
            p.setPen(text_color)
            p.drawText(QRectF(0, TOP + row * h, LEFT - 6, h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       _tr(WEEKDAYS[day]))
            for col, hour in enumerate(self.hours):
                rect = QRectF(LEFT + col * w + 1, TOP + row * h + 1, w - 2, h - 2)
                c = self.cells.get((day, hour))
                # From the quietest hour to the busiest one: the busy hours stand out even when all are busy.
                share = 0.15 + 0.85 * (c.arrivals - low) / (top - low) if c and top > low else (1.0 if c else 0.0)
                color = QColor.fromRgbF(1 - 0.78 * share, 1 - 0.6 * share, 1 - 0.25 * share)
                p.fillRect(rect, color if c else QColor("#f4f5f7"))
                if c is None:
                    continue
                p.setPen(QColor("white") if share > 0.55 else QColor("#1a1a1a"))
                wait = "" if c.average_wait is None else f" · {c.average_wait:.0f}′"
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{c.arrivals}{wait}")
        p.end()
