"""The README's claim: a record without a démarche, from the visitor's arrival to the save, takes 11 keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import help_requests

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_record_without_demarche_takes_at_most_11_keystrokes(desk, keyboard):
    keyboard.press(Qt.Key.Key_N, CTRL)  # a visitor arrives
    keyboard.press(Qt.Key.Key_Return)  # take them
    keyboard.type("30")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("t")  # téléphone
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("e")  # e-mail
    keyboard.press(Qt.Key.Key_Tab)  # no démarche block: straight to the autonomy
    keyboard.type("2")  # autonome avec guidage
    keyboard.press(Qt.Key.Key_Return, CTRL)  # save
    assert keyboard.count <= 11, keyboard.count

    [record] = help_requests.list_records(desk.db)
    f = record.fields
    assert (f.duration_minutes, f.equipment, f.themes) == (30, ("telephone",), ("email",))
    assert f.demarches == ()
    assert f.autonomy == "partiellement_autonome"
