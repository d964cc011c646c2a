"""The first admin's account: a self-contained widget (the first-run wizard embeds it) and its dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.accounts import PASSWORD_MIN
from app.domain.errors import ValidationError


class AdminSetupWidget(QWidget):
    """Name, password, the same again. `submit()` creates the admin (service `create_first_admin`) and
    emits `created(Actor)`; a mistake is named on the error line and the field gets the cursor."""

    created = Signal(object)

    def __init__(self, db: Any, parent: QWidget | None = None, *, name: str = "",
                 conseiller_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.conseiller_id = conseiller_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Le compte administrateur gère les comptes, les réglages, les exports avec des noms ou des notes et "
            "l'effacement des données. Choisissez un mot de passe d'au moins %1 caractères : il est gardé haché "
            "(argon2id), jamais en clair.").replace("%1", str(PASSWORD_MIN)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(self.tr("Prénom Nom"))
        self.name.setMaxLength(80)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Mot de passe"))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Le même mot de passe, encore une fois"))
        form.addRow(self.tr("&Nom de l'administrateur :"), self.name)
        form.addRow(self.tr("&Mot de passe :"), self.password)
        form.addRow(self.tr("&Encore une fois :"), self.again)
        layout.addLayout(form)
        self.error = QLabel("", self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        for field in (self.name, self.password, self.again):
            field.textChanged.connect(lambda _t: self.error.clear())

    def submit(self) -> Any:
        """Create the admin; the Actor, or None (the error line says why)."""
        from app.services import accounts

        if self.password.text() != self.again.text():
            self._fail(self.tr("Encore une fois : les deux mots de passe sont différents ; retapez-les."), self.again)
            return None
        try:
            actor = accounts.create_first_admin(self.db, self.name.text(), self.password.text(),
                                                conseiller_id=self.conseiller_id)
        except ValidationError as exc:
            self._fail(str(exc), self.name if exc.field in ("nom", "compte") else self.password)
            return None
        self.password.clear()
        self.again.clear()
        self.created.emit(actor)
        return actor

    def _fail(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        field.setFocus()
        field.selectAll()


class AdminSetupDialog(QDialog):
    """« Créer le compte administrateur », alone (a PC set up before accounts existed)."""

    def __init__(self, db: Any, parent: QWidget | None = None, *, name: str = "",
                 conseiller_id: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compte administrateur"))
        self.setMinimumWidth(480)
        self.actor: Any = None
        layout = QVBoxLayout(self)
        self.form = AdminSetupWidget(db, self, name=name, conseiller_id=conseiller_id)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer le compte"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quitter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.form.password if name else self.form.name).setFocus()

    def accept(self) -> None:
        self.actor = self.form.submit()
        if self.actor is not None:
            super().accept()
