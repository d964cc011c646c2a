"""An on-screen AZERTY keyboard for touch-only kiosks: big keys that type into one text field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

ROWS = (
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn'-",
    "éèàçêù",
)
BACKSPACE = "⌫"


class AzertyKeyboard(QWidget):
    """Keys never take the focus: the text field keeps it (and its visible focus ring)."""

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setAccessibleName(self.tr("Clavier à l'écran"))
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for r, row in enumerate(ROWS):
            for c, ch in enumerate(row):
                self._key(grid, ch, ch, r, c)
        self._key(grid, BACKSPACE, "\b", 2, 8, span=2, name=self.tr("Effacer une lettre"))
        self._key(grid, self.tr("Espace"), " ", 3, 6, span=4, name=self.tr("Espace"))

    def _key(self, grid: QGridLayout, text: str, value: str, row: int, col: int, *, span: int = 1,
             name: str = "") -> None:
        key = QPushButton(text.upper() if len(text) == 1 and text.isalpha() else text, self)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAccessibleName(name or self.tr("Lettre %1").replace("%1", text.upper()))
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        key.clicked.connect(lambda _=False, v=value: self.press(v))
        grid.addWidget(key, row, col, 1, span)
        self.keys[value] = key

    def press(self, value: str) -> None:
        if value == "\b":
            self.target.backspace()
        else:
            self.target.insert(value)
