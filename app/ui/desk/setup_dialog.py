"""First start: one screen to name the site, this PC and the conseiller."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import ValidationError
from app.services import installation
from app.store.db import Database


class SetupDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Bienvenue dans Pas à Pas"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Trois informations pour commencer. Vous pourrez les changer plus tard."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.site = QLineEdit(self)
        self.site.setPlaceholderText(self.tr("par exemple : Médiathèque du Carré des Jalles"))
        self.device = QLineEdit(socket.gethostname().upper()[:40], self)
        self.conseiller = QLineEdit(self)
        self.conseiller.setPlaceholderText(self.tr("Prénom Nom"))
        form.addRow(self.tr("&Lieu d'activité :"), self.site)
        form.addRow(self.tr("Nom de ce &poste :"), self.device)
        form.addRow(self.tr("&Conseiller ou conseillère :"), self.conseiller)
        layout.addLayout(form)
        self.error = QLabel("", self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Commencer"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        sites = installation.list_sites(db)
        if sites:
            self.site.setText(sites[0].name)

    def accept(self) -> None:
        try:
            if not self.site.text().strip():
                raise ValidationError("lieu", "donnez le nom du lieu où se trouve ce poste")
            if not self.conseiller.text().strip():
                raise ValidationError("conseiller", "donnez votre prénom (et votre nom)")
            installation.set_up(
                self.db, site_name=self.site.text(), device_name=self.device.text(),
                conseiller_name=self.conseiller.text(),
            )
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
