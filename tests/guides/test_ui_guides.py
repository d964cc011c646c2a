"""The desk's Guides space as a conseiller uses it: type to search, step through a guide, edit, attach."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import guides
from app.ui.guides.library_layout import SUMMARY_ROLE
from tests.guides.conftest import FIXTURES, guide_text


@pytest.fixture
def page(qtbot, db, bundled: Path):
    from app.ui.guides import GuidesPage

    w = GuidesPage(db)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w


def test_search_as_you_type(qtbot, page) -> None:
    page.focus_search()
    assert page.library.ui.search.hasFocus()
    qtbot.keyClicks(page.library.ui.search, "carte gr")
    assert page.library.result_ids()[0] == "demarche-carte-grise"
    page.library.ui.search.clear()
    assert set(page.library.result_ids()) == {"demarche-carte-grise", "test-valide"}
    qtbot.keyClicks(page.library.ui.search, "zzzzqqq")
    assert page.library.result_ids() == []
    said = page.library.ui.results_title.text()
    assert "Aucun guide ne correspond à « zzzzqqq »" in said
    assert "service-public.gouv.fr" in said and "demandez à l'accueil" in said


def test_theme_grid_filters(qtbot, page) -> None:
    button = page.library.ui.theme_buttons["demarches_administratives"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked() and len(page.library.result_ids()) == 2


def test_enter_opens_the_first_result_and_keys_step_through(qtbot, page) -> None:
    qtbot.keyClicks(page.library.ui.search, "test valide")
    qtbot.keyClick(page.library.ui.search, Qt.Key.Key_Return)
    viewer = page.viewer
    assert page.stack.currentWidget() is viewer
    assert viewer.ui.step_counter.text() == "Étape 1 sur 2"
    assert not viewer.ui.prev_button.isEnabled()
    qtbot.keyClick(viewer.ui.next_button, Qt.Key.Key_Right)
    assert viewer.ui.step_counter.text() == "Étape 2 sur 2"
    assert viewer.current_step_title() == "Se connecter"
    assert not viewer.ui.next_button.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.ui.step_counter.text() == "Étape 1 sur 2"
    qtbot.mouseClick(viewer.ui.next_button, Qt.MouseButton.LeftButton)
    assert viewer.ui.step_counter.text() == "Étape 2 sur 2"
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.library


def test_guide_page_shows_warning_checklist_falc_and_links(qtbot, page, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(page.viewer, "open_url", opened.append)
    page.open_guide("test-valide")
    ui = page.viewer.ui
    assert ui.checklist_model.rowCount() == 2 and ui.checklist_model.item(0).isCheckable()
    warnings = [ui.callouts_box.itemAt(i).widget().text() for i in range(ui.callouts_box.count())]
    assert any("Attention" in t and "coordonnées bancaires" in t for t in warnings)
    assert not ui.step_image.isHidden()  # the screenshot of step 1
    link = ui.links_box.itemAt(0).widget()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert opened == ["https://www.service-public.gouv.fr"]
    qtbot.mouseClick(ui.falc_button, Qt.MouseButton.LeftButton)
    shown = [ui.callouts_box.itemAt(i).widget().text() for i in range(ui.callouts_box.count())]
    assert any("Vous suivez les étapes." in t for t in shown)  # the guide's FALC summary introduces it
    assert ui.step_text.text() == "Ouvrez internet.<br/><br/>Tapez vous-même l&#x27;adresse du site."


def test_used_for_this_person_and_handout_signals(qtbot, page) -> None:
    page.open_guide("demarche-carte-grise")
    with qtbot.waitSignal(page.guide_used) as used:
        qtbot.mouseClick(page.viewer.ui.used_button, Qt.MouseButton.LeftButton)
    assert used.args == ["demarche-carte-grise"]
    assert "Noté" in page.viewer.ui.used_button.text()
    with qtbot.waitSignal(page.handout_requested) as asked:
        qtbot.mouseClick(page.viewer.ui.handout_button, Qt.MouseButton.LeftButton)
    assert asked.args == [["demarche-carte-grise"]]


def test_editor_advanced_markdown_live_validation_and_save(qtbot, page) -> None:
    qtbot.mouseClick(page.library.ui.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert page.stack.currentWidget() is editor
    editor.ui.tabs.setCurrentIndex(2)  # « Avancé »: the Markdown file itself
    text = guide_text("mon-atelier", title="Mon atelier tablette").replace("![Page d'accueil](images/accueil.png)\n", "")
    editor.ui.text.setPlainText(text.replace("level: debutant", "level: expert"))
    qtbot.waitUntil(lambda: any("niveau inconnu « expert »" in t for t in editor.problem_texts()), timeout=2000)
    assert not editor.ui.save_button.isEnabled()
    assert "1 erreur" in editor.ui.problems_title.text()
    item = editor.ui.problems.item(0)
    editor.ui.problems.itemClicked.emit(item)  # a click on the problem puts the cursor on its line
    assert editor.ui.text.textCursor().block().text() == "level: expert"
    editor.ui.text.setPlainText(text)
    qtbot.waitUntil(lambda: editor.ui.save_button.isEnabled(), timeout=2000)
    assert "Mon atelier tablette" in editor.ui.preview.toPlainText()
    editor.ui.tabs.setCurrentIndex(0)  # back to the form: it shows what was typed
    assert editor.ui.title.text() == "Mon atelier tablette"
    editor.ui.status.setCurrentIndex(editor.ui.status.findData("published"))
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.viewer
    assert page.viewer.ui.title.text() == "Mon atelier tablette"
    assert guides.get_guide(page.db, "mon-atelier").status == "published"
    assert page.library.ui.theme_buttons["demarches_administratives"].text().endswith("(3)")


def test_editor_adds_an_image_to_the_current_step(qtbot, page, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    png = FIXTURES / "valid" / "images" / "accueil.png"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(png), "")))
    page.new_guide()
    editor = page.editor
    editor.ui.title.setText("Mon guide photo")
    editor.ui.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.ui.image_button, Qt.MouseButton.LeftButton)
    assert editor.ui.image_name.text() == "mon-guide-photo-accueil.png"
    assert "](images/mon-guide-photo-accueil.png)" in editor.current_text()
    assert not any("image introuvable" in t for t in editor.problem_texts())


def test_duplicate_opens_the_editor_on_a_local_draft(qtbot, page) -> None:
    page.open_guide("test-valide")
    qtbot.mouseClick(page.viewer.ui.duplicate_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.editor
    assert page.editor.current_id() == "test-valide-copie"
    assert guides.get_guide(page.db, "test-valide-copie").status == "draft"


def test_broken_bundled_file_is_shown(qtbot, db, bundled: Path) -> None:
    from app.ui.guides import GuidesPage

    (bundled / "casse.md").write_text("pas de front matter", encoding="utf-8")
    w = GuidesPage(db)
    qtbot.addWidget(w)
    assert len(w.problems()) == 1 and "casse.md" in w.problems()[0]
    assert "casse.md" in w.library.ui.problems.text() and not w.library.ui.problems.isHidden()


def test_guides_to_review_are_listed(qtbot, db, bundled: Path) -> None:
    from app.ui.guides import GuidesPage

    old = guide_text("demarche-carte-grise", title="Refaire sa carte grise en ligne").replace(
        "reviewed: 2026-11-01", "reviewed: 2020-03-02")
    (bundled / "demarche-carte-grise.md").write_text(old, encoding="utf-8")
    w = GuidesPage(db)
    qtbot.addWidget(w)
    w.show()
    button = w.library.ui.review_button
    assert button.isVisible() and button.text() == "À revoir (1)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert w.library.result_ids() == ["demarche-carte-grise"]
    assert w.library.ui.model.item(0).data(SUMMARY_ROLE) == "Vérifié le 02/03/2020"
    assert "À revoir" in w.library.ui.results_title.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(w.library.result_ids()) == 2
