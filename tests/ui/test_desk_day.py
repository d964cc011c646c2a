"""A day at the desk by keyboard only: arrivals, the next in line, save, the next again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import requests

CTRL = Qt.KeyboardModifier.ControlModifier


def _record_by_keyboard(keyboard, duration="30"):
    keyboard.type(duration)
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("e")  # e-mail
    keyboard.press(Qt.Key.Key_Return, CTRL)


def test_save_then_enter_takes_the_next_in_order_of_arrival(desk, keyboard):
    for _ in range(3):
        keyboard.press(Qt.Key.Key_N, CTRL)
    assert "Ticket A-3 ajouté" in desk.statusBar().currentMessage()
    keyboard.press(Qt.Key.Key_Return)  # Entrée takes who has waited longest, not the last to arrive
    assert "A-1" in desk.form.ui.title.text()
    _record_by_keyboard(keyboard)
    assert QApplication.focusWidget() is desk.queue.list  # back on the queue, on the next in line
    assert "Suivant : A-2" in desk.statusBar().currentMessage()
    keyboard.press(Qt.Key.Key_Return)
    assert "A-2" in desk.form.ui.title.text()
    _record_by_keyboard(keyboard, "1h30")
    keyboard.press(Qt.Key.Key_Return)
    assert "A-3" in desk.form.ui.title.text()
    _record_by_keyboard(keyboard, "45")
    durations = sorted(r.fields.duration_minutes for r in requests.list_records(desk.db))
    assert durations == [30, 45, 90]  # « 1h30 » is 90 minutes
    # Nobody waits any more: the focus is on the form, ready for a walk-in without a ticket.
    assert QApplication.focusWidget() in (desk.form.ui.duration, desk.form.ui.duration.lineEdit())


def test_an_arrival_while_filling_in_a_form_does_not_take_the_focus(desk, keyboard):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.press(Qt.Key.Key_Return)
    keyboard.type("20")
    keyboard.press(Qt.Key.Key_N, CTRL)  # someone else arrives meanwhile
    assert QApplication.focusWidget() in (desk.form.ui.duration, desk.form.ui.duration.lineEdit())
    assert desk.form.ui.duration.currentText() == "20"


def test_a_bad_duration_is_named_by_its_label_and_nothing_is_saved(desk, keyboard):
    keyboard.type("1h75")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("e")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert desk.form.ui.error.isVisible()
    assert desk.form.ui.error.text().startswith("Durée : ")
    assert requests.list_records(desk.db) == []
