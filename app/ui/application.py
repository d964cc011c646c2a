"""The QApplication of Pas à Pas: its translations (French, Qt's own dialogs too), readable default font."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.ui import translations


def application() -> QApplication:
    """The running QApplication, created once with the French locale and translators."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("PasAPas")
    QCoreApplication.setApplicationName("Pas à Pas")
    app = QApplication(sys.argv[:1])
    translations.install(app)  # French unless asked otherwise; Qt's own dialogs too
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return app


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
