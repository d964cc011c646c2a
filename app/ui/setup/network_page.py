"""Wizard page 1: join the town's network (shared folder + passphrase), create it, or stay alone for now.

The folder and the passphrase are checked off the GUI thread (scrypt and a first sync round take
seconds): the page says what it is doing, then what is wrong in words, or goes on by itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.errors import ValidationError
from app.services import first_run
from app.store.db import Database
from app.ui.setup.common import error_label

JOIN, CREATE, ALONE = "join", "create", "alone"


class NetworkPage(QWizardPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.joined: first_run.Joined | None = None
        self._checked: tuple[str, str, str] | None = None  # (mode, folder, passphrase) that passed
        self._task: Any = None
        self.setTitle(self.tr("Le réseau des points d'aide"))
        self.setSubTitle(self.tr("Les postes de la ville partagent leurs données par un dossier partagé (partage "
                                 "réseau, clé USB ou dossier synchronisé), chiffrées par une phrase secrète."))
        self.join_button = QRadioButton(self.tr("&Rejoindre le réseau de la ville (un autre poste est déjà installé)"), self)
        self.create_button = QRadioButton(self.tr("Cré&er un nouveau réseau (c'est le premier poste installé)"), self)
        self.alone_button = QRadioButton(self.tr("Ce poste &seul pour l'instant (le réseau se règle plus tard : "
                                          "Outils › Réglages de synchronisation)"), self)
        self.modes = QButtonGroup(self)
        for button in (self.join_button, self.create_button, self.alone_button):
            self.modes.addButton(button)
        self.join_button.setChecked(True)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("par exemple : \\\\serveur\\pasapas ou une clé USB"))
        self.browse = QPushButton(self.tr("&Parcourir…"), self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("la phrase secrète du réseau"))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_label = QLabel(self.tr("La même, encore une &fois :"), self)
        self.again_label.setBuddy(self.again)
        self.remember = QCheckBox(self.tr("Retenir la clé sur ce PC (la phrase elle-même n'est pas enregistrée)"), self)
        self.remember.setChecked(True)
        self.form = QFormLayout()
        folder_label = QLabel(self.tr("&Dossier partagé :"), self)
        folder_label.setBuddy(self.folder)  # a row holding a layout gets no buddy by itself: « & » would show
        self.form.addRow(folder_label, row)
        self.form.addRow(self.tr("Phrase secrè&te :"), self.passphrase)
        self.form.addRow(self.again_label, self.again)
        self.form.addRow("", self.remember)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        for button in (self.join_button, self.create_button, self.alone_button):
            layout.addWidget(button)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.browse.clicked.connect(self._browse)
        self.modes.buttonToggled.connect(lambda *_: self._mode_changed())
        for edit in (self.folder, self.passphrase, self.again):
            edit.textChanged.connect(self.error.clear)
        self._mode_changed()

    def mode(self) -> str:
        return JOIN if self.join_button.isChecked() else CREATE if self.create_button.isChecked() else ALONE

    def _mode_changed(self) -> None:
        networked = self.mode() != ALONE
        for widget in (self.folder, self.browse, self.passphrase, self.remember):
            widget.setEnabled(networked and self.joined is None)
        creating = self.mode() == CREATE
        self.again.setVisible(creating)
        self.again_label.setVisible(creating)
        self.error.clear()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier partagé du réseau"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    # --- checking, off the GUI thread ----------------------------------------------------------------
    def validatePage(self) -> bool:  # noqa: N802
        mode, folder, phrase = self.mode(), self.folder.text().strip(), self.passphrase.text()
        if mode == ALONE or self.joined is not None or self._checked == (mode, folder, phrase):
            return True
        if self._task is not None and self._task.running:
            return False
        if mode == CREATE and phrase != self.again.text():
            self._show_error(ValidationError(self.tr("Phrase secrète"),
                                             self.tr("les deux phrases tapées sont différentes ; retapez-les")))
            return False
        self._start_check(mode, folder, phrase)
        return False

    def _start_check(self, mode: str, folder: str, phrase: str) -> None:
        from app.ui.tasks import run_task

        db, remember = self.db, self.remember.isChecked()

        def work(progress: Any) -> Any:  # holds no Qt object
            if mode == JOIN:
                return first_run.join(db, folder, phrase, remember=remember, progress=progress)
            return first_run.create(db, folder, phrase, remember=remember)

        self.error.clear()
        self.status.setText(self.tr("Vérification du dossier et de la phrase secrète, puis réception des données "
                                    "du réseau…") if mode == JOIN else self.tr("Création du réseau…"))
        self._busy(True)
        self._task = run_task(self, work, lambda result: self._checked_ok(mode, folder, phrase, result),
                              on_error=self._checked_bad, show_progress=False,
                              on_progress=lambda done, total, text: self.status.setText(text) if text else None)

    def _busy(self, busy: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton):
                button = wizard.button(which)
                if button is not None:
                    button.setEnabled(not busy)
        for widget in (self.join_button, self.create_button, self.alone_button, self.folder, self.browse, self.passphrase, self.again):
            widget.setEnabled(not busy)
        if not busy:
            self._mode_changed()

    def _checked_ok(self, mode: str, folder: str, phrase: str, result: Any) -> None:
        self._checked = (mode, folder, phrase)
        if isinstance(result, first_run.Joined):
            self.joined = result
            self.status.setText(self.tr("Réseau rejoint : %1 lieu(x) et %2 conseiller(s) reçus.")
                                .replace("%1", str(len(result.sites))).replace("%2", str(len(result.conseillers))))
            for widget in (self.join_button, self.create_button, self.alone_button):
                widget.setEnabled(False)  # this PC now holds that network's data
        else:
            self.status.setText(self.tr("Réseau créé. Les autres postes le rejoindront avec ce dossier et cette "
                                        "phrase secrète."))
        self._busy(False)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _checked_bad(self, exc: Exception) -> None:
        self.status.clear()
        self._busy(False)
        self._show_error(exc)

    def _show_error(self, exc: Exception) -> None:
        self.error.setText(str(exc))
        if isinstance(exc, ValidationError):
            target = self.passphrase if exc.field in (first_run.PASSPHRASE_FIELD, self.tr("Phrase secrète")) \
                else self.folder
            target.setFocus()
