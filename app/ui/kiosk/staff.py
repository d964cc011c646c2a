"""The staff screen behind the hidden gesture: the PIN on a keypad, then settings or leaving the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QSpinBox, QWidget

from app.domain.kiosk import IDLE_SECONDS_RANGE, PAGES_PER_VISIT_RANGE
from app.ui.kiosk.widgets import Page, button, label


class StaffPage(Page):
    pin_entered = Signal(str)
    cancelled = Signal()
    quit_requested = Signal()
    settings_saved = Signal(int, int)  # idle seconds, pages per visit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(self.tr("Réservé au personnel"), self.body, name="title")
        self.box.addWidget(self.title)
        self.message = label(self.tr("Tapez le code du personnel."), self.body)
        self.box.addWidget(self.message)
        self.pin = QLineEdit(self.body)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAccessibleName(self.tr("Code du personnel"))
        self.pin.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pin.returnPressed.connect(self._submit)
        self.box.addWidget(self.pin)
        self.keypad = QWidget(self.body)
        grid = QGridLayout(self.keypad)
        for i, digit in enumerate("123456789"):
            self._key(grid, digit, i // 3, i % 3)
        self._key(grid, "0", 3, 1)
        erase = button("⌫", self.keypad, name=self.tr("Effacer un chiffre"))
        erase.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        erase.clicked.connect(self.pin.backspace)
        grid.addWidget(erase, 3, 2)
        self.box.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignLeft)
        row = self.row()
        self.ok = button(self.tr("Valider"), self.body, primary=True, name=self.tr("Valider le code"))
        self.ok.clicked.connect(self._submit)
        row.addWidget(self.ok)
        self.cancel = button(self.tr("Retour à la borne"), self.body)
        self.cancel.clicked.connect(self.cancelled.emit)
        row.addWidget(self.cancel)
        row.addStretch(1)
        # After the PIN: settings and leaving.
        self.menu = QWidget(self.body)
        menu = QGridLayout(self.menu)
        menu.addWidget(label(self.tr("Délai avant « Vous êtes toujours là ? » (secondes)"), self.menu), 0, 0)
        self.idle = QSpinBox(self.menu)
        self.idle.setRange(*IDLE_SECONDS_RANGE)
        self.idle.setAccessibleName(self.tr("Délai d'inactivité en secondes"))
        menu.addWidget(self.idle, 0, 1)
        menu.addWidget(label(self.tr("Pages qu'un visiteur peut imprimer"), self.menu), 1, 0)
        self.pages = QSpinBox(self.menu)
        self.pages.setRange(*PAGES_PER_VISIT_RANGE)
        self.pages.setAccessibleName(self.tr("Pages par visite"))
        menu.addWidget(self.pages, 1, 1)
        self.save = button(self.tr("Enregistrer les réglages"), self.menu)
        self.save.clicked.connect(lambda: self.settings_saved.emit(self.idle.value(), self.pages.value()))
        menu.addWidget(self.save, 2, 0)
        self.quit = button(self.tr("Quitter la borne"), self.menu, primary=True)
        self.quit.clicked.connect(self.quit_requested.emit)
        menu.addWidget(self.quit, 2, 1)
        self.box.addWidget(self.menu)
        self.box.addStretch(1)
        self.lock()

    def _key(self, grid: QGridLayout, digit: str, row: int, col: int) -> None:
        key = button(digit, self.keypad, name=self.tr("Chiffre %1").replace("%1", digit))
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setMinimumSize(72, 60)
        key.clicked.connect(lambda _=False, d=digit: self.pin.insert(d))
        grid.addWidget(key, row, col)

    def _submit(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        self.pin_entered.emit(pin)

    def lock(self, message: str = "") -> None:
        self.pin.clear()
        self.message.setText(message or self.tr("Tapez le code du personnel."))
        for w in (self.pin, self.keypad, self.ok):
            w.show()
        self.menu.hide()
        self.pin.setFocus()

    def unlock(self, idle: int, pages: int) -> None:
        self.pin.clear()
        self.message.setText(self.tr("Code accepté."))
        for w in (self.pin, self.keypad, self.ok):
            w.hide()
        self.idle.setValue(idle)
        self.pages.setValue(pages)
        self.menu.show()
        self.idle.setFocus()
