"""The « Imprimer une fiche » dialog as a conseiller uses it: options change the real preview; print; save."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_helpers import GUIDE_FILE, font_sizes, pdf_pages, pdf_text
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.domain.errors import ValidationError
from app.domain.help_request import HelpRequestFields
from app.services import help_requests
from app.ui.handouts import dialog as dialog_module
from app.ui.handouts.dialog import HandoutDialog

GUIDE = "essai-huit-etapes"
OTHER = "autre-guide"


@pytest.fixture
def two_guides(resources):
    text = GUIDE_FILE.read_text(encoding="utf-8")
    other = text.replace(f"id: {GUIDE}", f"id: {OTHER}").replace(
        "title: Demander une attestation en ligne", "title: Créer une adresse e-mail"
    )
    (resources / "guides" / "autre.md").write_text(other, encoding="utf-8")
    return resources


@pytest.fixture
def dlg(qtbot, db, ctx, two_guides):
    from app.services import installation

    installation.update_site(db, ctx.site.id, phone="05 57 93 18 80")  # printed in the contact box
    d = HandoutDialog(db, [GUIDE, OTHER], first_name="Marie", today=date(2026, 11, 27))
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: bool(d.pdf_bytes), timeout=5000)
    return d


def changed(qtbot, d, action):
    with qtbot.waitSignal(d.preview_ready, timeout=5000):
        action()
    return d.pdf_bytes


def step_item(d, guide_id, index):
    return next(i for i in d.form.items(guide_id, "step") if i.data(0, Qt.ItemDataRole.UserRole + 1) == index)


def test_the_preview_is_the_real_pdf(dlg):
    pages = pdf_pages(dlg.pdf_bytes)
    assert dlg.document.pageCount() == len(pages) > 1
    assert dlg.status.text() == f"{len(pages)} pages"
    assert "Préparé pour : Marie" in pages[0]
    assert "Médiathèque du Carré des Jalles" in pdf_text(dlg.pdf_bytes)


def test_unticking_a_step_removes_it_from_the_preview(qtbot, dlg):
    title = "Recevoir le code par SMS"
    assert title in pdf_text(dlg.pdf_bytes)
    data = changed(qtbot, dlg, lambda: step_item(dlg, GUIDE, 3).setCheckState(0, Qt.CheckState.Unchecked))
    text = pdf_text(data)
    assert title not in text.split("Créer une adresse e-mail")[0]
    assert "Étape 4 : Choisir « Mes attestations »" in text


def test_large_layout_makes_more_pages_in_big_print(qtbot, dlg):
    before = dlg.document.pageCount()
    data = changed(qtbot, dlg, lambda: dlg.form.large.setChecked(True))
    assert dlg.document.pageCount() > before
    assert font_sizes(data).most_common(1)[0][0] >= 16


def test_name_notes_appointment_and_followup_reach_the_preview(qtbot, dlg):
    def fill():
        dlg.form.first_name.setText("Léa")
        dlg.form.notes.setPlainText("Revenez avec la carte Vitale 😀")
        dlg.form.appointment.setChecked(True)
        dlg.form.place.setText("Hôtel de Ville")
        dlg.form.followup.setChecked(True)

    text = pdf_text(changed(qtbot, dlg, fill))
    assert "Préparé pour : Léa" in text and "Marie" not in text
    assert "Revenez avec la carte Vitale" in text
    assert "Prochain rendez-vous Le vendredi 4 décembre 2026 à 14 h Lieu : Hôtel de Ville" in text
    assert pdf_pages(dlg.pdf_bytes)[-1].startswith("Ma fiche de suivi")


def test_guides_can_be_reordered_or_left_out(qtbot, dlg):
    text = pdf_text(dlg.pdf_bytes)
    assert text.index("Demander une attestation") < text.index("Créer une adresse e-mail")

    def second_first():
        dlg.form.guide_list.setCurrentRow(1)
        dlg.form.move_guide(-1)

    text = pdf_text(changed(qtbot, dlg, second_first))
    assert text.index("Créer une adresse e-mail") < text.index("Demander une attestation")
    text = pdf_text(
        changed(qtbot, dlg, lambda: dlg.form.guide_list.item(1).setCheckState(Qt.CheckState.Unchecked))
    )
    assert "Demander une attestation" not in text


def test_quick_changes_render_once_after_a_pause(qtbot, dlg, monkeypatch):
    calls = []
    real = dialog_module.handouts.render
    monkeypatch.setattr(dialog_module.handouts, "render", lambda *a, **k: calls.append(1) or real(*a, **k))
    with qtbot.waitSignal(dlg.preview_ready, timeout=5000):
        for letter in "Jeanne":
            dlg.form.first_name.setText(dlg.form.first_name.text() + letter if letter != "J" else "J")
    qtbot.wait(dialog_module.DEBOUNCE_MS + 200)
    assert len(calls) == 1
    assert "Préparé pour : Jeanne" in pdf_text(dlg.pdf_bytes)


def accept_print_to(path):
    def exec_(self):
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(100)
        return QDialog.DialogCode.Accepted

    return exec_


def test_printing_sends_every_page_to_the_printer_and_records_the_guides(
    qtbot, db, ctx, two_guides, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    rid = help_requests.save_record(
        db,
        HelpRequestFields(
            day=date(2026, 11, 27), duration_minutes=30, site_id=ctx.site.id, themes=("email",)
        ),
    )
    d = HandoutDialog(db, [GUIDE, OTHER], first_name="Marie", request_id=rid)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: bool(d.pdf_bytes), timeout=5000)
    out = tmp_path / "imprime.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", accept_print_to(out))
    qtbot.mouseClick(d.print_button, Qt.MouseButton.LeftButton)
    printed = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(printed.pages) == d.document.pageCount() > 1
    # The pages are images of the handout: A4 portrait.
    box = printed.pages[0].mediabox
    assert abs(float(box.width) - 595) < 3 and abs(float(box.height) - 842) < 3
    assert d.handed_out_guide_ids() == [GUIDE, OTHER]
    assert help_requests.load(db, rid).fields.handout_guide_ids == (GUIDE, OTHER)
    # The first name was printed, never stored.
    assert "Marie" not in repr(help_requests.load(db, rid))


def test_cancelled_print_hands_nothing_out(qtbot, dlg, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dlg.print_handout() is False
    assert dlg.handed_out_guide_ids() == []


def test_save_writes_the_pdf_shown(qtbot, dlg, tmp_path, monkeypatch):
    target = tmp_path / "fiche-marie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    dlg.form.guide_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)  # saves the current options at once
    saved = (tmp_path / "fiche-marie.pdf").read_bytes()
    assert saved == dlg.pdf_bytes
    assert "Créer une adresse e-mail" not in pdf_text(saved)
    assert dlg.handed_out_guide_ids() == [GUIDE]


def test_save_to_a_missing_folder_says_so(qtbot, dlg, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "absent" / "f.pdf"), "")
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert dlg.save_pdf() is False
    assert warnings and "absent" in warnings[0] and "Choisissez un autre dossier" in warnings[0]
    assert dlg.handed_out_guide_ids() == []


def test_no_guide_ticked_nothing_to_print(qtbot, dlg):
    def none():
        for row in range(dlg.form.guide_list.count()):
            dlg.form.guide_list.item(row).setCheckState(Qt.CheckState.Unchecked)

    changed(qtbot, dlg, none)
    assert not dlg.print_button.isEnabled() and not dlg.save_button.isEnabled()
    assert dlg.status.text() == "Cochez au moins un guide."


def test_unknown_guide_is_refused(qtbot, db, ctx, resources):
    with pytest.raises(ValidationError):
        HandoutDialog(db, ["inconnu"])


def test_copies_and_page_range_chosen_in_the_print_dialog_are_honoured(qtbot, dlg, tmp_path, monkeypatch):
    from pypdf import PdfReader

    out = tmp_path / "copies.pdf"
    accept = accept_print_to(out)

    def two_copies_of_page_two(self):
        self.printer().setCopyCount(2)
        self.printer().setFromTo(2, 2)
        return accept(self)

    monkeypatch.setattr(QPrintDialog, "exec", two_copies_of_page_two)
    assert dlg.print_handout() is True
    printer_pages = len(PdfReader(io.BytesIO(out.read_bytes())).pages)
    # Either the printer makes the copies itself, or we send the page twice.
    assert printer_pages in (1, 2)
    from app.ui.handouts.printing import print_pdf

    check = QPrinter(QPrinter.PrinterMode.HighResolution)
    check.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    check.setOutputFileName(str(tmp_path / "check.pdf"))
    check.setResolution(72)
    check.setCopyCount(2)
    check.setFromTo(2, 2)
    expected = 1 if check.supportsMultipleCopies() else 2
    assert printer_pages == expected
    assert print_pdf(dlg.pdf_bytes, check) == expected
