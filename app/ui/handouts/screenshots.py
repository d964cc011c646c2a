"""Screenshots of handouts for the docs: first page of a normal and a large handout, and the dialog."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication

from app.services import handouts, installation
from app.services.handout_pdf import Appointment, HandoutOptions
from app.ui.handouts.printing import load_pdf

PREFERRED = ("impots-declaration-revenus", "ameli-attestation-droits", "franceconnect")
DAY = date(2026, 11, 27)
HOURS = "Mardi et jeudi : 14 h – 18 h\nMercredi : 10 h – 12 h et 14 h – 18 h\nSamedi : 10 h – 17 h"


def _first_page_png(data: bytes, path: Path, dpi: int = 110) -> None:
    document, _buffer = load_pdf(data)
    size = document.pagePointSize(0)
    image = document.render(0, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
    if not image.save(str(path)):
        raise OSError(f"impossible d'écrire {path}")


def _wait(app: QCoreApplication, ready: Callable[[], bool], seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while not ready() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def save_screenshots(out_dir: str | Path) -> list[Path]:
    """Write handout-normal.png, handout-large.png and handout-dialog.png into out_dir."""
    from app.store.open import open_data_dir
    from app.ui.handouts.dialog import HandoutDialog

    app = QApplication.instance() or QApplication([])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    bundled = handouts.bundled_guides()
    ids = [g for g in PREFERRED if g in bundled] or sorted(bundled)[:1]
    if not ids:
        raise FileNotFoundError(2, "aucun guide trouvé pour les captures", "resources/guides")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_data_dir(Path(tmp))
        try:
            installation.set_up(
                db,
                site_name="Médiathèque du Carré des Jalles",
                device_name="PC-ACCUEIL",
                conseiller_name="Camille Durand",
            )
            site_id = installation.list_sites(db)[0].id
            installation.update_site(
                db, site_id, address="Place de la République", postcode="33160", city="Saint-Médard-en-Jalles",
                phone="05 57 93 18 80", opening_hours=HOURS,
            )  # fmt: skip
            site = installation.context(db).site
            guides = handouts.load_guides(db, ids[:1])
            appointment = Appointment(datetime(2026, 12, 3, 14, 30))
            normal = HandoutOptions(first_name="Marie", day=DAY, notes="Gardez bien l'accusé de réception.")
            large = HandoutOptions(first_name="Marie", day=DAY, large=True, appointment=appointment)
            written = [out / "handout-normal.png", out / "handout-large.png", out / "handout-dialog.png"]
            _first_page_png(handouts.render(guides, normal, site), written[0])
            _first_page_png(handouts.render(guides, large, site), written[1])
            dialog = HandoutDialog(db, ids[:2], first_name="Marie", today=DAY)
            dialog.resize(1280, 860)
            dialog.show()
            _wait(app, lambda: bool(dialog.pdf_bytes))
            _wait(app, lambda: False, 1.5)  # QPdfView draws its pages in the background
            if not dialog.grab().save(str(written[2])):
                raise OSError(f"impossible d'écrire {written[2]}")
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        finally:
            db.dispose()
    return written


if __name__ == "__main__":
    import sys

    for p in save_screenshots(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"):
        print(p)
