"""At the desk: « Outils › Code du personnel de la borne… » sets the PIN that lets staff leave the kiosk."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import ValidationError
from app.ui.widgets.dialogs import add_error_and_buttons


class KioskPinDialog(QDialog):
    """Two fields (the code, and again); saved hashed (argon2), never shown or stored in clear."""

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services.kiosk import settings

        self.db = db
        self.setWindowTitle(self.tr("Code du personnel de la borne"))
        layout = QVBoxLayout(self)
        already = settings.load(db).pin_set
        intro = QLabel(self.tr(
            "Ce code permet au personnel de quitter la borne ou de la régler (toucher cinq fois « Pas à Pas » en "
            "haut à gauche, ou Ctrl+Alt+Maj+K). De 4 à 12 chiffres. Il est gardé haché, jamais en clair.")
            + ("\n" + self.tr("Un code est déjà réglé : le nouveau le remplace.") if already else ""), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAccessibleName(self.tr("Nouveau code"))
        form.addRow(self.tr("&Nouveau code :"), self.pin)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setMaxLength(12)
        self.again.setAccessibleName(self.tr("Le même code, encore une fois"))
        form.addRow(self.tr("&Encore une fois :"), self.again)
        layout.addLayout(form)
        self.error = add_error_and_buttons(self, layout)
        self.pin.textChanged.connect(lambda _t: self.error.clear())
        self.again.textChanged.connect(lambda _t: self.error.clear())

    def accept(self) -> None:
        from app.services.kiosk import settings

        if self.pin.text() != self.again.text():
            self.error.setText(self.tr("Encore une fois : les deux codes sont différents ; retapez-les."))
            self.again.setFocus()
            return
        try:
            settings.set_staff_pin(self.db, self.pin.text())
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.pin.setFocus()
            return
        self.pin.clear()
        self.again.clear()
        super().accept()
