"""A visitor alone at the kiosk: theme → guide → steps → print → ask for help → ticket in the desk's queue."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.services import help_requests


def visible_texts(widget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisible()]
    return "\n".join(parts)


def test_whole_path_from_theme_to_ticket_seen_at_the_desk(qtbot, kiosk, printers, ctx, guard, data_dir) -> None:
    assert kiosk.stack.currentWidget() is kiosk.home
    caf = next(t for t in kiosk.home.tiles if t.text() == "CAF")
    qtbot.mouseClick(caf, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.list
    titles = [c.text() for c in kiosk.list.cards]
    assert "Demander une aide au logement (APL) à la Caf" in titles
    card = next(c for c in kiosk.list.cards if c.text().startswith("Demander une aide au logement"))
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    page = kiosk.guide
    assert kiosk.stack.currentWidget() is page
    assert "Avant de commencer" in visible_texts(page)
    assert "caf.fr" in [b.address.text() for b in page.link_boxes]  # written out, with its QR code
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    total = page.guide.step_count
    assert page.counter.text() == f"Étape 2 sur {total}"
    qtbot.mouseClick(page.previous, Qt.MouseButton.LeftButton)
    assert page.counter.text() == f"Étape 1 sur {total}"
    # Print: the pages it takes and what is left, then straight to the printer.
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert page.print_panel.isVisible()
    pages = kiosk.pending_pages
    assert pages >= 1 and f"fait {pages} page(s)" in page.print_text.text()
    qtbot.mouseClick(page.print_go, Qt.MouseButton.LeftButton)
    assert len(printers.files) == 1 and len(PdfReader(str(printers.files[0])).pages) == pages
    assert kiosk.budget.left == 10 - pages
    # Ask for help: what for, a first name, the ticket.
    qtbot.mouseClick(kiosk.help_button, Qt.MouseButton.LeftButton)
    assert kiosk.help.title.text() == "Pour quoi voulez-vous de l'aide ?"
    qtbot.mouseClick(next(t for t in kiosk.help.tiles if t.text() == "CAF"), Qt.MouseButton.LeftButton)
    for letter in "lea":
        qtbot.mouseClick(kiosk.help.keyboard.keys[letter], Qt.MouseButton.LeftButton)
    assert kiosk.help.name.text() == "lea"
    qtbot.mouseClick(kiosk.help.take_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.ticket
    number = kiosk.ticket.number.text()
    from app.services import queue

    assert number == f"{queue.ticket_letter(kiosk.db)}-1"  # the desk's network-unique ticket « A-1 »
    assert kiosk.ticket.number.font().pointSizeF() >= 72
    assert kiosk.help.name.text() == ""  # the typed name left the screen
    assert len(printers.files) == 2  # the ticket, printed
    # The desk, side by side on the same database (its own, unguarded connection), lists it at once.
    from app.store.open import open_data_dir
    from app.ui.desk.queue import QueuePanel

    desk_db = open_data_dir(data_dir)
    panel = QueuePanel(desk_db, site_id=ctx.site.id)
    qtbot.addWidget(panel)
    panel.refresh()
    shown = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any(line.startswith(number) and "lea" in line for line in shown), shown
    entry = help_requests.today_queue(desk_db, site_id=ctx.site.id)[-1]
    assert help_requests.load(desk_db, entry.id).fields.themes == ("demarches_administratives",)
    desk_db.dispose()
    assert guard.refused == []  # nothing the visitor did read beyond the guides and the queue's columns


def test_search_with_the_on_screen_keyboard(qtbot, kiosk) -> None:
    search = kiosk.home.search
    qtbot.mouseClick(search.keyboard_button, Qt.MouseButton.LeftButton)
    assert search.keyboard.isVisible()
    for letter in "impots":
        qtbot.mouseClick(search.keyboard.keys[letter], Qt.MouseButton.LeftButton)
    assert search.field.text() == "impots"
    qtbot.mouseClick(search.go, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.list
    assert kiosk.list.cards and "impot" in kiosk.list.cards[0].text().lower().replace("ô", "o")
    assert kiosk.list.title.text() == "Résultats pour « impots »"


def test_a_search_that_finds_nothing_offers_help(qtbot, kiosk) -> None:
    kiosk.search("zzzzqqq")
    assert not kiosk.list.cards
    assert kiosk.list.empty.isVisible() and kiosk.list.help_button.isVisible()
    qtbot.mouseClick(kiosk.list.help_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.help


def test_step_shows_easy_text_first_and_the_detail_on_request(qtbot, kiosk) -> None:
    from app.domain.guide import GuideStep
    from app.services.kiosk.catalogue import kiosk_guide

    stored = kiosk.db  # a real guide, one step with its own FALC text and one without
    from app.services.kiosk import catalogue

    guide = catalogue.open_guide(stored, "caf-aide-logement")
    steps = list(guide.guide.steps)
    steps[0] = GuideStep(steps[0].title, steps[0].text, steps[0].callouts, falc=("Faites la demande tôt.",
                                                                                 "Le premier mois est pour vous."))
    steps[1] = GuideStep(steps[1].title, steps[1].text, steps[1].callouts)  # a step without FALC
    from dataclasses import replace

    kiosk.guide.show_guide(kiosk_guide(replace(guide.guide, steps=tuple(steps))))
    kiosk.show_page(kiosk.guide)
    kiosk.guide.set_index(0)
    page = kiosk.guide
    assert page.easy.text() == "• Faites la demande tôt.\n• Le premier mois est pour vous."
    assert page.detail_button.isVisible() and not page.detail.isVisible()
    qtbot.mouseClick(page.detail_button, Qt.MouseButton.LeftButton)
    assert page.detail.isVisible() and page.detail.text() == steps[0].text
    assert page.detail_button.text() == "Cacher le détail"
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert not page.detail_button.isVisible()  # no FALC on that step: its full text is what is shown
    assert page.easy.text() == steps[1].text


def test_print_limit_per_visit(qtbot, kiosk, printers) -> None:
    kiosk.budget.limit = 1
    kiosk.open_guide("impots-declaration-revenus")
    qtbot.mouseClick(kiosk.guide.print_button, Qt.MouseButton.LeftButton)
    assert kiosk.pending_pages > 1
    assert not kiosk.guide.print_go.isEnabled()
    assert "demandez à l'accueil" in kiosk.guide.print_text.text()
    assert kiosk.confirm_print() == 0 and printers.files == []


def test_large_print_is_offered(qtbot, kiosk) -> None:
    kiosk.open_guide("caf-aide-logement")
    qtbot.mouseClick(kiosk.guide.print_button, Qt.MouseButton.LeftButton)
    normal = kiosk.pending_pages
    kiosk.guide.large.setChecked(True)
    assert kiosk.pending_pages > normal


def test_no_printer_is_said_plainly(qtbot, kiosk) -> None:
    kiosk.printer_factory = lambda: None
    kiosk.open_guide("caf-aide-logement")
    qtbot.mouseClick(kiosk.guide.print_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.guide.print_go, Qt.MouseButton.LeftButton)
    assert "Demandez à l'accueil" in kiosk.guide.print_text.text()
    assert kiosk.budget.printed == 0
