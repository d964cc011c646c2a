"""`make screenshots`: the kiosk's screens at 1366×768 (file names contain « kiosk »)."""

from __future__ import annotations

import tempfile
from pathlib import Path


def save_screenshots(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.services import installation
    from app.ui.application import application
    from app.ui.kiosk.main import open_kiosk_db
    from app.ui.kiosk.window import KioskWindow

    data_dir = Path(tempfile.mkdtemp(prefix="pasapas-kiosk-shots-"))
    from app.store.open import open_data_dir

    setup_db = open_data_dir(data_dir)  # the help point set up first (the kiosk's own connection may not)
    installation.set_up(setup_db, site_name="Médiathèque du Carré des Jalles", device_name="PC-BORNE",
                        conseiller_name="Léa Martin")
    setup_db.dispose()
    app = application()
    db = open_kiosk_db(data_dir)
    window = KioskWindow(db, printer_factory=lambda: None)
    window.resize(1366, 768)
    window.show()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / name))

    shot("kiosk-home.png")
    window.open_guide("caf-aide-logement")
    window.guide.set_index(1)
    shot("kiosk-step.png")
    window.set_scale(4)
    shot("kiosk-step-200.png")
    window.set_scale(0)
    window.set_high_contrast(True)
    shot("kiosk-high-contrast.png")
    window.set_high_contrast(False)
    window.take_ticket("caf", "")
    shot("kiosk-ticket.png")
    window.idle.expire()
    shot("kiosk-idle.png")
    instance = QApplication.instance()
    assert instance is not None
    instance.removeEventFilter(window.lockdown)
    window.allow_close = True
    window.idle.stop()
    window.close()
    import shiboken6

    shiboken6.delete(window)
    db.dispose()
