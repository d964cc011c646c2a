"""Desk figures with 100 000 sessions: start-up vs a bare window, filter change, save, memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.common import demo_data_dir, emit, median_time

ROOT = Path(__file__).resolve().parents[2]


def _start(cmd: list[str], events: tuple[str, ...]) -> dict[str, float]:
    probe = Path(tempfile.mktemp(suffix=".jsonl"))
    env = {**os.environ, "PASAPAS_STARTUP_PROBE": str(probe), "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.time()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    marks = {}
    for line in probe.read_text().splitlines():
        rec = json.loads(line)
        marks.setdefault(rec["event"], rec["time"] - t0)
    probe.unlink()
    return {e: marks[e] for e in events}


def startup(data_dir: Path, runs: int = 9) -> None:
    bare, painted, queue, ready = [], [], [], []
    desk_cmd = [sys.executable, "-m", "app", "--data-dir", str(data_dir)]
    bare_cmd = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    _start(desk_cmd, ("ready",))  # warm the file cache once
    for _ in range(runs):
        bare.append(_start(bare_cmd, ("painted",))["painted"])
        marks = _start(desk_cmd, ("painted", "queue", "ready"))
        painted.append(marks["painted"])
        queue.append(marks["queue"])
        ready.append(marks["ready"])
    base = statistics.median(bare)
    emit("desk.start_first_paint", statistics.median(painted), "s", baseline=base, goal="ratio <= 1.5")
    emit("desk.start_queue_filled", statistics.median(queue), "s", baseline=base, goal="ratio <= 2.5")
    emit("desk.start_all_pages_ready", statistics.median(ready), "s", baseline=base, goal="information")


def filter_and_save(data_dir: Path) -> None:
    import sqlite3

    from app.domain.help_request import HelpRequestFields
    from app.services import help_requests, installation, log
    from app.store.open import open_data_dir
    from app.ui.application import application
    from app.ui.desk.log_model import LogTableModel

    application()
    db = open_data_dir(data_dir)
    model = LogTableModel(db)
    filters = [
        log.LogFilter(),
        log.LogFilter(theme="email"),
        log.LogFilter(day_from=date(2026, 1, 1), kind="individuel"),
        log.LogFilter(site_id=installation.list_sites(db)[0].id, theme="sante"),
    ]

    def change(i: list[int] = [0]) -> None:  # noqa: B006 - a counter across calls
        model.set_filter(filters[i[0] % len(filters)])
        for r in range(min(40, model.rowCount())):  # what a screen shows
            for c in range(model.columnCount()):
                model.index(r, c).data()
        i[0] += 1

    per_filter = median_time(change, repeat=len(filters) * 3)
    raw = sqlite3.connect(db.path)
    raw_count = median_time(lambda: raw.execute(
        "SELECT count(*) FROM help_request WHERE deleted=0 AND instr(themes, '\"email\"')>0").fetchone(), repeat=10)
    emit("desk.filter_change", per_filter * 1000, "ms", baseline=raw_count * 1000, goal="value < 50 ms")

    text = median_time(lambda: model.set_filter(log.LogFilter(text="impot")), repeat=5)
    emit("desk.filter_text_in_notes", text * 1000, "ms", baseline=per_filter * 1000, goal="information (debounced)")

    ctx = installation.context(db)
    fields = HelpRequestFields(day=date.today(), duration_minutes=30, site_id=ctx.site.id if ctx.site else None,
                               conseiller_id=ctx.conseiller.id if ctx.conseiller else None, themes=("email",))
    save = median_time(lambda: help_requests.save_record(db, fields), repeat=20)

    def raw_insert() -> None:
        raw.execute("INSERT INTO local_setting(key, value) VALUES (hex(randomblob(8)), 'x')")
        raw.commit()

    raw.execute("PRAGMA synchronous=FULL")
    base = median_time(raw_insert, repeat=20)
    emit("desk.save_record", save * 1000, "ms", baseline=base * 1000, goal="value < 20 ms")
    raw.close()
    db.dispose()


def memory(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.desk_memory", str(data_dir)], cwd=ROOT, env=env,
                         check=True, capture_output=True, text=True, timeout=300)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    bare = subprocess.run(
        [sys.executable, "-c", "import resource, PySide6.QtWidgets as w; a=w.QApplication([]); m=w.QMainWindow(); "
         "m.show(); a.processEvents(); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"],
        env=env, check=True, capture_output=True, text=True, timeout=60)
    base = int(bare.stdout.strip().splitlines()[-1])
    emit("desk.peak_memory_after_scrolling_log", figures["maxrss_kib"] / 1024, "MiB", baseline=base / 1024,
         goal="ratio <= 3")
    emit("desk.log_rows_held_in_python", figures["cached_rows"], "rows", goal=f"<< {figures['rows']} rows in the log")


def main() -> None:
    data_dir = demo_data_dir(100_000)
    from app.services import installation
    from app.store.open import open_data_dir

    db = open_data_dir(data_dir)
    installation.set_up(db, site_name="Médiathèque du Carré des Jalles", device_name="PC-BENCH",
                        conseiller_name="Camille Durand")
    db.dispose()
    startup(data_dir)
    filter_and_save(data_dir)
    memory(data_dir)


if __name__ == "__main__":
    main()
