"""The automatic sync: at start, every N seconds, shortly after a save, at exit; always off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from app.domain.change_notice import ChangeNotice
from app.services.sync import errors, state
from app.services.sync.round import Report, run_round
from app.store.db import Database
from app.ui.tasks import Task, run_task, wait_for_workers

SAVE_DEBOUNCE_MS = 1500
EXIT_WAIT_MS = 8000  # at closing: how long the last round may take before the desk closes anyway


class SyncController(QObject):
    """Runs sync rounds in the background, one at a time, and tells the window what happened."""

    status_changed = Signal(object)  # state.Status
    round_finished = Signal(object)  # Report, or None after a failure
    data_changed = Signal()  # a round brought rows from another PC
    progress = Signal(int, int, str)  # done, total, what: from the worker, delivered on the GUI thread

    def __init__(self, db: Database, parent: QObject | None = None, *,
                 refresh: Callable[[ChangeNotice], Any] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.refresh = refresh
        self.key: bytes | None = None  # typed this session, not stored
        self.running = False
        self._again = False
        self.rounds = 0
        self.manual_pending = False  # a « Synchroniser maintenant » waits for its answer
        self.last_error = ""
        self.closing_round_done = False
        self._task: Task | None = None  # the round running, if any
        self.stopped = False  # the window closed: no round any more
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_soon)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SAVE_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.sync_soon)
        self.apply_settings()

    # --- settings ------------------------------------------------------------------------------------

    def settings(self) -> state.Settings:
        return state.load_settings(self.db)

    def apply_settings(self) -> None:
        """Restart the timer with the interval saved for this PC."""
        self.timer.start(self.settings().interval * 1000)

    def configured(self) -> bool:
        return bool(self.settings().folder)

    def start(self) -> None:
        """First round right after the window opens."""
        QTimer.singleShot(0, self.sync_soon)
        self.emit_status()

    # --- triggers ------------------------------------------------------------------------------------

    def data_saved(self) -> None:
        """A local save: sync shortly after, once for a burst of saves."""
        if not self.stopped:
            self.debounce.start()

    def sync_soon(self) -> None:
        """An automatic round in the background, without a dialog."""
        self._run(parent=None, title="")

    def sync_now(self, parent: Any = None) -> None:
        """« Synchroniser maintenant »: a round with a progress dialog."""
        self._run(parent=parent, title=self.tr("Synchronisation avec le dossier partagé"), manual=True)

    def _run(self, *, parent: Any, title: str, manual: bool = False) -> None:
        if self.stopped:
            return
        if not self.configured():
            if manual:
                self._failed(errors.SyncError(self.tr("choisissez d'abord le dossier partagé dans les réglages")))
            return
        if self.running:
            self._again = True
            return
        self.running = True
        db, folder, key = self.db, self.settings().folder, self.key

        # The work holds no Qt object (only the database, the folder and the key): its references are
        # dropped on the worker thread, and a Qt object's last reference must not be (see app/ui/tasks.py).
        def work(progress: Callable[[int, int, str], None]) -> Report:
            return run_round(db, folder, key=key, progress=progress)

        # Owned by this controller: once it is destroyed (its window closed), the round's end is told to nobody.
        self._task = run_task(parent, work, self._done, title=title, on_error=self._failed,
                              show_progress=parent is not None, on_progress=self.progress.emit, owner=self)

    def _finish(self) -> None:
        self.running = False
        self._task = None
        self.rounds += 1
        if self._again and not self.stopped:
            self._again = False
            if not self.closing_round_done:
                QTimer.singleShot(0, self.sync_soon)

    def _done(self, report: Report) -> None:
        state.record_success(self.db, report.as_dict())
        self.last_error = ""
        self._finish()
        if report.changed_data:
            self.data_changed.emit()
            if self.refresh is not None:
                self.refresh(report.notice())  # the pages showing the tables the round changed
        self.round_finished.emit(report)
        self.emit_status()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, errors.SyncError):
            message = str(exc)
        else:  # first line only: SQL errors carry statements and values on the next ones
            message = self.tr("erreur inattendue : {0}").format((str(exc).splitlines() or [""])[0][:160])
        state.record_failure(self.db, message)
        self.last_error = message
        if self.running:
            self._finish()
        self.round_finished.emit(None)
        self.emit_status()

    def emit_status(self) -> None:
        self.status_changed.emit(state.load_status(self.db))

    # --- exit ----------------------------------------------------------------------------------------

    def stop(self, timeout_ms: int = 5000) -> None:
        """The window closes: no new round. A running one is owned by this controller, so its end is told
        to nobody once the window is deleted; without a closing round (`final_round`, bounded already),
        its work is also waited for here, a few seconds at most."""
        self.stopped = True
        self.timer.stop()
        self.debounce.stop()
        if self._task is not None and not self.closing_round_done:
            self._task.wait(timeout_ms / 1000)

    def final_round(self, parent: Any = None, timeout_ms: int = EXIT_WAIT_MS) -> bool:
        """At closing: wait for a running round, then send what is left — in the background, with a
        progress dialog over `parent`, at most `timeout_ms` in all. True when it ended in time (else the
        rest goes at the next start; the round itself is safe to stop)."""
        self.timer.stop()
        self.debounce.stop()
        if self.closing_round_done:  # already sent (a restore shuts the sync down before the window closes)
            return not self.running
        self.closing_round_done = True
        self._again = False
        if not self.configured():
            return True
        loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(timeout_ms)
        self.round_finished.connect(loop.quit)
        try:
            if self.running:  # the round under way first
                loop.exec()
            if not self.running and deadline.isActive():
                self._run(parent=parent, title=self.tr("Envoi des dernières modifications au dossier partagé…"))
                if self.running:
                    loop.exec()
        finally:
            self.round_finished.disconnect(loop.quit)
            deadline.stop()
        if self.running and self._task is not None:
            self._task.hide_progress()  # given up waiting: the window closes, the round ends on its own
        return not self.running

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """At exit: the closing round if the window did not run it (`final_round`), then a bounded wait for
        the worker threads."""
        if not self.closing_round_done:
            self.final_round(None, timeout_ms)
        self.timer.stop()
        self.debounce.stop()
        wait_for_workers(timeout_ms / 1000)
