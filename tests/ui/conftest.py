"""Desk fixtures: a real window on a fresh data directory, set up, with its pages built."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def desk(qtbot, data_dir, ctx):
    from app.ui.desk.style import STYLE
    from app.ui.desk.window import DeskWindow

    QApplication.instance().setStyleSheet(STYLE)
    window = DeskWindow(data_dir)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield window
    window.close()
    if window.db is not None:
        window.db.dispose()


class Keyboard:
    """Types into whatever has the focus, as a person does, and counts the keystrokes."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def _target(self):
        return QApplication.focusWidget()

    def press(self, key, modifier=None) -> None:
        from PySide6.QtCore import Qt

        self.count += 1
        self.qtbot.keyClick(self._target(), key, modifier or Qt.KeyboardModifier.NoModifier)

    def type(self, text: str) -> None:
        for ch in text:
            self.count += 1
            self.qtbot.keyClicks(self._target(), ch)


@pytest.fixture
def keyboard(qtbot):
    return Keyboard(qtbot)
