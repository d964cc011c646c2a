"""Which language the screens speak, and the Qt translators that make them: ours and Qt's own dialogs'.

French is the shipped language: `resources/translations/pasapas_fr.qm` (built by `make translations`
from `pasapas_fr.ts`). The language is `$PASAPAS_LANG` when set (« fr », « en »), else the system's;
a language without a catalogue of ours falls back to French. Qt's own texts (the file, print and colour
dialogs, the buttons of message boxes) come from Qt's `qtbase_<language>.qm`, found through
`QLibraryInfo` (PySide6 ships them).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

LANGUAGE_ENV = "PASAPAS_LANG"
DEFAULT_LANGUAGE = "fr"
CATALOGUE = "pasapas_{}"


def catalogue_folder() -> Path:
    return paths.resource("translations")


def available_languages(folder: Path | None = None) -> list[str]:
    """The languages with a built catalogue of ours (French at least, once `make translations` ran)."""
    folder = folder or catalogue_folder()
    return sorted(p.stem.removeprefix("pasapas_") for p in folder.glob("pasapas_*.qm"))


def chosen_language(folder: Path | None = None, wanted: str | None = None) -> str:
    """`wanted`, else `$PASAPAS_LANG`, else the system's language, if we have its catalogue; else French."""
    available = available_languages(folder)
    candidates = [wanted or os.environ.get(LANGUAGE_ENV, "")]
    candidates += [name.replace("-", "_") for name in QLocale.system().uiLanguages()]
    for name in candidates:
        language = name.split("_")[0].lower()
        if language and language in available:
            return language
    return DEFAULT_LANGUAGE


def qt_translation_folders() -> list[Path]:
    """Where Qt's own texts may be: Qt's configured folder, else PySide6's (a wheel, a frozen bundle)."""
    import PySide6

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    base = Path(PySide6.__file__).resolve().parent
    folders += [base / "Qt" / "translations", base / "translations"]
    return folders


def install(app: QCoreApplication, language: str | None = None, folder: Path | None = None) -> list[QTranslator]:
    """Install Qt's and our translators for `language` (chosen as above when None); returns them (to remove)."""
    language = language or chosen_language(folder)
    locale = QLocale(language)
    if language == DEFAULT_LANGUAGE:
        locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    QLocale.setDefault(locale)
    installed = []
    qt_folder = next((f for f in qt_translation_folders() if (f / f"qtbase_{language}.qm").exists()), None)
    if qt_folder is not None:
        installed += _load(app, f"qtbase_{language}", qt_folder)  # « Annuler », « Enregistrer sous »…
    installed += _load(app, CATALOGUE.format(language), folder or catalogue_folder())
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def _load(app: QCoreApplication, name: str, folder: Path) -> list[QTranslator]:
    translator = QTranslator(app)
    if translator.load(name, str(folder)) and app.installTranslator(translator):
        return [translator]
    return []
