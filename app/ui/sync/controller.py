"""The automatic sync: at start, every N seconds, shortly after a save, at exit; always off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.sync import errors, state
from app.services.sync.round import Report, run_round
from app.store.db import Database
from app.ui.tasks import Task, run_task, wait_for_workers

SAVE_DEBOUNCE_MS = 1500


class SyncController(QObject):
    """Runs sync rounds in the background, one at a time, and tells the window what happened."""

    status_changed = Signal(object)  # state.Status
    round_finished = Signal(object)  # Report, or None after a failure
    data_changed = Signal()  # a round brought rows from another PC
    progress = Signal(int, int, str)  # done, total, what: from the worker, delivered on the GUI thread

    def __init__(self, db: Database, parent: QObject | None = None, *, refresh: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.refresh = refresh
        self.key: bytes | None = None  # typed this session, not stored
        self.running = False
        self._again = False
        self.rounds = 0
        self.manual_pending = False  # a « Synchroniser maintenant » waits for its answer
        self.last_error = ""
        self.task: Task | None = None  # the round running, if any
        self.stopped = False
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
        self.task = run_task(parent, work, self._done, title=title, on_error=self._failed,
                             show_progress=parent is not None, on_progress=self.progress.emit, owner=self)

    def _finish(self) -> None:
        self.running = False
        self.task = None
        self.rounds += 1
        if self._again and not self.stopped:
            self._again = False
            QTimer.singleShot(0, self.sync_soon)

    def _done(self, report: Report) -> None:
        state.record_success(self.db, report.as_dict())
        self.last_error = ""
        self._finish()
        if report.changed_data:
            self.data_changed.emit()
            if self.refresh is not None:
                self.refresh()
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
        """The window closes: no new round; the running one (if any) ends its work in its thread before
        the window goes, so nothing of it is left to arrive for a deleted window."""
        self.stopped = True
        self.timer.stop()
        self.debounce.stop()
        if self.task is not None:
            self.task.wait(timeout_ms / 1000)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """At exit: wait for a running round, then send what is left (a short, final round)."""
        self.timer.stop()
        self.debounce.stop()
        wait_for_workers(timeout_ms / 1000)
        if not self.configured():
            return
        try:
            report = run_round(self.db, self.settings().folder, key=self.key)
            state.record_success(self.db, report.as_dict())
        except errors.SyncError as exc:
            state.record_failure(self.db, str(exc))
