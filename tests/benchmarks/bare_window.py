"""Baseline for the desk start: a bare PySide6 QMainWindow, to its first paint."""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is window:
            with open(os.environ["PASAPAS_STARTUP_PROBE"], "a") as fh:
                fh.write(json.dumps({"event": "painted", "time": time.time()}) + "\n")
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
probe = _FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
