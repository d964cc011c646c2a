"""The desk's Guides space: the library, a guide page and the editor, one at a time."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.services import guides
from app.store.db import Database
from app.ui.guides.editor import GuideEditor
from app.ui.guides.library import LibraryView
from app.ui.guides.viewer import GuideViewer


class GuidesPage(QWidget):
    """Guides space. `guide_used(id)`: attach to the current session; `handout_requested([ids])`: print."""

    guide_used = Signal(str)
    handout_requested = Signal(list)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # Cheap when nothing changed (one digest of the bundled files); broken files are reported.
        try:
            self.load_report = guides.load_bundled(db)
        except Exception as exc:  # the desk opens even if the bundled guides cannot be loaded at all
            logging.getLogger(__name__).exception("bundled guides not loaded")
            self.load_report = guides.LoadReport(problems=[self.tr("Guides livrés non chargés : {error}").format(
                error=exc)])
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.library = LibraryView(db)
        self.viewer = GuideViewer(db)
        self.editor = GuideEditor(db)
        for w in (self.library, self.viewer, self.editor):
            self.stack.addWidget(w)
        self.library.set_problems(self.load_report.problems)
        self.library.open_guide.connect(self.open_guide)
        self.library.new_guide.connect(self.new_guide)
        self.library.ui.import_button.clicked.connect(self.import_pack)
        self.viewer.back.connect(self.show_library)
        self.viewer.used.connect(self.guide_used)
        self.viewer.handout.connect(lambda gid: self.handout_requested.emit([gid]))
        self.viewer.edit.connect(self.edit_guide)
        self.viewer.duplicated.connect(self.edit_guide)
        self.viewer.changed.connect(self.library.refresh)
        self.editor.saved.connect(self._saved)
        self.editor.cancelled.connect(self._editor_closed)
        self.editor.deleted.connect(self._deleted)

    def problems(self) -> list[str]:
        """Bundled guide files that were skipped, each with why."""
        return list(self.load_report.problems)

    def refresh(self) -> None:
        """Show the library as it is now (after a sync brought guides, for instance)."""
        self.library.refresh()

    def focus_search(self) -> None:
        self.stack.setCurrentWidget(self.library)
        self.library.ui.search.setFocus()
        self.library.ui.search.selectAll()

    def show_library(self) -> None:
        self.stack.setCurrentWidget(self.library)
        self.library.ui.results.setFocus()

    def open_guide(self, guide_id: str) -> None:
        if self.viewer.show_guide(guide_id):
            self.stack.setCurrentWidget(self.viewer)
            self.viewer.ui.next_button.setFocus()

    def new_guide(self) -> None:
        self.editor.new_guide()
        self.stack.setCurrentWidget(self.editor)
        self.editor.ui.title.setFocus()

    def import_pack(self) -> None:
        """« Importer des guides… »: the pack's plan, a confirmation, then the library as it is now."""
        from PySide6.QtWidgets import QMainWindow

        from app.ui.guides.import_dialog import ImportPackDialog

        dialog = ImportPackDialog(self.db, self)
        if dialog.exec() == ImportPackDialog.DialogCode.Accepted:
            self.library.refresh()
            self.show_library()
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(dialog.summary(), 8000)

    def edit_guide(self, guide_id: str) -> None:
        if self.editor.edit(guide_id):
            self.stack.setCurrentWidget(self.editor)
            self.editor.ui.title.setFocus()

    def _saved(self, guide_id: str) -> None:
        self.library.refresh()
        self.open_guide(guide_id)

    def _deleted(self, _guide_id: str) -> None:
        self.library.refresh()
        self.show_library()

    def _editor_closed(self) -> None:
        if self.editor.editing_id and self.viewer.show_guide(self.editor.editing_id):
            self.stack.setCurrentWidget(self.viewer)
        else:
            self.show_library()
