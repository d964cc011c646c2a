"""« Outils › Comptes du personnel » (admin): the accounts, a new one, a new password, close, role, trusted desk."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.permissions import ROLE_LABELS, Role


class AccountsDialog(QDialog):
    """A short list (a town's staff: a few accounts), so a plain table widget."""

    def __init__(self, db: Any, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services import accounts

        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Comptes du personnel"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Rôle"), self.tr("État")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Nouveau compte…"), self)
        self.reset_button = QPushButton(self.tr("Nouveau &mot de passe…"), self)
        self.role_button = QPushButton(self.tr("Changer le &rôle"), self)
        self.close_button = QPushButton(self.tr("&Fermer ou rouvrir"), self)
        for b in (self.add_button, self.reset_button, self.role_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.trusted = QCheckBox(self.tr(
            "Ce PC est un poste de &confiance : un code court (4 à 8 chiffres) suffit pour se connecter"), self)
        self.trusted.setChecked(accounts.is_trusted_desk(db))
        self.trusted.toggled.connect(self._trusted)
        layout.addWidget(self.trusted)
        self.error = QLabel("", self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        done.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        done.rejected.connect(self.reject)
        layout.addWidget(done)
        self.add_button.clicked.connect(self.add_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.toggle_role)
        self.close_button.clicked.connect(self.toggle_active)
        self.reload()

    def reload(self) -> None:
        from app.services import accounts

        self.rows = accounts.list_accounts(self.db, self.actor)
        self.table.setRowCount(len(self.rows))
        for i, a in enumerate(self.rows):
            state = self.tr("ouvert") if a.active else self.tr("fermé")
            if a.must_change_password:
                state += self.tr(" · mot de passe à changer")
            if a.has_pin:
                state += self.tr(" · code court")
            for j, text in enumerate((a.name, ROLE_LABELS[a.role], state)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected(self) -> Any:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            return self.rows[row]
        self.error.setText(self.tr("Choisissez d'abord un compte dans la liste."))
        return None

    def _do(self, call: Any) -> bool:
        try:
            call()
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.reload()
        return True

    def add_account(self) -> None:
        from app.services import accounts

        dialog = NewAccountDialog(self, db=self.db)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            role = Role.ADMIN if dialog.admin.isChecked() else Role.CONSEILLER
            self._do(lambda: accounts.create_account(self.db, self.actor, dialog.name.text(),
                                                     dialog.password.text(), role,
                                                     conseiller_id=dialog.conseiller.currentData()))

    def reset_password(self) -> None:
        from app.services import accounts

        a = self.selected()
        if a is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Nouveau mot de passe"), self.tr(
            "Mot de passe provisoire pour %1 (à changer à sa prochaine connexion) :").replace("%1", a.name),
            QLineEdit.EchoMode.Password)
        if ok:
            self._do(lambda: accounts.reset_password(self.db, self.actor, a.name, text))

    def toggle_role(self) -> None:
        from app.services import accounts

        a = self.selected()
        if a is not None:
            new = Role.CONSEILLER if a.role is Role.ADMIN else Role.ADMIN
            self._do(lambda: accounts.set_role(self.db, self.actor, a.name, new))

    def toggle_active(self) -> None:
        from app.services import accounts

        a = self.selected()
        if a is not None:
            self._do(lambda: accounts.set_active(self.db, self.actor, a.name, not a.active))

    def _trusted(self, on: bool) -> None:
        from app.services import accounts

        self._do(lambda: accounts.set_trusted_desk(self.db, self.actor, on))


class NewAccountDialog(QDialog):
    """Name, provisional password, role, and the conseiller the account records as (whose statistics a
    conseiller sees; by default the conseiller of the same name)."""

    def __init__(self, parent: QWidget | None = None, *, db: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouveau compte"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Prénom Nom"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin = QCheckBox(self.tr("&Administrateur"), self)
        form.addRow(self.tr("&Nom :"), self.name)
        form.addRow(self.tr("Mot de passe &provisoire :"), self.password)
        form.addRow("", self.admin)
        self.conseiller = QComboBox(self)
        self.conseiller.addItem(self.tr("celui qui porte le même nom"), None)
        if db is not None:
            from app.services import installation

            for c in installation.list_conseillers(db):
                self.conseiller.addItem(c.full_name, c.id)
        self.conseiller.setAccessibleName(self.tr("Conseiller"))
        form.addRow(self.tr("&Conseiller :"), self.conseiller)
        note = QLabel(self.tr("La personne choisira son mot de passe à sa première connexion. Un conseiller "
                              "voit les statistiques de ses accompagnements : ceux du conseiller choisi ici."),
                      self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


