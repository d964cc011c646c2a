"""At the desk, « Outils › Code du personnel de la borne… » sets the kiosk's staff PIN."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.services.kiosk import settings
from app.ui.kiosk.pin_dialog import KioskPinDialog


def test_the_desk_menu_has_the_kiosk_pin(desk) -> None:
    names = [a.text() for a in desk.tools_menu.actions()]
    assert "Code du personnel de la &borne…" in names


def test_pin_dialog_checks_then_saves_hashed(qtbot, db) -> None:
    dialog = KioskPinDialog(db)
    qtbot.addWidget(dialog)
    dialog.pin.setText("1234")
    dialog.again.setText("1243")
    dialog.accept()
    assert "différents" in dialog.error.text() and not settings.load(db).pin_set
    dialog.pin.setText("12")
    dialog.again.setText("12")
    dialog.accept()
    assert "de 4 à 12 chiffres" in dialog.error.text()
    dialog.pin.setText("975310")
    dialog.again.setText("975310")
    dialog.accept()
    assert dialog.result() == KioskPinDialog.DialogCode.Accepted
    assert settings.check_staff_pin(db, "975310")


def test_the_desk_action_opens_the_dialog(qtbot, desk) -> None:
    action = next(a for a in desk.tools_menu.actions() if "borne" in a.text())
    seen = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, KioskPinDialog) and w.isVisible())
        seen.append(dialog)
        dialog.pin.setText("4321")
        dialog.again.setText("4321")
        dialog.accept()

    QTimer.singleShot(0, answer)
    action.trigger()
    assert seen and settings.check_staff_pin(desk.db, "4321")
