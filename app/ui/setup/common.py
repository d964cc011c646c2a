"""What the wizard's pages share: the error line, and a choice among the network's names or a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

PROMPT = None  # data of the « choose » entry; "" is « a new one », anything else an id


def error_label(parent: QWidget) -> QLabel:
    label = QLabel("", parent)
    label.setObjectName("formError")
    label.setWordWrap(True)
    return label


class NameChoice:
    """A combo box of the network's names (sites or conseillers) with « a new one… », and the name field
    for the new one. The combo box is hidden when the network has none yet: then only the name is asked."""

    def __init__(self, combo: QComboBox, name: QLineEdit, prompt: str, new_label: str, label: QLabel) -> None:
        self.combo, self.name, self.label = combo, name, label
        self.prompt, self.new_label = prompt, new_label
        combo.currentIndexChanged.connect(self._changed)
        self.field = QWidget(combo.parentWidget())  # one form row: the list, and the new name under it
        column = QVBoxLayout(self.field)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(combo)
        column.addWidget(name)

    def fill(self, entries: list[tuple[str, str]], current: str = "") -> None:
        """`entries`: (id, name) of what the network has; `current` an id to select."""
        self.combo.blockSignals(True)
        self.combo.clear()
        if entries:
            self.combo.addItem(self.prompt, PROMPT)
            for ident, label in entries:
                self.combo.addItem(label, ident)
        self.combo.addItem(self.new_label, "")
        self.combo.blockSignals(False)
        self.combo.setVisible(bool(entries))
        self.label.setBuddy(self.combo if entries else self.name)
        index = self.combo.findData(current) if current else 0
        self.combo.setCurrentIndex(max(index, 0))
        self._changed()

    def select(self, ident: str) -> None:
        index = self.combo.findData(ident)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def chosen(self) -> str | None:
        """The id chosen, "" for a new one, None while nothing is chosen."""
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def _changed(self) -> None:
        new = self.chosen() == ""
        self.name.setEnabled(new)
        self.name.setVisible(new)
