"""`make screenshots`: the first-run wizard joining a network, page by page (file names start with « wizard »)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

PASSPHRASE = "la médiathèque ouvre à neuf heures"


def _network(root: Path) -> Path:
    """A town network made by a first PC: its site with contacts and two conseillers, synced to a share."""
    from app.services import installation
    from app.services.sync.folder import init_network
    from app.services.sync.round import run_round
    from app.store.open import open_data_dir

    share = root / "partage"
    share.mkdir()
    init_network(share, PASSPHRASE, kdf_n=2**12)
    first = open_data_dir(root / "pc-accueil")
    ctx = installation.set_up(first, site_name="Médiathèque du Carré des Jalles", device_name="PC-ACCUEIL",
                              conseiller_name="Camille Durand")
    assert ctx.site is not None
    installation.update_site(first, ctx.site.id, address="21 avenue Montesquieu", postcode="33160",
                             city="Saint-Médard-en-Jalles", phone="05 56 00 00 00",
                             opening_hours="Mardi 14 h – 18 h\nMercredi 10 h – 12 h, 14 h – 18 h\nSamedi 10 h – 12 h")
    installation.add_site(first, "Hôtel de Ville", address="Place de la République", phone="05 56 00 00 01")
    installation.add_conseiller(first, "Yanis Benali")
    run_round(first, share, passphrase=PASSPHRASE)
    first.dispose()
    return share


def save_screenshots(out: Path) -> None:
    from PySide6.QtCore import QRect, QSize

    from app.store.open import open_data_dir
    from app.ui.application import application
    from app.ui.desk.style import STYLE
    from app.ui.setup.wizard import SITE, FirstRunWizard
    from app.ui.widgets.screen_fit import fit_to_screen

    root = Path(tempfile.mkdtemp(prefix="pasapas-wizard-shots-"))
    share = _network(root)
    app = application()
    app.setStyleSheet(STYLE)
    db = open_data_dir(root / "pc-mediatheque-2")
    wizard = FirstRunWizard(db)
    fit_to_screen(wizard, QSize(760, 620), QRect(0, 0, 1366, 738))
    wizard.show()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        wizard.grab().save(str(out / name))

    wizard.network.folder.setText(str(share))
    wizard.network.passphrase.setText(PASSPHRASE)
    shot("wizard-network.png")
    wizard.next()
    for _ in range(200):  # the check and the first round run in a worker thread
        app.processEvents()
        if wizard.currentId() == SITE:
            break
        time.sleep(0.05)
    wizard.site.site_choice.setCurrentIndex(wizard.site.site_choice.findText("Médiathèque du Carré des Jalles"))
    shot("wizard-site.png")
    wizard.next()
    wizard.pc.device.setText("PC-MEDIATHEQUE-2")
    wizard.pc.both.setChecked(True)
    shot("wizard-pc.png")
    wizard.close()
    db.dispose()
