"""Windows and dialogs open inside the screen they are on: a preferred size, shrunk to the available geometry.

The town's laptops are 1366×768; a window manager keeps a panel and a title bar, so a window sized for a
bigger screen would put its buttons off-screen. Layouts reflow; this only picks the starting size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager takes around a window (title bar, borders), so that the frame fits, not only the inside.
FRAME_MARGIN = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The usable part of the screen the widget is on (or the primary screen)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_to_screen(widget: QWidget, preferred: QSize, available: QRect | None = None) -> QSize:
    """Resize `widget` to `preferred`, or less so that its frame fits `available`; centred there. Returns the size."""
    area = available if available is not None else available_geometry(widget)
    room = QSize(max(320, area.width() - FRAME_MARGIN.width()), max(240, area.height() - FRAME_MARGIN.height()))
    size = preferred.boundedTo(room)
    widget.resize(size)
    x = area.x() + max(0, (area.width() - size.width() - FRAME_MARGIN.width()) // 2)
    y = area.y() + max(0, (area.height() - size.height() - FRAME_MARGIN.height()) // 2)
    widget.move(x, y)
    return size


def documents_folder() -> Path:
    """The user's Documents folder (« Documents » / « Mes documents »), where file dialogs open."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()
