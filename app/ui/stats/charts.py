"""One chart of the dashboard (QtCharts): bars with the exact value on hover, « Copier » and « Enregistrer en PNG »."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

BLUE = QColor("#1d4f91")
GREY = QColor("#9aa5b1")
MAX_BARS = 12
LABEL_CHARS = 28


def _number(n: float) -> str:
    return f"{n:,.0f}".replace(",", "\u202f")


def pixmap_png(pixmap: QPixmap) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


class ImageActions(QWidget):
    """« Copier » and « Enregistrer en PNG… » for a widget's picture."""

    saved = Signal(str)

    def __init__(self, title: str, target: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.target = target
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("Copier"))
        self.copy_button.setToolTip(self.tr("Copier l'image du graphique"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("PNG…"))
        self.save_button.setToolTip(self.tr("Enregistrer le graphique en image PNG"))
        self.save_button.clicked.connect(self.ask_save)
        for b in (self.copy_button, self.save_button):
            b.setAccessibleName(f"{b.toolTip()} : {title}")
            row.addWidget(b)

    def picture(self) -> QPixmap:
        return self.target.grab()

    def copy(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.picture())

    def ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le graphique"), f"{self.title}.png", self.tr("Image PNG (*.png)"))
        if name:
            self.save(name if name.lower().endswith(".png") else name + ".png")

    def save(self, path: str) -> None:
        from app.domain.errors import ValidationError
        from app.services.user_files import write_user_bytes

        try:
            write_user_bytes(path, pixmap_png(self.picture()), field=self.tr("fichier"))
        except (ValidationError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Enregistrer le graphique"), str(exc))
            return
        self.saved.emit(path)


class ChartCard(QFrame):
    """A titled chart. `show_bars` for a breakdown (horizontal), `show_series` for a period over time."""

    def __init__(self, title: str, parent: QWidget | None = None, *, height: int = 250) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(height)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setAccessibleName(title)
        self.heading = QLabel(f"<b>{title}</b>", self)
        self.empty = QLabel(self.tr("Aucune donnée sur la période."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.actions_bar = ImageActions(title, self.view, self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.actions_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.categories: list[str] = []
        self.values: list[list[int]] = []
        self.hover_text = ""

    def _reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def _hover(self, set_name: str, values: Sequence[int], status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self.categories):
            QToolTip.hideText()
            return
        prefix = f"{set_name} · " if set_name else ""
        self.hover_text = f"{prefix}{self.categories[index]} : {_number(values[index])}"
        QToolTip.showText(QCursor.pos(), self.hover_text, self.view)

    def hover(self, set_index: int, index: int) -> str:
        """What hovering bar `index` of set `set_index` shows (as the mouse would)."""
        series = self.chart.series()[0]
        bar_set = series.barSets()[set_index]  # type: ignore[attr-defined]
        bar_set.hovered.emit(True, index)
        return self.hover_text

    def _font(self, size: float) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(size)
        return f

    def show_bars(self, items: Sequence[tuple[str, int]]) -> None:
        """Horizontal bars, largest at the top (the order given), at most MAX_BARS (the rest grouped)."""
        self._reset()
        items = list(items)
        if len(items) > MAX_BARS:
            rest = sum(v for _l, v in items[MAX_BARS - 1:])
            items = [*items[: MAX_BARS - 1], (self.tr("Autres"), rest)]
        self.empty.setVisible(not items)
        self.view.setVisible(bool(items))
        self.categories = [label for label, _v in reversed(items)]
        values = [v for _l, v in reversed(items)]
        self.values = [values]
        bar_set = QBarSet(self.title)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(BLUE)
        bar_set.setBorderColor(BLUE)
        bar_set.setLabelColor(QColor("#1a1a1a"))
        bar_set.hovered.connect(lambda status, i, vals=values: self._hover("", vals, status, i))
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        # QtCharts elides every label once one is too wide: shorten the long ones (hover gives the whole).
        axis_y.append([c if len(c) <= LABEL_CHARS else c[: LABEL_CHARS - 1].rstrip() + "…" for c in self.categories])
        axis_y.setLabelsFont(self._font(8))
        axis_x = QValueAxis()
        axis_x.setRange(0, max(values, default=1) * 1.15 or 1)
        axis_x.applyNiceNumbers()  # ticks on round numbers (0, 200, 400…), room for the value labels
        axis_x.setLabelFormat("%d")
        axis_x.setLabelsFont(self._font(7.5))
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        self.view.setMinimumHeight(max(140, 27 * len(items) + 60))  # QtCharts elides labels packed tighter

    def show_series(self, labels: Sequence[str], now: Sequence[int], before: Sequence[int],
                    names: tuple[str, str]) -> None:
        """Grouped vertical bars: the period and the same stretch a year earlier, with a legend."""
        self._reset()
        self.categories = list(labels)
        self.values = [list(before), list(now)]
        self.empty.setVisible(not labels)
        self.view.setVisible(bool(labels))
        series = QBarSeries()
        for name, values, color in ((names[1], before, GREY), (names[0], now, BLUE)):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bar_set.hovered.connect(lambda status, i, n=name, vals=list(values): self._hover(n, vals, status, i))
            series.append(bar_set)
        self.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(labels))
        axis_x.setLabelsFont(self._font(7.5))
        if len(labels) > 14:
            axis_x.setLabelsAngle(-60)
        axis_y = QValueAxis()
        top = max([*now, *before, 1])
        axis_y.setRange(0, top * 1.05)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        axis_y.setLabelsFont(self._font(7.5))
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.chart.legend().show()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart.legend().setFont(self._font(8))
