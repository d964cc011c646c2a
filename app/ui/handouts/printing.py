"""Print PDF bytes on a QPrinter: each page rendered by QtPdf at the printer's resolution (300 dpi at most)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # an A4 page at 300 dpi is 35 MB of image; more buys nothing on a desk printer


def load_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading these bytes. The buffer is the document's child: QtPdf reads it lazily,
    so it must live exactly as long as the document, not as long as a Python variable."""
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Send the pages (the printer's page range, its copies) to the printer. Returns the pages painted."""
    document, _buffer = load_pdf(data)
    count = document.pageCount()
    if count <= 0:
        raise ValueError("le PDF à imprimer est vide ou illisible")
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("l'imprimante n'a pas pu démarrer (vérifiez qu'elle est allumée et choisie)")
    painted = 0
    try:
        for _ in range(copies):
            for page in range(first - 1, last):
                if painted:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
                painter.drawImage(target, image)
                painted += 1
    finally:
        painter.end()
    return painted
