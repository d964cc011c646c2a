"""« Changer mon mot de passe » (asked at the first login after an admin gave one)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import ValidationError
from app.ui.widgets.dialogs import add_error_and_buttons


class ChangePasswordDialog(QDialog):
    def __init__(self, db: Any, actor: Any, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Changer mon mot de passe"))
        layout = QVBoxLayout(self)
        if required:
            note = QLabel(self.tr("Ce mot de passe vous a été donné : choisissez le vôtre."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.old, self.new, self.again = (QLineEdit(self) for _ in range(3))
        for field in (self.old, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Mot de passe &actuel :"), self.old)
        form.addRow(self.tr("&Nouveau mot de passe :"), self.new)
        form.addRow(self.tr("&Encore une fois :"), self.again)
        layout.addLayout(form)
        self.error = add_error_and_buttons(self, layout)

    def accept(self) -> None:
        from app.services import accounts

        if self.new.text() != self.again.text():
            self.error.setText(self.tr("Encore une fois : les deux mots de passe sont différents ; retapez-les."))
            self.again.setFocus()
            return
        try:
            accounts.change_password(self.db, self.actor, self.old.text(), self.new.text())
        except ValidationError as exc:
            self.error.setText(str(exc))
            (self.old if "actuel" in exc.field else self.new).setFocus()
            return
        super().accept()
