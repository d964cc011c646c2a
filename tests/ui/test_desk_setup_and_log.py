"""First start, the log's filters, and what the desk remembers between two sessions."""

from __future__ import annotations

from datetime import timedelta

from app.domain.clock import paris_today
from app.domain.help_request import HelpRequestFields
from app.services import help_requests, installation
from tests.desk_login import close_desk, open_desk
from tests.ui.test_first_run_wizard import finish_wizard


def _alone(wizard):
    """The wizard's first page: this PC alone for now (joining a network: tests/ui/test_first_run_wizard.py)."""
    wizard.show()
    wizard.network.alone_button.setChecked(True)
    wizard.next()


def test_first_start_asks_the_site_pc_conseiller_and_contacts_then_opens_the_desk(qtbot, data_dir, monkeypatch):
    seen = {}

    def answer(wizard):
        seen["title"] = wizard.windowTitle()
        _alone(wizard)
        site = wizard.site
        wizard.next()  # empty: refused with a message naming the field by its label
        seen["error"] = site.error.text()
        site.site.setText("Médiathèque du Carré des Jalles")
        seen["fixed"] = site.error.text()  # the message goes once the page is edited
        wizard.next()
        seen["contacts"] = site.error.text()
        site.address.setText("21 avenue Montesquieu")
        site.postcode.setText("33160")
        site.city.setText("Saint-Médard-en-Jalles")
        site.phone.setText("05 56 00 00 00")
        site.hours.setPlainText("Mardi 14 h – 18 h\nSamedi 10 h – 12 h")
        wizard.next()
        wizard.pc.device.setText("PC-MEDIATHEQUE-1")
        wizard.pc.conseiller.setText("Camille Durand")
        finish_wizard(qtbot, wizard)
        return wizard.result()

    window = open_desk(qtbot, data_dir, monkeypatch=monkeypatch, wizard=answer)
    assert "Bienvenue" in seen["title"]
    assert seen["error"].startswith("Lieu d'activité : ")
    assert seen["fixed"] == ""
    assert seen["contacts"].startswith("Adresse : ") and "plus tard" in seen["contacts"]
    assert "Médiathèque du Carré des Jalles" in window.windowTitle()
    assert "Camille Durand" in window.windowTitle()
    ctx = installation.context(window.db)
    assert ctx.device_name == "PC-MEDIATHEQUE-1"
    assert (ctx.site.phone, ctx.site.postcode) == ("05 56 00 00 00", "33160")
    assert "Samedi" in ctx.site.opening_hours
    assert "À compléter" not in window.statusBar().currentMessage()
    close_desk(window)


def test_contacts_given_later_are_recalled_at_each_start(qtbot, data_dir, monkeypatch):
    def answer(wizard):
        _alone(wizard)
        wizard.site.site.setText("Hôtel de Ville")
        wizard.site.later.setChecked(True)
        wizard.next()
        wizard.pc.device.setText("PC-HDV-1")
        wizard.pc.conseiller.setText("Yanis Benali")
        finish_wizard(qtbot, wizard)
        return wizard.result()

    window = open_desk(qtbot, data_dir, monkeypatch=monkeypatch, wizard=answer)
    assert "À compléter" in window.statusBar().currentMessage()
    assert "Réglages du poste" in window.statusBar().currentMessage()
    close_desk(window)


def _records(db, ctx):
    base = HelpRequestFields(day=paris_today(), duration_minutes=30, site_id=ctx.site.id,
                             conseiller_id=ctx.conseiller.id, themes=("email",))
    help_requests.save_record(db, base.with_changes(notes="Avis d'impôt à rapporter"))
    help_requests.save_record(db, base.with_changes(themes=("sante",), duration_minutes=60))
    help_requests.save_record(db, base.with_changes(day=paris_today() - timedelta(days=40)))


