"""Layout of the guides library: the search box, the themes grid, the results list (no behaviour here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocab import THEMES

THEME_COLUMNS = 4


def theme_label(slug: str) -> str:
    return QCoreApplication.translate("vocab", THEMES.get(slug, slug))


class LibraryLayout:
    """The widgets of the library page, built in code."""

    def setup(self, page: QWidget, theme_slugs: list[str]) -> None:
        tr = page.tr
        outer = QVBoxLayout(page)
        head = QHBoxLayout()
        title = QLabel(tr("Guides pas à pas"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        head.addWidget(title)
        head.addStretch(1)
        self.new_button = QPushButton(tr("Nouveau guide"))
        head.addWidget(self.new_button)
        outer.addLayout(head)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Chercher un guide : impôts, carte grise, Pôle emploi, mot de passe…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Chercher un guide"))
        big = QFont(self.search.font())
        big.setPointSize(big.pointSize() + 5)
        self.search.setFont(big)
        self.search.setMinimumHeight(44)
        outer.addWidget(self.search)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("background:#fff4d6; color:#5a4300; padding:6px; border:1px solid #e0c060;")
        self.problems.setVisible(False)
        outer.addWidget(self.problems)

        self.themes_box = QWidget()
        grid = QGridLayout(self.themes_box)
        grid.setSpacing(8)
        self.theme_buttons: dict[str, QPushButton] = {}
        for i, slug in enumerate(theme_slugs):
            b = QPushButton(theme_label(slug))
            b.setMinimumHeight(56)
            b.setCheckable(True)
            b.setStyleSheet("QPushButton { text-align: center; padding: 6px; font-size: 11pt; }"
                            "QPushButton:checked { background: #1d4f91; color: white; }")
            grid.addWidget(b, i // THEME_COLUMNS, i % THEME_COLUMNS)
            self.theme_buttons[slug] = b
        outer.addWidget(self.themes_box)

        self.results_title = QLabel()
        rf = QFont(self.results_title.font())
        rf.setBold(True)
        rf.setPointSize(rf.pointSize() + 2)
        self.results_title.setFont(rf)
        outer.addWidget(self.results_title)
        self.model = QStandardItemModel(page)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setAccessibleName(tr("Guides trouvés"))
        self.results.setWordWrap(True)
        self.results.setSpacing(2)
        self.results.setAlternatingRowColors(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        outer.addWidget(self.results, 1)
