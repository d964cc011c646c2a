"""No text a person reads on screen bypasses tr() (where an AST scan of app/ui can tell)."""

from __future__ import annotations

from pathlib import Path

from tools.untranslated import scan, scan_source

ROOT = Path(__file__).resolve().parents[2]


def test_no_visible_string_in_the_screens_bypasses_tr():
    found = scan(ROOT / "app" / "ui")
    assert [str(f) for f in found] == []


def test_the_scan_finds_a_literal_label_title_tooltip_or_message():
    source = '''
def build(self, box):
    QLabel("Bonjour")
    self.setWindowTitle(f"Réglages de {name}")
    button.setToolTip("Imprimer la fiche")
    QMessageBox.warning(self, self.tr("Titre"), "Le dossier est introuvable")
    form.addRow("Lieu :", edit)
    QLabel(self.tr("Déjà traduit"))
    label.setText("")
    label.setText("<b></b>")
    log.warning("pour le journal : %s", x)
    combo.addItem(self.tr("Bureau"), "desk")
'''
    found = [(f.call, f.text) for f in scan_source(source, Path("x.py"))]
    assert found == [("QLabel", "Bonjour"), ("setWindowTitle", "Réglages de "), ("setToolTip", "Imprimer la fiche"),
                     ("warning", "Le dossier est introuvable"), ("addRow", "Lieu :")]
