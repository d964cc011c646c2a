"""The QApplication of Pas à Pas: French translations of Qt's own texts, readable default font."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app import paths


def application() -> QApplication:
    """The running QApplication, created once with the French locale and translators."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("PasAPas")
    QCoreApplication.setApplicationName("Pas à Pas")
    app = QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_fr", qt_translations), ("pasapas_fr", str(paths.resource("translations")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return app


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
