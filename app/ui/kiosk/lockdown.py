"""No way out for a visitor: the keys, menus and drops that could leave the kiosk are eaten application-wide.

The filter sits on the QApplication, so it sees every key before any widget. Qt cannot refuse what the
operating system keeps for itself (Ctrl+Alt+Suppr, and Alt+Tab under most window managers): the PC's own
lock-down (Windows assigned access, a session that runs only the kiosk) does that; see the README.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QKeyEvent, QMouseEvent, QTouchEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractButton

K = Qt.Key
M = Qt.KeyboardModifier
# (what the self-test calls it, key, modifiers)
ESCAPES: tuple[tuple[str, Qt.Key, Qt.KeyboardModifier], ...] = (
    ("Alt+F4", K.Key_F4, M.AltModifier),
    ("Échap", K.Key_Escape, M.NoModifier),
    ("Ctrl+W", K.Key_W, M.ControlModifier),
    ("Ctrl+Q", K.Key_Q, M.ControlModifier),
    ("Ctrl+F4", K.Key_F4, M.ControlModifier),
    ("Alt+Tab", K.Key_Tab, M.AltModifier),
    ("Alt+Échap", K.Key_Escape, M.AltModifier),
    ("Ctrl+Échap", K.Key_Escape, M.ControlModifier),
    ("Touche Windows", K.Key_Meta, M.NoModifier),
    ("Menu contextuel (touche)", K.Key_Menu, M.NoModifier),
    ("F11 (plein écran)", K.Key_F11, M.NoModifier),
    ("Ctrl+P (imprimer)", K.Key_P, M.ControlModifier),
    ("Ctrl+O (ouvrir un fichier)", K.Key_O, M.ControlModifier),
    ("Ctrl+S (enregistrer)", K.Key_S, M.ControlModifier),
)
_BLOCKED_EVENTS = frozenset({
    QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop,
})  # closing is refused by the window itself
_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel,
    QEvent.Type.TouchUpdate,
})


_CTRL_ESCAPES = frozenset({K.Key_W, K.Key_Q, K.Key_F4, K.Key_P, K.Key_O, K.Key_S, K.Key_N, K.Key_T, K.Key_Escape,
                           K.Key_Tab, K.Key_V, K.Key_X, K.Key_C})


def is_escape(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    mods = modifiers & ~M.KeypadModifier
    if key in (K.Key_Meta, K.Key_Super_L, K.Key_Super_R, K.Key_Menu, K.Key_F11, K.Key_Escape):
        return True
    if mods & M.MetaModifier:
        return True
    if mods & M.AltModifier and key in (K.Key_F4, K.Key_Tab, K.Key_Backtab, K.Key_Escape, K.Key_Space):
        return True
    return bool(mods & M.ControlModifier and key in _CTRL_ESCAPES)


_WATCHED = (QKeyEvent, QMouseEvent, QTouchEvent, QWheelEvent, QContextMenuEvent, QDropEvent)  # drag events too
STAFF_KEYS = "Ctrl+Alt+Maj+K"  # the staff gesture for a kiosk without a touch screen


def is_staff_keys(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    wanted = M.ControlModifier | M.AltModifier | M.ShiftModifier
    return key == K.Key_K and (modifiers & ~M.KeypadModifier) == wanted


class LockDown(QObject):
    """Application event filter: refuses the escapes, and tells `on_input` about every real input."""

    def __init__(self, parent: QObject | None = None, *, on_input: Callable[[], None] | None = None,
                 on_staff_keys: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.on_input = on_input
        self.on_staff_keys = on_staff_keys
        self.refused = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the application passes here: the cheap class test first (`type()` builds an enum).
        if not isinstance(event, _WATCHED):
            return False
        kind = event.type()
        if kind in _INPUT and self.on_input is not None:
            self.on_input()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            key_event = event if isinstance(event, QKeyEvent) else None
            if (key_event is not None and kind == QEvent.Type.KeyPress and self.on_staff_keys is not None
                    and is_staff_keys(key_event.key(), key_event.modifiers())):
                self.on_staff_keys()
                return True
            if (key_event is not None and kind == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton)
                    and key_event.key() in (K.Key_Return, K.Key_Enter) and watched.hasFocus()):
                watched.animateClick()  # Entrée presses the focused button, as Espace does
                return True
            if key_event is not None and is_escape(key_event.key(), key_event.modifiers()):
                self.refused += kind == QEvent.Type.KeyPress
                event.accept()
                return True
        if kind in _BLOCKED_EVENTS:
            self.refused += 1
            event.ignore()
            return True
        return False
