"""The one way to run work off the GUI thread, with progress, and get the result back on it.

`run_task(parent, work, on_done, title=…)`: `work(progress)` runs in a worker thread and must not touch
a widget; it may call `progress(done, total, text)`. `on_done(result)` runs on the GUI thread. An
exception reaches a dialog (or `on_error` when given). A progress dialog appears if the work lasts.

Worker threads only ever hold one long-lived dispatcher object and a task number: a Qt object whose
last reference is dropped on a worker thread is destroyed there, which crashed PySide6 at exit.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pasapas-task")
_NUMBERS = itertools.count(1)
_FUTURES: set[Future[None]] = set()


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole run; routes worker signals to their Task."""

    progress = Signal(int, int, int, str)
    done = Signal(int, object)
    failed = Signal(int, object, str)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, Task] = {}
        self.progress.connect(lambda n, d, t, text: self._call(n, "_progress", d, t, text))
        self.done.connect(lambda n, result: self._call(n, "_done", result))
        self.failed.connect(lambda n, exc, details: self._call(n, "_failed", exc, details))

    def _call(self, number: int, method: str, *args: Any) -> None:
        task = self.tasks.get(number)
        if task is not None:
            getattr(task, method)(*args)


_dispatcher: _Dispatcher | None = None


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


def _run(work: Callable[[Progress], Any], number: int, dispatcher: _Dispatcher) -> None:
    """In a worker thread: the result or the error goes back to the GUI thread by signal."""

    def progress(done: int, total: int, text: str = "") -> None:
        dispatcher.progress.emit(number, done, total, text)

    try:
        result = work(progress)
    except Exception as exc:  # the error is shown on the GUI thread, never lost
        dispatcher.failed.emit(number, exc, traceback.format_exc())
    else:
        dispatcher.done.emit(number, result)


class Task(QObject):
    """A running piece of background work; kept alive by the dispatcher until it ends."""

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
        self._last = (0, 0, "")
        self.number = next(_NUMBERS)
        dispatcher = _get_dispatcher()
        dispatcher.tasks[self.number] = self
        if show_progress and parent is not None:
            QTimer.singleShot(progress_delay_ms, self._show_dialog)
        future = _POOL.submit(_run, work, self.number, dispatcher)
        _FUTURES.add(future)
        future.add_done_callback(_FUTURES.discard)

    @property
    def running(self) -> bool:
        return self.number in _get_dispatcher().tasks

    def _show_dialog(self) -> None:
        if not self.running:
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
        _get_dispatcher().tasks.pop(self.number, None)
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
        from app.store.health import describe_failure, is_sql_error

        # One line that says what is wrong; never SQL or its parameters (a session's notes), not even
        # in the details.
        box = QMessageBox(QMessageBox.Icon.Warning, self.title or self.tr("Erreur"), describe_failure(exc),
                          parent=self.parent_widget)
        if not is_sql_error(exc):
            box.setDetailedText(details)
        box.exec()


def running_tasks() -> int:
    return len(_get_dispatcher().tasks)


def wait_for_workers(timeout_s: float) -> bool:
    """At exit: wait until no work runs in a worker thread. True when all ended in time.

    Their results are not delivered (that needs the event loop); the work itself has finished."""
    pending = set(_FUTURES)
    if not pending:
        return True
    _done, not_done = wait(pending, timeout=timeout_s)
    return not not_done


def run_task(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    **options: Any,
) -> Task:
    return Task(parent, work, on_done, **options)
