"""Layout of the guide editor: Markdown text, live preview, live problems, status (no behaviour here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class EditorLayout:
    """The widgets of the editor, built in code."""

    def setup(self, page: QWidget) -> None:
        tr = page.tr
        outer = QVBoxLayout(page)
        head = QHBoxLayout()
        self.heading = QLabel()
        f = QFont(self.heading.font())
        f.setPointSize(f.pointSize() + 6)
        f.setBold(True)
        self.heading.setFont(f)
        head.addWidget(self.heading, 1)
        head.addWidget(QLabel(tr("Statut :")))
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Statut du guide"))
        head.addWidget(self.status)
        self.image_button = QPushButton(tr("Ajouter une image…"))
        self.cancel_button = QPushButton(tr("Annuler"))
        self.save_button = QPushButton(tr("Enregistrer"))
        self.save_button.setDefault(True)
        for b in (self.image_button, self.cancel_button, self.save_button):
            head.addWidget(b)
        outer.addLayout(head)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setStyleSheet("background:#fff4d6; color:#5a4300; padding:6px; border:1px solid #e0c060;")
        outer.addWidget(self.notice)

        split = QSplitter()
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Texte du guide (Markdown)"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        split.addWidget(self.text)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(tr("Aperçu du guide"))
        split.addWidget(self.preview)
        split.setSizes([520, 480])
        outer.addWidget(split, 1)

        self.problems_title = QLabel()
        outer.addWidget(self.problems_title)
        self.problems = QListWidget()
        self.problems.setAccessibleName(tr("Problèmes du guide"))
        self.problems.setMaximumHeight(130)
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setToolTip(tr("Cliquez sur un problème pour aller à sa ligne"))
        outer.addWidget(self.problems)
