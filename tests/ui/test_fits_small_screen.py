"""Every window and dialog of the desk on the town's 1366×768 laptops (and on 1920×1080): inside the screen's
available geometry, its action buttons visible, no horizontal scrollbar. (The first-run wizard:
tests/ui/test_first_run_wizard.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QDialogButtonBox, QWidget

from app.ui.widgets.screen_fit import FRAME_MARGIN, fit_to_screen

# 1366×768 less a 30-pixel panel of the window manager; then the big screen.
SCREENS = {"1366x768": QRect(0, 0, 1366, 738), "1920x1080": QRect(0, 0, 1920, 1050)}


def check_fits(widget: QWidget, preferred: QSize, screen: QRect, buttons: list[QAbstractButton]) -> None:
    fit_to_screen(widget, preferred, screen)
    widget.show()
    QApplication.processEvents()
    frame = QRect(widget.pos(), widget.size() + FRAME_MARGIN)
    assert screen.contains(frame), (widget.windowTitle(), frame, screen)
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert minimum.width() <= widget.width() and minimum.height() <= widget.height(), (widget.windowTitle(), minimum)
    inside = widget.rect()
    for b in buttons:
        assert b.isVisible(), b.text()
        where = QRect(b.mapTo(widget, QPoint(0, 0)), b.size())
        assert inside.contains(where), (widget.windowTitle(), b.text(), where, inside)
    from app.ui.widgets.toggles import ToggleGroup

    for group in widget.findChildren(ToggleGroup):  # choices whole: not squashed, not clipped
        if group.isVisible():
            for b in group.buttons.values():
                hint = b.sizeHint()
                assert b.height() >= hint.height() - 2 and b.width() >= hint.width() - 2, (b.text(), b.size())
    for area in widget.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.horizontalScrollBar().isVisible(), (widget.windowTitle(), area.objectName(), area)


def _box_buttons(widget: QWidget) -> list[QAbstractButton]:
    return [b for box in widget.findChildren(QDialogButtonBox) for b in box.buttons()]


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_desk_fits_with_save_visible_on_every_page(desk, screen):
    ui = desk.form.ui
    for index in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(index)
        page = [ui.save, ui.clear, ui.handout, desk.queue.add_button, desk.queue.take_button,
                desk.queue.left_button] if index == 0 else []
        if index == 1:
            page = [desk.log.edit_button, desk.log.delete_button, desk.log.export_button]
        check_fits(desk, QSize(1280, 800), screen, page)
    # « Période… » shows two more date fields: the window does not grow past the screen.
    desk.tabs.setCurrentIndex(1)
    desk.log.period.setCurrentIndex(desk.log.period.findData("custom"))
    check_fits(desk, QSize(1280, 800), screen, [desk.log.export_button])
    # The form's groups reflow instead of scrolling sideways, and its labels are whole.
    desk.tabs.setCurrentIndex(0)
    ui.themes.set_selected(("demarches_administratives",))
    ui.demarche_box.setVisible(True)
    check_fits(desk, QSize(1280, 800), screen, [ui.save])
    body = ui.scroll.widget()
    assert body.width() <= ui.scroll.viewport().width()


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_dialogs_fit_with_their_buttons_visible(qtbot, db, ctx, screen):
    from app.ui.desk.settings_dialog import PostSettingsDialog
    from app.ui.desk.shortcuts import ShortcutsDialog
    from app.ui.desk.workshop_dialog import WorkshopDialog
    from app.ui.sync.settings_dialog import SyncSettingsDialog

    for make, preferred in ((lambda: WorkshopDialog(db), QSize(900, 760)),
                            (lambda: PostSettingsDialog(db), QSize(640, 600)),
                            (lambda: SyncSettingsDialog(db), QSize(640, 560)), (lambda: ShortcutsDialog(), QSize(720, 560))):
        dialog = make()
        qtbot.addWidget(dialog)
        check_fits(dialog, preferred, screen, _box_buttons(dialog))
        dialog.close()


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_handout_dialog_fits_and_shows_four_guides(qtbot, db, ctx, screen):
    from app.services import guides as guide_service
    from app.ui.handouts.dialog import HandoutDialog

    guide_service.load_bundled(db)
    ids = [g.id for g in guide_service.list_guides(db)][:5]
    dialog = HandoutDialog(db, ids)
    qtbot.addWidget(dialog)
    check_fits(dialog, QSize(1200, 820), screen, [dialog.print_button, dialog.save_button, dialog.close_button])
    rows = dialog.form.guide_list
    row = rows.sizeHintForRow(0)
    assert rows.viewport().height() >= 4 * row - 2  # at least four rows visible
    assert not rows.horizontalScrollBar().isVisible()
    dialog.close()
