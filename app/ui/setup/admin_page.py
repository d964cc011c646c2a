"""Wizard page 4: the network's first admin account (the `accounts` widget, embedded), when none exists yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from app.store.db import Database
from app.ui.accounts.admin_setup import AdminSetupWidget


class AdminPage(QWizardPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Any = None
        self.setTitle(self.tr("Le compte administrateur"))
        self.setSubTitle(self.tr("Le réseau n'en a pas encore : créez-le (vous pourrez ensuite créer les comptes "
                                 "des conseillers dans Outils › Comptes)."))
        self.form = AdminSetupWidget(db, self)
        self.error = self.form.error
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        """The conseiller chosen on the previous page is the admin's name by default."""
        wizard: Any = self.wizard()
        if wizard is not None and not self.form.name.text().strip():
            chosen, new_name = wizard.pc.conseiller_answer()
            self.form.name.setText(new_name or (wizard.pc.conseiller_choice.currentText() if chosen else ""))

    def validatePage(self) -> bool:  # noqa: N802
        """Checked here as far as it can be without writing: both passwords the same."""
        if self.form.password.text() != self.form.again.text():
            self.form.error.setText(self.tr("Encore une fois : les deux mots de passe sont différents ; retapez-les."))
            return False
        return True

    def create_admin(self, conseiller_id: str) -> bool:
        """After the set-up is written: the admin, tied to this PC's conseiller. False: the error line says why."""
        if self.actor is not None:
            return True
        self.form.conseiller_id = conseiller_id
        self.actor = self.form.submit()
        return self.actor is not None
