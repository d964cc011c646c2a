"""The kiosk's pictograms (Lucide SVG files in resources/kiosk/icons), drawn in the theme's colour, and QR codes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app import paths


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    path = paths.resource("kiosk", "icons", f"{name}.svg")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:  # a missing picture: the tile keeps its words
        return ""


def pixmap(name: str, size: int, colour: str) -> QPixmap:
    out = QPixmap(size, size)
    out.fill(Qt.GlobalColor.transparent)
    text = _svg(name)
    if text:
        renderer = QSvgRenderer(QByteArray(text.replace("currentColor", colour).encode()))
        painter = QPainter(out)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
    return out


def icon(name: str, size: int, colour: str) -> QIcon:
    return QIcon(pixmap(name, size, colour))


@lru_cache(maxsize=128)
def qr_image(text: str, module_px: int = 6) -> QImage:
    """A QR code of `text`, black on white whatever the theme (phones read dark modules on light)."""
    import qrcode

    qr = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    n = len(matrix)
    image = QImage(n * module_px, n * module_px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(x * module_px, y * module_px, module_px, module_px)
    painter.end()
    return image
