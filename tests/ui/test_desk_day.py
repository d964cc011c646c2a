"""A day at the desk by keyboard only: arrivals, the next in line, save, the next again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import help_requests

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
    durations = sorted(r.fields.duration_minutes for r in help_requests.list_records(desk.db))
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
    assert help_requests.list_records(desk.db) == []


# --- The group that listens to the keys ------------------------------------------------------------------

def _orange(color) -> bool:
    return color.red() > 220 and 130 < color.green() < 180 and color.blue() < 60


def test_the_listening_group_is_framed_and_its_label_lit(desk, keyboard, qtbot):
    ui = desk.form.ui
    keyboard.press(Qt.Key.Key_Tab)  # Durée → Matériel
    keyboard.press(Qt.Key.Key_Tab)  # → Thématiques
    assert QApplication.focusWidget() is ui.themes
    assert ui.group_labels[ui.themes].property("listening") is True
    assert ui.group_labels[ui.equipment].property("listening") is False
    image = ui.themes.grab().toImage()
    assert _orange(image.pixelColor(1, image.height() // 2))  # the orange frame is painted
    equipment = ui.equipment.grab().toImage()
    assert not _orange(equipment.pixelColor(1, equipment.height() // 2))
    # « o » (Ordinateur in Matériel) typed one Tab too far: nothing is ticked, and it is said where we are.
    keyboard.type("o")
    assert ui.themes.selected() == () and ui.equipment.selected() == ()
    assert "Thématiques" in desk.statusBar().currentMessage()


def test_groups_next_to_each_other_share_no_key_and_no_group_mixes_look_alikes(desk):
    ui = desk.form.ui
    # Tab order, with the démarche block hidden (themes → autonomy) and shown (themes → démarches).
    neighbours = [(ui.equipment, ui.themes), (ui.themes, ui.demarches), (ui.themes, ui.autonomy),
                  (ui.autonomy, ui.gender), (ui.gender, ui.age), (ui.age, ui.status)]
    for a, b in neighbours:
        assert not set(a.keys()) & set(b.keys()), (a.accessibleName(), b.accessibleName())
    for group in (ui.equipment, ui.themes, ui.demarches, ui.autonomy, ui.gender, ui.age, ui.status):
        keys = set(group.keys())
        for x, y in (("o", "0"), ("i", "1"), ("l", "1")):
            assert not {x, y} <= keys, group.accessibleName()


# --- Presets -----------------------------------------------------------------------------------------

def test_f5_is_a_plain_phone_call_that_leads_to_a_saveable_record(desk, keyboard):
    assert desk.form.ui.preset_phone.text() == "Appel téléphonique (F5)"
    keyboard.press(Qt.Key.Key_F5)
    assert QApplication.focusWidget() is desk.form.ui.themes  # what is still needed
    assert "thématique" in desk.form.ui.error.text()
    keyboard.type("e")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    [record] = help_requests.list_records(desk.db)
    assert (record.fields.place, record.fields.equipment, record.fields.duration_minutes) == (
        "a_distance", ("telephone",), 15)


def test_f6_quick_question_leads_to_a_saveable_record(desk, keyboard):
    keyboard.press(Qt.Key.Key_F6)
    assert QApplication.focusWidget() is desk.form.ui.themes
    assert "Question rapide" in desk.form.ui.error.text()
    keyboard.type("n")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    [record] = help_requests.list_records(desk.db)
    assert record.fields.autonomy == "autonome" and record.fields.themes == ("navigation_internet",)


# --- Shortcuts and the Aide menu -----------------------------------------------------------------------

def test_f1_lists_the_shortcuts_and_the_menus_carry_them(desk, monkeypatch):
    from app.ui.desk.shortcuts import ShortcutsDialog

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(
        [self.table.item(r, 0).text() for r in range(self.table.rowCount())]) or 0)
    help_menu = desk.help_menu
    assert help_menu.title().replace("&", "") == "Aide"
    keys_action, doctor_action = help_menu.actions()  # F1's list, then « État du poste… » (packaging)
    assert doctor_action.text().replace("&", "") == "État du poste…"
    assert keys_action.shortcut().toString() == "F1"
    keys_action.trigger()
    assert {"Ctrl+P", "F9", "Ctrl+Maj+A", "F5", "Suppr", "Ctrl+Z"} <= set(shown[0])
    menus = {a.text().replace("&", ""): a.shortcut().toString()
             for m in (desk.file_menu, desk.tools_menu) for a in m.actions()}
    assert menus["Imprimer une fiche…"] == "Ctrl+P"
    assert menus["Enregistrer un atelier collectif…"] == "Ctrl+Shift+A"
    assert menus["Synchroniser maintenant"] == "F9"


# --- Undo: one offer, one timer ---------------------------------------------------------------------------

def _saved(desk, minutes):
    desk.form.ui.duration.setEditText(str(minutes))
    desk.form.ui.themes.set_selected(("email",))
    return desk.form.save()


def test_suppr_in_the_log_deletes_and_one_undo_with_one_timer(desk, qtbot):
    first, second = _saved(desk, 30), _saved(desk, 45)
    desk.tabs.setCurrentIndex(1)
    desk.log.period.setCurrentIndex(desk.log.period.findData("today"))
    desk.log.table.setFocus()
    desk.log.table.selectRow(0)
    qtbot.keyClick(desk.log.table, Qt.Key.Key_Delete)
    desk.log.table.selectRow(0)
    qtbot.keyClick(desk.log.table, Qt.Key.Key_Delete)
    assert desk.log.model.rowCount() == 0
    assert desk.undo_button.isVisible()
    qtbot.keyClick(desk, Qt.Key.Key_Z, CTRL)  # the last delete comes back
    assert desk.log.model.rowCount() == 1
    assert not desk.undo_button.isVisible()
    qtbot.keyClick(desk, Qt.Key.Key_Z, CTRL)  # one undo per removal: the first stays deleted
    assert desk.log.model.rowCount() == 1
    assert {help_requests.load(desk.db, i).deleted for i in (first, second)} == {True, False}


def test_after_the_delay_neither_the_button_nor_ctrl_z_undoes(desk, qtbot):
    _saved(desk, 30)
    desk.tabs.setCurrentIndex(1)
    desk.log.period.setCurrentIndex(desk.log.period.findData("today"))
    desk.log.table.selectRow(0)
    desk.log.delete_button.click()
    assert desk.undo.timer.interval() == 15_000 and desk.undo.timer.isActive()
    desk.undo.timer.timeout.emit()  # 15 s later (time is injected, not waited for)
    assert not desk.undo_button.isVisible()
    qtbot.keyClick(desk, Qt.Key.Key_Z, CTRL)
    assert desk.log.model.rowCount() == 0


def test_partie_sans_aide_can_be_undone(desk, keyboard):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.press(Qt.Key.Key_Delete)  # « Partie sans aide (Suppr) »
    assert desk.queue.list.count() == 0
    assert desk.undo_button.isVisible() and "A-1" in desk.statusBar().currentMessage()
    keyboard.press(Qt.Key.Key_Z, CTRL)
    assert desk.queue.list.count() == 1 and "A-1" in desk.queue.list.item(0).text()


# --- Nothing lost: ask before discarding, drafts per ticket ---------------------------------------------

def test_escape_asks_before_wiping_a_half_filled_form(desk, keyboard, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    keyboard.type("40")
    desk.form.ui.notes.setPlainText("rappeler jeudi")
    keyboard.press(Qt.Key.Key_Escape)
    assert asked and desk.form.ui.notes.toPlainText() == "rappeler jeudi"  # « Non »: kept
    keyboard.press(Qt.Key.Key_Escape)
    assert desk.form.ui.notes.toPlainText() == "" and desk.form.ui.duration.currentText() == ""
    keyboard.press(Qt.Key.Key_Escape)  # nothing typed: no question
    assert len(asked) == 2


def test_double_click_in_the_log_asks_before_replacing_the_form(desk, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _saved(desk, 30)
    desk.form.ui.duration.setEditText("50")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    desk.tabs.setCurrentIndex(1)
    desk.log.period.setCurrentIndex(desk.log.period.findData("today"))
    desk.log.table.selectRow(0)
    desk.log.edit_button.click()
    assert desk.form.ui.duration.currentText() == "50"  # kept


def test_a_draft_per_ticket_survives_switching_and_a_restart(desk, keyboard, qtbot, data_dir):
    from app.ui.desk.window import DeskWindow

    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.press(Qt.Key.Key_Return)
    keyboard.type("25")
    desk.form.ui.notes.setPlainText("revient avec son avis d'imposition")
    desk.queue.list.setFocus()
    desk.queue.list.setCurrentRow(1)
    keyboard.press(Qt.Key.Key_Return)
    assert "A-2" in desk.form.ui.title.text() and desk.form.ui.notes.toPlainText() == ""
    desk.queue.list.setFocus()
    desk.queue.list.setCurrentRow(0)  # back to A-1: the draft comes back
    keyboard.press(Qt.Key.Key_Return)
    assert desk.form.ui.duration.currentText() == "25"
    assert desk.form.ui.notes.toPlainText() == "revient avec son avis d'imposition"
    desk.close()  # closing keeps the draft too
    again = DeskWindow(data_dir)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.ready, timeout=10_000):
        again.show()
    again.queue.list.setCurrentRow(0)
    again.queue.take_current()
    assert again.form.ui.notes.toPlainText() == "revient avec son avis d'imposition"
    again.form.ui.themes.set_selected(("argent_impots",) if False else ("email",))
    assert again.form.save()
    from app.services import drafts

    assert drafts.load(again.db, help_requests.list_records(again.db)[0].id) is None  # saved: the draft is gone
    again.close()
    again.db.dispose()


# --- Nothing recorded wrong: the log's totals ------------------------------------------------------------

def test_log_totals_count_sessions_only_in_hours_and_minutes_with_french_plurals(desk, keyboard):
    from datetime import UTC, datetime, timedelta

    from app.domain.clock import paris_today
    from app.domain.help_request import HelpRequestFields
    from app.services import queue

    ctx = desk.form.ctx
    base = HelpRequestFields(day=paris_today(), site_id=ctx.site.id, conseiller_id=ctx.conseiller.id,
                             themes=("email",))
    noon = datetime.combine(paris_today(), datetime.min.time(), tzinfo=UTC) + timedelta(hours=10)
    late = help_requests.save_record(desk.db, base.with_changes(duration_minutes=45), now=noon + timedelta(hours=3))
    early = help_requests.save_record(desk.db, base.with_changes(duration_minutes=120), now=noon)
    for _ in range(3):  # waiting, in progress and left tickets are listed, never counted
        queue.add_arrival(desk.db)
    desk.tabs.setCurrentIndex(1)
    desk.log.period.setCurrentIndex(desk.log.period.findData("today"))
    desk.log.refresh()
    assert desk.log.counts.text() == "2 accompagnements · 2 h 45"
    assert desk.log.model.rowCount() == 5  # the three tickets are listed all the same
    # Within the day, rows are by time (newest first, as the day column sorts).
    ids = [desk.log._id_at(r) for r in range(desk.log.model.rowCount())]
    assert ids.index(late) < ids.index(early)
    help_requests.save_record(desk.db, base.with_changes(
        kind="collectif", duration_minutes=60, workshop_title="Les arnaques en ligne", participants_total=1),
        now=noon)
    desk.log.refresh()
    assert desk.log.counts.text() == "3 accompagnements · 3 h 45 · dont 1 atelier (1 participant)"
    rows = [[desk.log.model.index(r, c).data() for c in range(desk.log.model.columnCount())]
            for r in range(desk.log.model.rowCount())]
    [workshop] = [r for r in rows if "Atelier" in r[2]]
    assert "Les arnaques en ligne" in workshop[2] and workshop[7] == ""  # not in « Démarche »
