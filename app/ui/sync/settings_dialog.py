"""« Réglages de synchronisation » : shared folder (Parcourir, Tester), passphrase, interval.

Nothing here touches the share or derives the key on the GUI thread (a dead network share stalls, scrypt
takes a second): the folder check (a moment after typing stops), « Tester » and the passphrase check at OK
run through `app/ui/tasks.py`; their answers come back by signal, a stale one is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
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
from app.ui.tasks import run_task

FOLDER_CHECK_DELAY_MS = 400  # after the last keystroke in the folder field


def has_network(folder: str) -> bool:
    """Whether `folder` holds a Pas à Pas network (off the GUI thread: the share may be dead)."""
    return bool(folder) and (root_of(Path(folder)) / FOLDER_FILE).exists()


@dataclass(frozen=True)
class Opened:
    """The passphrase's check, done off the GUI thread: the key and the network's dataset (None: no folder)."""

    key: bytes | None
    dataset: str | None


def open_with(folder: str, phrase: str, create: bool) -> Opened:
    """Create the network (`create`) or open it, and derive the key (scrypt): in a worker thread."""
    if folder and create:
        net = init_network(Path(folder), phrase)
        return Opened(net.derive(phrase), net.dataset)
    if folder and phrase:
        net = open_network(Path(folder))
        return Opened(net.derive(phrase), net.dataset)
    if folder:
        return Opened(None, open_network(Path(folder)).dataset if has_network(folder) else None)
    return Opened(None, None)


class SyncSettingsDialog(QDialog):
    """Collects the settings, checks them with the services, saves them. `key` holds the derived key."""

    checked = Signal()  # a background check answered (the folder, « Tester », or the passphrase at OK)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.key: bytes | None = None
        self.busy = False  # the passphrase is being checked (OK pressed)
        self._network_here: bool | None = None  # for the folder as typed; None: not known yet
        self._accept_when_checked = False  # OK pressed before the folder check answered
        self.setWindowTitle(self.tr("Réglages de synchronisation"))
        self._build()
        current = state.load_settings(db)
        self.folder.setText(current.folder)
        self.interval.setValue(current.interval)
        self.remember.setChecked(current.key_stored)
        self._check_folder_now()

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
        self._folder_timer = QTimer(self)
        self._folder_timer.setSingleShot(True)
        self._folder_timer.setInterval(FOLDER_CHECK_DELAY_MS)
        self._folder_timer.timeout.connect(self._check_folder_now)
        self.folder.textChanged.connect(self._folder_typed)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

    def _folder_typed(self) -> None:
        """A keystroke: the check waits until typing stops (never one per keystroke, never on this thread)."""
        self._network_here = None
        self.create_network.setEnabled(False)
        self._folder_timer.start()

    def _check_folder_now(self) -> None:
        folder = self.folder.text().strip()
        run_task(None, lambda _progress: has_network(folder), lambda found: self._folder_checked(folder, found),
                 on_error=lambda _exc: self._folder_checked(folder, False), show_progress=False)

    def _folder_checked(self, folder: str, found: bool) -> None:
        if folder != self.folder.text().strip():
            return  # typed on meanwhile: a newer check is coming
        self._network_here = found
        self.create_network.setEnabled(not found and bool(folder))
        if found:
            self.create_network.setChecked(False)
        if self._accept_when_checked:
            self._accept_when_checked = False
            self._accept()
            return
        self.checked.emit()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier partagé"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _test(self) -> None:
        """« Tester »: read and write in the folder, off the GUI thread."""
        folder = self.folder.text()
        self.test.setEnabled(False)
        self.test_result.setText(self.tr("Vérification du dossier…"))
        self.test_result.setStyleSheet("")
        run_task(self, lambda _progress: state.check_folder(folder), self._tested, show_progress=False,
                 on_error=lambda exc: self._tested((False, str(exc))))

    def _tested(self, result: tuple[bool, str]) -> None:
        ok, message = result
        self.test.setEnabled(True)
        self.test_result.setText(("✔ " if ok else "✘ ") + message)
        self.test_result.setStyleSheet("" if ok else "color: #a33;")
        self.checked.emit()

    def _accept(self) -> None:
        if self.busy:
            return
        folder = self.folder.text().strip()
        phrase = self.passphrase.text()
        create = self.create_network.isChecked()
        self.error.clear()
        if folder and self._network_here is None:  # the folder check first (it answers soon)
            self._accept_when_checked = True
            self._folder_timer.stop()
            self._check_folder_now()
            return
        if folder and not create and self._network_here is False:
            self.error.setText(
                self.tr(
                    "Aucun réseau Pas à Pas dans ce dossier : cochez « Créer un nouveau réseau dans ce dossier » "
                    "pour en créer un, ou choisissez le dossier du réseau existant."
                )
            )
            self.checked.emit()
            return
        self._set_busy(True)
        run_task(self, lambda _progress: open_with(folder, phrase, create), lambda opened: self._opened(folder, opened),
                 title=self.tr("Vérification de la phrase secrète…"), on_error=self._refused)

    def _set_busy(self, on: bool) -> None:
        self.busy = on
        self.buttons.setEnabled(not on)

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, errors.SyncError):
            self.error.setText(str(exc))
        else:
            self.error.setText(self.tr("Vérification impossible : %1").replace("%1", (str(exc).splitlines() or [""])[0]))
        self.checked.emit()

    def _opened(self, folder: str, opened: Any) -> None:
        self._set_busy(False)
        self.key = opened.key
        state.save_settings(self.db, folder=folder, interval=self.interval.value())
        if self.key is not None and self.remember.isChecked() and opened.dataset:
            state.remember_key(self.db, opened.dataset, self.key)
        elif not self.remember.isChecked():
            state.forget_key(self.db)
        self.checked.emit()
        self.accept()
