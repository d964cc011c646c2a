"""A group of toggle buttons driven by single keys: the fast way to pick CRA values by keyboard.

The group takes focus as one widget. Each option shows its key (« E  E-mail »); pressing that key
toggles it, arrows move, Space toggles the highlighted one. Exclusive groups behave like radios (pressing
the key of the chosen option again clears it, so "no answer" stays possible).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QPushButton, QSizePolicy, QWidget


class ToggleGroup(QWidget):
    """Options (slug, label, key) as checkable buttons in a grid; `selected()` gives the checked slugs."""

    changed = Signal()
    listening = Signal(bool)  # the group has the keyboard (its frame and its label light up)
    unknown_key = Signal(str)  # a letter or digit that is not one of this group's keys

    def __init__(
        self,
        options: Sequence[tuple[str, str, str]],
        *,
        exclusive: bool = False,
        columns: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exclusive = exclusive
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("toggleGroup")
        # A plain QWidget paints no style-sheet border without this: the focus frame would not show.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._keys: dict[str, str] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._order: list[str] = []
        self._cursor = 0
        self._max_columns = max(1, columns)
        self._columns = self._max_columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setSpacing(4)
        for i, (slug, text, key) in enumerate(options):
            button = QPushButton(f"{key.upper()}  {text}" if key else text, self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(text)
            button.setToolTip(self.tr("Touche %1").replace("%1", key.upper()) if key else text)
            button.clicked.connect(lambda _checked=False, s=slug: self._clicked(s))
            self.grid.addWidget(button, i // columns, i % columns)
            self.buttons[slug] = button
            self._order.append(slug)
            if key:
                self._keys[key.lower()] = slug
        # The group sets its own minimum (one column wide, as tall as its rows): the grid alone would
        # demand every column's width and forbid reflowing.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._relayout(self._columns)
        self._paint_cursor(False)

    # --- layout: as many columns as the width takes (no horizontal scrollbar on a small screen) -----------
    def _button_width(self) -> int:
        return max(b.sizeHint().width() for b in self.buttons.values())

    def _height(self, columns: int) -> int:
        m = self.grid.contentsMargins()
        rows = -(-len(self._order) // columns)
        row = max(b.sizeHint().height() for b in self.buttons.values())
        return m.top() + m.bottom() + rows * row + (rows - 1) * self.grid.spacing()

    def _fitting_columns(self, width: int) -> int:
        m = self.grid.contentsMargins()
        room = width - m.left() - m.right()
        fits = (room + self.grid.spacing()) // (self._button_width() + self.grid.spacing())
        return max(1, min(self._max_columns, fits))

    def _relayout(self, columns: int) -> None:
        self._columns = columns
        for i, slug in enumerate(self._order):
            self.grid.addWidget(self.buttons[slug], i // columns, i % columns)
        for c in range(self._max_columns):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        m = self.grid.contentsMargins()
        self.setMinimumSize(self._button_width() + m.left() + m.right(), self._height(columns))

    def sizeHint(self) -> QSize:  # noqa: N802
        m = self.grid.contentsMargins()
        width = self._max_columns * (self._button_width() + self.grid.spacing()) + m.left() + m.right()
        return QSize(width, self._height(self._max_columns))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        columns = self._fitting_columns(event.size().width())
        if columns != self._columns:
            self._relayout(columns)

    # --- values -------------------------------------------------------------------------------
    def selected(self) -> tuple[str, ...]:
        return tuple(s for s in self._order if self.buttons[s].isChecked())

    def value(self) -> str | None:
        chosen = self.selected()
        return chosen[0] if chosen else None

    def set_selected(self, slugs: Sequence[str] | str | None) -> None:
        wanted = {slugs} if isinstance(slugs, str) else set(slugs or ())
        for slug, button in self.buttons.items():
            button.setChecked(slug in wanted)
        self.changed.emit()

    def toggle(self, slug: str) -> None:
        button = self.buttons[slug]
        if self.exclusive:
            was = button.isChecked()
            for other in self.buttons.values():
                other.setChecked(False)
            button.setChecked(not was)
        else:
            button.setChecked(not button.isChecked())
        self._cursor = self._order.index(slug)
        self._paint_cursor(self.hasFocus())
        self.changed.emit()

    def _clicked(self, slug: str) -> None:
        # The button already flipped itself; undo that and apply the group's rule once.
        button = self.buttons[slug]
        button.setChecked(not button.isChecked())
        self.toggle(slug)

    # --- keyboard -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        text = event.text().lower()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if text and text in self._keys and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            self.toggle(self._keys[text])
            return
        key = event.key()
        if text and text.isalnum() and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            self.unknown_key.emit(text.upper())  # said, not silently ignored: the person may be in the wrong group
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            self._cursor = (self._cursor + step) % len(self._order)
            self._paint_cursor(True)
            return
        if key == Qt.Key.Key_Space:
            self.toggle(self._order[self._cursor])
            return
        super().keyPressEvent(event)

    def keys(self) -> dict[str, str]:
        """The group's keys (lower case) and the option each one toggles."""
        return dict(self._keys)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._paint_cursor(True)
        self._listen(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._paint_cursor(False)
        self._listen(False)
        super().focusOutEvent(event)

    def _listen(self, on: bool) -> None:
        self.setProperty("listening", on)
        self.style().unpolish(self)
        self.style().polish(self)
        self.listening.emit(on)

    def _paint_cursor(self, visible: bool) -> None:
        for i, slug in enumerate(self._order):
            self.buttons[slug].setProperty("cursor", visible and i == self._cursor)
            self.buttons[slug].style().unpolish(self.buttons[slug])
            self.buttons[slug].style().polish(self.buttons[slug])
