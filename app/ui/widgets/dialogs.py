"""The bottom of a form dialog: the line that names what is wrong, and « Enregistrer » / « Annuler »."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel


def add_error_and_buttons(dialog: QDialog, layout: QBoxLayout) -> QLabel:
    """Adds the error line and the Save/Cancel buttons wired to accept/reject; returns the error line."""
    error = QLabel("", dialog)
    error.setObjectName("formError")
    error.setWordWrap(True)
    error.setAccessibleName(dialog.tr("Erreur"))
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(dialog.tr("Enregistrer"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annuler"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error
