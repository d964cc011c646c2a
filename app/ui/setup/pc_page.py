"""Wizard page 3: this PC's name, its role (desk, kiosk, both), the conseiller picked from the network's list
(or a new one), and the kiosk's staff code when the PC is a kiosk."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.errors import ValidationError
from app.domain.kiosk import check_pin
from app.services import first_run, installation
from app.store.db import Database
from app.ui.setup.common import NameChoice, error_label


class PcPage(QWizardPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setTitle(self.tr("Ce poste"))
        self.setSubTitle(self.tr("Son nom dans le réseau, ce qu'il fait, et qui s'en sert."))
        self.device = QLineEdit(socket.gethostname().upper()[:40], self)
        self.desk = QRadioButton(self.tr("&Accueil : le conseiller y enregistre les accompagnements"), self)
        self.kiosk = QRadioButton(self.tr("&Borne : les visiteurs y consultent les guides seuls"), self)
        self.both = QRadioButton(self.tr("Les &deux (l'accueil, et la borne quand le conseiller s'absente)"), self)
        self.roles = QButtonGroup(self)
        for button, role in ((self.desk, "desk"), (self.kiosk, "kiosk"), (self.both, "both")):
            self.roles.addButton(button)
            button.setProperty("role", role)
        self.desk.setChecked(True)
        self.conseiller_choice = QComboBox(self)
        self.conseiller = QLineEdit(self)
        self.conseiller.setPlaceholderText(self.tr("Prénom Nom"))
        who = QLabel(self.tr("&Conseiller ou conseillère :"), self)
        self.choice = NameChoice(self.conseiller_choice, self.conseiller,
                                 self.tr("Choisissez dans la liste du réseau…"),
                                 self.tr("Un nouveau conseiller ou une nouvelle conseillère…"), who)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4 à 12 chiffres"))
        self.pin_again = QLineEdit(self)
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_label = QLabel(self.tr("Code du &personnel de la borne :"), self)
        self.pin_label.setBuddy(self.pin)
        self.pin_again_label = QLabel(self.tr("Le même code, encore une fois :"), self)
        self.pin_again_label.setBuddy(self.pin_again)
        form = QFormLayout()
        form.addRow(self.tr("Nom de ce &poste :"), self.device)
        roles = QVBoxLayout()
        for button in (self.desk, self.kiosk, self.both):
            roles.addWidget(button)
        form.addRow(self.tr("Rôle :"), roles)
        form.addRow(who, self.choice.field)
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.pin_again_label, self.pin_again)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.roles.buttonToggled.connect(lambda *_: self._role_changed())
        for edit in (self.device, self.conseiller, self.pin, self.pin_again):
            edit.textChanged.connect(self.error.clear)
        self.conseiller_choice.currentIndexChanged.connect(self.error.clear)
        self._role_changed()

    def initializePage(self) -> None:  # noqa: N802
        people = installation.list_conseillers(self.db)
        current = self.choice.chosen() or ""
        self.choice.fill([(c.id, c.full_name) for c in people], current)
        if len(people) == 1 and not current:
            self.choice.select(people[0].id)

    def role(self) -> str:
        checked = self.roles.checkedButton()
        return str(checked.property("role")) if checked is not None else "desk"

    def _role_changed(self) -> None:
        kiosk = self.role() in ("kiosk", "both")
        for widget in (self.pin, self.pin_again, self.pin_label, self.pin_again_label):
            widget.setVisible(kiosk)
        self.error.clear()

    def conseiller_answer(self) -> tuple[str, str]:
        chosen = self.choice.chosen() or ""
        return (chosen, "") if chosen else ("", self.conseiller.text().strip())

    def _check(self) -> None:
        if not self.device.text().strip():
            raise ValidationError(self.tr("Nom de ce poste"), self.tr("donnez un nom à ce PC (par exemple PC-ACCUEIL-1)"))
        chosen = self.choice.chosen()
        if chosen is None:
            raise ValidationError(self.tr("Conseiller ou conseillère"),
                                  self.tr("choisissez dans la liste du réseau, ou « Un nouveau conseiller… »"))
        if chosen == "":
            name = self.conseiller.text().strip()
            if not name:
                raise ValidationError(self.tr("Conseiller ou conseillère"), self.tr("donnez votre prénom (et votre nom)"))
            same = first_run.same_conseiller(self.db, name)
            if same is not None:
                self.choice.select(same.id)
                raise ValidationError(self.tr("Conseiller ou conseillère"),
                                      self.tr("« %1 » est déjà dans le réseau : choisi(e) dans la liste")
                                      .replace("%1", same.full_name))
        if self.role() in ("kiosk", "both"):
            try:
                check_pin(self.pin.text())
            except ValidationError as exc:
                raise ValidationError(self.tr("Code du personnel de la borne"), exc.message) from exc
            if self.pin.text() != self.pin_again.text():
                raise ValidationError(self.tr("Code du personnel de la borne"),
                                      self.tr("les deux codes tapés sont différents ; retapez-les"))

    def validatePage(self) -> bool:  # noqa: N802
        if getattr(self.wizard(), "written", False):
            return True  # checked and written: what it created is now in the lists
        try:
            self._check()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        return True
