"""« Aide › Raccourcis clavier » (F1): every key of the desk in one list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# (keys, what they do): the README's keyboard section says the same.
SHORTCUTS = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("shortcuts", "Une personne arrive : un ticket (A-12) dans la file")),
    ("Entrée", QT_TRANSLATE_NOOP("shortcuts", "Dans la file : prendre la personne en surbrillance (la suivante)")),
    ("F2", QT_TRANSLATE_NOOP("shortcuts", "Dans la file : un repère pour appeler la personne")),
    ("Suppr", QT_TRANSLATE_NOOP("shortcuts", "Dans la file : partie sans aide ; dans le journal : supprimer")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("shortcuts", "Annuler la dernière suppression (pendant 15 s)")),
    ("Tab", QT_TRANSLATE_NOOP("shortcuts", "Groupe suivant de la fiche (le groupe qui écoute est encadré)")),
    ("Lettre ou chiffre", QT_TRANSLATE_NOOP("shortcuts", "Cocher le choix qui porte cette touche dans le groupe encadré")),
    ("Ctrl+Entrée", QT_TRANSLATE_NOOP("shortcuts", "Enregistrer l'accompagnement")),
    ("Échap", QT_TRANSLATE_NOOP("shortcuts", "Effacer la fiche (demande avant de perdre ce qui est saisi)")),
    ("F5", QT_TRANSLATE_NOOP("shortcuts", "Appel téléphonique : à distance, téléphone, 15 min")),
    ("F6", QT_TRANSLATE_NOOP("shortcuts", "Question rapide à l'accueil : 15 min, autonome")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("shortcuts", "Dupliquer le dernier accompagnement")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("shortcuts", "Imprimer une fiche")),
    ("Ctrl+Maj+A", QT_TRANSLATE_NOOP("shortcuts", "Enregistrer un atelier collectif")),
    ("F9", QT_TRANSLATE_NOOP("shortcuts", "Synchroniser maintenant")),
    ("Ctrl+1, Ctrl+2, Ctrl+3", QT_TRANSLATE_NOOP("shortcuts", "Accueil, Journal, Guides")),
    ("Ctrl+F, /", QT_TRANSLATE_NOOP("shortcuts", "Rechercher un guide")),
    ("F1", QT_TRANSLATE_NOOP("shortcuts", "Cette liste")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("shortcuts", "Quitter")),
)


class ShortcutsDialog(QDialog):
    """The list of shortcuts, two columns, closed by Échap or « Fermer »."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Touches"), self.tr("Action")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, text) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate("shortcuts", str(text))))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)
