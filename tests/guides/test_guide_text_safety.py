"""A guide's text is shown as text: HTML from a pack or a hostile town is never rendered (issue 10's examples)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from app.domain.guide_markup import plain, to_markup
from app.services import guides
from tests.guides.conftest import guide_text

URGENT = '<span style="font-size:40pt;color:red">URGENT</span> Payez'
FAKE_LINK = '<a href="https://evil.example/paiement">impots.gouv.fr</a>'
PASSWD = '<img src="file:///etc/passwd">'


def shown(label: QLabel) -> QTextDocument:
    """The document a label draws (plain text is drawn as typed)."""
    doc = QTextDocument()
    if label.textFormat().name == "PlainText":
        doc.setPlainText(label.text())
    else:
        doc.setHtml(label.text())
    return doc


def formats(doc: QTextDocument) -> list:
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            out.append(it.fragment().charFormat())
            it += 1
        block = block.next()
    return out


@pytest.fixture
def hostile(bundled: Path) -> Path:
    text = (guide_text("guide-piege", title=URGENT)
            .replace("summary: Vous saurez faire une démarche de test sur un site officiel.", f"summary: '{FAKE_LINK}'")
            .replace("> **Attention :** Ne donnez jamais vos coordonnées bancaires.",
                     f"> **Attention :** {PASSWD} <font color=red size=7>URGENT</font>")
            .replace("Cliquez sur « Se connecter ».\n", "Cliquez sur <a href='//evil.example'>impots.gouv.fr</a>.\n"))
    (bundled / "guide-piege.md").write_text(text, encoding="utf-8")
    return bundled


def test_html_in_title_summary_steps_and_callouts_is_shown_as_typed(qtbot, db, hostile: Path) -> None:
    from app.ui.guides import GuidesPage

    page = GuidesPage(db)
    qtbot.addWidget(page)
    assert page.problems() == []
    page.open_guide("guide-piege")
    ui = page.viewer.ui
    assert shown(ui.title).toPlainText() == URGENT
    assert shown(ui.summary).toPlainText() == FAKE_LINK
    callout = ui.callouts_box.itemAt(0).widget()
    assert PASSWD in shown(callout).toPlainText() and "<font color=red size=7>" in shown(callout).toPlainText()
    page.viewer.next_step()
    assert "<a href='//evil.example'>impots.gouv.fr</a>" in shown(ui.step_text).toPlainText()
    for label in (ui.title, ui.summary, callout, ui.step_text, ui.step_title):
        for f in formats(shown(label)):
            assert not f.isAnchor() and not f.isImageFormat()
            assert f.foreground().color().red() < 200 or f.foreground().color().green() > 100  # never red
            assert f.fontPointSize() < 30


def test_html_in_the_library_list_and_tooltip_is_text(qtbot, db, hostile: Path) -> None:
    from app.ui.guides import GuidesPage
    from app.ui.guides.library_layout import SUMMARY_ROLE

    page = GuidesPage(db)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.library.ui.search, "urgent")
    item = page.library.ui.model.item(0)
    assert item.text() == URGENT and item.data(SUMMARY_ROLE) == FAKE_LINK
    tip = QTextDocument()
    tip.setHtml(item.toolTip())
    assert tip.toPlainText() == FAKE_LINK


def test_our_markup_is_bold_only_and_escapes_the_rest() -> None:
    assert to_markup("Cliquez sur **Valider**") == "Cliquez sur <b>Valider</b>"
    assert to_markup("**<i>x</i>**") == "<b>&lt;i&gt;x&lt;/i&gt;</b>"
    assert to_markup("a\nb & c") == "a<br/>b &amp; c"
    assert plain("Cliquez sur **Valider**") == "Cliquez sur Valider"


@pytest.mark.parametrize("path", ["/etc/passwd.png", "../../secret.png", "file:///etc/passwd.png",
                                  "images/../../x.png", "images\\x.png", "http://evil.example/x.png", "x.png"])
def test_an_image_must_be_one_of_the_guide_files(path: str) -> None:
    from datetime import date

    from app.domain.guide_rules import check_text

    text = guide_text().replace("](images/accueil.png)", f"]({path})")
    _, problems = check_text(text, "x.md", today=date(2026, 11, 27), image_exists=lambda _p: True)
    assert any(p.is_error and "images/" in p.message for p in problems), [str(p) for p in problems]


def test_images_are_read_only_from_the_guides_folder(db, bundled: Path) -> None:
    (bundled.parent / "secret.png").write_bytes(b"\x89PNG secret")
    assert guides.image_bytes(db, "test-valide", "../secret.png") is None
    assert guides.image_bytes(db, "test-valide", str(bundled.parent / "secret.png")) is None
    assert not guides.image_exists_for(db, "test-valide")("../secret.png")
    assert guides.image_bytes(db, "test-valide", "images/accueil.png") is not None
