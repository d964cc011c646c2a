"""Layout of the guides library: the search box, the themes grid, the results list (no behaviour here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocab import THEMES

THEME_COLUMNS = 4
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
PAD = 8


class ResultDelegate(QStyledItemDelegate):
    """A result row: the title in bold, the summary under it in a quieter colour."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        title.setPointSize(title.pointSize() + 2)
        return title, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, body = self._fonts(option)
        return QSize(option.rect.width(), QFontMetrics(title).height() + QFontMetrics(body).height() + 2 * PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        title_font, body_font = self._fonts(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        text = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        r = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(text)
        th = QFontMetrics(title_font).height()
        painter.drawText(QRect(r.left(), r.top(), r.width(), th), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(title_font).elidedText(index.data(), Qt.TextElideMode.ElideRight, r.width()))
        painter.setFont(body_font)
        painter.setPen(text if selected else QColor("#444444"))
        summary = index.data(SUMMARY_ROLE) or ""
        painter.drawText(QRect(r.left(), r.top() + th + 2, r.width(), r.height() - th), Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(body_font).elidedText(summary, Qt.TextElideMode.ElideRight, r.width()))
        painter.restore()


def theme_label(slug: str) -> str:
    return QCoreApplication.translate("vocab", THEMES.get(slug, slug))


class LibraryLayout:
    """The widgets of the library page, built in code."""

    def setup(self, page: QWidget, theme_counts: dict[str, int]) -> None:
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
        self.review_button = QPushButton()
        self.review_button.setCheckable(True)
        self.review_button.setAccessibleName(tr("Guides à revoir"))
        self.review_button.setToolTip(tr("Guides vérifiés il y a plus de six mois : revérifiez-les sur le site "
                                         "officiel"))
        self.review_button.setStyleSheet("QPushButton { padding: 4px 10px; } "
                                         "QPushButton:checked { background: #1d4f91; color: white; }")
        head.addWidget(self.review_button)
        self.new_button = QPushButton(tr("Nouveau guide"))
        head.addWidget(self.new_button)
        self.import_button = QPushButton(tr("Importer des guides…"))
        self.import_button.setToolTip(tr("Un paquet de guides (.zip) exporté par un autre point d'aide"))
        head.addWidget(self.import_button)
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
        for i, (slug, count) in enumerate(theme_counts.items()):
            b = QPushButton(f"{theme_label(slug)}  ({count})")
            b.setAccessibleName(theme_label(slug))
            b.setMinimumHeight(46)
            b.setCheckable(True)
            b.setStyleSheet("QPushButton { text-align: center; padding: 6px; font-size: 11pt; }"
                            "QPushButton:checked { background: #1d4f91; color: white; }")
            grid.addWidget(b, i // THEME_COLUMNS, i % THEME_COLUMNS)
            self.theme_buttons[slug] = b
        outer.addWidget(self.themes_box)

        self.results_title = QLabel()
        self.results_title.setWordWrap(True)
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
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setAlternatingRowColors(True)
        self.results.setUniformItemSizes(True)
        outer.addWidget(self.results, 1)
