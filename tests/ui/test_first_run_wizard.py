"""The first-run wizard: it joins a network without duplicating its site, says what is wrong in words,
creates a network for the town's first PC, and fits the 1366×768 laptops."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from app.services import first_run, installation
from app.services.kiosk import settings as kiosk_settings
from app.services.sync import state
from app.store import settings
from app.store.open import open_data_dir
from tests.desk_login import close_desk, open_desk
from tests.sync.helpers import PASSPHRASE, PC, make_share, table_count

SITE_NAME = "Médiathèque du Carré des Jalles"


@pytest.fixture
def network(tmp_path: Path):
    """A network made by another PC (its own database): one site with its contacts, one conseiller."""
    share = make_share(tmp_path)
    first = PC(tmp_path, "PC-ACCUEIL", site=SITE_NAME, conseiller="Camille Durand")
    installation.update_site(first.db, first.ctx.site.id, address="21 avenue Montesquieu", postcode="33160",
                             city="Saint-Médard-en-Jalles", phone="05 56 00 00 00", opening_hours="Mardi 14 h – 18 h")
    first.sync(share)
    yield share, first
    first.close()


@pytest.fixture
def fresh(tmp_path: Path):
    database = open_data_dir(tmp_path / "new-pc")
    yield database
    database.dispose()


def open_wizard(qtbot, db):
    from app.ui.setup.wizard import FirstRunWizard

    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def go_next(qtbot, wizard, expected: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == expected or bool(wizard.currentPage().error.text()), timeout=15_000)
    assert wizard.currentId() == expected, wizard.currentPage().error.text()


ADMIN_PASSWORD = "une longue phrase de passe 2026"


def finish_wizard(qtbot, wizard) -> None:
    """« Commencer », through the admin page when the network has no account yet."""
    from app.ui.setup.wizard import ADMIN

    if wizard.currentId() != ADMIN and wizard.nextId() == ADMIN:
        go_next(qtbot, wizard, ADMIN)
    if wizard.currentId() == ADMIN:
        wizard.admin.form.password.setText(ADMIN_PASSWORD)
        wizard.admin.form.again.setText(ADMIN_PASSWORD)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def refused(qtbot, wizard) -> str:
    """Next, and the message the page shows (the page stays)."""
    page = wizard.currentId()
    wizard.currentPage().error.clear()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.currentPage().error.text()), timeout=15_000)
    assert wizard.currentId() == page
    return wizard.currentPage().error.text()


def test_the_wizard_joins_a_network_without_duplicating_its_site(qtbot, network, fresh, monkeypatch):
    from app.ui.setup.wizard import PC as PC_PAGE
    from app.ui.setup.wizard import SITE

    share, first = network
    threads = []
    real_join = first_run.join

    def join(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_join(*args, **kwargs)

    monkeypatch.setattr(first_run, "join", join)
    wizard = open_wizard(qtbot, fresh)
    assert wizard.network.join_button.isChecked()  # joining comes first
    wizard.network.folder.setText(str(share))
    wizard.network.passphrase.setText(PASSPHRASE)
    go_next(qtbot, wizard, SITE)
    assert threads and threads[0] is not threading.main_thread()  # checked and imported off the GUI thread
    assert "1 lieu(x) et 1 conseiller(s)" in wizard.network.status.text()
    page = wizard.site
    assert page.site_choice.isVisible() and page.site_choice.currentText() == SITE_NAME  # the network's, picked
    assert not page.site.isVisible()  # no name to type again
    assert page.address.text() == "21 avenue Montesquieu" and page.phone.text() == "05 56 00 00 00"
    page.hours.setPlainText("Mardi 14 h – 18 h\nSamedi 10 h – 12 h")  # completed here, for every PC
    go_next(qtbot, wizard, PC_PAGE)
    assert wizard.pc.conseiller_choice.currentText() == "Camille Durand"
    wizard.pc.device.setText("PC-MEDIATHEQUE-2")
    finish_wizard(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted

    ctx = installation.context(fresh)
    assert ctx.site.id == first.ctx.site.id and ctx.conseiller.id == first.ctx.conseiller.id
    assert ctx.device_name == "PC-MEDIATHEQUE-2"
    assert [s.name for s in installation.list_sites(fresh)] == [SITE_NAME]
    # The handouts printed on this PC carry the network site's contacts and the hours given here.
    import io

    from pypdf import PdfReader

    from app.services import handouts
    from app.services.handout_pdf import HandoutOptions

    guide = next(iter(handouts.bundled_guides().values()))
    pdf = handouts.render([guide], HandoutOptions(), handouts.find_site(fresh, None))
    printed = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "05 56 00 00 00" in printed and "Samedi 10 h – 12 h" in printed and "21 avenue Montesquieu" in printed
    assert state.load_settings(fresh).folder == str(share) and state.load_settings(fresh).key_stored
    # Both PCs synced: still one site and one conseiller in the network, with the hours given here.
    from app.services.sync.round import run_round

    run_round(fresh, share)  # with the key remembered by the wizard
    first.sync(share)
    assert table_count(first.db, "site") == 1 and table_count(first.db, "conseiller") == 1
    assert "Samedi" in installation.list_sites(first.db)[0].opening_hours


def test_a_new_site_typed_like_the_network_one_is_refused_and_the_network_one_picked(qtbot, network, fresh):
    from app.ui.setup.wizard import PC as PC_PAGE
    from app.ui.setup.wizard import SITE

    share, first = network
    wizard = open_wizard(qtbot, fresh)
    wizard.network.folder.setText(str(share))
    wizard.network.passphrase.setText(PASSPHRASE)
    go_next(qtbot, wizard, SITE)
    page = wizard.site
    page.site_choice.setCurrentIndex(page.site_choice.findData(""))  # « Un nouveau lieu… »
    assert page.site.isVisible()
    page.site.setText("mediatheque du  carre des jalles")
    message = refused(qtbot, wizard)
    assert message.startswith("Lieu d'activité : ") and "déjà dans le réseau" in message
    assert page.site_choice.currentText() == SITE_NAME
    go_next(qtbot, wizard, PC_PAGE)
    wizard.pc.choice.select("")
    wizard.pc.conseiller.setText("camille durand")
    assert "déjà dans le réseau" in refused(qtbot, wizard)
    assert wizard.pc.conseiller_choice.currentText() == "Camille Durand"


def test_a_wrong_folder_or_passphrase_is_said_in_words_and_nothing_is_kept(qtbot, network, fresh, tmp_path):
    from app.ui.setup.wizard import SITE

    share, _first = network
    wizard = open_wizard(qtbot, fresh)
    page = wizard.network
    assert refused(qtbot, wizard).startswith("Dossier partagé : choisissez le dossier partagé")
    page.folder.setText(str(tmp_path / "absent"))
    page.passphrase.setText(PASSPHRASE)
    assert "introuvable" in refused(qtbot, wizard)
    empty = tmp_path / "empty"
    empty.mkdir()
    page.folder.setText(str(empty))
    assert "aucun réseau Pas à Pas" in refused(qtbot, wizard)
    page.folder.setText(str(share))
    page.passphrase.setText("une autre phrase")
    message = refused(qtbot, wizard)
    assert message.startswith("Phrase secrète : elle n'ouvre pas ce réseau")
    assert state.load_settings(fresh).folder == ""  # nothing saved on a refusal
    assert installation.list_sites(fresh) == []
    page.passphrase.setText(PASSPHRASE)
    go_next(qtbot, wizard, SITE)


def test_the_town_first_pc_creates_the_network_and_is_a_kiosk_with_its_staff_code(qtbot, fresh, tmp_path):
    from app.services.sync.folder import open_network
    from app.ui.setup.wizard import PC as PC_PAGE
    from app.ui.setup.wizard import SITE

    share = tmp_path / "share"
    share.mkdir()
    wizard = open_wizard(qtbot, fresh)
    wizard.network.create_button.setChecked(True)
    assert wizard.network.again.isVisible()
    wizard.network.folder.setText(str(share))
    wizard.network.passphrase.setText("la médiathèque ouvre à neuf heures")
    wizard.network.again.setText("la mediatheque ouvre a neuf heures")
    assert "différentes" in refused(qtbot, wizard)
    wizard.network.again.setText("la médiathèque ouvre à neuf heures")
    go_next(qtbot, wizard, SITE)
    page = wizard.site
    assert not page.site_choice.isVisible() and page.site.isVisible()  # nothing to pick from yet
    page.site.setText("Hôtel de Ville")
    assert refused(qtbot, wizard).startswith("Adresse : ")
    page.later.setChecked(True)
    go_next(qtbot, wizard, PC_PAGE)
    wizard.pc.kiosk.setChecked(True)
    assert wizard.pc.pin.isVisible()
    wizard.pc.conseiller.setText("Yanis Benali")
    wizard.pc.pin.setText("12a4")
    assert refused(qtbot, wizard).startswith("Code du personnel de la borne : ")
    wizard.pc.pin.setText("2468")
    wizard.pc.pin_again.setText("2468")
    finish_wizard(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted, wizard.pc.error.text()
    assert open_network(share).dataset  # FOLDER.json written: the others can join
    assert settings.get(fresh, settings.PC_ROLE) == "kiosk"
    assert kiosk_settings.check_staff_pin(fresh, "2468")
    assert installation.context(fresh).site.name == "Hôtel de Ville"


def test_a_pc_alone_asks_no_folder_and_the_desk_opens_after_the_wizard(qtbot, data_dir, monkeypatch):
    seen = {}

    def answer(wizard):
        seen["title"] = wizard.windowTitle()
        wizard.show()
        wizard.network.alone_button.setChecked(True)
        assert not wizard.network.folder.isEnabled()
        wizard.next()
        wizard.site.site.setText("Médiathèque du Carré des Jalles")
        wizard.site.address.setText("21 avenue Montesquieu")
        wizard.site.phone.setText("05 56 00 00 00")
        wizard.site.hours.setPlainText("Mardi 14 h – 18 h")
        wizard.next()
        wizard.pc.device.setText("PC-MEDIATHEQUE-1")
        wizard.pc.conseiller.setText("Camille Durand")
        finish_wizard(qtbot, wizard)
        return wizard.result()

    window = open_desk(qtbot, data_dir, monkeypatch=monkeypatch, wizard=answer)
    assert "Bienvenue" in seen["title"]
    assert "Médiathèque du Carré des Jalles" in window.windowTitle() and "Camille Durand" in window.windowTitle()
    assert state.load_settings(window.db).folder == ""
    assert settings.get(window.db, settings.PC_ROLE) == "desk"
    close_desk(window)


@pytest.mark.parametrize("size", [(1366, 738), (1920, 1050)], ids=["1366x768", "1920x1080"])
def test_every_page_fits_the_screen_with_its_buttons(qtbot, network, fresh, size):
    from PySide6.QtCore import QRect, QSize

    from tests.ui.test_fits_small_screen import check_fits

    share, _first = network
    wizard = open_wizard(qtbot, fresh)
    screen = QRect(0, 0, *size)
    wizard.network.create_button.setChecked(True)  # the tallest state of the first page
    buttons = [QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton]
    check_fits(wizard, QSize(760, 620), screen, [wizard.button(b) for b in buttons])
    wizard.network.join_button.setChecked(True)
    wizard.network.folder.setText(str(share))
    wizard.network.passphrase.setText(PASSPHRASE)
    go_next(qtbot, wizard, 1)
    check_fits(wizard, QSize(760, 620), screen, [wizard.button(b) for b in buttons + [QWizard.WizardButton.BackButton]])
    go_next(qtbot, wizard, 2)
    wizard.pc.both.setChecked(True)  # the PIN fields shown too
    wizard.pc.pin.setText("2468")
    wizard.pc.pin_again.setText("2468")
    check_fits(wizard, QSize(760, 620), screen, [wizard.button(QWizard.WizardButton.NextButton)])
    go_next(qtbot, wizard, 3)  # the network has no account yet: its first admin
    assert wizard.admin.form.name.text() == "Camille Durand"  # this PC's conseiller by default
    check_fits(wizard, QSize(760, 620), screen, [wizard.button(QWizard.WizardButton.FinishButton)])


def test_the_wizard_speaks_english_once_the_english_catalogue_is_built(qtbot, qapp, fresh, tmp_path):
    from app.ui import translations
    from tools import translations as catalogues

    folder = tmp_path / "translations"
    folder.mkdir()
    catalogues.release(catalogues.catalogue("en"), folder / "pasapas_en.qm")  # the repository's English
    installed = translations.install(qapp, "en", folder)
    try:
        wizard = open_wizard(qtbot, fresh)
        assert wizard.windowTitle() == "Welcome to Pas à Pas"
        assert wizard.network.title() == "The help points’ network"
        assert wizard.site.later.text().startswith("I will give them later")
        assert wizard.pc.kiosk.text().startswith("&Kiosk")
    finally:
        translations.remove(qapp, installed)
        translations.install(qapp, "fr")


def test_a_network_without_accounts_gets_its_first_admin_in_the_wizard_and_the_desk_opens_logged_in(
        qtbot, data_dir, monkeypatch):
    from app.services import accounts
    from app.ui.setup.wizard import ADMIN

    seen = {}

    def answer(wizard):
        wizard.show()
        wizard.network.alone_button.setChecked(True)
        wizard.next()
        wizard.site.site.setText("Hôtel de Ville")
        wizard.site.later.setChecked(True)
        wizard.next()
        wizard.pc.conseiller.setText("Yanis Benali")
        assert wizard.nextId() == ADMIN
        go_next(qtbot, wizard, ADMIN)
        wizard.admin.form.password.setText(ADMIN_PASSWORD)
        wizard.admin.form.again.setText("autre chose encore")
        seen["mismatch"] = refused(qtbot, wizard)
        wizard.admin.form.password.setText("court")
        wizard.admin.form.again.setText("court")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        seen["short"] = wizard.admin.error.text()  # the set-up is written; the admin is not
        wizard.admin.form.password.setText(ADMIN_PASSWORD)
        wizard.admin.form.again.setText(ADMIN_PASSWORD)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result()

    window = open_desk(qtbot, data_dir, monkeypatch=monkeypatch, wizard=answer)
    assert "différents" in seen["mismatch"]
    assert seen["short"] and "mot de passe" in seen["short"].lower()
    assert accounts.has_admin(window.db)
    assert accounts.login(window.db, "Yanis Benali", ADMIN_PASSWORD).is_admin
    assert window.session.actor is not None and window.session.actor.is_admin  # no second login
    close_desk(window)

