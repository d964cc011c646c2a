"""The one way to run work off the GUI thread, with progress, and get the result back on it.

`run_task(parent, work, on_done, title=…)`: `work(progress)` runs in a worker thread and must not touch
a widget, nor hold one (a closure over a Qt object would drop it on the worker); it may call
`progress(done, total, text)`, which reaches `on_progress` on the GUI thread. `on_done(result)` runs on the GUI thread. An
exception reaches a dialog (or `on_error` when given). A progress dialog appears if the work lasts.
The task belongs to `owner` (by default `parent`): once the owner is destroyed (its window closed and
deleted), nothing is delivered any more — the callbacks are dropped, never called on a deleted object.

Worker threads only ever hold one long-lived dispatcher object and a task number: a Qt object whose
last reference is dropped on a worker thread is destroyed there, which crashed PySide6 at exit.
No Python object rides a queued signal either: the result (or error) waits in `_OUTCOMES` and the signal
carries only the task number. A signal queued for the GUI thread when the event loop has already stopped
(the last sync round, at exit) is never delivered; Qt then frees its arguments when the application is torn
down, on whatever thread and whenever that is, and a Python object freed that way (without the interpreter's
lock, or twice) corrupted reference counts: « Fatal Python error: bool_dealloc » at Ctrl+Q.
"""

from __future__ import annotations

import itertools
import threading
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


# Task number → ("done", result) or ("failed", (exception, details)), written by the worker, read on the GUI thread.
_OUTCOMES: dict[int, tuple[str, Any]] = {}
_OUTCOMES_LOCK = threading.Lock()


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole run; routes worker signals to their Task (plain numbers only)."""

    progress = Signal(int, int, int, str)
    ended = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, Task] = {}
        self.progress.connect(lambda n, d, t, text: self._call(n, "_progress", d, t, text))
        self.ended.connect(self._ended)

    def _ended(self, number: int) -> None:
        with _OUTCOMES_LOCK:
            outcome = _OUTCOMES.pop(number, None)
        if outcome is None:  # freed by wait_for_workers: nobody to tell, the task is over all the same
            self.tasks.pop(number, None)
            return
        kind, value = outcome
        if kind == "done":
            self._call(number, "_done", value)
        else:
            self._call(number, "_failed", *value)

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
        outcome: tuple[str, Any] = ("done", work(progress))
    except Exception as exc:  # the error is shown on the GUI thread, never lost
        outcome = ("failed", (exc, traceback.format_exc()))
    with _OUTCOMES_LOCK:
        _OUTCOMES[number] = outcome
    del outcome  # the worker keeps no reference: the result is freed on the GUI thread
    dispatcher.ended.emit(number)


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
        on_progress: Callable[[int, int, str], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.on_progress = on_progress
        self.on_done = on_done
        self.on_error = on_error
        self.title = title
        self.dialog: QProgressDialog | None = None
        self._progress_hidden = False
        self._last = (0, 0, "")
        self.number = next(_NUMBERS)
        self.orphaned = False
        dispatcher = _get_dispatcher()
        dispatcher.tasks[self.number] = self
        owner = owner if owner is not None else parent
        if owner is not None:  # a Qt-side connection: dropped by Qt itself if this task goes first
            owner.destroyed.connect(self._orphan)
        if show_progress and parent is not None:
            QTimer.singleShot(progress_delay_ms, self._show_dialog)
        self.future = _POOL.submit(_run, work, self.number, dispatcher)
        _FUTURES.add(self.future)
        self.future.add_done_callback(_FUTURES.discard)

    def _orphan(self, *_args: Any) -> None:
        """Whoever asked for the work is gone: its result (or error) is for nobody."""
        self.orphaned = True
        self.on_done = self.on_error = self.on_progress = None
        self.parent_widget = None
        self.dialog = None  # a child of the parent: destroyed with it

    def wait(self, timeout_s: float) -> bool:
        """Block until the work itself has ended in its thread (its result is delivered later). True if it did."""
        return wait({self.future}, timeout=timeout_s).not_done == set()

    @property
    def running(self) -> bool:
        return self.number in _get_dispatcher().tasks

    def hide_progress(self) -> None:
        """No progress dialog any more (nobody waits for this work now: the window closes)."""
        self._progress_hidden = True
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _show_dialog(self) -> None:
        if not self.running or self.orphaned or self._progress_hidden:
            return
        self.dialog = QProgressDialog(self.title, "", 0, 0, self.parent_widget)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self._progress(*self._last)
        self.dialog.show()

    def _progress(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self.on_progress is not None:
            self.on_progress(done, total, text)
        dialog = self.dialog
        if dialog is not None:
            dialog.setMaximum(max(total, 0))
            # A modal progress dialog's setValue runs the event loop: the task may end meanwhile (and
            # `self.dialog` go); the label goes on this dialog only if it is still the task's.
            dialog.setValue(min(done, total) if total else 0)
            if text and self.dialog is dialog:
                dialog.setLabelText(f"{self.title}\n{text}" if self.title else text)

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
        if self.orphaned:
            return
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
    if pending:
        _done, not_done = wait(pending, timeout=timeout_s)
        if not_done:
            return False
    with _OUTCOMES_LOCK:  # results nobody will receive now: freed here, on the GUI thread, under the GIL
        _OUTCOMES.clear()
    return True


def run_task(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    **options: Any,
) -> Task:
    return Task(parent, work, on_done, **options)
