"""Run in a subprocess by bench_desk: open the desk on a big database, scroll the whole log, report
peak memory (KiB) and how many log rows the model holds in Python."""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from app.ui.application import application
from app.ui.desk.window import DeskWindow

app = application()
window = DeskWindow(Path(sys.argv[1]))


def exercise() -> None:
    log = window.log
    log.period.setCurrentIndex(log.period.findData("all"))
    model = log.model
    rows = model.rowCount()
    for row in range(0, rows, 997):  # touch pages from top to bottom, as scrolling does
        model.index(row, 0).data()
    model.index(rows - 1, 0).data()
    out = {
        "rows": rows,
        "cached_rows": model.cached_rows(),
        "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    print(json.dumps(out))
    window.close()
    app.quit()


window.ready.connect(lambda: QTimer.singleShot(0, exercise))
window.show()
app.exec()
