"""The guides library's behaviour: search as you type, browse by theme, open a guide."""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QWidget

from app.domain.guide_markup import plain
from app.services import guide_search, guides
from app.store.db import Database
from app.ui.guides.library_layout import SUMMARY_ROLE, LibraryLayout, theme_label

GUIDE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryView(QWidget):
    """Themes as a grid, a search box with results as you type; emits `open_guide(id)`."""

    open_guide = Signal(str)
    new_guide = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.theme: str | None = None
        self.review_only = False
        from app.domain.vocab import THEMES

        counts = Counter(t for g in guides.list_guides(db) for t in g.themes)
        self.ui = LibraryLayout()
        self.ui.setup(self, {t: counts[t] for t in THEMES if counts[t]} or dict.fromkeys(THEMES, 0))
        self.ui.search.textChanged.connect(self.on_query)
        self.ui.search.returnPressed.connect(self.open_first)
        self.ui.results.activated.connect(self._activated)
        self.ui.results.clicked.connect(self._activated)
        self.ui.new_button.clicked.connect(self.new_guide)
        self.ui.review_button.clicked.connect(self.show_to_review)
        for slug, button in self.ui.theme_buttons.items():
            button.clicked.connect(lambda _=False, s=slug: self.show_theme(s))
        self.refresh()

    def set_problems(self, problems: list[str]) -> None:
        self.ui.problems.setVisible(bool(problems))
        if problems:
            self.ui.problems.setText(
                self.tr("Guides livrés ignorés (fichier abîmé) :") + "\n" + "\n".join("• " + p for p in problems)
            )

    def refresh(self) -> None:
        """Show what the current query or theme gives (after an edit, an import…), with fresh theme counts."""
        counts = Counter(t for g in guides.list_guides(self.db) for t in g.themes)
        for slug, button in self.ui.theme_buttons.items():
            button.setText(f"{theme_label(slug)}  ({counts[slug]})")
        due = len(guides.to_review(self.db))
        self.ui.review_button.setText(self.tr("À revoir ({n})").format(n=due))
        self.ui.review_button.setVisible(bool(due) or self.review_only)
        self.on_query(self.ui.search.text())

    def on_query(self, text: str) -> None:
        if text.strip():
            self._select_theme(None)
            hits = guide_search.search(self.db, text)
            self.ui.results_title.setText(self.tr("%n guide(s) trouvé(s)", "", len(hits)) if hits
                                          else self.nothing_found(text.strip()))
            self._fill([(h.id, h.title, h.summary, h.status) for h in hits])
            return
        if self.review_only:
            due = guides.to_review(self.db)
            self.ui.results_title.setText(self.tr("À revoir : %n guide(s) vérifié(s) il y a plus de six mois", "",
                                                  len(due)))
            self._fill([(r.id, r.title, self._checked_on(r), r.status) for r in due])
            return
        rows = guides.list_guides(self.db, theme=self.theme)
        if self.theme:
            self.ui.results_title.setText(theme_label(self.theme))
        else:
            self.ui.results_title.setText(self.tr("Tous les guides (%n)", "", len(rows)))
        self._fill([(r.id, r.title, r.summary, r.status) for r in rows])

    def nothing_found(self, query: str) -> str:
        """What to do when no guide matches: never a list of unrelated guides."""
        return (self.tr("Aucun guide ne correspond à « {query} ».").format(query=query[:60]) + "\n"
                + self.tr("Cherchez la démarche sur service-public.gouv.fr (tapez vous-même l'adresse), "
                          "ou demandez à l'accueil."))

    def _checked_on(self, row: guides.GuideSummary) -> str:
        if row.reviewed is None:
            return self.tr("Jamais vérifié")
        return self.tr("Vérifié le {day}").format(day=row.reviewed.strftime("%d/%m/%Y"))

    def show_to_review(self) -> None:
        """The guides last checked more than six months ago (a second click goes back to all guides)."""
        wanted = self.ui.review_button.isChecked()
        self.ui.search.blockSignals(True)
        self.ui.search.clear()
        self.ui.search.blockSignals(False)
        self._select_theme(None)
        self.review_only = wanted
        self.ui.review_button.setChecked(wanted)
        self.on_query("")

    def show_theme(self, slug: str) -> None:
        self._select_theme(None if self.theme == slug else slug)
        self.ui.search.blockSignals(True)
        self.ui.search.clear()
        self.ui.search.blockSignals(False)
        self.on_query("")

    def _select_theme(self, slug: str | None) -> None:
        self.theme = slug
        if slug is not None or self.ui.search.text().strip():
            self.review_only = False
            self.ui.review_button.setChecked(False)
        for s, b in self.ui.theme_buttons.items():
            b.setChecked(s == slug)

    def _fill(self, rows: list[tuple[str, str, str, str]]) -> None:
        model = self.ui.model
        model.clear()
        for guide_id, title, summary, status in rows:
            label = plain(title) + (self.tr("  [brouillon]") if status == guides.DRAFT else "")
            item = QStandardItem(label)
            item.setData(guide_id, GUIDE_ID_ROLE)
            item.setData(plain(summary), SUMMARY_ROLE)
            item.setToolTip("<p>" + escape(plain(summary)) + "</p>")  # a tooltip would render HTML: escaped
            item.setEditable(False)
            model.appendRow(item)
        if model.rowCount():
            self.ui.results.setCurrentIndex(model.index(0, 0))

    def result_ids(self) -> list[str]:
        m = self.ui.model
        return [m.item(i).data(GUIDE_ID_ROLE) for i in range(m.rowCount())]

    def open_first(self) -> None:
        idx = self.ui.results.currentIndex()
        if idx.isValid():
            self._activated(idx)

    def _activated(self, index: QModelIndex) -> None:
        guide_id = index.data(GUIDE_ID_ROLE)
        if guide_id:
            self.open_guide.emit(guide_id)
