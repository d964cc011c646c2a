"""Start the kiosk: open the database, put the kiosk's guard on it, show the one full-screen window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from app.ui.application import application

log = logging.getLogger("pasapas.kiosk")


def open_kiosk_db(data_dir: Path) -> Any:
    """The data directory's database with the bundled guides loaded, then guarded for the kiosk."""
    from app.services import guides
    from app.services.kiosk import access
    from app.store.open import open_data_dir

    db = open_data_dir(data_dir)
    report = guides.load_bundled(db)
    for problem in report.problems:
        log.warning("guide ignoré : %s", problem.split(" : ")[0])
    access.restrict(db)
    return db


def install_crash_handler(window: Any) -> None:
    """An exception that reaches Qt's event loop is logged (type and place, never its text) and the kiosk
    goes back to its home screen: a visitor never sees a traceback or a desktop."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        window.recover(exc_type, exc, tb)

    sys.excepthook = hook


def run(data_dir: Path, *, windowed: bool = False) -> int:
    """The window is painted first (its home needs no database), then the database is opened and guarded."""
    import json
    import os
    import time

    from app.ui.kiosk.window import KioskWindow

    data_dir.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(filename=str(data_dir / "kiosk.log"), level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    probe = os.environ.get("PASAPAS_STARTUP_PROBE")  # benchmarks: start-up timings

    def mark(what: str) -> None:
        if probe:
            with open(probe, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"event": what, "time": time.time()}) + "\n")

    app = application()
    app.setQuitOnLastWindowClosed(False)
    window = KioskWindow(None, deferred=True)
    install_crash_handler(window)
    state: dict[str, object] = {"code": 0}

    def open_database() -> None:
        from app.services.kiosk import settings

        db = open_kiosk_db(data_dir)
        state["db"] = db
        if not settings.load(db).pin_set:
            print("pasapas kiosk : code du personnel : aucun n'est réglé sur ce poste ; réglez-le d'abord dans "
                  "l'accueil (Outils › Code du personnel de la borne…) ou avec « pasapas kiosk --set-pin »",
                  file=sys.stderr)
            state["code"] = 2
            window.quit_kiosk()
            return
        window.attach(db)
        state["sync"] = _start_sync(window, data_dir)
        mark("ready")
        if probe:
            window.quit_kiosk()

    def painted() -> None:
        mark("painted")
        from PySide6.QtCore import QTimer

        def home() -> None:
            window.build_main()
            mark("home")
            QTimer.singleShot(0, open_database)

        QTimer.singleShot(0, home)

    window.painted.connect(painted)
    if windowed:  # for trying it on a desk PC: same window, not full screen
        window.resize(1366, 768)
        window.show()
    else:
        window.showFullScreen()
    app.exec()
    # Delete the window's C++ side now, in order, rather than in the interpreter's final garbage collection
    # (PySide6 can crash there: « none_dealloc » / « bool_dealloc »).
    import shiboken6

    shiboken6.delete(window)
    sync = state.get("sync")
    if sync is not None:
        sync.shutdown()  # type: ignore[attr-defined]
    db = state.get("db")
    if db is not None:
        db.dispose()  # type: ignore[attr-defined]
    return int(state["code"])  # type: ignore[call-overload]


def _start_sync(window: Any, data_dir: Path) -> Any:
    """A kiosk PC of its own sends its tickets and receives the guides through the shared folder, like a desk.
    The sync engine works on its own (unguarded) connection: it is the transport, the kiosk's screens never
    read through it."""
    from app.services.sync import state
    from app.store.open import open_data_dir

    sync_db = open_data_dir(data_dir)
    if not state.load_settings(sync_db).folder:
        sync_db.dispose()
        return None
    from app.ui.sync.controller import SyncController

    controller = SyncController(sync_db, window, refresh=None)
    window.ticket_taken.connect(lambda _ticket: controller.data_saved())
    controller.start()
    return controller
