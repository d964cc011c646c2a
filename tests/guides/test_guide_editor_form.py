"""The guide editor as a conseiller uses it: a French form, steps as a list, « Avancé », Annuler, Supprimer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox

from app.domain.guide import parse_guide
from app.services import guides


@pytest.fixture
def page(qtbot, db, bundled: Path):
    from app.ui.guides import GuidesPage

    w = GuidesPage(db)
    qtbot.addWidget(w)
    w.resize(1300, 700)
    w.show()
    return w


@pytest.fixture
def answers(monkeypatch):
    """What the person answers to the editor's questions (Yes/No), and the questions asked."""
    asked: list[str] = []
    replies: list[bool] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        yes = replies.pop(0) if replies else False
        return (QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No).value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked, replies


def tick(lst: QListWidget, label: str, on: bool = True) -> None:
    """Tick a box of a check list by its label, as a click on it does."""
    item = lst.findItems(label, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def ticked(lst: QListWidget) -> list[str]:
    return [lst.item(i).text() for i in range(lst.count()) if lst.item(i).checkState() == Qt.CheckState.Checked]


def test_a_new_guide_written_with_the_form(qtbot, page) -> None:
    qtbot.mouseClick(page.library.ui.new_button, Qt.MouseButton.LeftButton)
    ed = page.editor
    ui = ed.ui
    assert ui.tabs.tabText(0) == "Le guide" and ui.tabs.tabText(2) == "Avancé"
    assert not ui.delete_button.isVisible()  # nothing to delete yet
    ui.title.clear()
    qtbot.keyClicks(ui.title, "Demander la CSS")  # typed (keyClicks types ASCII only), then corrected
    ui.title.setText("Demander la complémentaire santé solidaire")
    ui.summary.setPlainText("Vous saurez demander la complémentaire santé solidaire sur ameli.fr.")
    ui.falc_intro.setPlainText("Vous demandez une aide pour payer le médecin.\nC'est gratuit.")
    tick(ui.themes, "Aide aux démarches administratives", False)
    tick(ui.themes, "Santé")
    assert ticked(ui.demarches) == []  # no démarche without the administrative theme
    tick(ui.demarches, "Social - Santé")  # a démarche brings its thématique
    assert "Aide aux démarches administratives" in ticked(ui.themes)
    ui.urls.setPlainText("https://www.ameli.fr\nhttps://ameli.fr.arnaque.net")
    assert "✓ https://www.ameli.fr" in ui.urls_check.text()
    assert "✖ « ameli.fr.arnaque.net » n'est pas un site officiel" in ui.urls_check.text()
    ed.validate_now()
    assert not ui.save_button.isEnabled()
    ui.urls.setPlainText("https://www.ameli.fr")
    ui.prerequisites.setPlainText("Votre numéro de sécurité sociale\nVos revenus des 12 derniers mois")
    ui.level.setCurrentIndex(ui.level.findText("Intermédiaire"))
    ui.duration.setValue(30)

    ui.tabs.setCurrentIndex(1)
    assert ed.step_titles() == ["Ouvrir le site officiel"]  # the template's first step
    qtbot.mouseClick(ui.add_step_button, Qt.MouseButton.LeftButton)
    ui.step_title.setText("Se connecter à son compte ameli")
    ui.step_text.setPlainText("Cliquez sur « Mon compte ».")
    ui.step_falc.setPlainText("Cliquez sur Mon compte.\nTapez votre code.")
    qtbot.mouseClick(ui.add_step_button, Qt.MouseButton.LeftButton)
    ui.step_title.setText("Faire la demande")
    ui.step_text.setPlainText("Cliquez sur « Mes démarches » puis « Complémentaire santé solidaire ».")
    ui.step_falc.setPlainText("Choisissez la demande d'aide.")
    ui.step_warnings.setPlainText("La demande est gratuite.")
    qtbot.mouseClick(ui.up_button, Qt.MouseButton.LeftButton)
    assert ed.step_titles() == ["Ouvrir le site officiel", "Faire la demande", "Se connecter à son compte ameli"]
    assert ui.step_list.currentItem().text() == "2. Faire la demande"
    qtbot.mouseClick(ui.down_button, Qt.MouseButton.LeftButton)
    ui.step_list.setCurrentRow(0)
    qtbot.mouseClick(ui.remove_step_button, Qt.MouseButton.LeftButton)
    assert ed.step_titles() == ["Se connecter à son compte ameli", "Faire la demande"]
    assert ui.step_title.text() == "Se connecter à son compte ameli"

    ed.validate_now()
    assert ui.save_button.isEnabled(), ed.problem_texts()
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.viewer
    detail = guides.get_guide(page.db, "demander-la-complementaire-sante-solidaire")
    g = parse_guide(detail.source, "x.md")  # the same file format as the bundled guides
    assert (g.title, g.level, g.duration_minutes) == ("Demander la complémentaire santé solidaire", "intermediaire", 30)
    assert g.themes == ("sante", "demarches_administratives") and g.demarches == ("social_sante",)
    assert g.prerequisites == ("Votre numéro de sécurité sociale", "Vos revenus des 12 derniers mois")
    assert [s.title for s in g.steps] == ["Se connecter à son compte ameli", "Faire la demande"]
    assert g.steps[0].falc == ("Cliquez sur Mon compte.", "Tapez votre code.")
    assert g.steps[1].warnings == ("La demande est gratuite.",)
    assert detail.source.startswith("---\nid: demander-la-complementaire-sante-solidaire\ntitle: ")
    assert "\n## Faire la demande\n" in detail.source


def test_the_form_shows_a_guide_with_its_cra_labels(qtbot, page) -> None:
    page.edit_guide("test-valide")
    ui = page.editor.ui
    assert ui.title.text() == "Un guide de test valide"
    assert ticked(ui.themes) == ["Aide aux démarches administratives"]
    assert ticked(ui.demarches) == ["Papiers - Élections - Citoyenneté"]
    assert ui.level.currentText() == "Débutant" and ui.duration.value() == 20
    assert ui.reviewed.date().toString("dd/MM/yyyy") == "01/11/2026"
    assert ui.prerequisites.toPlainText() == "Votre adresse e-mail\nVotre numéro fiscal"
    assert [ui.step_list.item(i).text() for i in range(ui.step_list.count())] == [
        "1. Ouvrir le site officiel", "2. Se connecter"]
    assert ui.step_falc.toPlainText() == "Ouvrez internet.\nTapez vous-même l'adresse du site."
    assert ui.image_name.text() == "accueil.png" and ui.image_alt.text() == "Page d'accueil"
    assert not ui.delete_button.isVisible()  # a bundled guide cannot be deleted, only edited or duplicated
    assert not page.editor.is_modified()


def test_cancel_asks_only_when_something_changed(qtbot, page, answers) -> None:
    asked, replies = answers
    page.edit_guide("test-valide")
    ed = page.editor
    qtbot.mouseClick(ed.ui.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == [] and page.stack.currentWidget() is page.viewer
    page.edit_guide("test-valide")
    ed.ui.tabs.setCurrentIndex(1)
    ed.ui.step_falc.setPlainText("Ouvrez internet.")
    replies.append(False)  # « Continuer à modifier »
    qtbot.mouseClick(ed.ui.cancel_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "pas enregistrées" in asked[0]
    assert page.stack.currentWidget() is ed and ed.ui.step_falc.toPlainText() == "Ouvrez internet."
    replies.append(True)  # « Abandonner les modifications »
    qtbot.mouseClick(ed.ui.cancel_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.viewer
    assert guides.get_guide(page.db, "test-valide").guide.steps[0].falc == (
        "Ouvrez internet.", "Tapez vous-même l'adresse du site.")


def test_delete_a_local_guide_after_asking(qtbot, page, answers) -> None:
    asked, replies = answers
    page.open_guide("test-valide")
    qtbot.mouseClick(page.viewer.ui.duplicate_button, Qt.MouseButton.LeftButton)
    ed = page.editor
    assert ed.ui.delete_button.isVisible()
    replies.append(False)
    qtbot.mouseClick(ed.ui.delete_button, Qt.MouseButton.LeftButton)
    assert guides.get_guide(page.db, "test-valide-copie") is not None
    replies.append(True)
    qtbot.mouseClick(ed.ui.delete_button, Qt.MouseButton.LeftButton)
    assert "sera supprimé" in asked[-1]
    assert guides.get_guide(page.db, "test-valide-copie") is None
    assert page.stack.currentWidget() is page.library
    assert "test-valide-copie" not in page.library.result_ids()


def test_advanced_markdown_goes_back_into_the_form(qtbot, page, answers) -> None:
    page.edit_guide("test-valide")
    ed = page.editor
    ed.ui.title.setText("Titre changé")
    ed.ui.tabs.setCurrentIndex(2)
    assert "title: Titre changé" in ed.ui.text.toPlainText()
    ed.ui.text.setPlainText(ed.ui.text.toPlainText().replace("duration_minutes: 20", "duration_minutes: 45"))
    ed.ui.tabs.setCurrentIndex(0)
    assert ed.ui.duration.value() == 45 and ed.ui.title.text() == "Titre changé"
    ed.ui.tabs.setCurrentIndex(2)
    ed.ui.text.setPlainText("pas un guide")
    ed.ui.tabs.setCurrentIndex(1)  # unreadable text: it stays in « Avancé » and says why
    assert ed.ui.tabs.currentIndex() == 2
    assert ed.ui.text_error.isVisible() and "« --- »" in ed.ui.text_error.text()


def test_a_click_on_a_step_problem_opens_that_step(qtbot, page) -> None:
    page.edit_guide("test-valide")
    ed = page.editor
    ed.ui.tabs.setCurrentIndex(1)
    ed.ui.step_list.setCurrentRow(1)
    ed.ui.step_falc.clear()
    ed.ui.step_list.setCurrentRow(0)
    ed.ui.tabs.setCurrentIndex(0)
    ed.validate_now()
    row = next(i for i, t in enumerate(ed.problem_texts()) if "« Se connecter » n'a pas de texte facile à lire" in t)
    ed.ui.problems.itemClicked.emit(ed.ui.problems.item(row))
    assert ed.ui.tabs.currentIndex() == 1 and ed.ui.step_title.text() == "Se connecter"
