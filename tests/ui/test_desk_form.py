"""The desk as a conseiller uses it: keyboard-only records, presets, validation, undo, workshops."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.clock import paris_today
from app.services import help_requests, log

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_typical_record_from_the_queue_takes_at_most_15_keystrokes(desk, keyboard, qtbot):
    keyboard.press(Qt.Key.Key_N, CTRL)  # a visitor arrives
    assert len(help_requests.today_queue(desk.db, site_id=desk.queue.site_id())) == 1
    keyboard.press(Qt.Key.Key_Return)  # take them
    assert QApplication.focusWidget() in (desk.form.ui.duration, desk.form.ui.duration.lineEdit())
    keyboard.type("30")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("t")  # téléphone
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("e")  # e-mail
    keyboard.type("a")  # aide aux démarches administratives
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("7")  # démarche: Argent - Impôts
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("2")  # autonome avec guidage
    keyboard.press(Qt.Key.Key_Return, CTRL)  # save
    assert keyboard.count <= 15, keyboard.count

    [record] = help_requests.list_records(desk.db)
    f = record.fields
    assert f.duration_minutes == 30
    assert f.equipment == ("telephone",)
    assert set(f.themes) == {"email", "demarches_administratives"}
    assert f.demarches == ("argent_impots",)
    assert f.autonomy == "partiellement_autonome"
    assert f.day == paris_today()
    assert help_requests.today_queue(desk.db, site_id=desk.queue.site_id()) == []  # the visitor left the queue
    assert "Accompagnement enregistré" in desk.statusBar().currentMessage()
    assert desk.form.ui.duration.currentText() == ""  # ready for the next person


def test_ten_sessions_by_keyboard_show_in_the_log(desk, keyboard):
    for i in range(10):
        keyboard.press(Qt.Key.Key_N, CTRL)
        keyboard.press(Qt.Key.Key_Return)
        keyboard.type(("15", "30", "45")[i % 3])
        keyboard.press(Qt.Key.Key_Tab)
        keyboard.press(Qt.Key.Key_Tab)
        keyboard.type("u")
        keyboard.press(Qt.Key.Key_Return, CTRL)
    desk.tabs.setCurrentIndex(1)
    desk.log.period.setCurrentIndex(desk.log.period.findData("today"))
    desk.log.queue_state.setCurrentIndex(desk.log.queue_state.findData("done"))
    assert desk.log.model.rowCount() == 10
    assert "10 accompagnements" in desk.log.counts.text()
    durations = {desk.log.model.index(r, 3).data() for r in range(10)}
    assert durations == {"15 min", "30 min", "45 min"}


def test_phone_preset_then_theme_then_save(desk, keyboard):
    keyboard.press(Qt.Key.Key_F5)
    keyboard.type("e")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    assert keyboard.count == 3
    [record] = help_requests.list_records(desk.db)
    assert record.fields.place == "a_distance"
    assert record.fields.site_id is None
    assert record.fields.equipment == ("telephone",)
    assert record.fields.duration_minutes == 15


def test_missing_theme_is_named_and_focused(desk, keyboard):
    keyboard.type("30")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    error = desk.form.ui.error.text()
    assert "thématiques" in error and "au moins une" in error
    assert QApplication.focusWidget() is desk.form.ui.themes
    assert help_requests.list_records(desk.db) == []  # nothing saved


def test_bad_duration_is_refused_with_the_limits(desk, keyboard):
    desk.form.ui.duration.setEditText("0")
    desk.form.ui.themes.set_selected(("email",))
    desk.form.save()
    assert "entre 1 et 480" in desk.form.ui.error.text()
    assert help_requests.list_records(desk.db) == []


def test_duplicate_last_copies_the_previous_record(desk, keyboard):
    keyboard.type("45")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("o")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("b")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    keyboard.press(Qt.Key.Key_D, CTRL)
    keyboard.press(Qt.Key.Key_Return, CTRL)
    records = help_requests.list_records(desk.db)
    assert len(records) == 2
    assert {r.fields.themes for r in records} == {("bureautique",)}
    assert {r.fields.duration_minutes for r in records} == {45}


def test_edit_from_the_log_then_delete_and_undo(desk, qtbot):
    desk.form.ui.duration.setEditText("30")
    desk.form.ui.themes.set_selected(("email",))
    saved = desk.form.save()
    desk.tabs.setCurrentIndex(1)
    desk.log.period.setCurrentIndex(desk.log.period.findData("today"))
    desk.log.table.selectRow(0)
    desk.log.edit_button.click()
    assert desk.tabs.currentIndex() == 0
    assert desk.form.ui.duration.currentText() == "30"
    desk.form.ui.duration.setEditText("60")
    assert desk.form.save() == saved
    assert help_requests.load(desk.db, saved).fields.duration_minutes == 60

    desk.tabs.setCurrentIndex(1)
    desk.log.table.selectRow(0)
    desk.log.delete_button.click()
    assert desk.log.model.rowCount() == 0
    assert desk.undo_button.isVisible()
    qtbot.keyClick(desk, Qt.Key.Key_Z, CTRL)
    assert desk.log.model.rowCount() == 1
    assert help_requests.load(desk.db, saved).deleted is False


def test_visitor_who_left_leaves_the_queue(desk, keyboard):
    keyboard.press(Qt.Key.Key_N, CTRL)
    keyboard.press(Qt.Key.Key_N, CTRL)
    assert desk.queue.list.count() == 2
    keyboard.press(Qt.Key.Key_Delete)
    assert desk.queue.list.count() == 1
    assert "1 en attente" in desk.queue.title.text()


def test_workshop_recorded_from_the_window(desk, qtbot, monkeypatch):
    from app.ui.desk.workshop_dialog import WorkshopDialog

    def fill_and_accept(dialog):
        dialog.title.setText("Découvrir son smartphone")
        dialog.themes.set_selected(("prendre_en_main_materiel",))
        dialog.total.setValue(6)
        dialog.counts["genre"]["feminin"].setValue(4)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WorkshopDialog, "exec", fill_and_accept)
    desk.record_workshop()
    [record] = help_requests.list_records(desk.db)
    assert record.fields.kind == "collectif"
    assert record.fields.participants_total == 6
    assert log.count(desk.db, log.LogFilter(kind="collectif")).participants == 6


def test_workshop_dialog_names_a_missing_title(qtbot, db, ctx):
    from app.ui.desk.workshop_dialog import WorkshopDialog

    dialog = WorkshopDialog(db)
    qtbot.addWidget(dialog)
    dialog.total.setValue(3)
    dialog.themes.set_selected(("email",))
    dialog.accept()
    assert "titre" in dialog.error.text()
    assert help_requests.list_records(db) == []


def test_a_visitor_waiting_before_the_desk_opens_is_shown_and_can_be_taken(qtbot, data_dir, ctx, db):
    from app.ui.desk.window import DeskWindow

    help_requests.add_arrival(db, site_id=ctx.site.id, label="M. Roux")
    window = DeskWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    assert window.queue.list.count() == 1
    assert "M. Roux" in window.queue.list.item(0).text()
    window.queue.take_current()
    assert window.form.request_id == window.queue.entries[0].id
    assert window.queue.entries[0].queue_status == "in_progress"
    window.close()
    window.db.dispose()


def test_guide_used_for_this_person_goes_on_the_record(desk, keyboard, qtbot):
    keyboard.press(Qt.Key.Key_F, CTRL)
    assert desk.tabs.currentWidget() is desk.guides
    desk.guides.guide_used.emit("impots-declaration-revenus")  # « Utilisé pour cette personne »
    ui = desk.form.ui
    assert "demarches_administratives" in ui.themes.selected()
    assert ui.demarches.selected() == ("argent_impots",)
    assert ui.demarche_name.text()
    assert "impots-declaration-revenus" in ui.guides.text()
    ui.duration.setEditText("45")
    saved = desk.form.save()
    assert help_requests.load(desk.db, saved).fields.guide_ids == ("impots-declaration-revenus",)


def test_handout_printed_from_a_guide_is_noted_on_the_session(desk, monkeypatch):
    import app.ui.handouts.dialog as dialog_module

    asked = []

    def fake_dialog(db, guide_ids, parent=None, first_name=""):
        asked.append(list(guide_ids))
        return list(guide_ids)  # as if printed

    monkeypatch.setattr(dialog_module, "open_handout_dialog", fake_dialog)
    desk.guides.handout_requested.emit(["ameli-attestation-droits"])
    assert asked == [["ameli-attestation-droits"]]
    desk.form.ui.duration.setEditText("15")
    desk.form.ui.themes.set_selected(("sante",))
    saved = desk.form.save()
    assert help_requests.load(desk.db, saved).fields.handout_guide_ids == ("ameli-attestation-droits",)


def test_handout_from_a_session_without_guide_says_what_to_do(desk):
    desk.form.ui.handout.click()
    assert "Aucun guide" in desk.statusBar().currentMessage()


def test_slash_in_the_guides_space_goes_to_the_search_box(desk, qtbot):
    desk.tabs.setCurrentWidget(desk.guides)
    desk.guides.open_guide("franceconnect")
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Slash)
    search = desk.guides.library.ui.search
    assert QApplication.focusWidget() is search
    assert search.text() == ""  # the « / » opened the search, it was not typed into it


def test_labels_of_yesterday_are_erased_when_the_day_changes_under_an_open_desk(desk, monkeypatch):
    from datetime import timedelta

    from app.domain import clock

    entry = desk.queue.add_arrival("Mme au manteau rouge")
    desk.forget_old_labels()
    assert desk.queue.entries[0].visitor_label == "Mme au manteau rouge"  # today: kept
    later = clock.now_utc() + timedelta(days=1)
    monkeypatch.setattr(clock, "now_utc", lambda: later)
    monkeypatch.setattr("app.services.help_requests.now_utc", lambda: later)
    desk.forget_old_labels()  # what the minute timer does
    from app.store.models import HelpRequest

    with desk.db.write() as s:
        assert s.get(HelpRequest, entry.id).visitor_label == ""
