"""« Outils › Journal d'audit » (admin): the newest lines first, in Paris time."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.clock import PARIS

LIMIT = 1000


class AuditDialog(QDialog):
    def __init__(self, db: Any, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services import audit

        self.setWindowTitle(self.tr("Journal d'audit"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        self.lines = audit.entries(db, actor, limit=LIMIT)
        self.table = QTableWidget(len(self.lines), 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Quand"), self.tr("Poste"), self.tr("Qui"), self.tr("Quoi"), self.tr("Détail")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, line in enumerate(self.lines):
            when = line.at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M:%S")
            for j, text in enumerate((when, line.device_name, line.actor, line.label, line.detail)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
