"""The guide editor's behaviour: new, edit, live preview and validation, images, draft/published, save."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from app.domain.clock import local_day, now_utc
from app.domain.errors import ValidationError
from app.domain.guide import new_guide_template
from app.services import guides
from app.store.db import Database
from app.ui.guides.editor_layout import EditorLayout
from app.ui.guides.preview import guide_html

VALIDATE_DELAY_MS = 250


class GuideEditor(QWidget):
    """Write a guide in its file format, see it and its problems as you type, save it."""

    saved = Signal(str)
    cancelled = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.editing_id: str | None = None
        self.ui = EditorLayout()
        self.ui.setup(self)
        self.ui.status.addItem(self.tr("Brouillon"), guides.DRAFT)
        self.ui.status.addItem(self.tr("Publié"), guides.PUBLISHED)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(VALIDATE_DELAY_MS)
        self.timer.timeout.connect(self.validate_now)
        self.ui.text.textChanged.connect(self.timer.start)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.cancel_button.clicked.connect(self.cancelled)
        self.ui.image_button.clicked.connect(self.choose_image)
        self.ui.problems.itemClicked.connect(self._go_to_problem)
        self.error_count = 0

    def new_guide(self) -> None:
        self.editing_id = None
        self.ui.heading.setText(self.tr("Nouveau guide"))
        self.ui.notice.setVisible(False)
        self.ui.status.setCurrentIndex(0)
        self.ui.text.setPlainText(new_guide_template("nouveau-guide", self.tr("Titre du guide"), local_day(now_utc())))
        self.validate_now()

    def edit(self, guide_id: str) -> bool:
        detail = guides.get_guide(self.db, guide_id)
        if detail is None:
            return False
        self.editing_id = guide_id
        self.ui.heading.setText(self.tr("Modifier « {title} »").format(title=detail.guide.title))
        bundled = detail.origin == guides.BUNDLED
        self.ui.notice.setText(self.tr(
            "Guide livré avec Pas à Pas : vos modifications restent sur ce réseau de postes et le guide sera marqué "
            "« modifié ici ». Pour un guide à vous, utilisez plutôt « Dupliquer »."))
        self.ui.notice.setVisible(bundled)
        self.ui.status.setCurrentIndex(max(0, self.ui.status.findData(detail.status)))
        self.ui.text.setPlainText(detail.source)
        self.validate_now()
        return True

    def current_id(self) -> str:
        m = re.search(r"^id\s*:\s*(\S+)", self.ui.text.toPlainText(), re.MULTILINE)
        return m.group(1) if m else ""

    def validate_now(self) -> None:
        """Parse and check the text; show the preview and every problem (errors, then warnings)."""
        self.timer.stop()
        guide, problems = guides.check_guide_text(self.db, self.ui.text.toPlainText())
        if guide is not None:
            bar = self.ui.preview.verticalScrollBar()
            pos = bar.value()
            self.ui.preview.setHtml(guide_html(guide))
            bar.setValue(pos)
        lst = self.ui.problems
        lst.clear()
        errors = [p for p in problems if p.is_error]
        self.error_count = len(errors)
        for p in sorted(problems, key=lambda x: not x.is_error):
            line = self.tr("ligne {n} : ").format(n=p.line) if p.line else ""
            icon = "✖ " if p.is_error else "⚠ "
            item = QListWidgetItem(f"{icon}{line}{p.field} : {p.message}")
            item.setData(Qt.ItemDataRole.UserRole, p.line or 0)
            lst.addItem(item)
        lst.setVisible(bool(problems))
        if errors:
            self.ui.problems_title.setText(self.tr("%n erreur(s) à corriger avant d'enregistrer", "", len(errors)))
            self.ui.problems_title.setStyleSheet("color: #a00000; font-weight: bold;")
        elif problems:
            self.ui.problems_title.setText(self.tr("Aucune erreur ; quelques conseils :"))
            self.ui.problems_title.setStyleSheet("color: #5a4300; font-weight: bold;")
        else:
            self.ui.problems_title.setText(self.tr("Le guide est valide."))
            self.ui.problems_title.setStyleSheet("color: #1f6b3a; font-weight: bold;")
        self.ui.save_button.setEnabled(not errors)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = int(item.data(Qt.ItemDataRole.UserRole) or 0)
        if line:
            block = self.ui.text.document().findBlockByNumber(line - 1)
            cursor = self.ui.text.textCursor()
            cursor.setPosition(block.position())
            self.ui.text.setTextCursor(cursor)
            self.ui.text.centerCursor()
            self.ui.text.setFocus()

    def problem_texts(self) -> list[str]:
        return [self.ui.problems.item(i).text() for i in range(self.ui.problems.count())]

    def save(self) -> bool:
        self.validate_now()
        try:
            guide_id = guides.save_guide(self.db, self.ui.text.toPlainText(), status=self.ui.status.currentData(),
                                         editing_id=self.editing_id)
        except guides.GuideInvalid as exc:
            QMessageBox.warning(self, self.tr("Guide non enregistré"), str(exc))
            return False
        self.editing_id = guide_id
        self.saved.emit(guide_id)
        return True

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ajouter une image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.add_image(Path(path))

    def add_image(self, path: Path) -> None:
        guide_id = self.current_id()
        if not guide_id:
            QMessageBox.warning(self, self.tr("Image"), self.tr("Donnez d'abord un id au guide (ligne « id: »)."))
            return
        try:
            rel = guides.add_image(self.db, guide_id, path)
        except (ValidationError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Image non ajoutée"), str(exc))
            return
        cursor = self.ui.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.EndOfBlock)
        cursor.insertText(f"\n\n![{self.tr('Capture d’écran')}]({rel})\n")
        self.validate_now()
