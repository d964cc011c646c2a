"""Wizard page 2: this PC's site, picked from the network's list (or a new one), and its contacts printed on
handouts (address, phone, opening hours), or « later »."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.errors import ValidationError
from app.services import first_run, installation
from app.store.db import Database
from app.ui.setup.common import NameChoice, error_label


class SitePage(QWizardPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._sites: dict[str, installation.SiteInfo] = {}
        self.setTitle(self.tr("Le lieu de ce poste"))
        self.setSubTitle(self.tr("Choisissez-le dans la liste du réseau quand il y est : un même lieu tapé deux "
                                 "fois compterait double dans les statistiques."))
        self.site_choice = QComboBox(self)
        self.site = QLineEdit(self)
        self.site.setPlaceholderText(self.tr("par exemple : Médiathèque du Carré des Jalles"))
        label = QLabel(self.tr("&Lieu d'activité :"), self)
        self.choice = NameChoice(self.site_choice, self.site, self.tr("Choisissez le lieu dans la liste du réseau…"),
                                 self.tr("Un nouveau lieu…"), label)
        form = QFormLayout()
        form.addRow(label, self.choice.field)
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
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(contacts)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.site_choice.currentIndexChanged.connect(self._site_chosen)
        for edit in (self.site, self.address, self.postcode, self.city, self.phone):
            edit.textChanged.connect(self.error.clear)
        self.hours.textChanged.connect(self.error.clear)
        self.later.toggled.connect(self.error.clear)

    def initializePage(self) -> None:  # noqa: N802
        """The network's sites, as the first round brought them (or this PC's own, when it has any)."""
        sites = installation.list_sites(self.db)
        self._sites = {s.id: s for s in sites}
        current = self.choice.chosen() or ""
        self.choice.fill([(s.id, s.name) for s in sites], current if current in self._sites else "")
        if len(sites) == 1 and not current:
            self.choice.select(sites[0].id)
        self._site_chosen()

    def _site_chosen(self) -> None:
        site = self._sites.get(self.choice.chosen() or "")
        if site is None:
            return
        self.address.setText(site.address)
        self.postcode.setText(site.postcode)
        self.city.setText(site.city)
        self.phone.setText(site.phone)
        self.hours.setPlainText(site.opening_hours)
        self.error.clear()

    def details(self) -> dict[str, str]:
        return {"address": self.address.text(), "postcode": self.postcode.text(), "city": self.city.text(),
                "phone": self.phone.text(), "opening_hours": self.hours.toPlainText()}

    def site_answer(self) -> tuple[str, str]:
        """(site id, "") for a site of the network, ("", name) for a new one."""
        chosen = self.choice.chosen() or ""
        return (chosen, "") if chosen else ("", self.site.text().strip())

    def _check(self) -> None:
        chosen = self.choice.chosen()
        if chosen is None:
            raise ValidationError(self.tr("Lieu d'activité"),
                                  self.tr("choisissez-le dans la liste du réseau, ou « Un nouveau lieu… »"))
        if chosen == "":
            name = self.site.text().strip()
            if not name:
                raise ValidationError(self.tr("Lieu d'activité"), self.tr("donnez le nom du lieu où se trouve ce poste"))
            same = first_run.same_site(self.db, name)
            if same is not None:
                self.choice.select(same.id)  # the network's own, with its contacts
                raise ValidationError(self.tr("Lieu d'activité"),
                                      self.tr("« %1 » est déjà dans le réseau : il est choisi dans la liste ; "
                                              "vérifiez ses coordonnées").replace("%1", same.name))
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

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self._check()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        return True
