"""Start the desk: the application, the window shell painted first, then the database."""

from __future__ import annotations

from pathlib import Path

from app.ui.application import application
from app.ui.desk.style import STYLE
from app.ui.desk.window import DeskWindow


def run(data_dir: Path) -> int:
    data_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    app.setStyleSheet(STYLE)
    window = DeskWindow(data_dir)
    window.show()
    return app.exec()
