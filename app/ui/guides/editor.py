"""The guide editor's behaviour: a French form (the guide, its steps), Markdown under « Avancé », live checks.

The form and the Markdown are two views of one guide file: the form is read into a GuideDraft and written
with `guide_form.render` (the same format as the bundled files); « Avancé » shows that text and, when the
conseiller comes back to the form, reads it back. Saving goes through `guides.save_guide` as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QMessageBox, QWidget

from app.domain.clock import local_day, now_utc
from app.domain.errors import ValidationError
from app.domain.guide import GuideError, new_guide_template, parse_guide, slugify
from app.domain.guide_form import GuideDraft, StepDraft, draft_of, lines_of, render
from app.domain.guide_markup import plain
from app.domain.guide_rules import url_problem
from app.domain.vocab import ADMIN_THEME, DEMARCHES, LEVELS, THEMES
from app.services import guides
from app.store.db import Database
from app.ui.guides.editor_layout import EditorLayout
from app.ui.guides.preview import guide_html

VALIDATE_DELAY_MS = 250
NEW_ID = "nouveau-guide"
ADVANCED_TAB = 2
STEPS_TAB = 1
CODE_ROLE = Qt.ItemDataRole.UserRole
STEP_FIELD = re.compile(r"^étape (\d+)")


def _vocab(label: str) -> str:
    return QCoreApplication.translate("vocab", label)


class GuideEditor(QWidget):
    """Write or change a guide with a form, see its problems as you type, save it."""

    saved = Signal(str)
    cancelled = Signal()
    deleted = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.editing_id: str | None = None
        self.origin = guides.LOCAL
        self.draft = GuideDraft(id=NEW_ID, title="")
        self.step_index = -1
        self.baseline = ""
        self.error_count = 0
        self._loading = False
        self._tab = 0
        self.ui = EditorLayout()
        self.ui.setup(self)
        ui = self.ui
        ui.status.addItem(self.tr("Brouillon"), guides.DRAFT)
        ui.status.addItem(self.tr("Publié"), guides.PUBLISHED)
        for code, label in LEVELS.items():
            ui.level.addItem(_vocab(label), code)
        self._fill_checklist(ui.themes, THEMES)
        self._fill_checklist(ui.demarches, DEMARCHES)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(VALIDATE_DELAY_MS)
        self.timer.timeout.connect(self.validate_now)
        for w in (ui.title, ui.keywords, ui.step_title, ui.image_alt):
            w.textChanged.connect(self._form_changed)
        for box in (ui.summary, ui.falc_intro, ui.urls, ui.prerequisites, ui.step_text, ui.step_falc,
                    ui.step_warnings, ui.step_tips):
            box.textChanged.connect(self._form_changed)
        ui.level.currentIndexChanged.connect(self._form_changed)
        ui.duration.valueChanged.connect(self._form_changed)
        ui.reviewed.dateChanged.connect(self._form_changed)
        ui.scam_warning.toggled.connect(self._form_changed)
        ui.themes.itemChanged.connect(self._theme_changed)
        ui.demarches.itemChanged.connect(self._demarche_changed)
        ui.text.textChanged.connect(self._text_changed)
        ui.step_list.currentRowChanged.connect(self._select_step)
        ui.add_step_button.clicked.connect(self.add_step)
        ui.remove_step_button.clicked.connect(self.remove_step)
        ui.up_button.clicked.connect(lambda: self.move_step(-1))
        ui.down_button.clicked.connect(lambda: self.move_step(1))
        ui.image_button.clicked.connect(self.choose_image)
        ui.remove_image_button.clicked.connect(self._remove_image)
        ui.tabs.currentChanged.connect(self._tab_changed)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.cancel)
        ui.delete_button.clicked.connect(self.delete)
        ui.problems.itemClicked.connect(self._go_to_problem)

    # ------------------------------------------------------------ opening

    def new_guide(self) -> None:
        self.editing_id = None
        self.origin = guides.LOCAL
        self.ui.heading.setText(self.tr("Nouveau guide"))
        self.ui.notice.setVisible(False)
        self.ui.status.setCurrentIndex(0)
        text = new_guide_template(NEW_ID, self.tr("Titre du guide"), local_day(now_utc()))
        self._open(draft_of(parse_guide(text, NEW_ID)))
        self.ui.title.selectAll()

    def edit(self, guide_id: str) -> bool:
        detail = guides.get_guide(self.db, guide_id)
        if detail is None:
            return False
        self.editing_id = guide_id
        self.origin = detail.origin
        self.ui.heading.setText(self.tr("Modifier « {title} »").format(title=plain(detail.guide.title)))
        bundled = detail.origin == guides.BUNDLED
        self.ui.notice.setText(self.tr(
            "Guide livré avec Pas à Pas : vos modifications restent sur ce réseau de postes et le guide sera marqué "
            "« modifié ici ». Pour un guide à vous, utilisez plutôt « Dupliquer »."))
        self.ui.notice.setVisible(bundled)
        self.ui.status.setCurrentIndex(max(0, self.ui.status.findData(detail.status)))
        self._open(draft_of(detail.guide))
        return True

    def _open(self, draft: GuideDraft) -> None:
        self.ui.delete_button.setVisible(self.editing_id is not None and self.origin == guides.LOCAL)
        self._loading = True
        self.ui.tabs.setCurrentIndex(0)
        self._tab = 0
        self._loading = False
        self._show_draft(draft)
        self.baseline = self.current_text()
        self.validate_now()

    def _show_draft(self, draft: GuideDraft) -> None:
        """Put a draft in the form (the steps tab shows its first step)."""
        ui = self.ui
        self._loading = True
        self.draft = draft
        ui.title.setText(draft.title)
        ui.summary.setPlainText(draft.summary)
        ui.falc_intro.setPlainText("\n".join(draft.falc))
        ui.level.setCurrentIndex(max(0, ui.level.findData(draft.level)))
        ui.duration.setValue(draft.duration_minutes)
        ui.reviewed.setDate(QDate(draft.reviewed.year, draft.reviewed.month, draft.reviewed.day))
        ui.keywords.setText(", ".join(draft.keywords))
        ui.scam_warning.setChecked(draft.scam_warning)
        self._check(ui.themes, draft.themes)
        self._check(ui.demarches, draft.demarches)
        ui.urls.setPlainText("\n".join(draft.official_urls))
        ui.prerequisites.setPlainText("\n".join(draft.prerequisites))
        self.step_index = -1
        self._fill_step_list()
        self._loading = False
        self._select_step(0 if draft.steps else -1)
        self._check_urls()

    # ------------------------------------------------------------ the form

    def _fill_checklist(self, lst: QListWidget, vocab: Mapping[str, str]) -> None:
        for code, label in vocab.items():
            item = QListWidgetItem(_vocab(label))
            item.setData(CODE_ROLE, code)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            lst.addItem(item)

    @staticmethod
    def _check(lst: QListWidget, codes: list[str]) -> None:
        for i in range(lst.count()):
            item = lst.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in codes else Qt.CheckState.Unchecked)

    @staticmethod
    def checked(lst: QListWidget) -> list[str]:
        return [lst.item(i).data(CODE_ROLE) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def _theme_changed(self, item: QListWidgetItem) -> None:
        # A démarche needs the « Aide aux démarches administratives » thématique: unticking it clears them.
        if not self._loading and item.data(CODE_ROLE) == ADMIN_THEME and item.checkState() != Qt.CheckState.Checked:
            self._loading = True
            self._check(self.ui.demarches, [])
            self._loading = False
        self._form_changed()

    def _demarche_changed(self, item: QListWidgetItem) -> None:
        if not self._loading and item.checkState() == Qt.CheckState.Checked:
            self._loading = True
            self._check(self.ui.themes, [*self.checked(self.ui.themes), ADMIN_THEME])
            self._loading = False
        self._form_changed()

    def form_draft(self) -> GuideDraft:
        """The guide as the form shows it now."""
        ui = self.ui
        self._store_step()
        d = ui.reviewed.date()
        title = ui.title.text().strip()
        # A new guide's id follows its title until it is saved; then it never changes.
        guide_id = self.draft.id if self.editing_id or self.draft.id != NEW_ID else (slugify(title) or NEW_ID)

        return GuideDraft(
            id=guide_id, title=title, summary=" ".join(ui.summary.toPlainText().split()),
            themes=self.checked(ui.themes), demarches=self.checked(ui.demarches),
            official_urls=lines_of(ui.urls.toPlainText()), prerequisites=lines_of(ui.prerequisites.toPlainText()),
            duration_minutes=ui.duration.value(), level=ui.level.currentData(),
            reviewed=date(d.year(), d.month(), d.day()), version=self.draft.version,
            keywords=[k.strip() for k in ui.keywords.text().split(",") if k.strip()],
            falc=lines_of(ui.falc_intro.toPlainText()), scam_warning=ui.scam_warning.isChecked(),
            steps=[StepDraft(**vars(s)) for s in self.draft.steps],
        )

    def current_text(self) -> str:
        """The guide file's text: the Markdown when « Avancé » is open, else the form written out."""
        if self._tab == ADVANCED_TAB:
            return self.ui.text.toPlainText()
        return render(self.form_draft())

    def is_modified(self) -> bool:
        return self.current_text() != self.baseline

    def current_id(self) -> str:
        m = re.search(r"^id\s*:\s*(\S+)", self.current_text(), re.MULTILINE)
        return m.group(1).strip("'\"") if m else ""

    def _form_changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._store_step()
        self._check_urls()
        self.timer.start()

    def _text_changed(self) -> None:
        if not self._loading:
            self.timer.start()

    def _check_urls(self) -> None:
        """Each official site as typed: ✓, or what is wrong with it."""
        lines = []
        for url in lines_of(self.ui.urls.toPlainText()):
            why = url_problem(url)
            lines.append(f"✖ {why}" if why else f"✓ {url}")
        self.ui.urls_check.setText("\n".join(lines) or self.tr("Ajoutez au moins le site officiel de la démarche."))
        bad = any(line.startswith("✖") for line in lines)
        self.ui.urls_check.setStyleSheet("color: #a00000;" if bad or not lines else "color: #1f6b3a;")

    # ------------------------------------------------------------ steps

    def _fill_step_list(self) -> None:
        lst = self.ui.step_list
        lst.blockSignals(True)
        lst.clear()
        for n, s in enumerate(self.draft.steps, start=1):
            lst.addItem(self._step_label(n, s))
        lst.blockSignals(False)

    def _step_label(self, n: int, step: StepDraft) -> str:
        return f"{n}. {step.title or self.tr('(sans titre)')}"

    def _select_step(self, index: int) -> None:
        if self._loading:
            return
        self._store_step()
        ui = self.ui
        steps = self.draft.steps
        self.step_index = index if 0 <= index < len(steps) else -1
        has = self.step_index >= 0
        ui.step_box.setEnabled(has)
        for b in (ui.remove_step_button, ui.up_button, ui.down_button):
            b.setEnabled(has)
        ui.up_button.setEnabled(has and self.step_index > 0)
        ui.down_button.setEnabled(has and self.step_index < len(steps) - 1)
        s = steps[self.step_index] if has else StepDraft()
        self._loading = True
        ui.step_box.setTitle(self.tr("Étape {n} sur {total}").format(n=self.step_index + 1, total=len(steps))
                             if has else self.tr("Aucune étape : ajoutez-en une"))
        ui.step_title.setText(s.title)
        ui.step_text.setPlainText(s.text)
        ui.step_falc.setPlainText("\n".join(s.falc))
        ui.step_warnings.setPlainText("\n".join(s.warnings))
        ui.step_tips.setPlainText("\n".join(s.tips))
        ui.image_name.setText(Path(s.image).name if s.image else self.tr("aucune"))
        ui.image_alt.setText(s.image_alt)
        ui.image_alt.setEnabled(bool(s.image))
        ui.remove_image_button.setEnabled(bool(s.image))
        self._loading = False
        if has and ui.step_list.currentRow() != self.step_index:
            ui.step_list.blockSignals(True)
            ui.step_list.setCurrentRow(self.step_index)
            ui.step_list.blockSignals(False)

    def _store_step(self) -> None:
        """Keep what the step fields show in the draft (and its title in the list)."""
        if self._loading or not 0 <= self.step_index < len(self.draft.steps):
            return
        ui = self.ui
        s = self.draft.steps[self.step_index]
        s.title = ui.step_title.text().strip()
        s.text = ui.step_text.toPlainText().strip()
        s.falc = lines_of(ui.step_falc.toPlainText())
        s.warnings = lines_of(ui.step_warnings.toPlainText())
        s.tips = lines_of(ui.step_tips.toPlainText())
        s.image_alt = ui.image_alt.text().strip()
        item = ui.step_list.item(self.step_index)
        if item is not None:
            item.setText(self._step_label(self.step_index + 1, s))

    def add_step(self) -> None:
        self._store_step()
        at = self.step_index + 1 if self.step_index >= 0 else len(self.draft.steps)
        self.draft.steps.insert(at, StepDraft(title=self.tr("Nouvelle étape")))
        self.step_index = -1
        self._fill_step_list()
        self._select_step(at)
        self.ui.step_title.setFocus()
        self.ui.step_title.selectAll()
        self._form_changed()

    def remove_step(self) -> None:
        if not 0 <= self.step_index < len(self.draft.steps):
            return
        at = self.step_index
        del self.draft.steps[at]
        self.step_index = -1
        self._fill_step_list()
        self._select_step(min(at, len(self.draft.steps) - 1))
        self._form_changed()

    def move_step(self, delta: int) -> None:
        self._store_step()
        at, to = self.step_index, self.step_index + delta
        steps = self.draft.steps
        if not (0 <= at < len(steps) and 0 <= to < len(steps)):
            return
        steps[at], steps[to] = steps[to], steps[at]
        self.step_index = -1
        self._fill_step_list()
        self._select_step(to)
        self._form_changed()

    def step_titles(self) -> list[str]:
        return [s.title for s in self.draft.steps]

    # ------------------------------------------------------------ images

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ajouter une image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.add_image(Path(path))

    def add_image(self, path: Path) -> None:
        """Attach a picture to the current step (the form), or insert it at the cursor (« Avancé »)."""
        guide_id = self.current_id()
        if not guide_id or guide_id == NEW_ID:
            QMessageBox.warning(self, self.tr("Image"), self.tr("Donnez d'abord un titre au guide."))
            return
        try:
            rel = guides.add_image(self.db, guide_id, path)
        except (ValidationError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Image non ajoutée"), str(exc))
            return
        if self._tab == ADVANCED_TAB:
            cursor = self.ui.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.EndOfBlock)
            cursor.insertText(f"\n\n![{self.tr('Capture d’écran')}]({rel})\n")
        elif 0 <= self.step_index < len(self.draft.steps):
            step = self.draft.steps[self.step_index]
            step.image = rel
            step.image_alt = step.image_alt or self.tr("Capture d’écran")
            self._select_step(self.step_index)
        self.validate_now()

    def _remove_image(self) -> None:
        if 0 <= self.step_index < len(self.draft.steps):
            step = self.draft.steps[self.step_index]
            step.image, step.image_alt = "", ""
            self._select_step(self.step_index)
            self._form_changed()

    # ------------------------------------------------------------ « Avancé »

    def _tab_changed(self, index: int) -> None:
        if self._loading:
            return
        previous, self._tab = self._tab, index
        if index == ADVANCED_TAB and previous != ADVANCED_TAB:
            self._tab = previous
            text = render(self.form_draft())
            self._tab = index
            self._loading = True
            self.ui.text.setPlainText(text)
            self._loading = False
        elif previous == ADVANCED_TAB and index != ADVANCED_TAB:
            try:
                guide = parse_guide(self.ui.text.toPlainText(), self.current_id() or NEW_ID)
            except GuideError as exc:
                self._loading = True
                self.ui.tabs.setCurrentIndex(ADVANCED_TAB)
                self._loading = False
                self._tab = ADVANCED_TAB
                self.ui.text_error.setText(self.tr("Le texte ne peut pas revenir dans le formulaire : {error}. "
                                                   "Corrigez-le ici.").format(error=exc))
                self.ui.text_error.setVisible(True)
                return
            self.ui.text_error.setVisible(False)
            self._show_draft(draft_of(guide))
        self.validate_now()

    # ------------------------------------------------------------ checks, save, cancel, delete

    def validate_now(self) -> None:
        """Check the guide as it is now; show the preview and every problem (errors, then warnings)."""
        self.timer.stop()
        guide, problems = guides.check_guide_text(self.db, self.current_text())
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
            where = self.tr("ligne {n} : ").format(n=p.line) if p.line and self._tab == ADVANCED_TAB else ""
            icon = "✖ " if p.is_error else "⚠ "
            item = QListWidgetItem(f"{icon}{where}{self._field_label(p.field)} : {p.message}")
            item.setData(Qt.ItemDataRole.UserRole, p.line or 0)
            item.setData(Qt.ItemDataRole.UserRole + 1, p.field)
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

    def _field_label(self, field: str) -> str:
        labels = {
            "id": self.tr("identifiant"), "title": self.tr("titre"), "summary": self.tr("résumé"),
            "themes": self.tr("thématiques"), "demarches": self.tr("démarches"),
            "official_urls": self.tr("sites officiels"), "prerequisites": self.tr("avant de commencer"),
            "duration_minutes": self.tr("durée"), "level": self.tr("niveau"), "reviewed": self.tr("vérifié le"),
            "falc": self.tr("facile à lire"), "keywords": self.tr("mots-clés"),
        }
        return labels.get(field, field)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        """Put the cursor where the problem is: its line in « Avancé », else its field or its step."""
        field = str(item.data(Qt.ItemDataRole.UserRole + 1) or "")
        line = int(item.data(Qt.ItemDataRole.UserRole) or 0)
        about_falc = "facile à lire" in item.text()  # read now: opening a tab checks again and rebuilds the list
        if self._tab == ADVANCED_TAB:
            if line:
                block = self.ui.text.document().findBlockByNumber(line - 1)
                cursor = self.ui.text.textCursor()
                cursor.setPosition(block.position())
                self.ui.text.setTextCursor(cursor)
                self.ui.text.centerCursor()
                self.ui.text.setFocus()
            return
        step = STEP_FIELD.match(field)
        if step:
            self.ui.tabs.setCurrentIndex(STEPS_TAB)
            self._select_step(int(step.group(1)) - 1)
            (self.ui.step_falc if about_falc else self.ui.step_text).setFocus()
            return
        ui = self.ui
        widgets = {"title": ui.title, "summary": ui.summary, "themes": ui.themes, "demarches": ui.demarches,
                   "official_urls": ui.urls, "prerequisites": ui.prerequisites, "duration_minutes": ui.duration,
                   "level": ui.level, "reviewed": ui.reviewed, "falc": ui.falc_intro, "keywords": ui.keywords}
        target = widgets.get(field)
        if target is not None:
            ui.tabs.setCurrentIndex(0)
            target.setFocus()

    def problem_texts(self) -> list[str]:
        return [self.ui.problems.item(i).text() for i in range(self.ui.problems.count())]

    def save(self) -> bool:
        self.validate_now()
        try:
            guide_id = guides.save_guide(self.db, self.current_text(), status=self.ui.status.currentData(),
                                         editing_id=self.editing_id)
        except guides.GuideInvalid as exc:
            QMessageBox.warning(self, self.tr("Guide non enregistré"), str(exc))
            return False
        self.editing_id = guide_id
        self.baseline = self.current_text()
        self.saved.emit(guide_id)
        return True

    def confirm(self, title: str, text: str, yes: str, no: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.button(QMessageBox.StandardButton.No).setText(no)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        return answer in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes.value)

    def cancel(self) -> bool:
        """Leave the editor; with changes, ask first. True when it was left."""
        if self.is_modified() and not self.confirm(
            self.tr("Abandonner les modifications ?"),
            self.tr("Les modifications de ce guide ne sont pas enregistrées. Les abandonner ?"),
            self.tr("Abandonner les modifications"), self.tr("Continuer à modifier"),
        ):
            return False
        self.timer.stop()
        self.cancelled.emit()
        return True

    def delete(self) -> bool:
        """Delete a guide written here (on every PC of the network), after asking."""
        if self.editing_id is None or self.origin != guides.LOCAL:
            return False
        guide_id = self.editing_id
        if not self.confirm(
            self.tr("Supprimer ce guide ?"),
            self.tr("« {title} » sera supprimé de ce poste et des autres postes du réseau.").format(
                title=self.ui.title.text()),
            self.tr("Supprimer le guide"), self.tr("Garder le guide"),
        ):
            return False
        guides.delete_guide(self.db, guide_id)
        self.editing_id = None
        self.timer.stop()
        self.deleted.emit(guide_id)
        return True
