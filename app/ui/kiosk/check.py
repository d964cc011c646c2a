"""`pasapas kiosk --check`: what a town's IT person needs to know before leaving a kiosk in a public room."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QDragEnterEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.kiosk.lockdown import ESCAPES, LockDown


@dataclass
class Item:
    what: str
    ok: bool
    detail: str
    essential: bool = True


@dataclass
class CheckReport:
    items: list[Item] = field(default_factory=list)

    def add(self, what: str, ok: bool, detail: str, *, essential: bool = True) -> None:
        self.items.append(Item(what, ok, detail, essential))

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items if i.essential)

    def lines(self) -> list[str]:
        out = []
        for i in self.items:
            mark = "OK " if i.ok else ("ÉCHEC" if i.essential else "à voir")
            out.append(f"[{mark}] {i.what} : {i.detail}")
        out.append("borne prête" if self.ok else "borne PAS prête : corrigez les lignes ÉCHEC ci-dessus")
        return out

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "items": [i.__dict__ for i in self.items]}


class _Probe(QWidget):
    """Records what reaches it (an escape that is not eaten by the kiosk's filter would)."""

    def __init__(self) -> None:
        super().__init__()
        self.got: list[str] = []

    def event(self, e: QEvent) -> bool:
        if e.type() in (QEvent.Type.KeyPress, QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.Drop):
            self.got.append(str(e.type()))
        return super().event(e)


def check_escapes(report: CheckReport) -> None:
    app = QApplication.instance()
    assert app is not None
    lock = LockDown(app)
    app.installEventFilter(lock)
    probe = _Probe()
    try:
        for name, key, mods in ESCAPES:
            probe.got.clear()
            QApplication.sendEvent(probe, QKeyEvent(QEvent.Type.KeyPress, key, mods))
            note = " (le système peut la garder pour lui : accès attribué ou session dédiée)" if "Tab" in name \
                or "Windows" in name else ""
            report.add(f"touche {name}", not probe.got, ("bloquée par la borne" if not probe.got else "PASSE")
                       + note)
        probe.got.clear()
        QApplication.sendEvent(probe, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(1, 1), QPoint(1, 1),
                                                         Qt.KeyboardModifier.NoModifier))
        report.add("menus contextuels (clic droit, appui long)", not probe.got, "refusés" if not probe.got else "PASSENT")
        probe.got.clear()
        probe.setAcceptDrops(True)
        data = QMimeData()
        data.setText("file:///etc/passwd")
        QApplication.sendEvent(probe, QDragEnterEvent(QPointF(1, 1), Qt.DropAction.CopyAction, data,
                                                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        report.add("glisser-déposer", not probe.got, "refusé" if not probe.got else "ACCEPTÉ")
        dialogs = sorted(kiosk_dialogs())
        report.add("fenêtres de fichiers et d'impression", not dialogs,
                   "absentes : impression directe sur l'imprimante par défaut" if not dialogs else
                   "PRÉSENTES dans " + ", ".join(dialogs))
    finally:
        app.removeEventFilter(lock)
        probe.deleteLater()


def kiosk_dialogs() -> set[str]:
    """Kiosk modules that could open a file or print dialog (there must be none)."""
    import app.ui.kiosk.window  # noqa: F401 - loads every module of the kiosk

    found = set()
    for name, module in list(sys.modules.items()):
        if name.startswith("app.ui.kiosk") and module is not None:
            for attr in ("QFileDialog", "QPrintDialog", "QPageSetupDialog", "QPrintPreviewDialog"):
                if hasattr(module, attr):
                    found.add(name)
    return found


def check_window(report: CheckReport, db: object) -> None:
    from app.ui.kiosk.window import KioskWindow

    window = KioskWindow(db)
    event = QCloseEvent()
    window.closeEvent(event)
    report.add("fermer la fenêtre (Alt+F4, bouton du gestionnaire)", not event.isAccepted(),
               "refusé" if not event.isAccepted() else "ACCEPTÉ")
    frameless = bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint)
    report.add("fenêtre sans cadre, plein écran, au premier plan", frameless, "oui" if frameless else "NON")
    report.add("lecture à voix haute (« Écouter »)", window.reader.available,
               f"voix française « {window.reader.voice_name} »" if window.reader.available else
               "aucune voix française : le bouton est caché (Windows : ajoutez la voix française dans Paramètres › "
               "Heure et langue › Voix ; Debian : speech-dispatcher-espeak-ng)", essential=False)
    window.lockdown.deleteLater()
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(window.lockdown)
    window.allow_close = True
    window.deleteLater()


def check_printer(report: CheckReport) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    name = QPrinterInfo.defaultPrinterName()
    report.add("imprimante par défaut", bool(name),
               f"« {name} »" if name else "aucune : « Imprimer ce guide » dira de demander à l'accueil", essential=False)


def autostart_places() -> list[Path]:
    """Where an auto-start of the kiosk is looked for on this system."""
    home = Path.home()
    if sys.platform == "win32":
        appdata = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming"))
        program_data = Path(os.environ.get("PROGRAMDATA", "C:/ProgramData"))
        return [appdata / "Microsoft/Windows/Start Menu/Programs/Startup",
                program_data / "Microsoft/Windows/Start Menu/Programs/StartUp"]
    config = Path(os.environ.get("XDG_CONFIG_HOME", home / ".config"))
    return [config / "autostart", Path("/etc/xdg/autostart"), Path("/usr/share/xsessions"), config / "openbox"]


def find_autostart(places: list[Path] | None = None) -> Path | None:
    for folder in places or autostart_places():
        try:
            entries = list(folder.iterdir()) if folder.is_dir() else []
        except OSError:
            continue
        for entry in entries:
            name = entry.name.lower()
            if "kiosk" in name or "borne" in name or "pasapas" in name:
                return entry
            if entry.suffix in (".desktop", "") and entry.is_file():
                try:
                    if "kiosk" in entry.read_text(encoding="utf-8", errors="replace")[:4000]:
                        return entry
                except OSError:
                    continue
    return None


def run_check(data_dir: Path) -> CheckReport:
    from app.services.kiosk import catalogue, settings
    from app.ui.application import application
    from app.ui.kiosk.main import open_kiosk_db

    report = CheckReport()
    application()
    db = open_kiosk_db(data_dir)
    try:
        s = settings.load(db)
        report.add("code du personnel", s.pin_set, "réglé (haché)" if s.pin_set else
                   "AUCUN : réglez-le dans l'accueil ou avec « pasapas kiosk --set-pin »")
        guides = sum(n for _tile, n in catalogue.tiles_with_guides(db))
        report.add("guides publiés", guides > 0, f"{guides} par thème")
        report.add("délai d'inactivité", True, f"{s.idle_seconds} s, puis 20 s pour « Continuer »")
        report.add("pages par visite", True, str(s.pages_per_visit))
        from sqlalchemy import text
        from sqlalchemy.exc import DatabaseError

        try:
            with db.read_connection() as conn:
                conn.execute(text("SELECT notes FROM help_request LIMIT 1")).all()
            refused = False
        except DatabaseError:
            refused = True
        report.add("données personnelles (accompagnements, notes)", refused,
                   "illisibles depuis la borne (SQLite les refuse)" if refused else "LISIBLES")
        check_escapes(report)
        check_window(report, db)
        check_printer(report)
        found = find_autostart()
        report.add("démarrage automatique de la borne", found is not None,
                   f"trouvé : {found}" if found else "rien trouvé (voir le README : accès attribué ou raccourci "
                   "dans Démarrage ; session dédiée sous Linux)", essential=False)
    finally:
        db.dispose()
    return report
