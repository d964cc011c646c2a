"""The visitor's screens: home (themes and search), a list of guides, a guide in step mode."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.kiosk import THEMES, KioskTheme
from app.ui.kiosk import icons
from app.ui.kiosk.keyboard import AzertyKeyboard
from app.ui.kiosk.widgets import FramedPage, Page, Tile, TileGrid, button, label

if TYPE_CHECKING:
    from app.services.kiosk.catalogue import GuideCard, KioskGuide

# The tiles' words, for Qt's translation tools (the domain keeps plain strings).
THEME_LABELS = {
    "impots": QT_TRANSLATE_NOOP("kiosk", "Impôts"),
    "sante": QT_TRANSLATE_NOOP("kiosk", "Santé"),
    "caf": QT_TRANSLATE_NOOP("kiosk", "CAF"),
    "emploi": QT_TRANSLATE_NOOP("kiosk", "Emploi"),
    "papiers": QT_TRANSLATE_NOOP("kiosk", "Papiers d'identité"),
    "email": QT_TRANSLATE_NOOP("kiosk", "E-mail"),
    "arnaques": QT_TRANSLATE_NOOP("kiosk", "Se protéger des arnaques"),
    "appareils": QT_TRANSLATE_NOOP("kiosk", "Téléphone et ordinateur"),
    "famille": QT_TRANSLATE_NOOP("kiosk", "Famille et école"),
    "retraite": QT_TRANSLATE_NOOP("kiosk", "Retraite"),
    "autre": QT_TRANSLATE_NOOP("kiosk", "Autre chose"),
}


def theme_label(theme: KioskTheme) -> str:
    return QCoreApplication.translate("kiosk", str(THEME_LABELS.get(theme.slug, theme.label)))


def theme_tiles(themes: Sequence[KioskTheme], parent: QWidget) -> list[Tile]:
    return [Tile(theme_label(t), parent, icon_name=t.icon) for t in themes]


class SearchBox(QWidget):
    """A search field, « Chercher », and the on-screen keyboard under it (shown on request)."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Un mot : impôts, carte Vitale, CAF…"))
        self.field.setAccessibleName(self.tr("Chercher un guide"))
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setAcceptDrops(False)
        self.field.setMaxLength(80)
        self.field.returnPressed.connect(self._submit)
        row.addWidget(self.field, 1)
        self.go = button(self.tr("Chercher"), self, primary=True)
        self.go.clicked.connect(self._submit)
        row.addWidget(self.go)
        self.keyboard_button = button(self.tr("Clavier"), self, name=self.tr("Afficher le clavier à l'écran"))
        self.keyboard_button.setCheckable(True)
        row.addWidget(self.keyboard_button)
        box.addLayout(row)
        self._box = box
        self._keyboard: AzertyKeyboard | None = None  # made on first use: most kiosks have a real keyboard
        self.keyboard_button.toggled.connect(self._show_keyboard)

    @property
    def keyboard(self) -> AzertyKeyboard:
        if self._keyboard is None:
            self._keyboard = AzertyKeyboard(self.field, self)
            self._keyboard.hide()
            self._box.addWidget(self._keyboard)
        return self._keyboard

    def _show_keyboard(self, on: bool) -> None:
        if on or self._keyboard is not None:
            self.keyboard.setVisible(on)

    def _submit(self) -> None:
        if self.field.text().strip():
            self.submitted.emit(self.field.text().strip())

    def clear(self) -> None:
        self.field.clear()
        self.keyboard_button.setChecked(False)


class HomePage(Page):
    theme_chosen = Signal(str)
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(self.tr("Bonjour ! Que voulez-vous faire ?"), self.body, name="title")
        self.box.addWidget(self.title)
        self.box.addWidget(label(self.tr("Touchez un thème, ou cherchez avec un mot."), self.body, name="muted"))
        self.search = SearchBox(self.body)
        self.search.submitted.connect(self.search_requested.emit)
        self.box.addWidget(self.search)
        self.grid = TileGrid(self.body)
        self.tiles = theme_tiles(THEMES, self.grid)
        for tile, t in zip(self.tiles, THEMES, strict=True):
            tile.clicked.connect(lambda _=False, slug=t.slug: self.theme_chosen.emit(slug))
        self.grid.set_tiles(self.tiles)
        self.box.addWidget(self.grid)
        self.box.addStretch(1)


