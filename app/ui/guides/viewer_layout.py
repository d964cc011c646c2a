"""Layout of a guide page: summary, checklist, official links, step-by-step mode (no behaviour here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

WARNING_STYLE = (
    "QLabel { background: #fde7e7; color: #6b0000; border-left: 6px solid #c0392b; padding: 10px; font-size: 14pt; }"
)
TIP_STYLE = "QLabel { background: #e6f2ea; color: #173f26; border-left: 6px solid #2e7d4f; padding: 10px; font-size: 13pt; }"
NOTICE_STYLE = "QLabel { background: #fff4d6; color: #5a4300; border: 1px solid #e0c060; padding: 6px; }"


def _font(widget: QWidget, delta: int, bold: bool = False) -> QFont:
    f = QFont(widget.font())
    f.setPointSize(f.pointSize() + delta)
    f.setBold(bold)
    return f


class ViewerLayout:
    """The widgets of one guide's page, built in code."""

    def setup(self, page: QWidget) -> None:
        tr = page.tr
        outer = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.back_button = QPushButton(tr("← Tous les guides"))
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.falc_button = QPushButton(tr("Version facile à lire"))
        self.falc_button.setCheckable(True)
        self.used_button = QPushButton(tr("Utilisé pour cette personne"))
        self.handout_button = QPushButton(tr("Imprimer une fiche"))
        self.edit_button = QPushButton(tr("Modifier"))
        self.duplicate_button = QPushButton(tr("Dupliquer"))
        for b in (self.falc_button, self.used_button, self.handout_button, self.edit_button, self.duplicate_button):
            bar.addWidget(b)
        outer.addLayout(bar)

        # Guide text is never rich text (a guide may come from a pack): plain labels, or markup we escaped.
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setFont(_font(self.title, 10, True))
        outer.addWidget(self.title)
        self.meta = QLabel()
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.meta)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setVisible(False)
        self.adopt_button = QPushButton(tr("Reprendre la version officielle"))
        self.adopt_button.setVisible(False)
        n_row = QHBoxLayout()
        n_row.addWidget(self.notice, 1)
        n_row.addWidget(self.adopt_button)
        outer.addLayout(n_row)

        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        # Left: what to know before starting.
        left = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setFont(_font(self.summary, 2))
        left.addWidget(self.summary)
        before = QLabel(tr("Ce qu'il faut avant de commencer"))
        before.setFont(_font(before, 3, True))
        left.addWidget(before)
        self.checklist_model = QStandardItemModel(page)
        self.checklist = QListView()
        self.checklist.setModel(self.checklist_model)
        self.checklist.setWordWrap(True)
        self.checklist.setSpacing(4)
        self.checklist.setAccessibleName(tr("Ce qu'il faut avant de commencer"))
        left.addWidget(self.checklist, 1)
        links_title = QLabel(tr("Sites officiels"))
        links_title.setFont(_font(links_title, 3, True))
        left.addWidget(links_title)
        self.links_box = QVBoxLayout()
        left.addLayout(self.links_box)
        left_w = QWidget()
        left_w.setLayout(left)
        left_w.setMaximumWidth(380)
        columns.addWidget(left_w)

        # Right: one step at a time, large.
        self.step_frame = QFrame()
        self.step_frame.setFrameShape(QFrame.Shape.StyledPanel)
        right = QVBoxLayout(self.step_frame)
        self.step_counter = QLabel()
        self.step_counter.setFont(_font(self.step_counter, 3, True))
        self.step_counter.setStyleSheet("color: #1d4f91;")
        right.addWidget(self.step_counter)
        self.step_title = QLabel()
        self.step_title.setTextFormat(Qt.TextFormat.PlainText)
        self.step_title.setWordWrap(True)
        self.step_title.setFont(_font(self.step_title, 9, True))
        right.addWidget(self.step_title)
        self.step_text = QLabel()
        self.step_text.setWordWrap(True)
        self.step_text.setTextFormat(Qt.TextFormat.RichText)  # only guide_markup.to_markup's escaped output
        self.step_text.setFont(_font(self.step_text, 6))
        self.step_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.step_image = QLabel()
        self.step_image.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.step_image.setVisible(False)
        self.callouts_box = QVBoxLayout()
        body = QWidget()
        body_l = QVBoxLayout(body)
        body_l.addWidget(self.step_text)
        body_l.addWidget(self.step_image)
        body_l.addLayout(self.callouts_box)
        body_l.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        right.addWidget(scroll, 1)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(tr("← Étape précédente"))
        self.next_button = QPushButton(tr("Étape suivante →"))
        for b in (self.prev_button, self.next_button):
            b.setMinimumHeight(48)
            b.setFont(_font(b, 3))
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        columns.addWidget(self.step_frame, 1)