def test_log_filters_change_rows_and_counts(desk):
    _records(desk.db, installation.context(desk.db))
    page = desk.log
    page.period.setCurrentIndex(page.period.findData("all"))
    assert page.model.rowCount() == 3
    assert page.counts.text().startswith("3 accompagnements")
    page.theme.setCurrentIndex(page.theme.findData("sante"))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 3).data() == "1 h"
    page.theme.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("7d"))
    assert page.model.rowCount() == 2
    page.text.setText("impot")  # no accent typed, found anyway
    page.apply_filter()
    assert page.model.rowCount() == 1
    assert "Avis d'impôt" in page.model.index(0, 9).data()


def test_filters_and_window_size_are_remembered(qtbot, data_dir, ctx, db):
    _records(db, ctx)
    first = open_desk(qtbot, data_dir)
    first.log.theme.setCurrentIndex(first.log.theme.findData("email"))
    first.log.period.setCurrentIndex(first.log.period.findData("all"))
    first.resize(first.width(), 555)  # within the offscreen screen, which clamps
    close_desk(first)

    second = open_desk(qtbot, data_dir)
    assert second.log.theme.currentData() == "email"
    assert second.log.period.currentData() == "all"
    assert second.log.model.rowCount() == 2
    assert second.size().height() == 555
    close_desk(second)


def test_post_settings_change_the_site_details_printed_on_handouts(desk, monkeypatch):
    from app.ui.desk.settings_dialog import PostSettingsDialog

    def fill(dialog):
        dialog.fields["postcode"].setText("3316")
        dialog.accept()  # refused: the postcode is named
        assert "code postal" in dialog.error.text()
        dialog.fields["postcode"].setText("33160")
        dialog.fields["address"].setText("Place de la République")
        dialog.fields["phone"].setText("05 56 17 11 90")
        dialog.hours.setPlainText("Mardi 14 h – 18 h")
        dialog.device.setText("PC-ACCUEIL-2")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PostSettingsDialog, "exec", fill)
    desk.post_settings()
    ctx = installation.context(desk.db)
    assert ctx.device_name == "PC-ACCUEIL-2"
    assert ctx.site.address == "Place de la République"
    assert ctx.site.opening_hours == "Mardi 14 h – 18 h"
    assert ctx.site.postcode == "33160"


def test_setup_command_takes_the_site_details(data_dir, capsys):
    from app.cli import main

    assert main(["--data-dir", str(data_dir), "setup", "--site", "Hôtel de Ville", "--device", "PC-HDV",
                 "--conseiller", "Yanis Benali", "--phone", "05 56 57 40 40", "--hours", "Lundi-vendredi 8 h 30"]) == 0
    from app.store.open import open_data_dir

    ctx = installation.context(open_data_dir(data_dir))
    assert ctx.site.phone == "05 56 57 40 40"
    assert ctx.site.opening_hours == "Lundi-vendredi 8 h 30"


def test_the_queue_shown_at_start_is_the_one_the_desk_keeps(qtbot, data_dir, ctx, db, monkeypatch):
    """Today's queue is on screen before the database layer opens; the desk then works in that same panel."""
    from app.services import queue
    from app.ui.desk.window import DeskWindow

    ticket = queue.add_arrival(db, label="Mme au manteau rouge").ticket
    seen = {}
    real_open = DeskWindow.open_database

    def open_database(window):
        panel = window.start_queue
        seen["panel"] = panel
        seen["shown"] = [panel.list.item(i).text() for i in range(panel.list.count())] if panel else []
        return real_open(window)

    monkeypatch.setattr(DeskWindow, "open_database", open_database)
    window = open_desk(qtbot, data_dir)
    assert seen["panel"] is not None and any(ticket in line for line in seen["shown"])
    assert window.queue is seen["panel"] and window.start_queue is None  # one panel, now the page's
    window.queue.list.setCurrentRow(0)
    window.queue.take_current()  # it works on the database now
    assert window.form.ticket is not None and window.form.ticket.ticket == ticket
    close_desk(window)