class ListPage(Page):
    """The guides of a theme, or search results: one big button each, title and what it is for."""

    guide_chosen = Signal(str)
    back = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        top = self.row()
        self.back_button = button(self.tr("Retour"), self.body, name=self.tr("Retour à l'accueil"))
        self.back_button.clicked.connect(self.back.emit)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.title = label("", self.body, name="title")
        self.box.addWidget(self.title)
        self.empty = label(self.tr("Aucun guide trouvé. Essayez un autre mot, ou demandez de l'aide."), self.body)
        self.box.addWidget(self.empty)
        self.help_button = button(self.tr("Je voudrais de l'aide"), self.body, primary=True)
        self.help_button.clicked.connect(self.help_requested.emit)
        self.box.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.grid = TileGrid(self.body, min_width=420, max_columns=2)
        self.box.addWidget(self.grid)
        self.box.addStretch(1)
        self.cards: list[Tile] = []

    def show_cards(self, title: str, cards: Sequence[GuideCard]) -> None:
        self.title.setText(title)
        self.cards = [Tile(c.title, self.grid, detail=c.summary) for c in cards]
        for tile, card in zip(self.cards, cards, strict=True):
            tile.clicked.connect(lambda _=False, gid=card.id: self.guide_chosen.emit(gid))
        self.grid.set_tiles(self.cards)
        self.empty.setVisible(not cards)
        self.help_button.setVisible(not cards)
        self.verticalScrollBar().setValue(0)


