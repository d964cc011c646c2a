"""The idle limit: « Vous êtes toujours là ? » with « Continuer » for 20 s, then a reset that clears everything."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _fill_a_visit(kiosk) -> None:
    kiosk.home.search.field.setText("caf")
    kiosk.set_scale(3)
    kiosk.set_high_contrast(True)
    kiosk.open_guide("caf-aide-logement")
    kiosk.guide.set_index(2)
    kiosk.prepare_print()
    kiosk.budget.printed = 4


def test_warning_then_continue_keeps_everything(qtbot, kiosk) -> None:
    _fill_a_visit(kiosk)
    kiosk.idle.expire()  # 120 s without a touch
    assert kiosk.overlay.isVisible()
    assert kiosk.overlay.question.text() == "Vous êtes toujours là ?"
    assert "20 secondes" in kiosk.overlay.seconds.text()
    for _ in range(5):
        kiosk.idle.countdown.timeout.emit()
    assert "15 secondes" in kiosk.overlay.seconds.text()
    qtbot.mouseClick(kiosk.overlay.continue_button, Qt.MouseButton.LeftButton)
    assert not kiosk.overlay.isVisible()
    assert kiosk.stack.currentWidget() is kiosk.guide and kiosk.guide.index == 2
    assert kiosk.pending_print is not None and kiosk.scale == 1.75
    assert kiosk.idle.timer.isActive() and not kiosk.idle.warning


def test_no_answer_resets_to_a_fresh_home(qtbot, kiosk) -> None:
    _fill_a_visit(kiosk)
    kiosk.ask_help()
    kiosk.help.choose("caf")
    kiosk.help.name.setText("Mireille")
    kiosk.idle.expire()
    with qtbot.waitSignal(kiosk.reset_done, timeout=1000):
        for _ in range(20):
            kiosk.idle.countdown.timeout.emit()
    assert not kiosk.overlay.isVisible()
    assert kiosk.stack.currentWidget() is kiosk.home
    assert kiosk.home.search.field.text() == "" and kiosk.help.name.text() == ""
    assert kiosk.scale == 1.0 and not kiosk.high_contrast and not kiosk.contrast.isChecked()
    assert kiosk.guide.guide is None and kiosk.pending_print is None
    assert kiosk.budget.printed == 0 and kiosk.budget.left == kiosk.settings.pages_per_visit
    assert kiosk.idle.timer.isActive()


def test_a_touch_restarts_the_idle_delay_but_does_not_hide_the_warning(qtbot, kiosk) -> None:
    kiosk.idle.timer.stop()
    qtbot.mouseClick(kiosk.home.tiles[0], Qt.MouseButton.LeftButton)
    assert kiosk.idle.timer.isActive()  # the click counted as presence
    kiosk.idle.expire()
    qtbot.mouseClick(kiosk.corner, Qt.MouseButton.LeftButton)  # a touch elsewhere
    assert kiosk.idle.warning  # only « Continuer » answers


def test_the_delay_is_the_setting(qtbot, kiosk) -> None:
    assert kiosk.idle.timer.interval() == 120_000
