"""Nothing lets a visitor out: escapes, closing, menus and drops are refused; only the staff PIN opens the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent
from PySide6.QtWidgets import QApplication, QMenu

K, M = Qt.Key, Qt.KeyboardModifier


@pytest.mark.parametrize(("key", "mods"), [
    (K.Key_F4, M.AltModifier), (K.Key_Escape, M.NoModifier), (K.Key_W, M.ControlModifier),
    (K.Key_Q, M.ControlModifier), (K.Key_Tab, M.AltModifier), (K.Key_F4, M.ControlModifier),
    (K.Key_Meta, M.NoModifier), (K.Key_F11, M.NoModifier),
])
def test_escape_keys_are_refused(qtbot, kiosk, key, mods) -> None:
    kiosk.home.search.field.setText("caf")
    before = kiosk.lockdown.refused
    qtbot.keyClick(kiosk.home.search.field, key, mods)
    assert kiosk.isVisible()
    assert kiosk.lockdown.refused == before + 1
    assert kiosk.home.search.field.text() == "caf"  # Esc did not clear nor leave anything


def test_closing_is_refused(qtbot, kiosk) -> None:
    assert kiosk.close() is False
    assert kiosk.isVisible()
    flags = kiosk.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint


def test_context_menus_and_drops_are_refused(qtbot, kiosk) -> None:
    field = kiosk.home.search.field
    QApplication.sendEvent(field, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5),
                                                     Qt.KeyboardModifier.NoModifier))
    assert not [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()]
    data = QMimeData()
    data.setText("https://example.org")
    event = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(field, event)
    assert not event.isAccepted()
    assert field.text() == ""


def test_the_kiosk_opens_no_file_or_print_dialog() -> None:
    from app.ui.kiosk.check import kiosk_dialogs

    assert kiosk_dialogs() == set()


def _tap_corner(qtbot, kiosk, times: int) -> None:
    for _ in range(times):
        qtbot.mouseClick(kiosk.corner, Qt.MouseButton.LeftButton)


def test_staff_gesture_then_pin_to_leave(qtbot, kiosk) -> None:
    _tap_corner(qtbot, kiosk, 4)
    assert kiosk.stack.currentWidget() is kiosk.home  # four taps: nothing
    _tap_corner(qtbot, kiosk, 1)
    assert kiosk.stack.currentWidget() is kiosk.staff
    staff = kiosk.staff
    qtbot.keyClicks(staff.pin, "1111")
    qtbot.keyClick(staff.pin, K.Key_Return)
    assert staff.message.text() == "Code incorrect." and not staff.menu.isVisible()
    for digit in "2468":
        qtbot.mouseClick(staff.keypad.findChildren(type(staff.ok))[int(digit) - 1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(staff.ok, Qt.MouseButton.LeftButton)
    assert staff.menu.isVisible()
    qtbot.mouseClick(staff.quit, Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()


def test_staff_keys_for_a_kiosk_without_touch_screen(qtbot, kiosk) -> None:
    qtbot.keyClick(kiosk.home.search.field, K.Key_K, M.ControlModifier | M.AltModifier | M.ShiftModifier)
    assert kiosk.stack.currentWidget() is kiosk.staff
    qtbot.mouseClick(kiosk.staff.cancel, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.home


def test_wrong_pins_lock_the_staff_entry(qtbot, kiosk) -> None:
    kiosk.open_staff()
    for _ in range(5):
        assert not kiosk.check_pin("0000")
    assert not kiosk.check_pin("2468")  # right code, but locked for a minute
    assert "Trop d'essais" in kiosk.staff.message.text()


def test_staff_settings_are_saved(qtbot, kiosk) -> None:
    from app.services.kiosk import settings

    kiosk.open_staff()
    assert kiosk.check_pin("2468")
    kiosk.staff.idle.setValue(300)
    kiosk.staff.pages.setValue(3)
    qtbot.mouseClick(kiosk.staff.save, Qt.MouseButton.LeftButton)
    assert settings.load(kiosk.db).idle_seconds == 300
    assert kiosk.idle.timer.interval() == 300_000 and kiosk.budget.limit == 3


def test_a_crash_goes_back_home_and_logs_no_personal_data(qtbot, kiosk, caplog) -> None:
    from app.ui.kiosk.main import install_crash_handler

    kiosk.ask_help()
    kiosk.help.choose("caf")
    kiosk.help.name.setText("Josiane")
    import sys

    saved = sys.excepthook
    install_crash_handler(kiosk)
    try:
        try:
            raise ValueError("prénom Josiane refusé")
        except ValueError as exc:
            with caplog.at_level("ERROR", logger="pasapas.kiosk"):
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = saved
    assert kiosk.stack.currentWidget() is kiosk.home
    assert kiosk.help.name.text() == ""
    assert "ValueError" in caplog.text and "Josiane" not in caplog.text


def test_enter_presses_the_focused_button(qtbot, kiosk) -> None:
    kiosk.bigger.setFocus()
    qtbot.keyClick(kiosk.bigger, K.Key_Return)
    qtbot.waitUntil(lambda: kiosk.scale == 1.25, timeout=2000)
