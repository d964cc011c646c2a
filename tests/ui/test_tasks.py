"""The one background-work helper: results and errors come back on the GUI thread, many times over."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.tasks import run_task, running_tasks


def test_many_tasks_return_their_results_on_the_gui_thread(qtbot):
    gui = threading.get_ident()
    results: list[tuple[int, int]] = []

    def work(n):
        return lambda progress: (progress(1, 1, ""), n * n, threading.get_ident())

    for n in range(60):
        run_task(None, work(n), lambda r, n=n: results.append((n, r[1], threading.get_ident() == gui)))
    qtbot.waitUntil(lambda: len(results) == 60, timeout=10_000)
    assert sorted((n, sq) for n, sq, _ in results) == [(n, n * n) for n in range(60)]
    assert all(on_gui for *_, on_gui in results)
    qtbot.waitUntil(lambda: running_tasks() == 0)


def test_an_error_reaches_a_dialog_not_a_crash(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken(progress):
        raise OSError("le dossier partagé a disparu")

    run_task(parent, broken, title="Export")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "le dossier partagé a disparu" in shown[0]


def test_exit_waits_for_work_still_running(qtbot):
    import time

    from app.ui.tasks import wait_for_workers

    finished = []

    def slow(progress):
        time.sleep(0.3)
        finished.append(True)

    run_task(None, slow)
    assert wait_for_workers(5)
    assert finished == [True]  # the work ended before wait_for_workers returned
