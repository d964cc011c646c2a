"""« Personnes suivies » on screen: consent first, the list and « Historique », print, merge, erase; fits 1366×768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.services import people
from tests.desk_parent import conseiller_at, desk_parent
from tests.hardening.conftest import pdf_text
from tests.people.conftest import NOW, consent, eulalie, session_for
from tests.ui.conftest import desk  # noqa: F401,F811  (the desk window fixture)
from tests.ui.test_fits_small_screen import SCREENS, _box_buttons, check_fits


@pytest.fixture
def dialog(qtbot, db, ctx, admin):
    """The dialog as an admin at the desk opens it (printing, merging and erasing are theirs)."""
    from app.ui.people.dialog import PeopleDialog

    parent = desk_parent(qtbot, db, admin)
    yield PeopleDialog(db, parent)


def _fill_new(qtbot, d) -> None:
    qtbot.keyClicks(d.first_name, "Eulalie")
    qtbot.keyClicks(d.last_name, "Brindavoine")
    qtbot.keyClicks(d.phone, "06 71 23 45 98")
    qtbot.keyClicks(d.birth_year, "1948")


def test_the_details_wait_for_the_consent_then_the_person_is_listed(qtbot, db, ctx, dialog, monkeypatch):
    from app.ui.people.person_dialog import PersonDialog

    made: list[PersonDialog] = []

    def fill(self):
        made.append(self)
        assert not self.details.isEnabled()  # consent first
        assert self.by.text() == "Camille Durand"
        self.accept()
        assert "accord" in self.error.text()  # refused without the box ticked
        self.agreed.setChecked(True)
        assert self.details.isEnabled()
        _fill_new(qtbot, self)
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonDialog, "exec", fill)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rows == [["Eulalie Brindavoine", "06 71 23 45 98", "", "0"]]
    rec = people.get(db, made[0].person_id)
    assert rec.consent.by == "Camille Durand" and rec.consent.given_on is not None
    assert "70 ans et plus" in dialog.summary.text()


def test_a_near_duplicate_is_shown_and_its_record_can_be_used(qtbot, db, ctx, monkeypatch):
    from app.ui.people.person_dialog import PersonDialog

    existing = people.create(db, eulalie(), consent(), now=NOW)
    d = PersonDialog(db)
    qtbot.addWidget(d)
    asked = []
    monkeypatch.setattr(PersonDialog, "_ask_about", lambda self, dup: asked.append(dup.found) or existing)
    d.agreed.setChecked(True)
    qtbot.keyClicks(d.first_name, "eulalye")
    qtbot.keyClicks(d.last_name, "BRINDAVOINE")
    d.accept()
    assert d.person_id == existing and asked[0][0].reason == "nom très proche"
    assert len(people.search(db)) == 1


def test_history_print_and_erase(qtbot, db, ctx, dialog, monkeypatch, tmp_path):
    pid = people.create(db, eulalie(), consent(), now=NOW)
    session_for(db, ctx, pid, notes="Déclaration faite")
    dialog.refresh()
    assert dialog.history_model.rows[0][2] == "E-mail"
    # « Imprimer ses données… » then « Enregistrer le PDF… »
    from app.ui.people import papers

    out = tmp_path / "donnees.pdf"
    monkeypatch.setattr(papers, "print_or_save", lambda parent, data, stem, protected: papers.save_paper(
        parent, data, stem, protected))
    monkeypatch.setattr(papers.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = pdf_text(out.read_bytes())
    assert "Brindavoine" in text and "Déclaration faite" in text
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rows == []
    assert "1 visite(s) gardée(s) sans nom" in dialog.summary.text()


def test_merge_from_the_list(qtbot, db, ctx, dialog, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    keep = people.create(db, eulalie(), consent(), now=NOW)
    other = people.create(db, eulalie(first_name="Eulalye", phone=""), consent(), now=NOW, allow_duplicate=True)
    session_for(db, ctx, other)
    dialog.refresh()
    dialog.table.selectRow(dialog.model.ids.index(keep))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.model.ids == [keep] and dialog.model.rows[0][3] == "1"


def test_search_without_accents(qtbot, db, ctx, dialog):
    people.create(db, eulalie(), consent(), now=NOW)
    dialog.search.setText("BRINDAVOÏNE")  # typed with an accent and in capitals
    assert len(dialog.model.rows) == 1
    dialog.search.setText("martin")
    assert dialog.model.rows == []
    assert not dialog.erase_button.isEnabled()


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_dialogs_fit_the_small_screen(qtbot, db, ctx, screen):
    from app.ui.people.dialog import PeopleDialog
    from app.ui.people.person_dialog import PersonDialog

    people.create(db, eulalie(), consent(), now=NOW)
    d = PeopleDialog(db, pick=True)
    qtbot.addWidget(d)
    check_fits(d, QSize(1100, 620), screen, [d.new_button, d.erase_button, d.merge_button, d.choose_button,
                                             d.close_button])
    p = PersonDialog(db)
    qtbot.addWidget(p)
    p.agreed.setChecked(True)
    check_fits(p, QSize(640, 660), screen, [p.paper, *_box_buttons(p)])


def test_the_form_links_a_session_to_a_chosen_person(qtbot, desk, monkeypatch):  # noqa: F811
    from app.services import help_requests
    from app.ui.people.dialog import PeopleDialog

    db = desk.db
    pid = people.create(db, eulalie(), consent(), now=NOW)
    form = desk.form
    assert form.ui.person.text() == "Anonyme (par défaut)" and not form.ui.person_clear.isEnabled()

    def pick(self):
        self.table.selectRow(self.model.ids.index(pid))
        qtbot.mouseClick(self.choose_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PeopleDialog, "exec", pick)
    qtbot.mouseClick(form.ui.person_pick, Qt.MouseButton.LeftButton)
    assert form.ui.person.text() == "Eulalie Brindavoine"
    assert form.ui.age.value() == "70_plus"  # proposed from her year of birth
    form.ui.duration.setEditText("30")
    form.ui.themes.set_selected(("email",))
    saved = form.save()
    assert saved and help_requests.load(db, saved).fields.person_id == pid
    assert form.ui.person.text() == "Anonyme (par défaut)"  # the next one is anonymous again
    assert [h.id for h in people.history(db, pid)] == [saved]
    # Editing it shows her; « Anonyme » detaches her.
    form.edit(saved)
    assert form.ui.person.text() == "Eulalie Brindavoine"
    qtbot.mouseClick(form.ui.person_clear, Qt.MouseButton.LeftButton)
    form.save()
    assert help_requests.load(db, saved).fields.person_id is None


def test_the_desk_menu_has_people_and_backups(qtbot, desk):  # noqa: F811
    titles = [a.text() for a in desk.tools_menu.actions()]
    for expected in ("&Personnes suivies…", "&Sauvegarder la base maintenant", "Restaurer une sa&uvegarde…"):
        assert expected in titles


def test_the_settings_say_the_retention_in_words_and_print_the_notice(qtbot, db, ctx, monkeypatch, tmp_path):
    from app.store import settings
    from app.ui.desk.settings_dialog import PostSettingsDialog
    from app.ui.people import papers

    d = PostSettingsDialog(db)
    qtbot.addWidget(d)
    assert "12 mois" in d.retention_words.text() and "anonyme" in d.retention_words.text()
    d.retention.setValue(6)
    assert "6 mois" in d.retention_words.text()
    out = tmp_path / "affiche.pdf"
    monkeypatch.setattr(papers, "print_or_save", lambda parent, data, stem, protected: out.write_bytes(data))
    qtbot.mouseClick(d.notice, Qt.MouseButton.LeftButton)
    assert "6 mois" in pdf_text(out.read_bytes())
    d.accept()
    assert settings.get(db, settings.RETENTION_MONTHS) == 6


def test_a_conseiller_at_the_desk_finds_and_records_but_may_not_print_merge_or_erase(qtbot, desk, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QInputDialog

    from app.domain.permissions import PermissionDenied
    from app.services import audit
    from app.ui.people import desk as people_desk
    from app.ui.people.dialog import PeopleDialog

    db = desk.db
    admin = desk.session.actor
    pid = people.create(db, eulalie(), consent(), now=NOW)
    people.create(db, eulalie(first_name="Eulalye", phone=""), consent(), now=NOW, allow_duplicate=True)
    yanis = conseiller_at(db, admin)
    desk.session.lock()
    desk.session.unlock(yanis)
    opened: list[PeopleDialog] = []
    monkeypatch.setattr(PeopleDialog, "exec", lambda self: opened.append(self) or 0)
    people_desk.open_people(desk, db)  # « Outils › Personnes suivies… »
    d = opened[0]
    d.table.selectRow(d.model.ids.index(pid))
    assert d.edit_button.isEnabled() and d.new_button.isEnabled()  # finding and recording: theirs
    assert not d.export_button.isEnabled() and not d.merge_button.isEnabled() and not d.erase_button.isEnabled()
    assert d.rights.isVisibleTo(d) and "réservés aux administrateurs" in d.rights.text()
    # Even if a button were pressed (a shortcut, a stale state), nothing is printed, merged or erased.
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    from app.ui.people import papers

    printed: list[bytes] = []
    monkeypatch.setattr(papers, "print_or_save", lambda _p, data, *_a: printed.append(data) or "imprimé")
    d.export()
    d.merge()
    d.erase()
    assert printed == [] and len(said) == 3 and all("réservé aux administrateurs" in t for t in said)
    assert len(people.search(db)) == 2 and people.get(db, pid).fields.last_name == "Brindavoine"
    with pytest.raises(PermissionDenied):
        people.erase(db, pid, actor=yanis)  # the service itself refuses
    # The admin, back at the desk, may.
    desk.session.lock()
    desk.session.unlock(admin)
    d2 = PeopleDialog(db, desk)
    qtbot.addWidget(d2)
    d2.table.selectRow(d2.model.ids.index(pid))
    assert d2.export_button.isEnabled() and d2.merge_button.isEnabled() and d2.erase_button.isEnabled()
    assert not d2.rights.isVisibleTo(d2)
    d2.export()
    assert printed and b"%PDF" in printed[0][:8]
    lines = [e for e in audit.entries(db, admin) if e.label == "Export"]
    assert lines and "droit d'accès" in lines[0].detail


def test_a_conseiller_at_the_desk_may_not_restore_a_backup(qtbot, desk, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QFileDialog

    from app.ui.people import desk as people_desk

    admin = desk.session.actor
    desk.session.lock()
    desk.session.unlock(conseiller_at(desk.db, admin))
    asked, said = [], []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or ("", ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    people_desk.choose_and_restore(desk, desk.db)  # « Outils › Restaurer une sauvegarde… »
    assert asked == [] and said and "restaurer une sauvegarde" in said[0]
    desk.session.lock()
    desk.session.unlock(admin)
    people_desk.choose_and_restore(desk, desk.db)
    assert len(asked) == 1  # the admin picks the file


def test_the_lock_closes_the_people_dialog_left_open(qtbot, desk):  # noqa: F811
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.people import desk as people_desk
    from app.ui.people.dialog import PeopleDialog

    people.create(desk.db, eulalie(), consent(), now=NOW)
    shown = []

    def idle_lock():
        shown.append([w for w in QApplication.topLevelWidgets() if isinstance(w, PeopleDialog) and w.isVisible()])
        desk.session.lock()  # what the idle check does after the delay

    stuck = []

    def still_open():  # so that a failure fails, and does not hang
        for w in QApplication.topLevelWidgets():
            if isinstance(w, PeopleDialog) and w.isVisible():
                stuck.append(w)
                w.reject()

    QTimer.singleShot(100, idle_lock)
    QTimer.singleShot(3000, still_open)
    people_desk.open_people(desk, desk.db)  # returns once the lock closed it
    assert len(shown[0]) == 1  # it was on screen, with her name
    assert stuck == []  # closed by the lock, not left over it
    assert desk.stack.currentWidget() is desk.lock_page
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PeopleDialog) and w.isVisible()]
