"""One desk run with real work, then « Quitter » (Ctrl+Q) while a sync round is in flight: run as a subprocess
by test_close_after_work.py, so that each run ends its process as a person's desk does."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer


def main(data: Path, delay_ms: int) -> int:
    from app.ui.application import application
    from app.ui.desk.style import STYLE
    from app.ui.desk.window import DeskWindow
    from tests.desk_login import patch_desk_start

    patch_desk_start()
    app = application()
    app.setStyleSheet(STYLE)
    window = DeskWindow(data)

    def work() -> None:
        for _ in range(3):
            window.queue.add_arrival()
        window.queue.take_current()
        window.form.ui.duration.setEditText("1h30")
        window.form.ui.themes.set_selected(("email",))
        window.form.save()
        window.tabs.setCurrentIndex(1)
        window.log.refresh()
        window.tabs.setCurrentIndex(2)
        window.sync.sync_soon()  # a round in a worker thread…
        QTimer.singleShot(delay_ms, quit_)  # …still running, or just finished, when the person quits

    def quit_() -> None:
        [action] = [a for a in window.file_menu.actions() if a.shortcut().toString() == "Ctrl+Q"]
        action.trigger()

    window.ready.connect(lambda: QTimer.singleShot(0, work))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2])))
