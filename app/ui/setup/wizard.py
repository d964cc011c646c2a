"""The first-run wizard: the network first (join it, create it, or later), then the site and this PC picked
from the network's lists, and the set-up written in one go at « Commencer »."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget, QWizard

from app.domain.errors import ValidationError
from app.services import first_run
from app.store.db import Database
from app.ui.setup.admin_page import AdminPage
from app.ui.setup.network_page import NetworkPage
from app.ui.setup.pc_page import PcPage
from app.ui.setup.site_page import SitePage

NETWORK, SITE, PC, ADMIN = range(4)


class FirstRunWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.written = False
        self.context: Any = None
        self.setWindowTitle(self.tr("Bienvenue dans Pas à Pas"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same on Windows and Linux, fits 1366×768
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.network = NetworkPage(db, self)
        self.site = SitePage(db, self)
        self.pc = PcPage(db, self)
        self.setPage(NETWORK, self.network)
        self.setPage(SITE, self.site)
        self.setPage(PC, self.pc)
        self.admin = AdminPage(db, self)
        self.setPage(ADMIN, self.admin)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Commencer"))
        from app.ui.widgets.screen_fit import fit_to_screen

        fit_to_screen(self, QSize(760, 620))

    def nextId(self) -> int:  # noqa: N802
        """The admin page only while the network has no account (a joined network brings its own)."""
        if self.currentId() == PC:
            from app.services import accounts

            return ADMIN if not accounts.has_accounts(self.db) else -1
        return super().nextId()

    def choices(self) -> first_run.Choices:
        site_id, new_site = self.site.site_answer()
        conseiller_id, new_conseiller = self.pc.conseiller_answer()
        return first_run.Choices(
            device_name=self.pc.device.text(), role=self.pc.role(), site_id=site_id, new_site=new_site,
            site_details=self.site.details(), conseiller_id=conseiller_id, new_conseiller=new_conseiller,
            kiosk_pin=self.pc.pin.text(),
        )

    def accept(self) -> None:
        """« Commencer »: the last page checked, then everything written in one go (once: QWizard's own accept
        checks the page again, and the new names it wrote are then the network's)."""
        if not self.written:
            if not self.validateCurrentPage():
                return
            try:
                self.context = first_run.finish(self.db, self.choices())
            except ValidationError as exc:
                error = getattr(self.currentPage(), "error", None)
                if error is not None:
                    error.setText(str(exc))
                return
            self.written = True
        at_admin = self.currentId() == ADMIN and self.context is not None and self.context.conseiller is not None
        if at_admin and not self.admin.create_admin(self.context.conseiller.id):
            return  # the set-up is written; the admin's error line says what to fix
        super().accept()
