"""`make screenshots`: the main screens, offscreen, on demo data, into docs/screenshots/."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def desk_screens(out: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.services import demo, help_requests
    from app.store.open import open_data_dir
    from app.ui.application import application
    from app.ui.desk.style import STYLE
    from app.ui.desk.window import DeskWindow

    data_dir = Path(tempfile.mkdtemp(prefix="pasapas-shots-"))
    db = open_data_dir(data_dir)
    demo.generate(db, 3000, seed=5)
    site_id = demo.ensure_town(db)[0][0]
    for label in ("", "Mme au manteau rouge", ""):
        help_requests.add_arrival(db, site_id=site_id, label=label)
    db.dispose()
    from tests.desk_login import patch_desk_start

    patch_desk_start()
    app = application()
    app.setStyleSheet(STYLE)
    window = DeskWindow(data_dir)
    window.resize(1400, 900)

    def shoot() -> None:
        window.queue.list.setCurrentRow(1)
        window.queue.take_current()
        ui = window.form.ui
        ui.duration.setEditText("30")
        ui.equipment.set_selected(("telephone",))
        ui.themes.set_selected(("demarches_administratives", "email"))
        window.form._themes_changed()
        ui.demarches.set_selected(("argent_impots",))
        ui.demarche_name.setText("Déclaration de revenus")
        ui.autonomy.set_selected("partiellement_autonome")
        ui.age.set_selected("70_plus")
        app.processEvents()
        window.grab().save(str(out / "desk-queue-form.png"))
        # The town's laptop: 1366×768 less the window manager's panel and title bar.
        from PySide6.QtCore import QRect, QSize

        from app.ui.widgets.screen_fit import fit_to_screen

        small = QRect(0, 0, 1366, 738)
        big = window.size()
        fit_to_screen(window, QSize(1280, 800), small)
        app.processEvents()
        window.grab().save(str(out / "desk-1366x768.png"))
        from app.services import guides as guide_service
        from app.ui.handouts.dialog import HandoutDialog

        ids = [g.id for g in guide_service.list_guides(window.db)][:4]
        dialog = HandoutDialog(window.db, ids, window, first_name="Marie")
        fit_to_screen(dialog, QSize(1200, 820), small)
        dialog.show()
        import time

        for _ in range(40):  # the preview draws its pages in a thread of its own
            app.processEvents()
            time.sleep(0.05)
        dialog.grab().save(str(out / "handout-dialog-1366x768.png"))
        dialog.close()
        window.resize(big)
        app.processEvents()
        window.tabs.setCurrentIndex(1)
        window.log.period.setCurrentIndex(window.log.period.findData("month"))
        window.log.theme.setCurrentIndex(window.log.theme.findData("demarches_administratives"))
        app.processEvents()
        window.grab().save(str(out / "desk-log.png"))
        window.close()
        QApplication.quit()

    window.ready.connect(lambda: QTimer.singleShot(100, shoot))
    window.show()
    app.exec()


# Other capabilities add a `save_screenshots(out_dir)` function; listed here once they exist.
EXTRA = ("app.ui.guides.screenshots", "app.ui.handouts.screenshots", "app.ui.kiosk.screenshots",
         "app.ui.stats.screenshots", "app.ui.setup.screenshots", "app.ui.people.screenshots")


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    desk_screens(out)
    for module_name in EXTRA:
        importlib.import_module(module_name).save_screenshots(out)
    for png in sorted(out.glob("*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
