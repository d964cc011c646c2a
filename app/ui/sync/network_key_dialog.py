"""« Retirer un poste du réseau… » / « Changer la phrase secrète du réseau… »: an administrator moves the
network to a new key (`app/services/sync/removal.py`), with the new phrase typed twice and what follows said."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services.sync import removal, state
from app.services.sync.folder import open_network
from app.store.db import Database
from app.ui.tasks import run_task
from app.ui.widgets.screen_fit import fit_to_screen

REMOVE, PASSPHRASE = "remove", "passphrase"


def _pcs(db: Database, folder: str) -> list[removal.Pc]:
    """The PCs of the share, off the GUI thread (the share may be slow or gone)."""
    return [p for p in removal.list_pcs(db, folder) if not p.removed and not p.this_pc]


def _remembers(db: Database, folder: str) -> bool:
    return state.stored_key(db, open_network(Path(folder)).dataset) is not None


class NetworkKeyDialog(QDialog):
    """Which PC (to remove), the new passphrase twice, the current one if this PC does not remember the key."""

    finished_work = Signal()  # a background step answered (the list of PCs, or the change itself)

    def __init__(self, db: Database, actor: Any, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.mode = db, actor, mode
        self.folder = state.load_settings(db).folder
        self.rotation: Any = None
        removing = mode == REMOVE
        self.setWindowTitle(self.tr("Retirer un poste du réseau") if removing
                            else self.tr("Changer la phrase secrète du réseau"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Pour un PC volé, perdu ou qui quitte le réseau. Ses fichiers écrits à partir de maintenant seront "
            "refusés par tous les autres postes, et le réseau passe à une nouvelle clé, ouverte par une nouvelle "
            "phrase secrète. Il garde ce qu'il avait déjà : retirez-lui aussi l'accès au dossier partagé.")
            if removing else self.tr(
            "Le réseau passe à une nouvelle clé, ouverte par la nouvelle phrase secrète ; l'ancienne n'ouvrira "
            "plus rien de ce qui sera écrit ensuite. Les postes qui retiennent la clé la reçoivent d'eux-mêmes ; "
            "sur les autres, il faudra taper la nouvelle phrase."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.pc = QComboBox(self)
        if removing:
            form.addRow(self.tr("&Poste à retirer :"), self.pc)
        else:
            self.pc.hide()  # not in the form: neither shown nor in the Tab order
        self.current = QLineEdit(self)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_label = QLabel(self.tr("Phrase &actuelle :"), self)
        self.current_label.setBuddy(self.current)
        form.addRow(self.current_label, self.current)
        self.new = QLineEdit(self)
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Nouvelle phrase secrète :"), self.new)
        form.addRow(self.tr("La même, &encore :"), self.again)
        layout.addLayout(form)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.error = QLabel("", self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Retirer ce poste") if removing else self.tr("Changer la phrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(fit_to_screen(self, QSize(640, 380)))
        self._load()

    # --- what the dialog needs first, off the GUI thread ------------------------------------------------

    def _load(self) -> None:
        self.ok.setEnabled(False)
        if not self.folder:
            self.error.setText(self.tr("Ce poste n'a pas de dossier partagé : réglez d'abord la synchronisation."))
            return
        self.message.setText(self.tr("Lecture du dossier partagé…"))
        db, folder, removing = self.db, self.folder, self.mode == REMOVE

        def work(_progress: Any) -> tuple[list[removal.Pc], bool]:
            return (_pcs(db, folder) if removing else []), _remembers(db, folder)

        run_task(self, work, self._loaded, on_error=self._failed, show_progress=False)

    def _loaded(self, found: tuple[list[removal.Pc], bool]) -> None:
        pcs, remembers = found
        self.message.clear()
        self.current.setVisible(not remembers)
        self.current_label.setVisible(not remembers)
        for p in pcs:
            self.pc.addItem(p.name or self.tr("(nom inconnu) %1").replace("%1", p.device[:8]), p.device)
        if self.mode == REMOVE and not pcs:
            self.error.setText(self.tr("Aucun autre poste dans le dossier partagé."))
        else:
            self.ok.setEnabled(True)
        self.finished_work.emit()

    def _failed(self, exc: Exception) -> None:
        self.message.clear()
        self.error.setText(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        self.ok.setEnabled(self.mode != REMOVE or self.pc.count() > 0)
        self.finished_work.emit()

    # --- the change -------------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.rotation is not None:
            self.accept()
            return
        self.error.clear()
        new, again = self.new.text(), self.again.text()
        if len(new) < 8:
            self._refuse(self.new, self.tr("Nouvelle phrase secrète : au moins 8 caractères (une phrase facile à "
                                           "retenir, par exemple « la médiathèque ouvre à neuf heures »)."))
            return
        if new != again:
            self._refuse(self.again, self.tr("La même, encore : les deux saisies diffèrent ; tapez-la à nouveau."))
            return
        if self.current.isVisible() and not self.current.text():
            self._refuse(self.current, self.tr("Phrase actuelle : ce poste ne retient pas la clé, tapez la phrase "
                                               "secrète actuelle du réseau."))
            return
        name = self.pc.currentText()
        question = (self.tr("Retirer « %1 » du réseau ? Cela ne s'annule pas.").replace("%1", name)
                    if self.mode == REMOVE else self.tr("Changer la phrase secrète du réseau ?"))
        if QMessageBox.question(self, self.windowTitle(), question) != QMessageBox.StandardButton.Yes:
            return
        db, folder, actor, mode = self.db, self.folder, self.actor, self.mode
        device = self.pc.currentData()
        current = self.current.text() if self.current.isVisible() else None

        def work(_progress: Any) -> Any:
            if mode == REMOVE:
                return removal.remove_pc(db, folder, device, actor=actor, new_passphrase=new, passphrase=current)
            return removal.change_passphrase(db, folder, actor=actor, new_passphrase=new, passphrase=current)

        self.ok.setEnabled(False)
        self.message.setText(self.tr("Nouvelle clé en préparation…"))
        run_task(self, work, self._done, on_error=self._failed, show_progress=False)

    def _refuse(self, field: QLineEdit, text: str) -> None:
        self.error.setText(text)
        field.setFocus()
        field.selectAll()

    def _done(self, rotation: Any) -> None:
        self.rotation = rotation
        for w in (self.new, self.again, self.current, self.pc):
            w.setEnabled(False)
        lines = []
        if rotation.removed:
            lines.append(self.tr("« %1 » est retiré du réseau : ses nouveaux fichiers seront refusés.")
                         .replace("%1", rotation.removed[0]))
        lines.append(self.tr("Nouvelle clé n° %1 en place.").replace("%1", str(rotation.generation)))
        if rotation.granted:
            lines.append(self.tr("Reçue d'elle-même à la prochaine synchronisation par : %1.")
                         .replace("%1", ", ".join(rotation.granted)))
        if rotation.asking:
            lines.append(self.tr("À taper sur : %1 (la nouvelle phrase, dans « Réglages de synchronisation »).")
                         .replace("%1", ", ".join(rotation.asking)))
        self.message.setText("\n".join(lines))
        self.ok.setText(self.tr("Fermer"))
        self.ok.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.finished_work.emit()
