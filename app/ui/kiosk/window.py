"""The kiosk window: frameless, full screen, one window; reading aids on every screen; locked; reset when idle.

It talks to the database only through the kiosk services (guides catalogue, tickets, kiosk settings), on a
connection guarded by `app.services.kiosk.access` (set up by `app.ui.kiosk.main`).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.kiosk import KioskSettings, PinGuard, PrintBudget
from app.ui.kiosk import printing
from app.ui.kiosk.idle import IdleWatch
from app.ui.kiosk.lockdown import LockDown
from app.ui.kiosk.speech import Reader
from app.ui.kiosk.style import HIGH_CONTRAST, NORMAL, SCALES, stylesheet

if TYPE_CHECKING:
    from app.services.kiosk.tickets import Ticket

# The services (and so SQLAlchemy) are imported when the window first uses them: the kiosk paints its home
# screen before the database layer is even loaded.

log = logging.getLogger("pasapas.kiosk")
STAFF_TAPS = 5  # taps on the top-left corner, within STAFF_TAP_SECONDS, open the staff screen
STAFF_TAP_SECONDS = 4.0


class _Taps(QObject):
    """Counts presses on the hidden staff corner."""

    def __init__(self, on_press: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_press = on_press

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonPress:
            self.on_press()
        return False


class KioskWindow(QWidget):
    """One window; pages in a stack; the reading aids in a bar that never leaves the screen."""

    reset_done = Signal()
    painted = Signal()
    ticket_taken = Signal(object)  # tickets.Ticket: the sync sends it soon after

    def __init__(self, db: Any, *, speech_engine: str | None = None,
                 printer_factory: printing.PrinterFactory = printing.default_printer,
                 clock: Callable[[], datetime] | None = None, parent: QWidget | None = None,
                 deferred: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        if clock is None:
            from app.domain.clock import now_utc

            clock = now_utc
        self.clock = clock
        self.printer_factory = printer_factory
        self.allow_close = False
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Pas à Pas — borne"))
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.settings = KioskSettings()
        self.budget = PrintBudget(self.settings.pages_per_visit)
        self.pin_guard = PinGuard()
        self.scale_index = 0
        self.high_contrast = False
        self.pending_print: bytes | None = None
        self.pending_pages = 0
        self.taps: list[float] = []
        self.reader = Reader(self, engine=speech_engine, load=False)
        self._painted = False
        self._main_built = False
        self._part_styles: dict[int, tuple[str, float]] = {}
        self._sheet_key: tuple[str, float] | None = None
        self._sheet = ""
        self.idle = IdleWatch(self.settings.idle_seconds, self)
        self.lockdown = LockDown(self, on_input=self.idle.poke, on_staff_keys=self.open_staff)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.lockdown)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(0)
        # `deferred`: a plain screen is painted first, the home is built right after (the start is measured).
        self.shell: QLabel | None = QLabel(self.tr("Pas à Pas"), self) if deferred else None
        if self.shell is not None:
            self.shell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setStyleSheet(f"#kiosk, #kiosk QLabel {{ background-color: {NORMAL.background}; color: {NORMAL.text};"
                               " font-size: 28pt; }")
            self.outer.addWidget(self.shell)
        else:
            self.build_main()
        if db is not None:
            self.attach(db)

    def build_main(self) -> None:
        """The reading-aid bar and the home screen (the other screens come after, see `_ensure_pages`)."""
        if self._main_built:
            return
        self._main_built = True
        if self.shell is not None:
            self.setStyleSheet("")  # the shell's: each part gets its own sheet
        self._build()
        if self.shell is not None:
            self.outer.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = None
        self.idle.warn.connect(self._warn)
        self.idle.tick.connect(self.overlay.show_left)
        self.idle.reset.connect(self.reset)
        self.overlay.keep.connect(self._keep)
        self.apply_style()
        self.go_home()

    def attach(self, db: Any) -> None:
        """The database is open (and guarded): the kiosk's settings apply, search and guides work."""
        from app.services.kiosk import settings as kiosk_settings

        self.db = db
        self.build_main()
        self._ensure_pages()
        self.reader.load()
        self.listen.setVisible(self.reader.available)
        self._bar_shape: list[int] = []
        self._place_bar()
        self.settings = kiosk_settings.load(db)
        self.idle.set_seconds(self.settings.idle_seconds)
        self.budget = PrintBudget(self.settings.pages_per_visit)

    # --- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        from app.ui.kiosk.idle import IdleOverlay
        from app.ui.kiosk.pages import HomePage
        from app.ui.kiosk.widgets import button

        outer = self.outer
        bar = QWidget(self)
        bar.setObjectName("bar")
        self.bar = bar
        self.bar_lines = QVBoxLayout(bar)
        self.bar_lines.setContentsMargins(16, 10, 16, 10)
        self.bar_lines.setSpacing(10)
        self.corner = QLabel(self.tr("Pas à Pas"), bar)  # the hidden staff corner
        self.corner.setObjectName("subtitle")
        self._corner_filter = _Taps(self._corner_tapped, self)
        self.corner.installEventFilter(self._corner_filter)
        self.home_button = button(self.tr("Accueil"), bar, name=self.tr("Revenir à l'accueil"))
        self.home_button.clicked.connect(self.go_home)
        self.smaller = button(self.tr("A−"), bar, name=self.tr("Texte plus petit"))
        self.smaller.clicked.connect(lambda: self.set_scale(self.scale_index - 1))
        self.bigger = button(self.tr("A+"), bar, name=self.tr("Texte plus grand"))
        self.bigger.clicked.connect(lambda: self.set_scale(self.scale_index + 1))
        self.contrast = button(self.tr("Contraste"), bar, name=self.tr("Contraste élevé"))
        self.contrast.setCheckable(True)
        self.contrast.toggled.connect(self.set_high_contrast)
        self.listen = button(self.tr("Écouter"), bar, name=self.tr("Écouter le texte de l'écran"))
        self.listen.clicked.connect(self.read_aloud)
        self.listen.setVisible(self.reader.available)
        self.help_button = button(self.tr("Je voudrais de l'aide"), bar, primary=True)
        self.help_button.clicked.connect(self.ask_help)
        self.bar_items: list[QWidget] = [self.corner, self.home_button, self.smaller, self.bigger, self.contrast,
                                         self.listen, self.help_button]
        self._bar_shape = []
        outer.addWidget(bar)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.home = HomePage(self.stack)
        self.stack.addWidget(self.home)
        self.home.theme_chosen.connect(self.open_theme)
        self.home.search_requested.connect(self.search)
        self.overlay = IdleOverlay(self)
        self._list_origin: tuple[str, str] = ("", "")
        self._pages_built = False

    def _ensure_pages(self) -> None:
        """The screens after home, built once (after the first paint, or when first needed)."""
        self.build_main()
        if self._pages_built:
            return
        self._pages_built = True
        from app.ui.kiosk.help import HelpPage, TicketPage
        from app.ui.kiosk.pages import GuidePage, ListPage
        from app.ui.kiosk.staff import StaffPage

        self.list = ListPage(self.stack)
        self.guide = GuidePage(self.stack)
        self.guide.image_loader = self._image
        self.help = HelpPage(self.stack)
        self.ticket = TicketPage(self.stack)
        self.staff = StaffPage(self.stack)
        for page in (self.list, self.guide, self.help, self.ticket, self.staff):
            self.stack.addWidget(page)
        self.list.guide_chosen.connect(self.open_guide)
        self.list.back.connect(self.go_home)
        self.list.help_requested.connect(self.ask_help)
        self.guide.back.connect(self._back_from_guide)
        self.guide.print_requested.connect(self.prepare_print)
        self.guide.print_confirmed.connect(lambda _large: self.confirm_print())
        self.guide.print_cancelled.connect(self.cancel_print)
        self.guide.position_changed.connect(lambda: self.reader.stop())
        self.help.back.connect(self.go_home)
        self.help.ticket_requested.connect(self.take_ticket)
        self.ticket.done.connect(self.reset)
        self.staff.pin_entered.connect(self.check_pin)
        self.staff.cancelled.connect(self.go_home)
        self.staff.quit_requested.connect(self.quit_kiosk)
        self.staff.settings_saved.connect(self.save_settings)

    # --- reading aids ------------------------------------------------------------------------------
    @property
    def scale(self) -> float:
        return SCALES[self.scale_index]

    @property
    def theme(self) -> Any:
        return HIGH_CONTRAST if self.high_contrast else NORMAL

    def set_scale(self, index: int) -> None:
        self.scale_index = max(0, min(index, len(SCALES) - 1))
        self.apply_style()

    def set_high_contrast(self, on: bool, *, restyle: bool = True) -> None:
        self.high_contrast = on
        if self.contrast.isChecked() != on:
            self.contrast.blockSignals(True)
            self.contrast.setChecked(on)
            self.contrast.blockSignals(False)
        if restyle:
            self.apply_style()

    def apply_style(self) -> None:
        """The theme and text size on what is on screen now (bar, current page, veil); another page gets
        them when it is shown (restyling every page at once took a third of a second)."""
        theme, scale = self.theme, self.scale
        palette = self.palette()
        palette.setColor(palette.ColorRole.Window, QColor(theme.background))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        parts = [self.bar, self.stack.currentWidget()] + ([self.overlay] if self.overlay.isVisible() else [])
        for part in parts:
            self._style_part(part)
        self.smaller.setEnabled(self.scale_index > 0)
        self.bigger.setEnabled(self.scale_index < len(SCALES) - 1)
        self.bigger.setToolTip(self.tr("Taille du texte : %1 %").replace("%1", str(int(scale * 100))))
        self._place_bar()

    def _style_part(self, part: QWidget | None) -> None:
        if part is None:
            return
        key = (self.theme.name, self.scale)
        if self._part_styles.get(id(part)) == key:
            return
        if self._sheet_key != key:
            self._sheet = stylesheet(self.theme, self.scale)
            self._sheet_key = key
        part.setStyleSheet(self._sheet)
        self._part_styles[id(part)] = key
        grid = getattr(part, "grid", None)
        if grid is not None:
            grid.set_scale(self.scale)
            for tile in grid.tiles:
                tile.restyle(self.theme.panel_text, int(48 * self.scale))

    def _place_bar(self) -> None:
        """The bar's buttons in as many lines as the text size needs, in their order (left to right)."""
        items = [w for w in self.bar_items if not w.isHidden()]
        for w in items:
            w.ensurePolished()
        available = max(self.width(), 1) - 32
        lines: list[list[QWidget]] = [[]]
        used = 0
        for w in items:
            need = w.sizeHint().width() + (10 if lines[-1] else 0)
            if lines[-1] and used + need > available:
                lines.append([])
                used, need = 0, w.sizeHint().width()
            lines[-1].append(w)
            used += need
        shape = [len(line) for line in lines]
        if shape == self._bar_shape:
            return
        self._bar_shape = shape
        while self.bar_lines.count():
            item = self.bar_lines.takeAt(0)
            row = item.layout() if item is not None else None
            while row is not None and row.count():
                row.takeAt(0)
        for n, line in enumerate(lines):
            row = QHBoxLayout()
            row.setSpacing(10)
            for w in line:
                row.addWidget(w)
                if w is self.home_button and n == 0 and len(lines) == 1:
                    row.addStretch(1)  # one line: the reading aids to the right
            if len(lines) > 1 or self.home_button not in line:
                row.addStretch(1)
            self.bar_lines.addLayout(row)

    def read_aloud(self) -> None:
        self._ensure_pages()
        page = self.stack.currentWidget()
        if page is self.guide:
            text = self.guide.spoken_text()
        elif page is self.ticket:
            text = "\n".join((self.ticket.title.text(), self.ticket.number.text(), self.ticket.info.text()))
        else:
            title = getattr(page, "title", None)
            text = title.text() if isinstance(title, QLabel) else ""
            if page is self.home:
                text += "\n" + "\n".join(t.text() for t in self.home.tiles)
        self.reader.say(text)

    # --- navigation --------------------------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        self.reader.stop()
        self._style_part(page)
        self.stack.setCurrentWidget(page)

    def go_home(self) -> None:
        self.show_page(self.home)
        self.home.search.field.setFocus()

    def open_theme(self, slug: str) -> None:
        self._ensure_pages()
        from app.domain.kiosk import theme
        from app.services.kiosk import catalogue
        from app.ui.kiosk.pages import theme_label

        if self.db is None:
            return
        t = theme(slug)
        self._list_origin = ("theme", slug)
        self.list.show_cards(theme_label(t), catalogue.guides_for(self.db, t))
        self.show_page(self.list)
        self.apply_style()
        self.list.back_button.setFocus()

    def search(self, text: str) -> None:
        self._ensure_pages()
        from app.services.kiosk import catalogue

        if self.db is None:
            return
        self._list_origin = ("search", text)
        self.list.show_cards(self.tr("Résultats pour « %1 »").replace("%1", text), catalogue.search(self.db, text))
        self.show_page(self.list)
        self.apply_style()
        self.list.back_button.setFocus()

    def open_guide(self, guide_id: str) -> bool:
        self._ensure_pages()
        from app.services.kiosk import catalogue

        if self.db is None:
            return False
        guide = catalogue.open_guide(self.db, guide_id)
        if guide is None:
            return False
        self.cancel_print()
        self.guide.show_guide(guide)
        self.show_page(self.guide)
        self.guide.next.setFocus()
        return True

    def _back_from_guide(self) -> None:
        self.cancel_print()
        self.guide.clear()
        if self._list_origin[0]:
            self.show_page(self.list)
        else:
            self.go_home()

    def _image(self, guide_id: str, path: str) -> bytes | None:
        from app.services import guides

        try:
            return guides.image_bytes(self.db, guide_id, path)
        except OSError:
            return None

    # --- printing ----------------------------------------------------------------------------------
    def prepare_print(self) -> None:
        """« Imprimer ce guide »: the PDF is made now and waits for « Imprimer » (reset throws it away)."""
        self._ensure_pages()
        if self.guide.guide is None:
            return
        large = self.guide.large.isChecked()
        from app.store import settings

        site = None
        site_id = settings.get(self.db, settings.CURRENT_SITE)
        if site_id:
            from app.services.installation import list_sites

            site = next((s for s in list_sites(self.db) if s.id == site_id), None)
        self.pending_print = printing.handout_pdf(self.db, self.guide.guide, large=large, site=site)
        self.pending_pages = printing.page_count(self.pending_print)
        self.guide.ask_print(self.pending_pages, self.budget.left)

    def confirm_print(self) -> int:
        if self.pending_print is None or not self.budget.allows(self.pending_pages):
            return 0
        try:
            sent = printing.send(self.pending_print, self.printer_factory)
        except (OSError, ValueError) as exc:
            log.warning("impression refusée : %s", type(exc).__name__)
            self.guide.print_text.setText(self.tr("L'impression n'a pas marché. Demandez à l'accueil."))
            return 0
        self.budget.spend(self.pending_pages)
        self.pending_print = None
        self.guide.print_text.setText(self.tr("C'est imprimé : prenez vos feuilles à l'imprimante."))
        self.guide.print_go.setEnabled(False)
        return sent

    def cancel_print(self) -> None:
        self.pending_print = None
        self.pending_pages = 0
        self.guide.hide_print_panel()

    # --- help and ticket ---------------------------------------------------------------------------
    def ask_help(self) -> None:
        self._ensure_pages()
        self.help.start()
        self.show_page(self.help)
        self.apply_style()
        self.help.back_button.setFocus()

    def take_ticket(self, slug: str, first_name: str) -> Ticket | None:
        self._ensure_pages()
        from app.domain.clock import local_time_text
        from app.domain.errors import ValidationError
        from app.services.kiosk import tickets
        from app.ui.kiosk.pages import theme_label

        if self.db is None:
            return None
        try:
            ticket = tickets.take_ticket(self.db, slug, first_name, now=self.clock())
        except ValidationError as exc:
            self.help.show_error(str(exc))
            return None
        printed = printing.print_ticket(ticket.number, theme_label(ticket.theme), local_time_text(ticket.arrived_at),
                                        self.printer_factory) if printing.has_printer(self.printer_factory) else False
        self.help.start()  # the typed name leaves the screen at once
        self.ticket.show_ticket(ticket, printed)
        self.show_page(self.ticket)
        self.ticket.done_button.setFocus()
        self.ticket_taken.emit(ticket)
        return ticket

    # --- idle and reset ----------------------------------------------------------------------------
    def _warn(self) -> None:
        self._ensure_pages()
        self._style_part(self.overlay)
        self.overlay.cover()

    def _keep(self) -> None:
        self.overlay.hide()
        self.idle.keep()

    def reset(self) -> None:
        """Back to a fresh home screen: nothing the last visitor typed, chose or asked for remains."""
        self._ensure_pages()
        self.overlay.hide()
        self.reader.stop()
        self.home.search.clear()
        self.help.start()
        self.ticket.clear()
        self.cancel_print()
        self.guide.clear()
        self.list.show_cards("", [])
        self._list_origin = ("", "")
        self.staff.lock()
        self.budget = PrintBudget(self.settings.pages_per_visit)
        self.scale_index = 0
        self.set_high_contrast(False, restyle=False)
        # Home first, then the style: only the bar and the home are restyled now (the guide page the visitor
        # left gets the normal size when it is next shown), one stylesheet pass fewer.
        self.go_home()
        self.apply_style()
        self.idle.keep()
        self.reset_done.emit()

    def recover(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """An unexpected error: logged without its message (it may hold what was typed), back to home."""
        frames = traceback.extract_tb(tb)
        where = "; ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in frames[-5:])
        log.error("erreur inattendue dans la borne : %s (%s) — retour à l'accueil", exc_type.__name__, where)
        try:
            self.reset()
        except Exception:  # the reset itself failed: a fresh home at least
            log.exception("remise à zéro impossible")
            self.stack.setCurrentWidget(self.home)

    # --- staff ---------------------------------------------------------------------------------------
    def _corner_tapped(self) -> None:
        now = self.clock().timestamp()
        self.taps = [t for t in self.taps if now - t <= STAFF_TAP_SECONDS] + [now]
        if len(self.taps) >= STAFF_TAPS:
            self.taps = []
            self.open_staff()

    def open_staff(self) -> None:
        self._ensure_pages()
        self.staff.lock()
        self.show_page(self.staff)
        self.staff.pin.setFocus()

    def check_pin(self, pin: str) -> bool:
        self._ensure_pages()
        now = self.clock()
        if self.pin_guard.locked(now):
            self.staff.lock(self.tr("Trop d'essais : attendez une minute."))
            return False
        from app.services.kiosk import settings as kiosk_settings

        ok = self.db is not None and kiosk_settings.check_staff_pin(self.db, pin)
        self.pin_guard.record(ok, now)
        if ok:
            self.staff.unlock(self.settings.idle_seconds, self.settings.pages_per_visit)
        else:
            self.staff.lock(self.tr("Code incorrect."))
        return ok

    def save_settings(self, idle_seconds: int, pages: int) -> None:
        from app.services.kiosk import settings as kiosk_settings

        self.settings = kiosk_settings.save(self.db, idle_seconds=idle_seconds, pages_per_visit=pages)
        self.idle.set_seconds(self.settings.idle_seconds)
        self.budget = PrintBudget(self.settings.pages_per_visit)
        self.staff.message.setText(self.tr("Réglages enregistrés."))

    def quit_kiosk(self) -> None:
        self.allow_close = True
        self.idle.stop()
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.lockdown)
            QTimer.singleShot(0, app.quit)

    # --- Qt ------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.allow_close:
            event.ignore()
            return
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._main_built:
            return
        self._place_bar()
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow() and not self.allow_close:
            QTimer.singleShot(200, self._take_back_focus)

    def _take_back_focus(self) -> None:
        if not self.allow_close and self.isVisible():
            self.raise_()
            self.activateWindow()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
