"""The login form: a name, the password (or the short code on a trusted desk), « Se connecter »."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError


class LoginWidget(QWidget):
    """Emits `logged_in(Actor)`. A refusal (wrong password, a wait after failures) is said on its line."""

    logged_in = Signal(object)

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services import accounts

        self.db = db
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Connexion"), self)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        form = QFormLayout()
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setAccessibleName(self.tr("Nom"))
        form.addRow(self.tr("&Nom :"), self.name)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Mot de passe"))
        self.password.returnPressed.connect(self.submit)
        form.addRow(self.tr("&Mot de passe :"), self.password)
        self.use_pin = QCheckBox(self.tr("Avec mon &code court (poste de confiance)"), self)
        self.use_pin.setVisible(accounts.is_trusted_desk(db))
        form.addRow("", self.use_pin)
        layout.addLayout(form)
        self.error = QLabel("", self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.button = QPushButton(self.tr("Se &connecter"), self)
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.submit)
        layout.addWidget(self.button)
        self.password.textChanged.connect(lambda _t: self.error.clear())
        self.reload()

    def reload(self) -> None:
        """The names of the open accounts (staff only), the last one kept."""
        from app.services import accounts

        current = self.name.currentText()
        self.name.clear()
        self.name.addItems(accounts.login_names(self.db))
        if current:
            self.name.setCurrentText(current)
        self.use_pin.setVisible(accounts.is_trusted_desk(self.db))
        self.password.clear()

    def focus(self) -> None:
        (self.password if self.name.currentText() else self.name).setFocus()

    def submit(self) -> Any:
        from app.services import accounts

        name, secret = self.name.currentText(), self.password.text()
        self.password.clear()
        try:
            if self.use_pin.isVisible() and self.use_pin.isChecked():
                actor = accounts.login_pin(self.db, name, secret)
            else:
                actor = accounts.login(self.db, name, secret)
        except ValidationError as exc:
            text = exc.message if exc.field == "connexion" else str(exc)
            self.error.setText(text[:1].upper() + text[1:])
            if self.name.findText(name) < 0:
                # Not an account's name (perhaps a password typed in the wrong field): not left on screen.
                self.name.setCurrentText("")
                self.name.setFocus()
            else:
                self.password.setFocus()
            return None
        self.error.clear()
        self.logged_in.emit(actor)
        return actor
