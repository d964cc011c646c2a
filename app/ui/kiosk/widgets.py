"""Building blocks of the kiosk's screens: word-wrapped labels, big tiles, a grid that reflows, a scrolling page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.kiosk import icons


def label(text: str, parent: QWidget | None = None, *, name: str = "", wrap: bool = True) -> QLabel:
    out = QLabel(text, parent)
    out.setWordWrap(wrap)
    out.setTextFormat(Qt.TextFormat.PlainText)
    out.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if name:
        out.setObjectName(name)
    out.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return out


def button(text: str, parent: QWidget | None = None, *, primary: bool = False, name: str = "") -> QPushButton:
    out = QPushButton(text, parent)
    if primary:
        out.setObjectName("primary")
    out.setAccessibleName(name or text)
    out.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    out.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return out


class Tile(QPushButton):
    """A big button with an optional pictogram above wrapped words (a home theme, a guide, a choice)."""

    def __init__(self, text: str, parent: QWidget | None = None, *, icon_name: str = "", detail: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.icon_name = icon_name
        self.setAccessibleName(text)
        if detail:
            self.setAccessibleDescription(detail)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 14, 16, 14)
        box.setSpacing(6)
        self.icon_label = QLabel(self)
        self.icon_label.setObjectName("tileIcon")
        self.icon_label.setVisible(bool(icon_name))
        box.addWidget(self.icon_label)
        self.text_label = label(text, self, name="tileText")
        box.addWidget(self.text_label)
        self.detail_label = label(detail, self, name="muted") if detail else None
        if self.detail_label is not None:
            self.detail_label.setStyleSheet("background-color: transparent;")
            box.addWidget(self.detail_label)
        for child in (self.icon_label, self.text_label, self.detail_label):
            if child is not None:
                child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def restyle(self, colour: str, icon_px: int) -> None:
        if self.icon_name:
            self.icon_label.setPixmap(icons.pixmap(self.icon_name, icon_px, colour))
            self.icon_label.setFixedSize(icon_px, icon_px)

    def text(self) -> str:
        return self.text_label.text()

    def sizeHint(self) -> QSize:  # noqa: N802
        layout = self.layout()
        return layout.sizeHint().expandedTo(QSize(44, 44)) if layout else QSize(44, 44)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        layout = self.layout()
        return layout.minimumSize().expandedTo(QSize(44, 44)) if layout else QSize(44, 44)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        layout = self.layout()
        return max(44, layout.totalHeightForWidth(width)) if layout else 44


class TileGrid(QWidget):
    """Tiles in as many columns as fit (each at least `min_width` px wide); they reflow when the text grows."""

    def __init__(self, parent: QWidget | None = None, *, min_width: int = 260, max_columns: int = 5) -> None:
        super().__init__(parent)
        self.base_min_width = min_width
        self.min_width = min_width
        self.max_columns = max_columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.tiles: list[QWidget] = []
        self._columns = 0

    def set_tiles(self, tiles: Sequence[QWidget]) -> None:
        for old in self.tiles:
            self.grid.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.tiles = list(tiles)
        for t in self.tiles:
            t.setParent(self)
            t.show()
        self._columns = 0
        self._place()

    def set_scale(self, scale: float) -> None:
        self.min_width = int(self.base_min_width * scale)
        self._place()

    def columns_for(self, width: int) -> int:
        return max(1, min(self.max_columns, width // max(1, self.min_width)))

    def _place(self) -> None:
        columns = self.columns_for(self.width() or self.min_width * 3)
        if columns == self._columns:
            return
        self._columns = columns
        for t in self.tiles:
            self.grid.removeWidget(t)
        for i, t in enumerate(self.tiles):
            self.grid.addWidget(t, i // columns, i % columns)
        for c in range(self.max_columns):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place()


class Page(QScrollArea):
    """A screen whose content scrolls vertically when the text is big, never sideways."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self)
        self.box = QVBoxLayout(self.body)
        self.box.setContentsMargins(32, 20, 32, 20)
        self.box.setSpacing(16)
        self.setWidget(self.body)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def row(self) -> QHBoxLayout:
        out = QHBoxLayout()
        out.setSpacing(12)
        self.box.addLayout(out)
        return out


class FramedPage(QWidget):
    """A scrolling page with a footer that never scrolls away (« Retour » / « Suivant »)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.page = Page(self)
        self.body, self.box = self.page.body, self.page.box
        outer.addWidget(self.page, 1)
        self.footer_widget = QWidget(self)
        self.footer = QHBoxLayout(self.footer_widget)
        self.footer.setContentsMargins(32, 10, 32, 16)
        self.footer.setSpacing(12)
        outer.addWidget(self.footer_widget)

    def row(self) -> QHBoxLayout:
        return self.page.row()

    def verticalScrollBar(self):  # noqa: N802, ANN201
        return self.page.verticalScrollBar()

    def ensureWidgetVisible(self, widget: QWidget) -> None:  # noqa: N802
        self.page.ensureWidgetVisible(widget)
