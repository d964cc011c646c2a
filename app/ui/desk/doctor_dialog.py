"""« Aide › État du poste »: the same diagnosis as `pasapas doctor`, for the IT person, in a dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

LEVEL_TEXT = {
    "ok": QT_TRANSLATE_NOOP("doctor", "OK"),
    "info": QT_TRANSLATE_NOOP("doctor", "Info"),
    "warning": QT_TRANSLATE_NOOP("doctor", "À surveiller"),
    "error": QT_TRANSLATE_NOOP("doctor", "Problème"),
}
LEVEL_COLOUR = {"ok": "#1b7f3b", "info": "#44546a", "warning": "#a15c00", "error": "#b00020"}


class DoctorDialog(QDialog):
    """One row per finding (state, what, detail); « Actualiser » runs the checks again in the background."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.result: Any = None
        self.setWindowTitle(self.tr("État du poste"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Vérification en cours…"), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("État"), self.tr("Vérifié"), self.tr("Détail")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        hint = QLabel(self.tr("La même chose en ligne de commande : « pasapas doctor » (ou « --json »)."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = QPushButton(self.tr("&Actualiser"), self)
        self.copy_button = QPushButton(self.tr("&Copier le rapport"), self)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy_report)
        layout.addWidget(buttons)
        from app.ui.widgets.screen_fit import fit_to_screen

        fit_to_screen(self, QSize(900, 520))
        self.refresh()

    def refresh(self) -> None:
        from app.services import doctor
        from app.ui.tasks import run_task

        self.refresh_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.summary.setText(self.tr("Vérification en cours…"))
        folder = self.data_dir
        run_task(self, lambda _progress: doctor.diagnose(folder), self.show_result, show_progress=False)

    def show_result(self, result: Any) -> None:
        self.result = result
        self.table.setRowCount(len(result.findings))
        for row, finding in enumerate(result.findings):
            state = QTableWidgetItem(QCoreApplication.translate("doctor", str(LEVEL_TEXT[finding.level])))
            state.setForeground(QColor(LEVEL_COLOUR[finding.level]))
            self.table.setItem(row, 0, state)
            self.table.setItem(row, 1, QTableWidgetItem(finding.label))
            self.table.setItem(row, 2, QTableWidgetItem(finding.detail))
        self.table.resizeRowsToContents()
        problems = sum(1 for f in result.findings if f.level == "error")
        text = (self.tr("Tout va bien sur ce poste (%1).") if not problems
                else self.tr("%2 problème(s) à corriger sur ce poste (%1).").replace("%2", str(problems)))
        self.summary.setText(text.replace("%1", result.data_dir))
        self.refresh_button.setEnabled(True)
        self.copy_button.setEnabled(True)

    def report_text(self) -> str:
        if self.result is None:
            return ""
        lines = [self.tr("Pas à Pas — état du poste (%1)").replace("%1", self.result.data_dir)]
        lines += [f.line() for f in self.result.findings]
        return "\n".join(lines)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.summary.setText(self.summary.text() + " " + self.tr("Rapport copié."))
