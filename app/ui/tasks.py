"""The one way to run work off the GUI thread, with progress, and get the result back on it.

`run_task(parent, work, on_done, title=…)`: `work(progress)` runs in a worker thread and must not touch
a widget; it may call `progress(done, total, text)`. `on_done(result)` runs on the GUI thread. An
exception reaches a dialog (or `on_error` when given). A progress dialog appears if the work lasts.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(lambda done, total, text="": self.signals.progress.emit(done, total, text))
        except Exception as exc:  # the error is shown on the GUI thread, never lost
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class Task(QObject):
    """A running piece of background work; keeps itself alive until it ends."""

    _running: set[Task] = set()
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        title: str = "",
        on_error: Callable[[Exception], None] | None = None,
        show_progress: bool = True,
        progress_delay_ms: int = 400,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.on_done = on_done
        self.on_error = on_error
        self.title = title
        self.dialog: QProgressDialog | None = None
        self.signals = _Signals()
        self.signals.progress.connect(self._progress)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self._last = (0, 0, "")
        Task._running.add(self)
        if show_progress and parent is not None:
            QTimer.singleShot(progress_delay_ms, self._show_dialog)
        QThreadPool.globalInstance().start(_Runnable(work, self.signals))

    def _show_dialog(self) -> None:
        if self not in Task._running:
            return
        self.dialog = QProgressDialog(self.title, "", 0, 0, self.parent_widget)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self._progress(*self._last)
        self.dialog.show()

    def _progress(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if text:
                self.dialog.setLabelText(f"{self.title}\n{text}" if self.title else text)

    def _end(self) -> None:
        Task._running.discard(self)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.finished.emit()

    def _done(self, result: Any) -> None:
        self._end()
        if self.on_done is not None:
            self.on_done(result)

    def _failed(self, exc: Exception, details: str) -> None:
        self._end()
        if self.on_error is not None:
            self.on_error(exc)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.title or self.tr("Erreur"), str(exc), parent=self.parent_widget)
        box.setDetailedText(details)
        box.exec()


def run_task(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    **options: Any,
) -> Task:
    return Task(parent, work, on_done, **options)
