"""Sync in the desk window: status-bar piece, « Outils » menu entries, the automatic controller."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from app.store.db import Database
from app.ui.sync.controller import SyncController
from app.ui.sync.settings_dialog import SyncSettingsDialog
from app.ui.sync.status import SyncStatusLabel

__all__ = ["SyncController", "SyncUi", "install_sync"]


@dataclass(frozen=True)
class SyncUi:
    """What sync puts in the window: its controller, the status-bar piece and the two « Outils » entries."""

    controller: SyncController
    status: SyncStatusLabel
    now_action: QAction
    settings_action: QAction


def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


def install_sync(window: Any, db: Database) -> SyncUi:
    """Wire sync into a QMainWindow with `statusBar()`, `tools_menu`, `data_saved` and `refresh()`."""
    controller = SyncController(db, window, refresh=window.refresh)
    label = SyncStatusLabel(window)
    window.statusBar().addPermanentWidget(label)
    controller.status_changed.connect(lambda st: label.show_status(st, configured=controller.configured()))
    controller.progress.connect(label.show_progress)
    controller.round_finished.connect(lambda report: ask_confirmations(window, db) if report and report.held else None)

    def sync_now() -> None:
        controller.sync_now(window)

    def open_settings() -> None:
        dialog = SyncSettingsDialog(db, window)
        if dialog.exec():
            if dialog.key is not None:
                controller.key = dialog.key
            controller.apply_settings()
            controller.sync_soon()
        controller.emit_status()

    def manual_answer(report: Any) -> None:
        if controller.manual_pending:
            if report is None:
                QMessageBox.warning(window, _tr("Synchronisation"), controller.last_error)
            else:
                text = _tr("Synchronisation terminée : {0} modification(s) envoyée(s), {1} reçue(s), {2} conflit(s)")
                text = text.format(report.exported, report.imported, report.conflicts)
                if report.skipped:
                    text += _tr(", {0} fichier(s) ignoré(s)").format(report.skipped)
                window.statusBar().showMessage(text, 10_000)
        controller.manual_pending = False

    def sync_now_with_feedback() -> None:
        controller.manual_pending = True
        sync_now()

    controller.round_finished.connect(manual_answer)
    now_action = window.tools_menu.addAction(_tr("Synchroniser maintenant"))
    now_action.triggered.connect(sync_now_with_feedback)
    settings_action = window.tools_menu.addAction(_tr("Réglages de synchronisation…"))
    settings_action.triggered.connect(open_settings)
    install_network_key_actions(window, db, controller)
    window.data_saved.connect(controller.data_saved)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return SyncUi(controller, label, now_action, settings_action)


def install_network_key_actions(window: Any, db: Database, controller: SyncController) -> None:
    """« Outils › Retirer un poste du réseau… / Changer la phrase secrète du réseau… » (administrators)."""
    from app.domain.permissions import Action
    from app.ui.desk.session import actor_of
    from app.ui.sync.network_key_dialog import PASSPHRASE, REMOVE, NetworkKeyDialog

    def open_dialog(mode: str) -> None:
        check = getattr(window, "allowed", None)
        if check is None or not check(Action.REMOVE_PC):
            return
        dialog = NetworkKeyDialog(db, actor_of(window), mode, window)
        dialog.exec()
        if dialog.rotation is not None:
            controller.key = None  # the remembered key (now the new one), or the new phrase asked here
            controller.emit_status()

    for mode, text in ((REMOVE, _tr("Retirer un poste du réseau…")),
                       (PASSPHRASE, _tr("Changer la phrase secrète du réseau…"))):
        action = window.tools_menu.addAction(text)
        action.triggered.connect(lambda _checked=False, m=mode: open_dialog(m))


def ask_confirmations(window: Any, db: Database) -> None:
    """A change set from another PC that deletes or rewrites much of a table: the person decides."""
    from app.services.sync import confirmations
    from app.ui.tasks import run_task

    for batch in [b for b in confirmations.waiting(db) if b.reason == "mass"]:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Modifications reçues à confirmer"),
                          _tr("Un autre poste envoie des modifications qui {0}.\n\nSi c'est voulu (un nettoyage "
                              "décidé), appliquez-les ; sinon refusez-les : rien ne sera supprimé ici.")
                          .format(batch.why), parent=window)
        apply = box.addButton(_tr("Appliquer"), QMessageBox.ButtonRole.AcceptRole)
        refuse = box.addButton(_tr("Refuser"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        chosen = box.clickedButton()
        if chosen is apply:
            def work(_progress: Any, chosen_batch: str = batch.batch) -> int:
                return confirmations.confirm(db, chosen_batch)

            run_task(window, work, lambda _n: window.refresh(), title=_tr("Application des modifications…"))
        elif chosen is refuse:
            confirmations.refuse(db, batch.batch)
