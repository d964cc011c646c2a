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


def test_work_ending_after_its_window_was_deleted_tells_nobody(qtbot):
    """A sync round finishing after the desk window is gone (the next test's setup saw « Signal source has
    been deleted »): the result is dropped, no callback runs on a deleted object."""
    from PySide6.QtCore import QCoreApplication, QEvent

    release = threading.Event()
    told: list[object] = []
    parent = QWidget()
    task = run_task(parent, lambda _p: release.wait(5) and "fini", told.append, show_progress=False)
    parent.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert task.orphaned
    release.set()
    assert task.wait(5)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)
    assert told == []


def test_a_closed_desk_stops_its_sync_and_waits_for_the_running_round(qtbot, db, ctx, tmp_path, monkeypatch):
    from app.services.sync import state
    from app.ui.sync import controller as sync_controller

    release, ran = threading.Event(), []

    def slow_round(*_a, **_k):
        release.wait(5)
        ran.append(True)
        raise RuntimeError("pas de dossier")

    monkeypatch.setattr(sync_controller, "run_round", slow_round)
    state.save_settings(db, folder=str(tmp_path / "partage"), interval=60)
    window = QWidget()
    sync = sync_controller.SyncController(db, window)
    sync.sync_soon()
    assert sync.running
    threading.Timer(0.2, release.set).start()
    sync.stop()
    assert ran == [True]  # the round's work ended before the window could go
    rounds = sync.rounds
    sync.sync_soon()
    sync.data_saved()
    assert not sync.debounce.isActive() and not sync.timer.isActive()
    window.deleteLater()
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=5000)
    assert ran == [True] and sync.stopped and rounds == 0
