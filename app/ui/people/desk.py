"""The people and backups part of the desk: « Personnes suivies… », backup and restore in « Outils », the
retention run at start and daily, and the restore offered when the database fails its check at start."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.store.db import Database

RETENTION_CHECK_MS = 60 * 60 * 1000  # hourly: the run itself happens once per Paris day
log = logging.getLogger("pasapas.privacy")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleDesk", text)


def install_people(window: Any, db: Database) -> None:
    """Menu entries in `window.tools_menu`, and the daily retention timer."""
    people_action = QAction(_tr("&Personnes suivies…"), window)
    people_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    people_action.triggered.connect(lambda: open_people(window, db))
    window.tools_menu.addAction(people_action)
    window.tools_menu.addSeparator()
    backup_action = QAction(_tr("&Sauvegarder la base maintenant"), window)
    backup_action.triggered.connect(lambda: back_up_now(window, db))
    window.tools_menu.addAction(backup_action)
    restore_action = QAction(_tr("Restaurer une sa&uvegarde…"), window)
    restore_action.triggered.connect(lambda: choose_and_restore(window, db))
    window.tools_menu.addAction(restore_action)
    timer = QTimer(window)  # kept alive by its parent, the window
    timer.timeout.connect(lambda: run_retention(window, db))
    timer.start(RETENTION_CHECK_MS)
    QTimer.singleShot(4000, window, lambda: run_retention(window, db))  # dropped with the window


def open_people(window: QWidget, db: Database) -> None:
    from app.ui.people.dialog import PeopleDialog

    PeopleDialog(db, window).exec()


def run_retention(window: Any, db: Database) -> None:
    """The retention rule, off the GUI thread, once per day (the service knows whether it ran today)."""
    from app.services import people
    from app.ui.tasks import run_task

    if getattr(window, "db", db) is not db or not window.isVisible():
        return  # the database was closed (a restore) or the window: nothing to do with this one

    def done(report: Any) -> None:
        if report.ran and report.anonymised:
            window.statusBar().showMessage(
                _tr("Conservation : %1 personne(s) suivie(s) sans visite depuis longtemps rendue(s) anonyme(s).")
                .replace("%1", str(report.anonymised)), 10_000)

    run_task(window, lambda _p: people.retention_if_due(db), done,
             on_error=lambda *_a: log.warning("conservation : le passage du jour n'a pas abouti"))


def back_up_now(window: Any, db: Database) -> None:
    from app.services import backups
    from app.ui.tasks import run_task

    run_task(window, lambda _p: backups.back_up(db.path.parent),
             lambda made: window.statusBar().showMessage(_tr("Sauvegarde écrite : %1").replace("%1", str(made)), 10_000),
             title=_tr("Sauvegarde"))


def choose_and_restore(window: Any, db: Database) -> None:
    """Pick a backup (in `backups/`), confirm, then put it in place; the desk closes to reopen on it.
    Admins only (the command line's `restore` asks for `--as` too); a damaged database is another matter
    (`offer_restore`: anyone at the PC, there is nothing left to protect in it)."""
    from app.domain.permissions import Action

    allowed = getattr(window, "allowed", None)
    if allowed is not None and not allowed(Action.RESTORE):
        return
    folder = db.path.parent / "backups"
    path, _ = QFileDialog.getOpenFileName(window, _tr("Restaurer une sauvegarde"), str(folder),
                                          _tr("Sauvegardes (*.sqlite)"))
    if not path:
        return
    answer = QMessageBox.question(
        window, _tr("Restaurer cette sauvegarde ?"),
        _tr("La base actuelle est d'abord sauvegardée, puis remplacée par %1. Ce qui a été enregistré depuis cette "
            "sauvegarde revient par la synchronisation s'il a été envoyé aux autres postes. Pas à Pas se ferme "
            "ensuite : rouvrez-le.").replace("%1", Path(path).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes:
        from app.ui.desk.session import actor_of

        restore_and_close(window, Path(path), actor=actor_of(window))


def restore_and_close(window: Any, file: Path, *, actor: Any = None) -> bool:
    """Close the database, restore `file`, say what was done, close the window. True when restored.
    `actor`: who asked (named in the restored database's audit line); None: the offer at start."""
    from app.services import backups
    from app.store.health import describe_failure

    data_dir = window.data_dir
    if window.db is not None:
        sync = getattr(window, "sync", None)
        if sync is not None:  # what is left goes to the other PCs first; no round after, on the new file
            with contextlib.suppress(Exception):
                sync.shutdown()
            app = QApplication.instance()
            if app is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    app.aboutToQuit.disconnect(sync.shutdown)
        window.form = None  # its draft would be written into the restored file
        window.db.dispose()
        window.db = None
    try:
        done, again = backups.restore(data_dir, file, actor=actor)
    except Exception as exc:
        QMessageBox.critical(window, _tr("Restaurer"), describe_failure(exc))
        window.close()
        return False
    text = _tr("Sauvegarde remise en place : %1.").replace("%1", str(done.source))
    if done.previous:
        text += " " + _tr("L'ancienne base est gardée : %1.").replace("%1", str(done.previous))
    if again:
        text += " " + _tr("%1 effacement(s) fait(s) depuis appliqué(s) de nouveau.").replace("%1", str(again))
    QMessageBox.information(window, _tr("Restaurer"), text + " " + _tr("Rouvrez Pas à Pas."))
    window.close()
    return True


def offer_restore(window: Any, message: str) -> bool:
    """The database failed its check: offer the newest sound backup. True when it was restored."""
    from app.services import backups

    latest = backups.latest_sound(window.data_dir)
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Base de données abîmée"))
    box.setText(message)
    restore = None
    if latest is not None:
        restore = box.addButton(_tr("Restaurer la dernière sauvegarde saine"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Fermer Pas à Pas"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is not None and box.clickedButton() is restore and latest is not None:
        return restore_and_close(window, latest)
    return False