class LinkBox(QFrame):
    """An official address written out, with its QR code: never a link (no browser from the kiosk)."""

    def __init__(self, url: str, shown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.address = label(shown, self, name="link")
        box.addWidget(self.address)
        box.addWidget(label(self.tr("Tapez vous-même cette adresse chez vous, ou lisez le code avec votre téléphone."),
                            self, name="muted"))
        self.qr = QLabel(self)
        self.qr.setPixmap(QPixmap.fromImage(icons.qr_image(url, 4)))
        self.qr.setAccessibleName(self.tr("Code QR de %1").replace("%1", shown))
        box.addWidget(self.qr)


class GuidePage(FramedPage):
    """A guide: first « Avant de commencer » (easy summary, what to have, official sites), then one step a screen."""

    back = Signal()
    print_requested = Signal()
    print_confirmed = Signal(bool)  # large print
    print_cancelled = Signal()
    listen_requested = Signal(str)
    position_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide: KioskGuide | None = None
        self.index = -1  # -1: « Avant de commencer »; 0…n-1: the steps
        self.detail_shown = False
        self.title = label("", self.body, name="subtitle")
        self.box.addWidget(self.title)
        self.counter = label("", self.body, name="counter")
        self.box.addWidget(self.counter)
        self.step_title = label("", self.body, name="title")
        self.box.addWidget(self.step_title)
        self.easy = label("", self.body, name="easy")
        self.box.addWidget(self.easy)
        self.detail_button = button(self.tr("Voir le détail"), self.body)
        self.detail_button.clicked.connect(self.toggle_detail)
        self.box.addWidget(self.detail_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.detail = label("", self.body)
        self.box.addWidget(self.detail)
        self.warnings = label("", self.body, name="warning")
        self.box.addWidget(self.warnings)
        self.tips = label("", self.body)
        self.box.addWidget(self.tips)
        self.picture = QLabel(self.body)
        self.box.addWidget(self.picture)
        self.links_title = label(self.tr("Les sites officiels"), self.body, name="subtitle")
        self.box.addWidget(self.links_title)
        self.links = QVBoxLayout()
        self.box.addLayout(self.links)
        self.link_boxes: list[LinkBox] = []
        # The print panel: the pages it takes and what is left for this visit, then confirm or cancel.
        self.print_panel = QFrame(self.body)
        self.print_panel.setObjectName("overlay")
        panel = QVBoxLayout(self.print_panel)
        self.print_text = label("", self.print_panel)
        panel.addWidget(self.print_text)
        self.large = QCheckBox(self.tr("En gros caractères"), self.print_panel)
        self.large.setAccessibleName(self.tr("Imprimer en gros caractères"))
        self.large.toggled.connect(lambda _on: self.print_requested.emit())
        panel.addWidget(self.large)
        prow = QHBoxLayout()
        self.print_go = button(self.tr("Imprimer"), self.print_panel, primary=True)
        self.print_go.clicked.connect(lambda: self.print_confirmed.emit(self.large.isChecked()))
        prow.addWidget(self.print_go)
        self.print_cancel = button(self.tr("Annuler"), self.print_panel, name=self.tr("Annuler l'impression"))
        self.print_cancel.clicked.connect(self.print_cancelled.emit)
        prow.addWidget(self.print_cancel)
        prow.addStretch(1)
        panel.addLayout(prow)
        self.print_panel.hide()
        self.box.addWidget(self.print_panel)
        self.box.addStretch(1)
        nav = self.footer
        self.previous = button(self.tr("Retour"), self.footer_widget, name=self.tr("Étape précédente"))
        self.previous.clicked.connect(self.go_back)
        nav.addWidget(self.previous)
        self.next = button(self.tr("Suivant"), self.footer_widget, primary=True, name=self.tr("Étape suivante"))
        self.next.clicked.connect(self.go_next)
        nav.addWidget(self.next)
        nav.addStretch(1)
        self.print_button = button(self.tr("Imprimer ce guide"), self.footer_widget)
        self.print_button.clicked.connect(self.print_requested.emit)
        nav.addWidget(self.print_button)
        self.image_loader: Callable[[str, str], bytes | None] | None = None  # set by the window

    # --- content -----------------------------------------------------------------------------------
    def show_guide(self, guide: KioskGuide) -> None:
        self.guide = guide
        self.title.setText(guide.title)
        for box in self.link_boxes:
            self.links.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.link_boxes = [LinkBox(link.url, link.shown, self.body) for link in guide.links]
        for box in self.link_boxes:
            self.links.addWidget(box)
        self.hide_print_panel()
        self.set_index(-1)

    def clear(self) -> None:
        self.guide = None
        self.hide_print_panel()
        self.large.setChecked(False)

    def set_index(self, index: int) -> None:
        assert self.guide is not None
        self.index = max(-1, min(index, self.guide.step_count - 1))
        self.detail_shown = False
        g = self.guide
        intro = self.index < 0
        if intro:
            self.counter.setText(self.tr("Avant de commencer"))
            self.step_title.setText(self.tr("En bref"))
            lines = [f"• {s}" for s in g.easy_summary] or [g.summary]
            if g.prerequisites:
                lines += ["", self.tr("Ce qu'il faut avant de commencer :")] + [f"• {p}" for p in g.prerequisites]
            self.easy.setText("\n".join(lines))
            self.detail.setText("")
            warnings = [self.tr("Attention : la démarche sur le site officiel est gratuite. Tapez vous-même "
                                "l'adresse ; les sites de l'État finissent par .gouv.fr.")] if g.scam_warning else []
            tips: tuple[str, ...] = ()
            self.show_picture(None)
        else:
            step = g.steps[self.index]
            self.counter.setText(self.tr("Étape %1 sur %2").replace("%1", str(self.index + 1))
                                 .replace("%2", str(g.step_count)))
            self.step_title.setText(step.title)
            self.easy.setText("\n".join(f"• {s}" for s in step.easy) if step.easy else step.detail)
            self.detail.setText(step.detail if step.easy else "")
            warnings = [self.tr("Attention : %1").replace("%1", w) for w in step.warnings]
            tips = tuple(self.tr("Astuce : %1").replace("%1", t) for t in step.tips)
            self.show_picture(step)
        self.detail_button.setVisible(bool(self.detail.text()))
        self.detail_button.setText(self.tr("Voir le détail"))
        self.detail.hide()
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self.tips.setText("\n".join(tips))
        self.tips.setVisible(bool(tips))
        self.links_title.setVisible(intro and bool(self.link_boxes))
        for box in self.link_boxes:
            box.setVisible(intro)
        last = self.index == g.step_count - 1
        self.next.setText(self.tr("Terminer") if last else self.tr("Suivant"))
        self.next.setAccessibleName(self.tr("Terminer le guide") if last else self.tr("Étape suivante"))
        self.previous.setAccessibleName(self.tr("Retour à la liste") if intro else self.tr("Étape précédente"))
        self.verticalScrollBar().setValue(0)
        self.position_changed.emit()

    def show_picture(self, step: object) -> None:
        data = None
        if step is not None and self.guide is not None and getattr(step, "image", None) and self.image_loader:
            data = self.image_loader(self.guide.id, getattr(step, "image"))  # noqa: B009
        if data:
            image = QImage.fromData(data)
            if not image.isNull():
                width = min(image.width(), 900)
                self.picture.setPixmap(QPixmap.fromImage(image).scaledToWidth(
                    width, Qt.TransformationMode.SmoothTransformation))
                self.picture.setAccessibleName(getattr(step, "image_alt", "") or self.tr("Image de l'étape"))
                self.picture.show()
                return
        self.picture.clear()
        self.picture.hide()

    def spoken_text(self) -> str:
        if self.guide is None:
            return ""
        if self.index < 0:
            return "\n".join([self.guide.title, *self.guide.easy_summary])
        return self.guide.steps[self.index].spoken(detail=self.detail_shown)

    # --- actions -----------------------------------------------------------------------------------
    def toggle_detail(self) -> None:
        self.detail_shown = not self.detail_shown
        self.detail.setVisible(self.detail_shown)
        self.detail_button.setText(self.tr("Cacher le détail") if self.detail_shown else self.tr("Voir le détail"))

    def go_next(self) -> None:
        if self.guide is None:
            return
        if self.index >= self.guide.step_count - 1:
            self.back.emit()
            return
        self.set_index(self.index + 1)

    def go_back(self) -> None:
        if self.index < 0:
            self.back.emit()
            return
        self.set_index(self.index - 1)

    def ask_print(self, pages: int, left: int) -> None:
        if pages > left:
            self.print_text.setText(self.tr(
                "Ce guide fait %1 page(s). Il vous reste %2 page(s) à imprimer pendant cette visite : "
                "demandez à l'accueil.").replace("%1", str(pages)).replace("%2", str(left)))
            self.print_go.setEnabled(False)
        else:
            self.print_text.setText(self.tr(
                "Ce guide fait %1 page(s). Vous pouvez encore imprimer %2 page(s) pendant cette visite.")
                .replace("%1", str(pages)).replace("%2", str(left)))
            self.print_go.setEnabled(True)
        self.print_panel.show()
        self.print_go.setFocus()
        self.ensureWidgetVisible(self.print_panel)

    def hide_print_panel(self) -> None:
        self.print_panel.hide()
