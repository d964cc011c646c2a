"""Refill a combo box from (id, name) pairs, keeping the current choice and without firing its signals."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, items: Iterable[tuple[str, str]], *, keep: object = None, everything: str = "") -> None:
    """Replace the combo's entries by `items` (data, text); `everything` first (data None) when given.

    The entry whose data is `keep` (default: the current one) stays chosen, else the first."""
    if keep is None:
        keep = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        if everything:
            combo.addItem(everything, None)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
    finally:
        combo.blockSignals(False)
