"""A guide page's behaviour: checklist, official links, one step at a time, FALC toggle, actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPixmap, QShortcut, QStandardItem
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.domain.guide import GuideStep
from app.domain.guide_markup import plain, to_markup
from app.domain.vocab import LEVELS
from app.services import guides
from app.services.guides import GuideDetail
from app.store.db import Database
from app.ui.guides.viewer_layout import TIP_STYLE, WARNING_STYLE, ViewerLayout

MAX_IMAGE_WIDTH = 640


class GuideViewer(QWidget):
    """Shows one guide; step mode by buttons and keyboard (←/→, Page précédente/suivante, Début/Fin)."""

    back = Signal()
    used = Signal(str)
    handout = Signal(str)
    edit = Signal(str)
    duplicated = Signal(str)
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: GuideDetail | None = None
        self.step = 0
        self.ui = ViewerLayout()
        self.ui.setup(self)
        self.ui.back_button.clicked.connect(self.back)
        self.ui.prev_button.clicked.connect(self.previous_step)
        self.ui.next_button.clicked.connect(self.next_step)
        self.ui.falc_button.toggled.connect(lambda _on: self._show_step())
        self.ui.used_button.clicked.connect(self._used)
        self.ui.handout_button.clicked.connect(lambda: self.detail and self.handout.emit(self.detail.guide.id))
        self.ui.edit_button.clicked.connect(lambda: self.detail and self.edit.emit(self.detail.guide.id))
        self.ui.duplicate_button.clicked.connect(self._duplicate)
        self.ui.adopt_button.clicked.connect(self._adopt)
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            (Qt.Key.Key_Right, self.next_step), (Qt.Key.Key_PageDown, self.next_step),
            (Qt.Key.Key_Left, self.previous_step), (Qt.Key.Key_PageUp, self.previous_step),
            (Qt.Key.Key_Home, lambda: self.go_to(0)),
            (Qt.Key.Key_End, lambda: self.go_to(self.step_count - 1)),
            (Qt.Key.Key_Escape, self.back.emit),
        ):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(ctx)
            sc.activated.connect(slot)

    @property
    def step_count(self) -> int:
        return len(self.detail.guide.steps) if self.detail else 0

    def show_guide(self, guide_id: str) -> bool:
        detail = guides.get_guide(self.db, guide_id)
        if detail is None:
            return False
        self.detail = detail
        g = detail.guide
        self.ui.title.setText(plain(g.title))
        self.ui.meta.setText(self.tr("{minutes} min · niveau {level} · vérifié le {day} · version {version}").format(
            minutes=g.duration_minutes, level=QCoreApplication.translate("vocab", LEVELS.get(g.level, g.level)),
            day=g.reviewed.strftime("%d/%m/%Y"), version=g.version))
        self.ui.summary.setText(plain(g.summary))
        model = self.ui.checklist_model
        model.clear()
        for line in g.prerequisites:
            item = QStandardItem(plain(line))
            item.setCheckable(True)
            item.setEditable(False)
            model.appendRow(item)
        self._links(g.official_urls)
        notice = ""
        if detail.status == guides.DRAFT:
            notice = self.tr("Brouillon : ce guide n'est pas encore publié.")
        if detail.newer_official_version:
            notice = self.tr("Une version officielle plus récente de ce guide existe. "
                             "Ce poste garde la version modifiée ici.")
        elif detail.locally_modified:
            notice = self.tr("Guide livré modifié ici.")
        self.ui.notice.setText(notice)
        self.ui.notice.setVisible(bool(notice))
        self.ui.adopt_button.setVisible(detail.newer_official_version)
        self.ui.falc_button.setChecked(False)
        self.ui.used_button.setText(self.tr("Utilisé pour cette personne"))
        self.go_to(0)
        self.ui.next_button.setFocus()
        return True

    def _links(self, urls: tuple[str, ...]) -> None:
        box = self.ui.links_box
        while box.count():
            item = box.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # out of the layout now; deleted later, so it must not stay drawn meanwhile
                w.deleteLater()
        for url in urls:
            b = QPushButton(url.removeprefix("https://").rstrip("/") + "  ↗")
            b.setToolTip(self.tr("Ouvrir dans le navigateur : {url}").format(url=url))
            b.setStyleSheet("text-align: left; padding: 4px;")
            b.clicked.connect(lambda _=False, u=url: self.open_url(u))
            box.addWidget(b)

    def open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def go_to(self, index: int) -> None:
        if not self.detail:
            return
        self.step = max(0, min(index, self.step_count - 1))
        self._show_step()

    def next_step(self) -> None:
        self.go_to(self.step + 1)

    def previous_step(self) -> None:
        self.go_to(self.step - 1)

    def _clear_callouts(self) -> None:
        box = self.ui.callouts_box
        while box.count():
            item = box.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # out of the layout now; deleted later, so it must not stay drawn meanwhile
                w.deleteLater()

    def _show_step(self) -> None:
        if not self.detail:
            return
        ui = self.ui
        self._clear_callouts()
        falc = ui.falc_button.isChecked()
        step: GuideStep = self.detail.guide.steps[self.step]
        counter = self.tr("Étape {n} sur {total}").format(n=self.step + 1, total=self.step_count)
        if falc:
            self._show_falc(step, counter)
            return
        ui.step_counter.setText(counter)
        ui.step_title.setText(plain(step.title))
        ui.step_text.setText(to_markup(step.text))
        self._image(step)
        for c in step.callouts:
            warn = c.kind == "attention"
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText("<b>" + to_markup("⚠ " + self.tr("Attention :") if warn else self.tr("Astuce :")) + "</b> "
                          + to_markup(c.text))
            label.setWordWrap(True)
            label.setStyleSheet(WARNING_STYLE if warn else TIP_STYLE)
            label.setAccessibleName(self.tr("Attention") if warn else self.tr("Astuce"))
            ui.callouts_box.addWidget(label)
        ui.prev_button.setEnabled(self.step > 0)
        ui.next_button.setEnabled(self.step < self.step_count - 1)

    def _show_falc(self, step: GuideStep, counter: str) -> None:
        """The easy-to-read version, step by step: the current step's FALC text, the guide's FALC summary as
        its introduction (and in place of a step's FALC not written yet)."""
        ui = self.ui
        assert self.detail is not None
        g = self.detail.guide
        ui.step_counter.setText(self.tr("Version facile à lire · {counter}").format(counter=counter))
        ui.step_title.setText(plain(step.title))
        intro = "<br/>".join(to_markup(line) for line in g.falc_lines)
        lines = step.falc or ()
        body = "<br/><br/>".join(to_markup(line) for line in lines)
        if self.step == 0 or not lines:
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText("<b>" + to_markup(self.tr("Ce que vous allez faire :")) + "</b><br/>" + intro)
            label.setWordWrap(True)
            label.setStyleSheet(TIP_STYLE)
            label.setAccessibleName(self.tr("Introduction facile à lire"))
            ui.callouts_box.addWidget(label)
        ui.step_text.setText(body)
        ui.step_image.setVisible(False)
        ui.prev_button.setEnabled(self.step > 0)
        ui.next_button.setEnabled(self.step < self.step_count - 1)

    def _image(self, step: GuideStep) -> None:
        label = self.ui.step_image
        data = guides.image_bytes(self.db, self.detail.guide.id, step.image) if step.image and self.detail else None
        pix = QPixmap()
        if data is None or not pix.loadFromData(data):
            label.setVisible(False)
            return
        if pix.width() > MAX_IMAGE_WIDTH:
            pix = pix.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(pix)
        label.setAccessibleName(step.image_alt or step.title)
        label.setVisible(True)

    def current_step_title(self) -> str:
        return self.ui.step_title.text()

    def _used(self) -> None:
        if self.detail:
            self.used.emit(self.detail.guide.id)
            self.ui.used_button.setText(self.tr("✓ Noté pour cette personne"))

    def _duplicate(self) -> None:
        if self.detail:
            self.duplicated.emit(guides.duplicate(self.db, self.detail.guide.id))

    def _adopt(self) -> None:
        if self.detail:
            guides.adopt_official(self.db, self.detail.guide.id)
            self.show_guide(self.detail.guide.id)
            self.changed.emit()
