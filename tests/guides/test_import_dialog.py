"""« Importer des guides… » in the desk: a pack's plan before anything is written, replacing local edits only
once confirmed, a damaged or forged pack refused in French, and the dialog fits a 1366×768 laptop."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog

from app.services import guide_packs, guides
from app.ui.guides.import_dialog import ImportPackDialog
from tests.guides.conftest import guide_text
from tests.ui.test_fits_small_screen import SCREENS, _box_buttons, check_fits

MANIFEST = json.dumps({"format": "pasapas-guides", "version": 1})


def _text(gid: str, *, version: int = 1, title: str = "Un guide de test valide") -> str:
    return guide_text(gid, version=version, title=title).replace("![Page d'accueil](images/accueil.png)\n", "")


def make_pack(path: Path, members: list[tuple[str, str | bytes]], manifest: str = MANIFEST) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest)
        for name, data in members:
            z.writestr(name, data)
    return path


@pytest.fixture
def page(qtbot, db, bundled: Path):
    from app.ui.guides.page import GuidesPage

    widget = GuidesPage(db)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _open(qtbot, dialog: ImportPackDialog, pack: Path) -> None:
    dialog.open_pack(pack)
    qtbot.waitUntil(lambda: dialog.plan is not None or "refusé" in dialog.verdict.text(), timeout=10_000)


def _imported(qtbot, dialog: ImportPackDialog) -> None:
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error.text() != "", timeout=10_000)


def test_a_pack_shows_what_it_adds_then_imports_it(qtbot, db, bundled, tmp_path, monkeypatch) -> None:
    pack = make_pack(tmp_path / "echange.zip", [
        ("atelier-tablette/atelier-tablette.md", _text("atelier-tablette", title="Prendre en main une tablette")),
        ("demarche-carte-grise/demarche-carte-grise.md", _text("demarche-carte-grise", version=9, title="Payez ici")),
    ])
    guides.load_bundled(db)
    dialog = ImportPackDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()  # nothing chosen yet
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pack), ""))
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    details = dialog.details.toPlainText()
    assert "Nouveaux guides ajoutés (1)" in details and "Prendre en main une tablette" in details
    assert "gardés tels quels" in details and "Payez ici" in details  # the bundled guide is never replaced
    assert dialog.verdict.text() == "Le paquet ajoute 1 guide(s) et en remplace 0."
    assert guides.get_guide(db, "atelier-tablette") is None  # looking writes nothing
    assert dialog.import_button.isEnabled() and not dialog.replace_box.isVisible()
    _imported(qtbot, dialog)
    assert dialog.result() == ImportPackDialog.DialogCode.Accepted
    assert guides.get_guide(db, "atelier-tablette") is not None
    assert guides.get_guide(db, "demarche-carte-grise").guide.title != "Payez ici"
    assert dialog.summary() == "Guides importés : 1 ajouté(s), 0 remplacé(s)."


def test_replacing_a_guide_edited_here_needs_the_box_ticked(qtbot, db, tmp_path) -> None:
    first = make_pack(tmp_path / "v1.zip", [("atelier-local/atelier-local.md", _text("atelier-local"))])
    guide_packs.import_pack(db, first)
    second = make_pack(tmp_path / "v2.zip", [
        ("atelier-local/atelier-local.md", _text("atelier-local", version=2, title="Atelier local, version 2"))])
    dialog = ImportPackDialog(db)
    qtbot.addWidget(dialog)
    _open(qtbot, dialog, second)
    details = dialog.details.toPlainText()
    assert "remplacés par ceux du paquet (1)" in details
    assert "version : 1 → 2" in details and "Atelier local, version 2" in details
    assert dialog.replace_box.isVisibleTo(dialog) and "modifications locales seront perdues" in dialog.replace_box.text()
    assert not dialog.import_button.isEnabled() and "Cochez la case" in dialog.error.text()
    dialog.replace_box.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.error.text() == ""
    _imported(qtbot, dialog)
    assert guides.get_guide(db, "atelier-local").guide.title == "Atelier local, version 2"
    assert dialog.report.replaced == ["atelier-local"]


@pytest.mark.parametrize(("name", "make", "said"), [
    ("pas-un-zip.zip", lambda p: p.write_bytes(b"MZ\x90\x00 not a zip at all"), "pas un paquet de guides lisible"),
    ("sans-manifeste.zip", lambda p: zipfile.ZipFile(p, "w").close(), "manifest.json manquant"),
    ("deux-fois.zip", None, "présent deux fois"),
    ("falsifie.zip", lambda p: make_pack(p, [("g/g.md", "---\nid: g\n---\nrien")]), "g/g.md"),
    ("coupe.zip", lambda p: p.write_bytes(make_pack(p, [("g/g.md", _text("g"))]).read_bytes()[:300]),
     "coupe.zip : paquet incomplet (fichier .zip coupé : copie ou téléchargement interrompu)"),
    ("yaml.zip", lambda p: make_pack(p, [("g/g.md", _text("g").replace("title: Un", "title: [Un"))]),
     "g/g.md:3 : erreur : front matter : en-tête illisible, colonne 8 : crochet « [ » ouvert sans « ] »"),
])
def test_a_damaged_or_forged_pack_is_refused_in_french_and_nothing_is_written(qtbot, db, tmp_path, name, make,
                                                                             said) -> None:
    pack = tmp_path / name
    if make is None:
        with pytest.warns(UserWarning), zipfile.ZipFile(pack, "w") as z:
            z.writestr("manifest.json", MANIFEST)
            z.writestr("g/g.md", _text("g"))
            z.writestr("g/g.md", _text("g", title="Caché derrière"))
    else:
        make(pack)
    before = len(guides.list_guides(db))
    dialog = ImportPackDialog(db)
    qtbot.addWidget(dialog)
    _open(qtbot, dialog, pack)
    assert dialog.verdict.text() == "Paquet refusé : aucun guide n'a été importé."
    assert said in dialog.details.toPlainText()
    assert str(tmp_path) not in dialog.details.toPlainText()  # the file's name, not its whole path
    assert "Traceback" not in dialog.details.toPlainText()
    assert "BadZipFile" not in dialog.details.toPlainText() and "expected" not in dialog.details.toPlainText()
    assert not dialog.import_button.isEnabled()
    assert len(guides.list_guides(db)) == before


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_import_dialog_fits_the_screen(qtbot, db, tmp_path, screen) -> None:
    members = [(f"g{i}/g{i}.md", _text(f"guide-numero-{i}", title=f"Guide numéro {i} " + "très long " * 6))
               for i in range(30)]
    pack = make_pack(tmp_path / "gros.zip", members)
    dialog = ImportPackDialog(db)
    qtbot.addWidget(dialog)
    _open(qtbot, dialog, pack)
    check_fits(dialog, QSize(760, 540), screen, [dialog.choose_button, *_box_buttons(dialog)])
    assert dialog.details.verticalScrollBar().isVisible()  # 30 guides: the list scrolls, the buttons stay


def test_the_library_has_the_import_button(qtbot, page, tmp_path, monkeypatch) -> None:
    pack = make_pack(tmp_path / "p.zip", [("atelier-x/atelier-x.md", _text("atelier-x", title="Atelier X"))])
    opened: list[ImportPackDialog] = []

    def run(dialog: ImportPackDialog) -> int:
        opened.append(dialog)
        dialog.open_pack(pack)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        return int(dialog.result())

    monkeypatch.setattr(ImportPackDialog, "exec", run)
    page.library.ui.import_button.click()
    assert opened and guides.get_guide(page.db, "atelier-x") is not None
    page.library.ui.search.setText("Atelier X")
    qtbot.waitUntil(lambda: page.library.ui.model.rowCount() >= 1, timeout=5000)
