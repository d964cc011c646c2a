"""`save_screenshots` (called by `make screenshots`) writes the three handout pictures."""

from __future__ import annotations

from PySide6.QtGui import QImage

from app.ui.handouts.screenshots import save_screenshots


def test_screenshots_are_written(qapp, resources, tmp_path):
    written = save_screenshots(tmp_path / "shots")
    assert [p.name for p in written] == ["handout-normal.png", "handout-large.png", "handout-dialog.png"]
    normal, large, dialog = (QImage(str(p)) for p in written)
    assert normal.height() > normal.width() > 800  # an A4 portrait page
    assert large.size() == normal.size()
    assert dialog.width() >= 1200
    # The dialog shows the preview: its right half is not a blank area.
    right = dialog.copy(dialog.width() // 2, 100, dialog.width() // 3, 300)
    assert (
        len({right.pixel(x, y) for x in range(0, right.width(), 7) for y in range(0, right.height(), 7)}) > 5
    )
