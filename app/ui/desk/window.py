"""The desk window. It paints an empty shell first, then opens the database and builds its pages, so
that the conseiller sees a window at once even when the database has to be migrated.

Extension points for the other capabilities: `add_page(title, widget)`, `tools_menu`, `notify(notice)`
after a change (a `ChangeNotice`: the tables, and where cheap the rows, that changed: each page reloads
only if it shows one of them), the `changed` signal that carries it, `data_saved` (after every local
change: the sync's cue) and `refresh(notice)` (after data changed elsewhere; no notice: everything).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from app.domain.change_notice import CONSEILLER, HELP_REQUEST, SETTINGS, SITE, ChangeNotice
from app.ui.desk.pages import DeskPages

if TYPE_CHECKING:
    from app.ui.desk.form import RequestForm
    from app.ui.desk.log_page import LogPage
    from app.ui.desk.queue import QueuePanel
    from app.ui.guides.page import GuidesPage
    from app.ui.stats.page import StatsPage
    from app.ui.sync import SyncUi
    from app.ui.sync.controller import SyncController

SETTINGS_VERSION = 1
STARTUP_PROBE_ENV = "PASAPAS_STARTUP_PROBE"  # benchmarks: file to append start-up timings to


def desk_settings(data_dir: Path) -> QSettings:
    """Per-installation UI settings (plain values only) beside the database."""
    return QSettings(str(data_dir / "desk.ini"), QSettings.Format.IniFormat)


class DeskWindow(QMainWindow):
    data_saved = Signal()
    changed = Signal(object)  # ChangeNotice
    ready = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.db: Any = None
        # Today's queue as the start screen shows it, before the database layer and the other pages exist;
        # the pages take it (`queue`) once built.
        self.start_queue: QueuePanel | None = None
        self.pages: DeskPages | None = None
        self._keep_draft = True  # at closing, the ticket's work is kept as its draft
        self.sync: SyncController | None = None  # once the pages are built (`install_sync`)
        self.sync_ui: SyncUi | None = None  # its status-bar piece and « Outils » entries, built with it
        self.settings = desk_settings(data_dir)
        self.setWindowTitle(self.tr("Pas à Pas — accueil"))
        from app.ui.widgets.screen_fit import fit_to_screen

        fit_to_screen(self, QSize(1280, 800))  # 1366×768: the whole window and its buttons on screen
        geometry = self.settings.value("window/geometry", "")
        if geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(str(geometry))))
            fit_to_screen(self, self.size())  # a size remembered from a bigger screen still fits this one
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.loading: QLabel | None = QLabel(self.tr("Ouverture de la base de données…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.loading)
        self.file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.tools_menu = self.menuBar().addMenu(self.tr("&Outils"))
        self.help_menu = self.menuBar().addMenu(self.tr("Ai&de"))
        keys_action = QAction(self.tr("&Raccourcis clavier"), self)
        keys_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        keys_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(keys_action)
        self.addAction(keys_action)
        doctor_action = QAction(self.tr("É&tat du poste…"), self)
        doctor_action.triggered.connect(self.show_doctor)
        self.help_menu.addAction(doctor_action)
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self.undo_button = QPushButton(self.tr("Annuler (Ctrl+Z)"), self)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_delete)
        self.statusBar().addPermanentWidget(self.undo_button)
        from app.ui.desk.undo import UndoOffer

        self.undo = UndoOffer(self)
        self.undo.changed.connect(self.undo_button.setVisible)
        self._painted = False
        self._probe = os.environ.get(STARTUP_PROBE_ENV)
        self.installEventFilter(self)

    # --- start-up ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._mark("painted")
            QTimer.singleShot(0, self._show_start_screen)
        return super().eventFilter(watched, event)

    def _mark(self, what: str) -> None:
        if self._probe:
            with open(self._probe, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"event": what, "time": time.time()}) + "\n")

    def _show_start_screen(self) -> None:
        """Today's queue at once (plain sqlite3), then the database layer and the other pages."""
        from app.domain.clock import paris_today
        from app.paths import database_path
        from app.store.quick import read_start_screen

        screen = read_start_screen(database_path(self.data_dir), paris_today())
        if screen is not None:
            from app.ui.desk.queue import QueuePanel

            self.start_queue = QueuePanel(None, self, site_id=screen.site_id)
            self.start_queue.show_entries(screen.queue)
            self._title(screen.site_name, screen.conseiller_name)
            self.desk_splitter = QSplitter(Qt.Orientation.Horizontal, self)
            self.desk_splitter.addWidget(self.start_queue)
            self.takeCentralWidget()  # keep the label: setCentralWidget would delete it
            assert self.loading is not None  # the label painted first, still there
            self.desk_splitter.addWidget(self.loading)
            self.loading.setText(self.tr("Ouverture du formulaire…"))
            self.setCentralWidget(self.desk_splitter)
            self._mark("queue")
        QTimer.singleShot(0, self.open_database)

    def _title(self, place: str, who: str) -> None:
        self.setWindowTitle(self.tr("Pas à Pas — %1 — %2").replace("%1", place).replace("%2", who))

    def open_database(self) -> bool:
        """Open (create, migrate) the database, run the first-start set-up if needed, build the pages."""
        from app.store.migrate import DatabaseError
        from app.store.open import open_data_dir

        try:
            # The integrity check (≈ 0.25 s for 50 MB) runs in the background once the desk is up.
            self.db = open_data_dir(self.data_dir, check=False)
        except (DatabaseError, OSError) as exc:
            from app.store.health import DamagedDatabase, describe_failure

            if isinstance(exc, DamagedDatabase):
                from app.ui.people.desk import offer_restore

                if not offer_restore(self, str(exc)):
                    self.close()
                return False
            QMessageBox.critical(self, self.tr("Base de données"), describe_failure(exc))
            self.close()
            return False
        from app.services import installation

        first_admin: Any = None
        if not installation.is_set_up(self.db):
            from app.ui.setup.wizard import FirstRunWizard

            wizard = FirstRunWizard(self.db, self)
            if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
                self.close()
                return False
            first_admin = wizard.admin.actor
        self._build_pages()
        from app.ui.desk.session import DeskSession

        self.session = DeskSession(self, self.db)
        self.session.changed.connect(self._session_changed)
        if not self.session.start(actor=first_admin):  # the admin the wizard just made: no login
            self.close()
            return False
        self._remind_contacts()
        self._mark("ready")
        # Queue labels are only for calling people today: erased a little after start, and again when
        # the day changes under a desk left open overnight.
        self._labels_day: Any = None
        self._labels_timer = QTimer(self)
        self._labels_timer.timeout.connect(self.forget_old_labels)
        self._labels_timer.start(60_000)
        QTimer.singleShot(3000, self.forget_old_labels)
        QTimer.singleShot(2000, self.check_database)
        if self._probe:
            QTimer.singleShot(0, self.close)
        self.ready.emit()
        return True

    def check_database(self) -> None:
        """Integrity check then the daily backup, off the GUI thread; a damaged database stops the desk
        with the message that offers the newest sound backup."""
        from app.domain.clock import paris_today
        from app.services.database_health import check_and_back_up
        from app.ui.tasks import run_task

        path, today = self.db.path, paris_today()
        run_task(self, lambda _progress: check_and_back_up(path, today), self._database_checked)

    def _database_checked(self, report: Any) -> None:
        if not self.isVisible():  # closed meanwhile (the check reported already, or the desk was quit)
            return
        if report.damaged:
            from app.ui.people.desk import offer_restore

            if not offer_restore(self, report.damaged):  # closes the window itself after a restore
                if self.db is not None:
                    self.db.dispose()
                self.close()
        elif report.backup_failed:
            self.statusBar().showMessage(self.tr("Sauvegarde du jour non faite : %1").replace("%1", report.backup_failed))

    def _build_pages(self) -> None:
        from app.services import installation
        from app.ui.desk.log_page import LogPage
        from app.ui.guides.page import GuidesPage
        from app.ui.stats.page import StatsPage
        from app.ui.sync import install_sync

        ctx = installation.context(self.db)
        self._title(ctx.site.name if ctx.site else "", ctx.conseiller.full_name if ctx.conseiller else "")
        desk, queue, form = self._build_desk()
        self.pages = DeskPages(queue=queue, form=form, log=LogPage(self.db, self),
                               guides=GuidesPage(self.db, self), stats=StatsPage(self.db, self))
        self.add_page(self.tr("&Accueil"), desk)
        self.add_page(self.tr("&Journal"), self.log)
        self.add_page(self.tr("&Guides"), self.guides)
        self.add_page(self.tr("&Statistiques"), self.stats)
        from app.ui.accounts.lock_page import LockPage

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.lock_page = LockPage(self.db, self)
        self.lock_page.login.logged_in.connect(lambda actor: self.session.unlock(actor))
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)
        self._connect_pages()
        self._install_actions()
        self.sync_ui = install_sync(self, self.db)
        self.sync = self.sync_ui.controller
        from app.ui.people.desk import install_people

        install_people(self, self.db)
        self.sync_ui.now_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.form.ui.duration.setFocus()

    # Sync's pieces of the window (`install_sync`), once the pages are built.
    def _sync_ui(self) -> SyncUi:
        if self.sync_ui is None:
            raise AttributeError("sync not installed yet")
        return self.sync_ui

    @property
    def sync_status(self) -> QLabel:
        return self._sync_ui().status

    @property
    def sync_now_action(self) -> QAction:
        return self._sync_ui().now_action

    @property
    def sync_settings_action(self) -> QAction:
        return self._sync_ui().settings_action

    # The pages, once built (`_build_pages`); before that, there are none.
    def _page(self) -> DeskPages:
        if self.pages is None:
            raise AttributeError("pages not built yet")
        return self.pages

    @property
    def queue(self) -> QueuePanel:
        return self._page().queue

    @property
    def form(self) -> RequestForm:
        return self._page().form

    @form.setter
    def form(self, value: None) -> None:
        """`window.form = None`: the form is let go before closing (a restore: its draft must not be
        written into the restored file)."""
        assert value is None
        self._keep_draft = False

    @property
    def log(self) -> LogPage:
        return self._page().log

    @property
    def guides(self) -> GuidesPage:
        return self._page().guides

    @property
    def stats(self) -> StatsPage:
        return self._page().stats

    def _build_desk(self) -> tuple[QSplitter, QueuePanel, RequestForm]:
        """The queue (already shown by the start screen, or made now) beside the session form."""
        from app.ui.desk.form import RequestForm
        from app.ui.desk.queue import QueuePanel

        queue = self.start_queue
        self.start_queue = None  # the pages hold it from now on
        if queue is None:
            queue = QueuePanel(self.db, self)
            self.desk_splitter = QSplitter(Qt.Orientation.Horizontal, self)
            self.desk_splitter.addWidget(queue)
        else:
            queue.attach(self.db)
        form = RequestForm(self.db, self)
        desk = self.desk_splitter
        if self.loading is not None and self.loading.parent() is desk:
            desk.replaceWidget(1, form)
        else:
            desk.addWidget(form)
        if self.loading is not None:
            self.loading.deleteLater()
        self.loading = None
        desk.setStretchFactor(0, 1)
        desk.setStretchFactor(1, 3)
        desk.setSizes([300, max(500, self.width() - 300)])
        if self.centralWidget() is desk:
            self.takeCentralWidget()
        queue.refresh()
        return desk, queue, form

    def _connect_pages(self) -> None:
        self.guides.guide_used.connect(self.use_guide)
        self.guides.handout_requested.connect(self.print_handout)
        self.form.handout_requested.connect(self.print_handout)
        self.queue.taken.connect(self._take)
        self.queue.arrived.connect(self._arrived)
        self.queue.left.connect(self._left)
        self.queue.changed.connect(lambda: self.notify(ChangeNotice.of(HELP_REQUEST)))
        self.form.saved.connect(self._saved)
        self.form.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.log.edit_requested.connect(self._edit)
        self.log.deleted.connect(self._deleted)
        self.log.workshop_requested.connect(self.record_workshop)
        state = self.settings.value("log/filters", "")
        if state:
            with contextlib.suppress(ValueError, TypeError):  # damaged settings: keep the defaults
                self.log.set_filter_state(json.loads(str(state)))

    def _install_actions(self) -> None:
        self._shortcut("Ctrl+N", lambda: self.queue.add_arrival())
        self._shortcut("Ctrl+Z", self.undo_delete)
        self._shortcut("Ctrl+1", lambda: self.tabs.setCurrentIndex(0))
        self._shortcut("Ctrl+2", lambda: self.tabs.setCurrentIndex(1))
        self._shortcut("Ctrl+3", lambda: self.tabs.setCurrentIndex(2))
        self._shortcut("Ctrl+F", self.search_guides)
        # « / » in the Guides space (a text field that has the focus keeps its « / »).
        slash = QAction(self.guides)
        slash.setShortcut(QKeySequence("/"))
        slash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        slash.triggered.connect(self.guides.focus_search)
        self.guides.addAction(slash)
        workshop = QAction(self.tr("Enregistrer un &atelier collectif…"), self)
        workshop.setShortcut(QKeySequence("Ctrl+Shift+A"))
        workshop.triggered.connect(lambda: self.record_workshop())
        self.file_menu.insertAction(self.file_menu.actions()[0], workshop)
        handout = QAction(self.tr("&Imprimer une fiche…"), self)
        handout.setShortcut(QKeySequence("Ctrl+P"))
        handout.triggered.connect(self.print_current_handout)
        self.file_menu.insertAction(self.file_menu.actions()[1], handout)
        settings = QAction(self.tr("&Réglages du poste (lieu, conseiller, horaires)…"), self)
        settings.triggered.connect(self.post_settings)
        self.tools_menu.addAction(settings)
        kiosk_pin = QAction(self.tr("Code du personnel de la &borne…"), self)
        kiosk_pin.triggered.connect(self.kiosk_pin)
        self.tools_menu.addAction(kiosk_pin)
        self.tools_menu.addSeparator()
        self.accounts_action = QAction(self.tr("&Comptes du personnel…"), self)
        self.accounts_action.triggered.connect(self.manage_accounts)
        self.tools_menu.addAction(self.accounts_action)
        self.audit_action = QAction(self.tr("Journal d'a&udit…"), self)
        self.audit_action.triggered.connect(self.show_audit)
        self.tools_menu.addAction(self.audit_action)
        password = QAction(self.tr("Changer &mon mot de passe…"), self)
        password.triggered.connect(self.change_password)
        self.tools_menu.addAction(password)
        self.pin_action = QAction(self.tr("Mon code court pour ce &poste…"), self)
        self.pin_action.triggered.connect(self.set_own_pin)
        self.tools_menu.addAction(self.pin_action)
        lock = QAction(self.tr("&Verrouiller le poste"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(lambda: self.session.lock())
        self.file_menu.insertAction(self.file_menu.actions()[-1], lock)
        from app.ui.desk.merge_dialog import install_merge_actions

        install_merge_actions(self)

    def _remind_contacts(self) -> None:
        """Until the site's address, phone and hours are given, each start says so (handouts print them)."""
        from app.services import installation

        site = installation.context(self.db).site
        if site is not None and not (site.address.strip() and site.phone.strip() and site.opening_hours.strip()):
            self.statusBar().showMessage(self.tr(
                "À compléter : l'adresse, le téléphone et les horaires du lieu, imprimés sur les fiches "
                "(Outils › Réglages du poste)."), 0)

    def forget_old_labels(self) -> None:
        from app.domain.clock import paris_today
        from app.services import help_requests

        today = paris_today()
        if self._labels_day != today:
            help_requests.forget_visitor_labels(self.db)
            from app.services import drafts

            drafts.forget_before(self.db, today)
            self._labels_day = today

    def _shortcut(self, keys: str, slot: Any) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # --- extension points ----------------------------------------------------------------------------
    def add_page(self, title: str, widget: QWidget) -> None:
        self.tabs.addTab(widget, title)

    def notify(self, notice: ChangeNotice) -> None:
        """Something changed: each page that shows one of its tables reloads; a local change cues the sync."""
        if self.pages is not None:
            self.pages.changed(notice)
        self.changed.emit(notice)
        if notice.local:
            self.data_saved.emit()

    def refresh(self, notice: ChangeNotice | None = None) -> None:
        """Data changed outside this window (a sync round: its report's tables): reload what shows them;
        without a notice, everything."""
        if self.db is None:
            return
        self.notify(notice if notice is not None else ChangeNotice.all(local=False))

    # --- actions ---------------------------------------------------------------------------------------
    def _take(self, entry: Any) -> None:
        self.tabs.setCurrentIndex(0)
        if self.form.ticket is not None and self.form.ticket.id == entry.id:
            self.form.ui.duration.setFocus()  # already that person's form
            return
        if not self.form.leave():
            return
        self.form.start_from_queue(entry)

    def _arrived(self, entry: Any) -> None:
        """Ctrl+N: the new ticket is said; with nothing in progress, Entrée then takes the next in line."""
        self.statusBar().showMessage(self.tr("Ticket %1 ajouté à la file.").replace("%1", entry.ticket), 6000)
        if self.form.request_id is None and not self.form.is_modified():
            self.tabs.setCurrentIndex(0)
            self.queue.list.setFocus()

    def _edit(self, request_id: str) -> None:
        from app.services import help_requests

        if help_requests.load(self.db, request_id).fields.kind == "collectif":
            self.record_workshop(request_id)
            return
        if not self.form.leave():
            return
        self.tabs.setCurrentIndex(0)
        self.form.edit(request_id)

    # --- who is at the desk ----------------------------------------------------------------------------
    def allowed(self, action: Any) -> bool:
        """True when the person logged in may do `action`; otherwise says who may, and returns False."""
        from app.domain.permissions import PermissionDenied, require

        try:
            if self.session.actor is None:
                raise PermissionError
            require(self.session.actor, action)
        except PermissionDenied as exc:
            QMessageBox.information(self, self.tr("Droits"), str(exc))
            return False
        except PermissionError:
            return False
        return True

    def show_lock(self) -> None:
        """Locked: the login and the anonymous queue; the pages, the menus and the shortcuts are off. A
        dialog left open (« Personnes suivies », a person's record…) is closed: nothing it shows stays on
        screen over the lock (what was typed in it and not saved is dropped)."""
        from PySide6.QtWidgets import QApplication, QDialog

        for _ in range(20):  # innermost first (a question over a dialog)
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog):
                break
            dialog.reject()
        self.form.keep_draft()
        self.lock_page.site_id = self.queue.site_id()
        self.lock_page.refresh()
        self.lock_page.login.reload()
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        for action in self.actions():
            action.setEnabled(False)
        self.lock_page.login.focus()

    def hide_lock(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        for action in self.actions():
            action.setEnabled(True)
        self.form.ui.duration.setFocus()

    def _session_changed(self, actor: Any) -> None:
        from app.services import accounts

        admin = actor is not None and actor.is_admin
        self.accounts_action.setVisible(admin)
        self.audit_action.setVisible(admin)
        self.pin_action.setVisible(actor is not None and accounts.is_trusted_desk(self.db))
        self.stats.viewer_changed()  # whose figures: an admin everyone's, a conseiller their own
        if actor is not None:
            self.statusBar().showMessage(self.tr("Connecté : %1").replace("%1", actor.name), 6000)

    def manage_accounts(self) -> None:
        from app.domain.permissions import Action
        from app.ui.accounts.accounts_dialog import AccountsDialog

        if self.allowed(Action.ACCOUNTS):
            AccountsDialog(self.db, self.session.actor, self).exec()

    def show_audit(self) -> None:
        from app.domain.permissions import Action
        from app.ui.accounts.audit_dialog import AuditDialog

        if self.allowed(Action.AUDIT):
            AuditDialog(self.db, self.session.actor, self).exec()

    def change_password(self) -> None:
        from app.ui.accounts.password_dialog import ChangePasswordDialog

        if self.session.actor is not None and ChangePasswordDialog(self.db, self.session.actor, self).exec():
            self.statusBar().showMessage(self.tr("Mot de passe changé."), 6000)

    def set_own_pin(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from app.domain.errors import ValidationError
        from app.services import accounts

        if self.session.actor is None:
            return
        pin, ok = QInputDialog.getText(self, self.tr("Mon code court"), self.tr(
            "Code de 4 à 8 chiffres, pour ce poste seulement :"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            accounts.set_pin(self.db, self.session.actor, pin)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Mon code court"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Code enregistré pour ce poste."), 6000)

    def post_settings(self) -> None:
        from app.domain.permissions import Action
        from app.services import installation
        from app.ui.desk.settings_dialog import PostSettingsDialog

        if not self.allowed(Action.SETTINGS):
            return
        if PostSettingsDialog(self.db, self).exec() == PostSettingsDialog.DialogCode.Accepted:
            from app.domain.audit import AuditAction
            from app.services import audit

            audit.record(self.db, self.session.actor, AuditAction.SETTINGS_CHANGED, "réglages du poste")
            ctx = installation.context(self.db)
            self._title(ctx.site.name if ctx.site else "", ctx.conseiller.full_name if ctx.conseiller else "")
            self.queue.attach(self.db)  # the site may have changed
            self.notify(ChangeNotice.of(SITE, CONSEILLER, SETTINGS))

    def print_current_handout(self) -> None:
        """Ctrl+P: the guide on screen in the Guides space, else the guides of the session being recorded."""
        viewer = self.guides.viewer
        if self.tabs.currentWidget() is self.guides and self.guides.stack.currentWidget() is viewer and viewer.detail:
            self.print_handout([viewer.detail.guide.id])
        else:
            self.print_handout(list(self.form._guide_ids))

    def show_shortcuts(self) -> None:
        """F1: every shortcut of the desk, in one list."""
        from app.ui.desk.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_doctor(self) -> None:
        """« Aide › État du poste »: `pasapas doctor` in a dialog, for the IT person."""
        from app.ui.desk.doctor_dialog import DoctorDialog

        DoctorDialog(self.data_dir, self).exec()

    def kiosk_pin(self) -> None:
        from app.domain.permissions import Action
        from app.ui.kiosk.pin_dialog import KioskPinDialog

        if not self.allowed(Action.SETTINGS):
            return
        if KioskPinDialog(self.db, self).exec() == KioskPinDialog.DialogCode.Accepted:
            from app.domain.audit import AuditAction
            from app.services import audit

            audit.record(self.db, self.session.actor, AuditAction.SETTINGS_CHANGED, "code du personnel de la borne")
            self.statusBar().showMessage(self.tr("Code du personnel de la borne enregistré."), 6000)

    def search_guides(self) -> None:
        self.tabs.setCurrentWidget(self.guides)
        self.guides.focus_search()

    def use_guide(self, guide_id: str) -> None:
        """« Utilisé pour cette personne »: the guide goes on the session being recorded."""
        from app.services import guides

        stored = guides.get_guide(self.db, guide_id)
        themes, demarches, name = guides.suggested_fields(stored.guide) if stored else ((), (), "")
        self.form.attach_guide(guide_id, tuple(themes), tuple(demarches), name)
        self.statusBar().showMessage(
            self.tr("Guide ajouté à l'accompagnement en cours (thématiques et démarche proposées)."), 6000)

    def print_handout(self, guide_ids: list[str]) -> None:
        """« Imprimer une fiche »: the dialog with its live preview; what is handed out goes on the
        session being recorded (ids only; the first name typed for the sheet is never stored)."""
        if not guide_ids:
            self.statusBar().showMessage(self.tr(
                "Aucun guide sur cet accompagnement : ouvrez un guide (Ctrl+F) puis « Imprimer une fiche »."), 8000)
            return
        from app.domain.errors import ValidationError
        from app.ui.handouts.dialog import open_handout_dialog

        try:
            handed = open_handout_dialog(self.db, guide_ids, self)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Fiche"), str(exc))
            return
        if handed:
            self.form.add_handout(handed)
            self.statusBar().showMessage(self.tr("Fiche remise : notée sur l'accompagnement en cours."), 6000)

    def _saved(self, request_id: str) -> None:
        """Saved: the next in order of arrival is highlighted and has the focus (Entrée takes them)."""
        self.notify(ChangeNotice.of(HELP_REQUEST, ids=[request_id]))
        nxt = self.queue.select_next_in_line()
        if nxt is not None:
            self.queue.list.setFocus()
            self.statusBar().showMessage(
                self.tr("Accompagnement enregistré. Suivant : %1 (Entrée pour le prendre).").replace("%1", nxt.ticket),
                8000)
        else:
            self.form.ui.duration.setFocus()

    def _deleted(self, request_id: str) -> None:
        from app.services import help_requests

        def put_back() -> None:
            help_requests.restore(self.db, request_id)
            self.statusBar().showMessage(self.tr("Suppression annulée."), 6000)
            self.notify(ChangeNotice.of(HELP_REQUEST, ids=[request_id]))

        self.undo.offer(self.tr("Accompagnement supprimé."), put_back)
        self.statusBar().showMessage(self.tr("Accompagnement supprimé. « Annuler » (Ctrl+Z) pendant 15 s."), 15000)
        self.notify(ChangeNotice.of(HELP_REQUEST, ids=[request_id]))

    def _left(self, entry: Any) -> None:
        """« Partie sans aide »: the ticket leaves the queue, with « Annuler » like a delete."""
        from app.services import queue

        def put_back() -> None:
            queue.back_to_queue(self.db, entry.id, status=entry.queue_status)
            self.statusBar().showMessage(self.tr("%1 remis dans la file.").replace("%1", entry.ticket), 6000)
            self.notify(ChangeNotice.of(HELP_REQUEST, ids=[entry.id]))

        self.undo.offer(self.tr("%1 noté parti sans aide.").replace("%1", entry.ticket), put_back)
        self.statusBar().showMessage(
            self.tr("%1 noté parti sans aide. « Annuler » (Ctrl+Z) pendant 15 s.").replace("%1", entry.ticket), 15000)

    def undo_delete(self) -> None:
        """Ctrl+Z / « Annuler »: the last removal, if still on offer (15 s)."""
        self.undo.undo()

    def record_workshop(self, request_id: str | None = None) -> None:
        from app.ui.desk.workshop_dialog import WorkshopDialog

        dialog = WorkshopDialog(self.db, self, request_id=request_id or None)
        if dialog.exec() == WorkshopDialog.DialogCode.Accepted:
            self.notify(ChangeNotice.of(HELP_REQUEST, ids=[dialog.saved_id or ""]))
            self.statusBar().showMessage(self.tr("Atelier enregistré."), 6000)

    # --- closing ----------------------------------------------------------------------------------------
    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.pages is not None and self._keep_draft:
            self.form.keep_draft()  # the ticket's work survives a restart
        if self.sync is not None and self.db is not None:
            # What is left goes to the shared folder now, in the background with its progress, at most a
            # few seconds (a dead share must not hold the desk open; the rest goes at the next start).
            self.sync.final_round(self)
        self.settings.setValue("settings/version", SETTINGS_VERSION)
        self.settings.setValue("window/geometry", base64.b64encode(bytes(self.saveGeometry().data())).decode())
        if self.db is not None and getattr(self, "log", None) is not None:
            self.settings.setValue("log/filters", json.dumps(self.log.filter_state()))
        self.settings.sync()
        if self.sync is not None:
            self.sync.stop()  # no round starts now; a running one's end is told to nobody
        super().closeEvent(event)
