"""A followed person's record: their consent first (date, by whom, what for, the paper), then their details."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import paris_today
from app.domain.errors import ValidationError
from app.domain.person import DEFAULT_PURPOSE, NOTES_WARNING, Consent, PersonFields
from app.services import installation, people
from app.store.db import Database
from app.ui.widgets.dialogs import add_error_and_buttons
from app.ui.widgets.screen_fit import fit_to_screen


class PersonDialog(QDialog):
    """New (consent first) or edit. After `exec()`, `person_id` is the person saved or chosen."""

    def __init__(self, db: Database, parent: QWidget | None = None, person_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.setWindowTitle(self.tr("Personne suivie") if person_id else self.tr("Suivre une personne"))
        layout = QVBoxLayout(self)

        consent = QGroupBox(self.tr("1. Son accord (obligatoire, d'abord)"), self)
        cform = QFormLayout(consent)
        if person_id is None:
            intro = QLabel(self.tr("Expliquez-lui ce qui est gardé et pourquoi, et remettez-lui la feuille "
                                   "d'accord. Sans son accord, l'accompagnement reste anonyme."), consent)
            intro.setWordWrap(True)
            cform.addRow(intro)
        self.paper = QPushButton(self.tr("Imprimer la feuille d'accord…"), consent)
        self.agreed = QCheckBox(self.tr("La personne est d'accord pour être suivie (aujourd'hui)"), consent)
        self.by = QLineEdit(consent)
        self.purpose = QLineEdit(consent)
        self.by.setAccessibleName(self.tr("Accord recueilli par"))
        self.purpose.setAccessibleName(self.tr("Pour quoi"))
        cform.addRow(self.paper)
        cform.addRow(self.agreed)
        cform.addRow(self.tr("Recueilli &par :"), self.by)
        cform.addRow(self.tr("P&our :"), self.purpose)
        layout.addWidget(consent)

        details = QGroupBox(self.tr("2. Ses coordonnées"), self)
        form = QFormLayout(details)
        self.first_name = QLineEdit(details)
        self.last_name = QLineEdit(details)
        self.phone = QLineEdit(details)
        self.email = QLineEdit(details)
        self.birth_year = QLineEdit(details)
        self.birth_year.setPlaceholderText(self.tr("par exemple 1958 (la tranche d'âge en est tirée)"))
        self.commune = QLineEdit(details)
        self.notes = QPlainTextEdit(details)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        warning = QLabel(self.tr(NOTES_WARNING), details)
        warning.setWordWrap(True)
        warning.setObjectName("notesWarning")
        form.addRow(self.tr("Pré&nom :"), self.first_name)
        form.addRow(self.tr("No&m :"), self.last_name)
        form.addRow(self.tr("&Téléphone :"), self.phone)
        form.addRow(self.tr("&E-mail :"), self.email)
        form.addRow(self.tr("&Année de naissance :"), self.birth_year)
        form.addRow(self.tr("&Commune :"), self.commune)
        notes_box = QVBoxLayout()
        notes_box.addWidget(warning)
        notes_box.addWidget(self.notes)
        form.addRow(self.tr("Notes :"), notes_box)
        self.details = details
        layout.addWidget(details)
        self.error = add_error_and_buttons(self, layout)
        self.paper.clicked.connect(self.print_consent)
        self.agreed.toggled.connect(self._consent_changed)
        ctx = installation.context(db)
        self.by.setText(ctx.conseiller.full_name if ctx.conseiller else "")
        self.purpose.setText(DEFAULT_PURPOSE)
        if person_id is not None:
            self._load(person_id)
        else:
            self._consent_changed(False)
            self.agreed.setFocus()
        for w in (self.by, self.purpose):
            w.setCursorPosition(0)
        fit_to_screen(self, QSize(640, 660))

    def _load(self, person_id: str) -> None:
        rec = people.get(self.db, person_id)
        f, c = rec.fields, rec.consent
        self.agreed.setChecked(True)
        self.agreed.setText(self.tr("Accord donné le %1").replace(
            "%1", c.given_on.strftime("%d/%m/%Y") if c.given_on else "—"))
        for w, value in ((self.by, c.by), (self.purpose, c.purpose)):
            w.setText(value)
            w.setReadOnly(True)
        self.agreed.setEnabled(False)
        self.first_name.setText(f.first_name)
        self.last_name.setText(f.last_name)
        self.phone.setText(f.phone)
        self.email.setText(f.email)
        self.birth_year.setText(str(f.birth_year) if f.birth_year else "")
        self.commune.setText(f.commune)
        self.notes.setPlainText(f.notes)

    def _consent_changed(self, on: bool) -> None:
        self.details.setEnabled(on)
        if on:
            self.first_name.setFocus()

    def fields(self) -> PersonFields:
        text = self.birth_year.text().strip()
        if text and not text.isdigit():
            raise ValidationError(self.tr("année de naissance"), self.tr("« %1 » : quatre chiffres, par exemple 1958")
                                  .replace("%1", text))
        return PersonFields(self.first_name.text(), self.last_name.text(), self.phone.text(), self.email.text(),
                            int(text) if text else None, self.commune.text(), self.notes.toPlainText())

    def print_consent(self) -> None:
        from app.ui.people.papers import print_or_save

        data = people.consent_pdf(self.db, first_name=self.first_name.text().strip(),
                                  purpose=self.purpose.text().strip() or DEFAULT_PURPOSE)
        print_or_save(self, data, "accord-suivi", [self.db.path])

    def accept(self) -> None:
        try:
            fields = self.fields()
            if self.person_id is not None:
                people.update(self.db, self.person_id, fields)
            else:
                if not self.agreed.isChecked():
                    raise ValidationError(self.tr("accord"), self.tr("cochez d'abord « La personne est d'accord »"))
                consent = Consent(paris_today(), self.by.text(), self.purpose.text())
                try:
                    self.person_id = people.create(self.db, fields, consent)
                except people.PossibleDuplicates as dup:
                    chosen = self._ask_about(dup)
                    if chosen is None:
                        return
                    self.person_id = chosen or people.create(self.db, fields, consent, allow_duplicate=True)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def _ask_about(self, dup: people.PossibleDuplicates) -> str | None:
        """Someone close is followed already: use them (their id), create anyway (''), or go back (None)."""
        first = dup.found[0]
        lines = "\n".join(f"• {d.person.full_name} ({d.reason})" for d in dup.found[:5])
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Déjà suivie ?"))
        box.setText(self.tr("Une personne qui lui ressemble est déjà suivie :\n%1").replace("%1", lines))
        use = box.addButton(self.tr("C'est elle : utiliser sa fiche"), QMessageBox.ButtonRole.AcceptRole)
        create = box.addButton(self.tr("Quelqu'un d'autre : créer la fiche"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Revenir"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is use:
            return first.person.id
        if box.clickedButton() is create:
            return ""
        return None

