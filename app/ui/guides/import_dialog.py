"""« Importer des guides… »: choose a pack, see what it adds and replaces, confirm replacing local edits.

Over `app/services/guide_packs.py`: `plan_import` says what would happen without writing (in the background:
a pack may be large), `import_pack(replace=…)` imports all or nothing. A refused pack (damaged, forged,
too big) is said in French, file by file, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.store.db import Database
from app.ui.widgets.screen_fit import documents_folder, fit_to_screen

MAX_PROBLEMS = 12  # lines of a refused pack shown; the rest counted


class ImportPackDialog(QDialog):
    """Pick → plan (what is added / replaced / kept) → confirm → import. `report` is set once imported."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path: Path | None = None
        self.plan: Any = None  # the ImportReport of the chosen pack
        self.report: Any = None
        self.setWindowTitle(self.tr("Importer des guides"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Un paquet de guides (fichier .zip) exporté par un autre point d'aide. Vous verrez ce qu'il ajoute "
            "et ce qu'il remplace avant que rien ne soit importé."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file = QLineEdit(self)
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("Aucun fichier choisi"))
        self.file.setAccessibleName(self.tr("Paquet de guides choisi"))
        row.addWidget(self.file, 1)
        self.choose_button = QPushButton(self.tr("&Choisir un fichier…"), self)
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.verdict = QLabel("", self)
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("sectionTitle")
        layout.addWidget(self.verdict)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setAccessibleName(self.tr("Ce que fera l'import"))
        layout.addWidget(self.details, 1)
        self.replace_box = QCheckBox(self)
        self.replace_box.setVisible(False)
        self.replace_box.toggled.connect(self._update_button)
        layout.addWidget(self.replace_box)
        self.error = QLabel("", self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Importer"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(fit_to_screen(self, QSize(760, 540)))

    # --- choosing and planning ------------------------------------------------------------------------
    def choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choisir un paquet de guides"), str(documents_folder()),
            self.tr("Paquets de guides (*.zip);;Tous les fichiers (*)"))
        if name:
            self.open_pack(Path(name))

    def open_pack(self, path: Path) -> None:
        """Read the pack in the background and show what importing it would do (nothing is written)."""
        from app.services import guide_packs
        from app.ui.tasks import run_task

        self.path, self.plan = path, None
        self.file.setText(str(path))
        self.file.setToolTip(str(path))
        self._busy(self.tr("Lecture du paquet…"))
        db = self.db

        def work(_progress: Any) -> Any:
            report, found = guide_packs.plan_import(db, path)
            return report, {g.id: g.title for g, _text, _images in found}

        run_task(self, work, self._planned, title=self.tr("Lecture du paquet de guides"), on_error=self._refused)

    def _busy(self, text: str) -> None:
        self.verdict.setText(text)
        self.details.clear()
        self.error.clear()
        self.replace_box.setVisible(False)
        self.replace_box.setChecked(False)
        self.import_button.setEnabled(False)

    def _planned(self, result: Any) -> None:
        report, titles = result
        self.plan = report
        lines: list[str] = []

        def section(title: str, ids: list[str], extra: dict[str, list[str]] | None = None) -> None:
            if not ids:
                return
            lines.append(title.replace("%1", str(len(ids))))
            for gid in ids:
                lines.append(f"  • {titles.get(gid, gid)}")
                for change in (extra or {}).get(gid, []):
                    lines.append(f"      – {change}")
            lines.append("")

        section(self.tr("Nouveaux guides ajoutés (%1) :"), report.added)
        section(self.tr("Guides modifiés ici, remplacés par ceux du paquet (%1) :"), report.replaced, report.changes)
        section(self.tr("Déjà identiques, rien ne change (%1) :"), report.unchanged)
        section(self.tr("Guides fournis avec Pas à Pas, gardés tels quels — un import ne les remplace jamais "
                        "(%1) :"), report.bundled_kept)
        self.details.setPlainText("\n".join(lines).rstrip())
        if not (report.added or report.replaced):
            self.verdict.setText(self.tr("Ce paquet n'apporte rien de nouveau : rien à importer."))
        else:
            text = self.tr("Le paquet ajoute %1 guide(s) et en remplace %2.")
            self.verdict.setText(text.replace("%1", str(len(report.added))).replace("%2", str(len(report.replaced))))
        if report.replaced:
            box = self.tr("Remplacer les guides modifiés ici (%1) : leurs modifications locales seront perdues")
            self.replace_box.setText(box.replace("%1", str(len(report.replaced))))
            self.replace_box.setVisible(True)
        self._update_button()

    def _refused(self, exc: Exception) -> None:
        from app.services import guide_packs

        self.plan = None
        self.verdict.setText(self.tr("Paquet refusé : aucun guide n'a été importé."))
        if isinstance(exc, guide_packs.PackError):
            problems = [self._short(p) for p in exc.problems]
            shown = problems[:MAX_PROBLEMS]
            if len(problems) > MAX_PROBLEMS:
                shown.append(self.tr("… et %1 autre(s) problème(s).").replace("%1", str(len(problems) - MAX_PROBLEMS)))
            self.details.setPlainText("\n".join(shown))
            self.error.setText(self.tr("Demandez à qui vous l'a envoyé de corriger ces guides et de refaire l'export."))
        else:
            from app.domain.faults import describe

            self.details.clear()
            self.error.setText(self.tr("Paquet de guides : %1").replace("%1", describe(exc) if isinstance(exc, OSError)
                                                                      else str(exc).splitlines()[0][:200]))
        self._update_button()

    def _short(self, problem: str) -> str:
        """A problem line with the pack's name instead of its whole path."""
        if self.path is None:
            return problem
        return problem.replace(str(self.path), self.path.name)

    def _update_button(self) -> None:
        plan = self.plan
        ready = plan is not None and bool(plan.added or plan.replaced)
        if ready and plan.replaced and not self.replace_box.isChecked():
            ready = False
            self.error.setText(self.tr("Cochez la case ci-dessus pour importer : le paquet remplace des guides "
                                       "modifiés ici."))
        elif ready:
            self.error.clear()
        self.import_button.setEnabled(ready)

    # --- importing ---------------------------------------------------------------------------------------
    def do_import(self) -> None:
        from app.services import guide_packs
        from app.ui.tasks import run_task

        if self.path is None or self.plan is None:
            return
        path, replace, db = self.path, self.replace_box.isChecked(), self.db
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)

        def work(_progress: Any) -> Any:
            return guide_packs.import_pack(db, path, replace=replace)

        def failed(exc: Exception) -> None:
            self.choose_button.setEnabled(True)
            if isinstance(exc, guide_packs.ReplaceNeeded):  # a guide was edited here meanwhile: look again
                self.open_pack(path)
                self.error.setText(self.tr("Un guide a changé entre-temps : vérifiez de nouveau."))
                return
            self._refused(exc)

        run_task(self, work, self._imported, title=self.tr("Import des guides"), on_error=failed)

    def _imported(self, report: Any) -> None:
        self.report = report
        self.accept()

    def summary(self) -> str:
        """For the status bar, once imported."""
        r = self.report
        text = self.tr("Guides importés : %1 ajouté(s), %2 remplacé(s).")
        return text.replace("%1", str(len(r.added))).replace("%2", str(len(r.replaced))) if r else ""
