"""« Réglages de synchronisation » : shared folder (Parcourir, Tester), passphrase, interval."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.sync import errors, state
from app.services.sync.folder import FOLDER_FILE, init_network, open_network, root_of
from app.store.db import Database


class SyncSettingsDialog(QDialog):
    """Collects the settings, checks them with the services, saves them. `key` holds the derived key."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.key: bytes | None = None
        self.setWindowTitle(self.tr("Réglages de synchronisation"))
        self._build()
        current = state.load_settings(db)
        self.folder.setText(current.folder)
        self.interval.setValue(current.interval)
        self.remember.setChecked(current.key_stored)
        self._update_create()

    def _build(self) -> None:
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("partage réseau, clé USB ou dossier synchronisé"))
        self.browse = QPushButton(self.tr("Parcourir…"))
        self.test = QPushButton(self.tr("Tester"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        row.addWidget(self.test)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("la phrase secrète du réseau des points d'aide"))
        self.remember = QCheckBox(self.tr("Retenir la clé sur ce PC (la phrase elle-même n'est pas enregistrée)"))
        self.create_network = QCheckBox(self.tr("Créer un nouveau réseau dans ce dossier"))
        self.interval = QSpinBox()
        self.interval.setRange(state.MIN_INTERVAL, 3600)
        self.interval.setSuffix(self.tr(" s"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a33;")
        form = QFormLayout()
        form.addRow(self.tr("Dossier partagé"), row)
        form.addRow("", self.test_result)
        form.addRow(self.tr("Phrase secrète"), self.passphrase)
        form.addRow("", self.remember)
        form.addRow("", self.create_network)
        form.addRow(self.tr("Synchroniser toutes les"), self.interval)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._browse)
        self.test.clicked.connect(self._test)
        self.folder.textChanged.connect(self._update_create)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

    def _has_network(self) -> bool:
        text = self.folder.text().strip()
        return bool(text) and (root_of(Path(text)) / FOLDER_FILE).exists()

    def _update_create(self) -> None:
        has = self._has_network()
        self.create_network.setEnabled(not has and bool(self.folder.text().strip()))
        if has:
            self.create_network.setChecked(False)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier partagé"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _test(self) -> None:
        ok, message = state.check_folder(self.folder.text())
        self.test_result.setText(("✔ " if ok else "✘ ") + message)
        self.test_result.setStyleSheet("" if ok else "color: #a33;")

    def _accept(self) -> None:
        folder = self.folder.text().strip()
        phrase = self.passphrase.text()
        self.error.clear()
        if folder and not self.create_network.isChecked() and not self._has_network():
            self.error.setText(
                self.tr(
                    "Aucun réseau Pas à Pas dans ce dossier : cochez « Créer un nouveau réseau dans ce dossier » "
                    "pour en créer un, ou choisissez le dossier du réseau existant."
                )
            )
            return
        try:
            if folder and self.create_network.isChecked():
                net = init_network(Path(folder), phrase)
                self.key = net.derive(phrase)
            elif folder and phrase:
                self.key = open_network(Path(folder)).derive(phrase)
        except errors.SyncError as exc:
            self.error.setText(str(exc))
            return
        state.save_settings(self.db, folder=folder, interval=self.interval.value())
        if self.key is not None and self.remember.isChecked():
            state.remember_key(self.db, open_network(Path(folder)).dataset, self.key)
        elif not self.remember.isChecked():
            state.forget_key(self.db)
        self.accept()
