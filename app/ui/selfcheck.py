"""The window steps of `pasapas selfcheck`: the desk and the kiosk open and close, offscreen."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from app.services.selfcheck import SelfCheck, SelfCheckFailed

TIMEOUT_MS = 60_000
MODAL_CHECK_MS = 200


def _wait(condition: Callable[[], bool], what: str, timeout_ms: int = TIMEOUT_MS) -> None:
    """Run Qt's events until `condition`; an exception raised in a slot meanwhile fails the step at once,
    and so does a modal window: no one answers it in a check, and its own event loop would hold this one
    (and its deadline) for ever."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QThread, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    raised: list[BaseException] = []

    def refuse_modal() -> None:
        window = QApplication.activeModalWidget()
        if window is None:
            return
        title = window.windowTitle() or "sans titre"
        raised.append(SelfCheckFailed(f"{what} : une fenêtre attend une réponse (« {title} ») et personne ne répond "
                                      "pendant l'auto-test ; signalez-le avec cette ligne"))
        if isinstance(window, QDialog):
            window.reject()
        else:
            window.close()

    watch = QTimer()
    watch.timeout.connect(refuse_modal)
    watch.start(MODAL_CHECK_MS)
    previous = sys.excepthook
    sys.excepthook = lambda _type, exc, _tb: raised.append(exc)
    try:
        deadline = QDeadlineTimer(timeout_ms)
        while not condition():
            if raised:
                raise raised[0]
            if deadline.hasExpired():
                raise SelfCheckFailed(f"{what} : pas prêt après {timeout_ms // 1000} s")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(5)
        if raised:
            raise raised[0]
    finally:
        watch.stop()
        sys.excepthook = previous


def _delete(window: Any) -> None:
    """Delete the window's C++ side now (deleteLater needs an event loop the check does not run)."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    if shiboken6.isValid(window):
        shiboken6.delete(window)


def check_translations(run: SelfCheck) -> str:
    """The French catalogues: Pas à Pas's own (built by `make translations`) and Qt's, for its dialogs."""
    from PySide6.QtCore import QCoreApplication

    from app.ui import translations
    from app.ui.application import application

    application()
    ours = translations.available_languages()
    if translations.DEFAULT_LANGUAGE not in ours:
        raise SelfCheckFailed(f"catalogue français absent de {translations.catalogue_folder()} "
                              "(pasapas_fr.qm) : réinstallez Pas à Pas")
    qt = next((f for f in translations.qt_translation_folders() if (f / "qtbase_fr.qm").exists()), None)
    if qt is None:
        raise SelfCheckFailed("traduction française de Qt (qtbase_fr.qm) absente : fenêtres de fichiers en anglais")
    # Qt's own text, looked up through variables: a literal here would land in our catalogue and shadow Qt's.
    context, text = "QPlatformTheme", "Cancel"
    cancel = QCoreApplication.translate(context, text)
    return f"catalogues {', '.join(ours)} ; fenêtres de Qt en français (« Cancel » → « {cancel} »)"


def _desk_would_wait(run: SelfCheck) -> str | None:
    """What the desk would wait for a person to do on the check's data directory (a modal dialog that no
    one answers offscreen: the check would hang), in words; None when it opens by itself."""
    from app.services import accounts, installation

    if not installation.is_set_up(run.db):
        return ("poste non installé (lieu, poste, conseiller) : l'accueil attendrait qu'une personne remplisse "
                "l'assistant de premier démarrage ; vérifiez l'étape « poste » de l'auto-test")
    if not accounts.has_accounts(run.db):
        return ("aucun compte sur le poste : l'accueil attendrait qu'une personne crée le premier "
                "administrateur ; l'étape « poste » de l'auto-test doit le créer")
    return None


def check_desk(run: SelfCheck) -> str:
    """The desk window on the check's data directory: painted, database opened, every page built, closed.
    Refused at once when the desk would stop on a dialog for a person (first-run wizard, first admin)."""
    from app.ui.application import application
    from app.ui.desk.style import STYLE
    from app.ui.desk.window import DeskWindow

    waits = _desk_would_wait(run)
    if waits is not None:
        raise SelfCheckFailed(waits)
    app = application()
    app.setStyleSheet(STYLE)
    window = DeskWindow(run.folder)
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    try:
        window.show()
        _wait(lambda: bool(ready) or (window.db is None and not window.isVisible()), "accueil")
        if not ready:
            raise SelfCheckFailed("l'accueil s'est fermé sans s'ouvrir (base de données refusée)")
        tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
        window.close()
        app.processEvents()
    finally:
        db = window.db
        _delete(window)  # its timers (labels, integrity check) die with it, before the folder goes
        if db is not None:
            db.dispose()
    return f"ouvert et fermé hors écran, onglets {', '.join(tabs)}"


def check_kiosk(run: SelfCheck) -> str:
    """The kiosk on a guarded copy of the database: home built, guides listed, closed."""
    from app.ui.application import application
    from app.ui.kiosk.main import open_kiosk_db
    from app.ui.kiosk.window import KioskWindow

    app = application()
    db = open_kiosk_db(run.folder)
    window = KioskWindow(db, speech_engine="none", printer_factory=lambda: None)
    try:
        window.resize(1366, 768)
        window.show()
        _wait(lambda: window._painted, "borne")
        from app.services.kiosk import catalogue

        tiles = catalogue.tiles_with_guides(db)
        if not tiles:
            raise SelfCheckFailed("la borne ne montre aucune tuile (aucun guide publié)")
        window.quit_kiosk()
        app.processEvents()
        if window.isVisible():
            raise SelfCheckFailed("la borne ne s'est pas fermée")
    finally:
        _delete(window)
        db.dispose()
    return f"ouverte et fermée hors écran, {len(tiles)} tuiles avec des guides publiés"


def check_speech(run: SelfCheck) -> str:
    """The kiosk's read-aloud: Qt's speech engines are there (a French voice is the PC's, `kiosk --check`)."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    from app.ui.application import application

    application()
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    if not engines:
        raise SelfCheckFailed("aucun moteur de synthèse vocale de Qt : le bouton « Écouter » de la borne manquera")
    return f"moteurs de synthèse vocale : {', '.join(engines)}"


WINDOW_STEPS = (
    ("traductions", check_translations, False),
    ("voix", check_speech, False),
    ("accueil", check_desk, True),
    ("borne", check_kiosk, True),
)


def offscreen() -> None:
    """The check never needs a screen (a frozen bundle run by CI has none)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
