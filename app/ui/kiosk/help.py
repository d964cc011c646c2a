"""« Je voudrais de l'aide »: what for (the theme tiles), an optional first name, then the ticket in huge digits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.kiosk import FIRST_NAME_MAX, OTHER, THEMES
from app.ui.kiosk.keyboard import AzertyKeyboard
from app.ui.kiosk.pages import theme_label, theme_tiles
from app.ui.kiosk.widgets import Page, TileGrid, button, label

if TYPE_CHECKING:
    from app.services.kiosk.tickets import Ticket


class HelpPage(Page):
    """Two screens in one page: the theme, then the first name and « Prendre mon ticket »."""

    back = Signal()
    ticket_requested = Signal(str, str)  # theme slug, first name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        top = self.row()
        self.back_button = button(self.tr("Retour"), self.body, name=self.tr("Retour"))
        self.back_button.clicked.connect(self.go_back)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.title = label(self.tr("Pour quoi voulez-vous de l'aide ?"), self.body, name="title")
        self.box.addWidget(self.title)
        self.grid = TileGrid(self.body)
        self.themes = (*THEMES, OTHER)
        self.tiles = theme_tiles(self.themes, self.grid)
        for tile, t in zip(self.tiles, self.themes, strict=True):
            tile.clicked.connect(lambda _=False, slug=t.slug: self.choose(slug))
        self.grid.set_tiles(self.tiles)
        self.box.addWidget(self.grid)
        self.name_hint = label(self.tr("Votre prénom, pour qu'on vous appelle (ce n'est pas obligatoire) :"), self.body)
        self.box.addWidget(self.name_hint)
        self.name = QLineEdit(self.body)
        self.name.setMaxLength(FIRST_NAME_MAX)
        self.name.setAccessibleName(self.tr("Votre prénom (facultatif)"))
        self.name.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.name.setAcceptDrops(False)
        self.name.returnPressed.connect(self.take)
        self.box.addWidget(self.name)
        self.keyboard = AzertyKeyboard(self.name, self.body)
        self.box.addWidget(self.keyboard)
        self.take_button = button(self.tr("Prendre mon ticket"), self.body, primary=True)
        self.take_button.clicked.connect(self.take)
        self.box.addWidget(self.take_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = label("", self.body, name="warning")
        self.box.addWidget(self.error)
        self.box.addStretch(1)
        self.start()

    def start(self) -> None:
        """The first screen: the themes (nothing typed is kept)."""
        self.chosen = None
        self.name.clear()
        self.error.hide()
        self.title.setText(self.tr("Pour quoi voulez-vous de l'aide ?"))
        self.grid.show()
        for w in (self.name_hint, self.name, self.keyboard, self.take_button):
            w.hide()

    def choose(self, slug: str) -> None:
        self.chosen = slug
        t = next(t for t in self.themes if t.slug == slug)
        self.title.setText(self.tr("Aide pour : %1").replace("%1", theme_label(t)))
        self.grid.hide()
        for w in (self.name_hint, self.name, self.keyboard, self.take_button):
            w.show()
        self.name.setFocus()

    def take(self) -> None:
        if self.chosen is not None:
            self.ticket_requested.emit(self.chosen, self.name.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def go_back(self) -> None:
        if self.chosen is not None:
            self.start()
        else:
            self.back.emit()


class TicketPage(Page):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(self.tr("Votre numéro"), self.body, name="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.box.addWidget(self.title)
        self.number = label("", self.body, name="ticket", wrap=False)
        self.number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.box.addWidget(self.number)
        self.what = label("", self.body, name="subtitle")
        self.what.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.box.addWidget(self.what)
        self.info = label(self.tr("Un conseiller va vous appeler par ce numéro. En attendant, vous pouvez lire un "
                                  "guide."), self.body)
        self.info.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.box.addWidget(self.info)
        self.printed = label("", self.body, name="muted")
        self.printed.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.box.addWidget(self.printed)
        self.done_button = button(self.tr("J'ai noté mon numéro"), self.body, primary=True)
        self.done_button.clicked.connect(self.done.emit)
        self.box.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.box.addStretch(1)

    def show_ticket(self, ticket: Ticket, printed: bool) -> None:
        self.number.setText(ticket.number)
        self.number.setAccessibleName(self.tr("Votre numéro : %1").replace("%1", ticket.number))
        name = theme_label(ticket.theme)
        self.what.setText(self.tr("Aide pour : %1").replace("%1", name))
        self.printed.setText(self.tr("Votre ticket est imprimé : prenez-le.") if printed else "")
        self.printed.setVisible(printed)

    def clear(self) -> None:
        self.number.clear()
        self.what.clear()
