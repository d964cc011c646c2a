"""The QApplication of Pas à Pas: French translations of Qt's own texts, readable default font."""

from __future__ import annotations

import sys
from pathlib import Path

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
    qt_folder = next((f for f in qt_translation_folders() if (f / "qtbase_fr.qm").exists()), None)
    if qt_folder is not None:
        _install(app, "qtbase_fr", str(qt_folder))  # Qt's own dialogs: « Annuler », « Enregistrer sous »…
    _install(app, "pasapas_fr", str(paths.resource("translations")))
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return app


def qt_translation_folders() -> list[Path]:
    """Where Qt's own French texts may be: Qt's configured folder, else PySide6's (a wheel, a frozen bundle)."""
    import PySide6

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    base = Path(PySide6.__file__).resolve().parent
    folders += [base / "Qt" / "translations", base / "translations"]
    return folders


def _install(app: QApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if translator.load(name, folder):
        return app.installTranslator(translator)
    return False


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
