"""Kiosk figures: first paint vs a bare window, opening a guide in step mode, the idle reset to home."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.bench_desk import ROOT, _start
from tests.benchmarks.common import emit, median_time


def _data_dir() -> Path:
    d = Path(tempfile.mkdtemp(prefix="pasapas-bench-kiosk-"))
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(d), "setup", "--site", "Hôtel de Ville",
                    "--device", "PC-BORNE", "--conseiller", "Léa Martin"], cwd=ROOT, check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(d), "kiosk", "--set-pin"], cwd=ROOT, check=True,
                   capture_output=True, input=b"2468\n")
    return d


def startup(data_dir: Path, runs: int = 9) -> None:
    kiosk_cmd = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "kiosk"]
    bare_cmd = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    _start(kiosk_cmd, ("ready",))  # warm the file cache, load the bundled guides once
    bare, painted, home, ready = [], [], [], []
    for _ in range(runs):
        bare.append(_start(bare_cmd, ("painted",))["painted"])
        marks = _start(kiosk_cmd, ("painted", "home", "ready"))
        painted.append(marks["painted"])
        home.append(marks["home"])
        ready.append(marks["ready"])
    base = statistics.median(bare)
    emit("kiosk.start_first_paint", statistics.median(painted), "s", baseline=base, goal="ratio <= 1.5")
    emit("kiosk.start_home_shown", statistics.median(home), "s", baseline=base, goal="information")
    emit("kiosk.start_ready", statistics.median(ready), "s", baseline=base, goal="information")


def in_window(data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.services.kiosk import catalogue
    from app.ui.application import application
    from app.ui.kiosk.main import open_kiosk_db
    from app.ui.kiosk.window import KioskWindow

    app = application()
    db = open_kiosk_db(data_dir)
    window = KioskWindow(db, speech_engine="mock", printer_factory=lambda: None)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    ids = [c.id for tile, _n in catalogue.tiles_with_guides(db) for c in catalogue.guides_for(db, tile)]

    def open_one(i: list[int] = [0]) -> None:  # noqa: B006 - a counter across calls
        window.open_guide(ids[i[0] % len(ids)])
        app.processEvents()
        i[0] += 1

    def service_only(i: list[int] = [0]) -> None:  # noqa: B006
        catalogue.open_guide(db, ids[i[0] % len(ids)])
        i[0] += 1

    shown = median_time(open_one, repeat=21)
    base = median_time(service_only, repeat=21)
    emit("kiosk.open_guide", shown * 1000, "ms", baseline=base * 1000, goal="value < 100 ms")

    def visit_then_reset() -> float:
        window.home.search.field.setText("caf")
        window.set_scale(4)
        window.set_high_contrast(True)
        window.open_guide("caf-aide-logement")
        window.guide.set_index(3)
        window.prepare_print()
        app.processEvents()
        import time

        t = time.perf_counter()
        window.reset()
        app.processEvents()
        return time.perf_counter() - t

    resets = [visit_then_reset() for _ in range(9)]
    home = median_time(lambda: (window.go_home(), app.processEvents()), repeat=9)
    emit("kiosk.idle_reset_to_home", statistics.median(resets) * 1000, "ms", baseline=home * 1000,
         goal="value < 200 ms")
    QApplication.instance().removeEventFilter(window.lockdown)
    window.allow_close = True
    window.close()
    import shiboken6

    shiboken6.delete(window)  # now, not in the interpreter's last garbage collection
    db.dispose()


def main() -> None:
    data_dir = _data_dir()
    startup(data_dir)
    in_window(data_dir)


if __name__ == "__main__":
    main()
