"""First start: the site, this PC and the conseiller, and the site's contacts printed on handouts (address,
phone, opening hours), or a promise to give them later (then a reminder at each start until they are)."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.services import installation
from app.store.db import Database


class SetupDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._error_field = ""
        self.setWindowTitle(self.tr("Bienvenue dans Pas à Pas"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Quelques informations pour commencer. Vous pourrez les changer plus tard "
                               "(Outils › Réglages du poste)."), self)
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

        contacts = QGroupBox(self.tr("Coordonnées du lieu, imprimées sur les fiches (« Besoin d'aide ? »)"), self)
        cform = QFormLayout(contacts)
        self.address = QLineEdit(contacts)
        self.address.setPlaceholderText(self.tr("par exemple : 1 place de la République"))
        self.postcode = QLineEdit(contacts)
        self.postcode.setMaxLength(5)
        self.city = QLineEdit(contacts)
        self.phone = QLineEdit(contacts)
        self.phone.setPlaceholderText(self.tr("par exemple : 05 56 00 00 00"))
        self.hours = QPlainTextEdit(contacts)
        self.hours.setTabChangesFocus(True)
        self.hours.setPlaceholderText(self.tr("une ligne par jour, par exemple : Mardi 14 h – 18 h"))
        self.hours.setFixedHeight(self.fontMetrics().height() * 4)
        cform.addRow(self.tr("&Adresse :"), self.address)
        cform.addRow(self.tr("Code postal :"), self.postcode)
        cform.addRow(self.tr("Co&mmune :"), self.city)
        cform.addRow(self.tr("&Téléphone :"), self.phone)
        cform.addRow(self.tr("&Horaires :"), self.hours)
        self.later = QCheckBox(self.tr("Je les donnerai plus tard (un rappel s'affichera au démarrage)"), contacts)
        cform.addRow(self.later)
        layout.addWidget(contacts)

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
            s = sites[0]
            self.address.setText(s.address)
            self.postcode.setText(s.postcode)
            self.city.setText(s.city)
            self.phone.setText(s.phone)
            self.hours.setPlainText(s.opening_hours)
        # A message goes as soon as what it named is filled in.
        for edit in (self.site, self.device, self.conseiller, self.address, self.phone, self.postcode):
            edit.textChanged.connect(self._recheck)
        self.hours.textChanged.connect(self._recheck)
        self.later.toggled.connect(self._recheck)

    def _check(self) -> None:
        """Raise for the first missing answer, naming it by its label."""
        if not self.site.text().strip():
            raise ValidationError(self.tr("Lieu d'activité"), self.tr("donnez le nom du lieu où se trouve ce poste"))
        if not self.device.text().strip():
            raise ValidationError(self.tr("Nom de ce poste"), self.tr("donnez un nom à ce PC (par exemple PC-ACCUEIL-1)"))
        if not self.conseiller.text().strip():
            raise ValidationError(self.tr("Conseiller ou conseillère"), self.tr("donnez votre prénom (et votre nom)"))
        postcode = self.postcode.text().strip()
        if postcode and not (len(postcode) == 5 and postcode.isdigit()):
            raise ValidationError(self.tr("Code postal"), self.tr("5 chiffres, par exemple 33160"))
        if self.later.isChecked():
            return
        for edit, name in ((self.address, self.tr("Adresse")), (self.phone, self.tr("Téléphone"))):
            if not edit.text().strip():
                raise ValidationError(name, self.tr("imprimé sur les fiches : indiquez-le, ou cochez « plus tard »"))
        if not self.hours.toPlainText().strip():
            raise ValidationError(self.tr("Horaires"),
                                  self.tr("imprimés sur les fiches : indiquez-les, ou cochez « plus tard »"))

    def _recheck(self) -> None:
        """The message goes once what it named is right (another missing answer waits for « Commencer »)."""
        if not self.error.text():
            return
        try:
            self._check()
        except ValidationError as exc:
            if exc.field == self._error_field:
                self.error.setText(str(exc))
                return
        self.error.setText("")

    def accept(self) -> None:
        try:
            self._check()
            ctx = installation.set_up(
                self.db, site_name=self.site.text(), device_name=self.device.text(),
                conseiller_name=self.conseiller.text(),
            )
            details = {"address": self.address.text(), "postcode": self.postcode.text(), "city": self.city.text(),
                       "phone": self.phone.text(), "opening_hours": self.hours.toPlainText()}
            if ctx.site and ctx.conseiller:
                installation.configure(self.db, device_name=ctx.device_name, site_id=ctx.site.id,
                                       conseiller_id=ctx.conseiller.id,
                                       site_details={k: v for k, v in details.items() if v.strip()})
        except ValidationError as exc:
            self._error_field = exc.field
            self.error.setText(str(exc))
            return
        super().accept()
