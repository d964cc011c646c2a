"""Printing from the kiosk: the non-personalised handout, straight to the default printer, never a dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.services.kiosk.catalogue import KioskGuide

PrinterFactory = Callable[[], "QPrinter | None"]


def default_printer() -> QPrinter | None:
    """The PC's default printer, or None when there is none (the kiosk then says so; no dialog)."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def has_printer(factory: PrinterFactory) -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo

    return factory is not default_printer or not QPrinterInfo.defaultPrinter().isNull()


def handout_pdf(db: Any, guide: KioskGuide, *, large: bool, site: Any = None) -> bytes:
    """The guide's handout with no name, notes or appointment: what anyone may take home."""
    from app.services import handouts
    from app.services.handout_pdf import HandoutOptions

    options = HandoutOptions(large=large)
    images = handouts.guide_images(db, [guide.guide])
    return handouts.render([guide.guide], options, site, images=images)


def page_count(data: bytes) -> int:
    from app.ui.handouts.printing import load_pdf

    document, _buffer = load_pdf(data)
    return max(0, document.pageCount())


def send(data: bytes, factory: PrinterFactory) -> int:
    """Print on the printer the factory gives; returns the pages sent. OSError when there is no printer."""
    from app.ui.handouts.printing import print_pdf

    printer = factory()
    if printer is None:
        raise OSError("aucune imprimante par défaut")
    printer.setDocName("Pas à Pas")
    return print_pdf(data, printer)


def print_ticket(number: str, what: str, when: str, factory: PrinterFactory) -> bool:
    """The ticket on the default printer (a small page with the number in huge digits). False without one."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPainter

    printer = factory()
    if printer is None:
        return False
    printer.setDocName("Pas à Pas — ticket")
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = QRectF(painter.viewport())
        font = QFont("DejaVu Sans")
        font.setPointSizeF(14)
        painter.setFont(font)
        top = QRectF(area.x(), area.y(), area.width(), area.height() * 0.15)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, "Votre numéro")
        font.setPointSizeF(96)
        font.setBold(True)
        painter.setFont(font)
        middle = QRectF(area.x(), top.bottom(), area.width(), area.height() * 0.3)
        painter.drawText(middle, Qt.AlignmentFlag.AlignCenter, number)
        font.setPointSizeF(14)
        font.setBold(False)
        painter.setFont(font)
        bottom = QRectF(area.x(), middle.bottom(), area.width(), area.height() * 0.2)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, f"{what}\n{when}")
    finally:
        painter.end()
    return True
